"""Editorial pages run by editors in Wagtail.

The foundation lays down the home page, plain content pages and news and
events; the editorial issue grows the knowledge base, training kits and the
rest from here.
"""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries as country_names
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BodyBlock

WHATS_NEW_LIMIT = 6


class HomePage(Page):
    """The site root: an introduction and "What's new"."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul"])
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def whats_new(self):
        """Latest live, public news and events in this page's language.

        A fixed number of queries whatever the number of items: NewsPage's own
        manager selects the specific fields with a join, ``pageurl`` works from the
        site root paths cached on the request, and the bodies, never shown in the
        list, are deferred.
        """
        return (
            NewsPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .defer_streamfields()
            .order_by("-date", "-first_published_at")[:WHATS_NEW_LIMIT]
        )

    def featured_resources(self, request):
        """Library items editors featured, in one query (type joined), newest first."""
        from library.services import featured_items

        return featured_items(request.user)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["whats_new"] = self.whats_new()
        context["featured_resources"] = self.featured_resources(request)
        # What the visitor may read of the workspaces (a private workspace's post only to
        # its members): the page is built for each request, nothing of it is cached.
        from workspaces.blog import latest_posts
        from workspaces.services import last_updated

        context["latest_workspace_posts"] = latest_posts(request.user)
        context["last_updated_workspaces"] = last_updated(request.user)
        return context


class StandardPage(Page):
    """A plain page of text: about, contact, a section's introduction."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    class Meta:
        verbose_name = _("standard page")


class NewsIndexPage(Page):
    """News & Events: lists its news items and events, newest first."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["editorial.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = (
            NewsPage.objects.child_of(self)
            .live()
            .public()
            .defer_streamfields()
            .order_by("-date", "-first_published_at")
        )
        # ?country=SN: only the items about that country (a country profile's "See
        # all"); an unknown or malformed code is ignored and everything is listed.
        country = known_country(request.GET.get("country", ""))
        if country:
            items = items.filter(about_country_q(country))
            context["country"] = {"code": country, "name": country_names.name(country)}
        context["upcoming_events"] = items.filter(upcoming_q()).order_by("event_start")
        context["items"] = items
        return context


def known_country(value: object) -> str:
    """``value`` as an upper-case ISO 3166 code if it is one django-countries knows, else ""."""
    code = str(value).strip().upper()
    if len(code) == 2 and code.isascii() and code.isalpha() and country_names.name(code):
        return code
    return ""


def about_country_q(code: str) -> Q:
    """News items whose ``countries`` hold ``code``.

    ``countries`` is stored as comma-separated codes ("SN,TG"): the code alone, first,
    last or in between, never as a part of another value.
    """
    return (
        Q(countries=code)
        | Q(countries__startswith=f"{code},")
        | Q(countries__endswith=f",{code}")
        | Q(countries__contains=f",{code},")
    )


def upcoming_q(today=None):
    """Events not over yet: ending today or later, or, with no end date, starting today or later."""
    today = today or timezone.localdate()
    return Q(kind=NewsPage.Kind.EVENT) & (
        Q(event_end__gte=today) | Q(event_end__isnull=True, event_start__gte=today)
    )


class NewsPage(Page):
    class Kind(models.TextChoices):
        NEWS = "news", _("News")
        EVENT = "event", _("Event")
        COMMUNITY = "community", _("Community news")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.NEWS)
    date = models.DateField(_("date"), default=timezone.localdate)
    summary = models.TextField(_("summary"), max_length=400)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    event_start = models.DateField(_("event starts"), null=True, blank=True)
    event_end = models.DateField(_("event ends"), null=True, blank=True)
    location = models.CharField(_("location"), max_length=200, blank=True)
    countries = CountryField(
        _("countries concerned"),
        multiple=True,
        blank=True,
        help_text=_("The item is listed on these countries' profiles."),
    )

    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]
    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("date"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("event_start"), FieldPanel("event_end"), FieldPanel("location")],
            heading=_("Event"),
        ),
        FieldPanel("countries"),
        FieldPanel("body"),
    ]
    parent_page_types = ["editorial.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("news item or event")
        verbose_name_plural = _("news items and events")

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.kind == self.Kind.EVENT and not self.event_start:
            raise ValidationError({"event_start": _("An event needs a start date.")})
        if self.event_start and self.event_end and self.event_end < self.event_start:
            raise ValidationError({"event_end": _("An event cannot end before it starts.")})
