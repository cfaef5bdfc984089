"""Country profiles: a Wagtail page per country, indicators as data, curators.

* ``CountryProfilePage`` holds what editors and country curators write: "In
  brief", key legislation, main programmes and schemes, each in English,
  French and Spanish, and the "produced and updated by" line. Being a Wagtail
  page it has drafts, review before publishing (the moderation workflow),
  revisions and their comparison. The pages live under one container page,
  ``CountryProfileIndexPage``, at the root of the page tree and outside any
  site's home page: Wagtail never routes to them; the portal's own views at
  ``/<lang>/countries/<iso>/`` render the live version.
* ``Indicator`` defines an indicator (name, unit, description in three
  languages); ``IndicatorValue`` is one value for one country and one year,
  with its source. Values are not part of the page's revisions: editors import
  them from CSV or edit them in the admin, and every country can have values,
  with or without a profile.
* ``Curatorship`` assigns a member to a country. Each assignment puts the member
  in the country's curators group, which may edit (not publish) that
  country's profile page: see ``curators.py``.
"""

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core.regions import region_of
from core.translated import translated

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "link", "ol", "ul", "document-link"]
TRANSLATED_TEXTS = ["in_brief", "legislation", "programmes"]


class CountryProfileIndexPage(Page):
    """The container of all country profiles (one, at the root of the tree)."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["countryprofiles.CountryProfilePage"]
    max_count = 1

    class Meta:
        verbose_name = _("country profiles container")

    def get_url_parts(self, request=None):
        return _portal_url_parts(self, reverse("countryprofiles:index"), request)


class CountryProfilePage(Page):
    country = CountryField(_("country"), unique=True)
    produced_by = models.CharField(
        _("produced and updated by"),
        max_length=200,
        blank=True,
        help_text=_("Shown on the page, e.g. a person's name and office."),
    )
    in_brief = RichTextField(_("in brief (English)"), blank=True, features=RICH_TEXT_FEATURES)
    in_brief_fr = RichTextField(_("in brief (French)"), blank=True, features=RICH_TEXT_FEATURES)
    in_brief_es = RichTextField(_("in brief (Spanish)"), blank=True, features=RICH_TEXT_FEATURES)
    legislation = RichTextField(
        _("key legislation (English)"), blank=True, features=RICH_TEXT_FEATURES
    )
    legislation_fr = RichTextField(
        _("key legislation (French)"), blank=True, features=RICH_TEXT_FEATURES
    )
    legislation_es = RichTextField(
        _("key legislation (Spanish)"), blank=True, features=RICH_TEXT_FEATURES
    )
    programmes = RichTextField(
        _("main programmes and schemes (English)"), blank=True, features=RICH_TEXT_FEATURES
    )
    programmes_fr = RichTextField(
        _("main programmes and schemes (French)"), blank=True, features=RICH_TEXT_FEATURES
    )
    programmes_es = RichTextField(
        _("main programmes and schemes (Spanish)"), blank=True, features=RICH_TEXT_FEATURES
    )

    search_fields = Page.search_fields + [
        index.SearchField("in_brief"),
        index.SearchField("in_brief_fr"),
        index.SearchField("in_brief_es"),
        index.FilterField("country"),
    ]
    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                # Curators edit their country's texts; which country a profile is
                # about is for editors (who manage curatorships) to decide.
                FieldPanel("country", permission="countryprofiles.change_curatorship"),
                FieldPanel("produced_by"),
            ],
            heading=_("Country"),
        ),
    ]
    english_panels = [
        FieldPanel("in_brief"),
        FieldPanel("legislation"),
        FieldPanel("programmes"),
    ]
    french_panels = [
        FieldPanel("in_brief_fr"),
        FieldPanel("legislation_fr"),
        FieldPanel("programmes_fr"),
    ]
    spanish_panels = [
        FieldPanel("in_brief_es"),
        FieldPanel("legislation_es"),
        FieldPanel("programmes_es"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Country")),
            ObjectList(english_panels, heading="English"),
            ObjectList(french_panels, heading="Français"),
            ObjectList(spanish_panels, heading="Español"),
            ObjectList(Page.promote_panels, heading=_("Promote")),
        ]
    )
    parent_page_types = ["countryprofiles.CountryProfileIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("country profile")
        verbose_name_plural = _("country profiles")

    @property
    def country_name(self) -> str:
        return str(countries.name(self.country.code))

    @property
    def region(self) -> str:
        return region_of(self.country.code)

    def text(self, field: str):
        """One of TRANSLATED_TEXTS in the active language, else English (see
        ``core.translated``)."""
        return translated(self, field)

    def get_url_parts(self, request=None):
        path = reverse("countryprofiles:detail", kwargs={"code": self.country.code.lower()})
        return _portal_url_parts(self, path, request)

    def serve(self, request, *args, **kwargs):
        # Only previews reach this (Wagtail never routes to these pages): the
        # portal's profile view renders the page being previewed.
        from .views import render_profile

        return render_profile(request, self, preview=True)


def _portal_url_parts(page, path, request):
    """URL parts for pages the portal's own views render: the default site's
    root URL and the view's path (language-prefixed like every page)."""
    from wagtail.models import Site

    site = Site.find_for_request(request) if request else None
    site = site or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    return (site.id, site.root_url, path)


class Indicator(models.Model):
    """What an indicator is: data, so editors can add one without a release."""

    code = models.SlugField(_("code"), max_length=60, unique=True)
    name = models.CharField(_("name (English)"), max_length=200)
    name_fr = models.CharField(_("name (French)"), max_length=200, blank=True)
    name_es = models.CharField(_("name (Spanish)"), max_length=200, blank=True)
    unit = models.CharField(_("unit (English)"), max_length=80, blank=True)
    unit_fr = models.CharField(_("unit (French)"), max_length=80, blank=True)
    unit_es = models.CharField(_("unit (Spanish)"), max_length=80, blank=True)
    description = models.TextField(_("description (English)"), blank=True)
    description_fr = models.TextField(_("description (French)"), blank=True)
    description_es = models.TextField(_("description (Spanish)"), blank=True)
    decimals = models.PositiveSmallIntegerField(_("decimals shown"), default=1)
    higher_is_better = models.BooleanField(
        _("higher is better"),
        null=True,
        blank=True,
        help_text=_("Decides the default order of the comparison page; leave empty if neither."),
    )
    minimum = models.DecimalField(
        _("smallest accepted value"), max_digits=20, decimal_places=4, null=True, blank=True
    )
    maximum = models.DecimalField(
        _("largest accepted value"), max_digits=20, decimal_places=4, null=True, blank=True
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self) -> str:
        return translated(self, "name").value

    def get_absolute_url(self) -> str:
        return reverse("countryprofiles:compare", kwargs={"indicator": self.code})

    @property
    def unit_label(self) -> str:
        return translated(self, "unit").value

    @property
    def description_text(self) -> str:
        return translated(self, "description").value

    def accepts(self, value: Decimal) -> bool:
        return (self.minimum is None or value >= self.minimum) and (
            self.maximum is None or value <= self.maximum
        )


class IndicatorValueQuerySet(models.QuerySet):
    def for_country(self, code: str):
        return self.filter(country=code.upper())


class IndicatorValue(models.Model):
    indicator = models.ForeignKey(
        Indicator, on_delete=models.CASCADE, related_name="values", verbose_name=_("indicator")
    )
    country = CountryField(_("country"))
    year = models.PositiveSmallIntegerField(_("year"))
    value = models.DecimalField(_("value"), max_digits=20, decimal_places=4)
    source = models.CharField(_("source"), max_length=300)
    source_url = models.URLField(_("source address"), blank=True)
    note = models.CharField(_("note"), max_length=500, blank=True)
    is_demo = models.BooleanField(
        _("demo data"),
        default=False,
        help_text=_("Shown on the page as demo data, not an official figure."),
    )
    updated = models.DateTimeField(_("updated"), auto_now=True)

    objects = IndicatorValueQuerySet.as_manager()

    class Meta:
        ordering = ["indicator", "country", "year"]
        verbose_name = _("indicator value")
        verbose_name_plural = _("indicator values")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "country", "year"], name="one_value_per_country_and_year"
            )
        ]
        indexes = [models.Index(fields=["country", "indicator", "year"])]

    def __str__(self) -> str:
        return f"{self.indicator} · {self.country.code} · {self.year}: {self.value}"


class Curatorship(models.Model):
    """A member who curates a country's profile (may edit it; editors publish)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="curatorships",
        verbose_name=_("member"),
    )
    country = CountryField(_("country"))
    created = models.DateTimeField(_("assigned"), auto_now_add=True)

    class Meta:
        ordering = ["country", "user"]
        verbose_name = _("country curator")
        verbose_name_plural = _("country curators")
        constraints = [
            models.UniqueConstraint(fields=["user", "country"], name="one_curatorship_per_country")
        ]

    def __str__(self) -> str:
        return f"{self.user} · {countries.name(self.country.code)}"
