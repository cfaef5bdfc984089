"""RSS 2.0 and Atom 1.0 feeds of newly published library items.

One feed for the whole library and one per topic, tag or country
(``feeds/<facet>/<slug>.rss``): the 30 most recently published items, newest first,
in the URL's language. Only published items ever appear, whoever asks.

Links are absolute URLs built from the request's host (as the item page's citation
tags and the exports are), not from ``django.contrib.sites``' domain. Titles are plain
text; descriptions are HTML (the abstract, escaped), as both formats expect.
"""

import copy

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest
from django.template.defaultfilters import linebreaks_filter
from django.urls import reverse
from django.utils import feedgenerator
from django.utils.translation import gettext as _
from django_countries import countries
from taggit.models import Tag

from library import citations
from library.models import Item, ItemTag, Topic

FEED_LENGTH = 30


class _LibraryFeed(Feed):
    """The whole library's newest items; subclasses narrow it to a facet."""

    request: HttpRequest | None = None

    def __call__(self, request, *args, **kwargs):
        # Django keeps one Feed instance per URL pattern, shared by every request and
        # thread: hold this request on a copy, not on the shared instance.
        feed = copy.copy(self)
        feed.request = request
        return Feed.__call__(feed, request, *args, **kwargs)

    def _absolute(self, path: str) -> str:
        return self.request.build_absolute_uri(path)

    # --- The feed ---

    def title(self, obj) -> str:
        return _("%(portal)s library: new resources") % {"portal": self._portal()}

    def description(self, obj) -> str:
        return _("Resources newly published in the %(portal)s library.") % {
            "portal": self._portal()
        }

    def link(self, obj) -> str:
        return self._absolute(reverse("library:index"))

    def feed_url(self, obj) -> str:
        return self._absolute(self.request.path)

    def _portal(self) -> str:
        return settings.PORTAL_NAME

    def _queryset(self, obj):
        return Item.objects.published()

    def items(self, obj):
        queryset = self._queryset(obj).filter(published_at__isnull=False)
        queryset = queryset.select_related("resource_type").prefetch_related("topics", "tags")
        return queryset.order_by("-published_at", "-pk")[:FEED_LENGTH]

    # --- Each item ---

    def item_title(self, item: Item) -> str:
        return citations.xml_safe(item.title)

    def item_description(self, item: Item) -> str:
        return linebreaks_filter(citations.xml_safe(item.abstract), autoescape=True)

    def item_link(self, item: Item) -> str:
        return self._absolute(item.get_absolute_url())

    def item_pubdate(self, item: Item):
        return item.published_at

    def item_updateddate(self, item: Item):
        return item.updated

    def item_author_name(self, item: Item) -> str | None:
        return citations.xml_safe("; ".join(item.author_list)) or None

    def item_categories(self, item: Item) -> list[str]:
        return [citations.xml_safe(word) for word in citations.keywords(item)]

    def item_enclosure_url(self, item: Item) -> str | None:
        if not item.file:
            return None
        return self._absolute(reverse("library:download", kwargs={"pk": item.pk}))

    def item_enclosure_length(self, item: Item) -> int:
        return item.file_size or 0

    def item_enclosure_mime_type(self, item: Item) -> str:
        return citations.mime_type(item.file_type or "")


class _FacetFeed(_LibraryFeed):
    """``facet`` is topic (term slug), tag (tag slug) or country (ISO code)."""

    def get_object(self, request, facet: str, slug: str):
        if facet == "topic":
            topic = Topic.objects.filter(slug=slug).first()
            if topic is None:
                raise Http404
            return ("topic", topic.slug, str(topic))
        if facet == "tag":
            # Only a tag some published item carries: a draft's tags stay private.
            tag = Tag.objects.filter(
                slug=slug,
                pk__in=ItemTag.objects.filter(content_object__status=Item.Status.PUBLISHED).values(
                    "tag_id"
                ),
            ).first()
            if tag is None:
                raise Http404
            return ("tag", tag.slug, tag.name)
        if facet == "country":
            code = slug.upper()
            if code not in countries:
                raise Http404
            return ("country", code, str(countries.name(code)))
        raise Http404

    def _queryset(self, obj):
        facet, slug, _name = obj
        published = Item.objects.published()
        if facet == "topic":
            return published.filter(topics__slug=slug)
        if facet == "tag":
            return published.filter(
                pk__in=ItemTag.objects.filter(tag__slug=slug).values("content_object_id")
            )
        return published.filter(countries__country=slug)

    def title(self, obj) -> str:
        facet, _slug, name = obj
        values = {"portal": self._portal(), "name": name}
        if facet == "topic":
            return _("%(portal)s library: new resources on %(name)s") % values
        if facet == "tag":
            return _("%(portal)s library: new resources tagged “%(name)s”") % values
        return _("%(portal)s library: new resources about %(name)s") % values

    def description(self, obj) -> str:
        return self.title(obj)

    def link(self, obj) -> str:
        facet, slug, _name = obj
        return self._absolute(reverse("library:browse", kwargs={"facet": facet, "slug": slug}))


class _Atom:
    feed_type = feedgenerator.Atom1Feed

    def subtitle(self, obj) -> str:
        return self.description(obj)


class LatestItemsRss(_LibraryFeed):
    feed_type = feedgenerator.Rss201rev2Feed


class LatestItemsAtom(_Atom, _LibraryFeed):
    pass


class FacetItemsRss(_FacetFeed):
    feed_type = feedgenerator.Rss201rev2Feed


class FacetItemsAtom(_Atom, _FacetFeed):
    pass
