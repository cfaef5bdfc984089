"""RSS feed of expert profiles: the 20 most recently updated PUBLIC profiles.

Whoever reads it (a feed reader shares what it fetched), members-only and hidden
profiles never appear: the feed is what an anonymous visitor may see. Links are
absolute URLs built from the request's host.
"""

import copy

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.template.defaultfilters import linebreaks_filter
from django.urls import reverse
from django.utils.translation import gettext as _

from library.citations import xml_safe

from .models import ExpertProfile

FEED_LENGTH = 20


class ExpertsFeed(Feed):
    request: HttpRequest | None = None

    def __call__(self, request, *args, **kwargs):
        # One Feed instance serves every request: hold the request on a copy.
        feed = copy.copy(self)
        feed.request = request
        return Feed.__call__(feed, request, *args, **kwargs)

    def title(self) -> str:
        return _("%(portal)s: expert profiles") % {"portal": settings.PORTAL_NAME}

    def description(self) -> str:
        return _("Expert profiles newly added or updated on %(portal)s.") % {
            "portal": settings.PORTAL_NAME
        }

    def link(self) -> str:
        return self.request.build_absolute_uri(reverse("experts:index"))

    def feed_url(self) -> str:
        return self.request.build_absolute_uri(self.request.path)

    def items(self):
        return (
            ExpertProfile.objects.visible_to(AnonymousUser())
            .filter(visibility=ExpertProfile.Visibility.PUBLIC)
            .select_related("user")
            .defer("cv_text")
            .prefetch_related("areas")
            .order_by("-updated", "-pk")[:FEED_LENGTH]
        )

    def item_title(self, profile: ExpertProfile) -> str:
        return xml_safe(f"{profile.user.display_name}: {profile.headline}")

    def item_description(self, profile: ExpertProfile) -> str:
        areas = ", ".join(str(area) for area in profile.areas.all())
        text = "\n\n".join(part for part in (profile.headline, areas, profile.summary) if part)
        return linebreaks_filter(xml_safe(text), autoescape=True)

    def item_link(self, profile: ExpertProfile) -> str:
        return self.request.build_absolute_uri(profile.get_absolute_url())

    def item_pubdate(self, profile: ExpertProfile):
        return profile.updated

    def item_updateddate(self, profile: ExpertProfile):
        return profile.updated
