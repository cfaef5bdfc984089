import uuid

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase
from wagtail.search import index

from core.regions import REGIONS


def item_file_path(instance: "Item", filename: str) -> str:
    # Stored under a random folder; the stored name is never served as a URL.
    return f"library/{uuid.uuid4().hex}/{filename}"


class ItemTag(TaggedItemBase):
    content_object = models.ForeignKey(
        "Item", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        verbose_name = _("library tag")
        verbose_name_plural = _("library tags")


def _term_names(relation: str) -> index.RelatedFields:
    """A taxonomy's names in the three languages, for Wagtail's search index."""
    return index.RelatedFields(
        relation, [index.SearchField(name) for name in ("name", "name_fr", "name_es")]
    )


class ItemQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Item.Status.PUBLISHED)

    def visible_to(self, user):
        """Published items for everyone; a member also sees their own submissions;
        editors see everything."""
        if user is not None and user.is_authenticated:
            if user.has_perm("library.review_item"):
                return self
            return self.filter(Q(status=Item.Status.PUBLISHED) | Q(submitted_by=user))
        return self.published()

    def for_listing(self):
        """What a list of items shows, in a fixed number of queries."""
        return self.select_related("resource_type").prefetch_related(
            "languages", "countries", "tags"
        )


class Item(index.Indexed, models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PENDING = "pending", _("Pending review")
        PUBLISHED = "published", _("Published")
        REJECTED = "rejected", _("Rejected")

    resource_type = models.ForeignKey(
        "library.ResourceType",
        verbose_name=_("type"),
        on_delete=models.PROTECT,
        related_name="items",
    )
    title = models.CharField(_("title"), max_length=300)
    abstract = models.TextField(_("abstract"), max_length=5000, blank=True)
    authors = models.CharField(
        _("authors"),
        max_length=500,
        blank=True,
        help_text=_("One per line or separated by semicolons, family name first."),
    )
    publisher = models.CharField(_("publisher or organisation"), max_length=250, blank=True)
    publication_year = models.PositiveSmallIntegerField(
        _("year of publication"), null=True, blank=True, db_index=True
    )
    publication_date = models.DateField(_("date of publication"), null=True, blank=True)
    languages = models.ManyToManyField("core.Language", verbose_name=_("languages"), blank=True)
    regions = models.JSONField(_("regions"), default=list, blank=True)
    topics = models.ManyToManyField(
        "library.Topic", verbose_name=_("topics"), blank=True, related_name="items"
    )
    approaches = models.ManyToManyField(
        "library.Approach", verbose_name=_("approaches"), blank=True, related_name="items"
    )
    themes = models.ManyToManyField(
        "library.Theme", verbose_name=_("themes"), blank=True, related_name="items"
    )
    branches = models.ManyToManyField(
        "library.Branch",
        verbose_name=_("knowledge-base branches"),
        blank=True,
        related_name="items",
    )
    collections = models.ManyToManyField(
        "library.LibraryCollection", verbose_name=_("collections"), blank=True, related_name="items"
    )
    tags = TaggableManager(verbose_name=_("tags"), through=ItemTag, blank=True)
    doi = models.CharField(_("DOI"), max_length=200, blank=True)
    isbn = models.CharField(_("ISBN"), max_length=20, blank=True)

    file = models.FileField(_("file"), upload_to=item_file_path, blank=True, max_length=300)
    file_name = models.CharField(_("file name"), max_length=200, blank=True)
    file_size = models.PositiveBigIntegerField(_("file size"), null=True, blank=True)
    file_type = models.CharField(_("file type"), max_length=10, blank=True)
    url = models.URLField(_("external link"), max_length=500, blank=True)
    extracted_text = models.TextField(_("text of the file"), blank=True, editable=False)
    text_extracted_at = models.DateTimeField(null=True, blank=True, editable=False)
    # PostgreSQL only: English, French and Spanish stems of the item's text,
    # weighted (title A, abstract and authors B, terms and tags C, file text D).
    # Kept up to date by library.search; a plain text column on SQLite, unused there.
    search_vector = SearchVectorField(null=True, editable=False)

    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="library_submissions",
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True, db_index=True)
    featured = models.BooleanField(_("featured on the home page"), default=False, db_index=True)
    view_count = models.PositiveIntegerField(_("views"), default=0)
    download_count = models.PositiveIntegerField(_("downloads"), default=0, db_index=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = ItemQuerySet.as_manager()

    # What Wagtail's search backend indexes, for LIBRARY_SEARCH_BACKEND = "wagtail" (see
    # library.search_backends). Wagtail's save/delete signals are off for items, so the
    # default setting never pays for an index it does not read; the library keeps that
    # index current itself with library.search.update_index(), as it does search_vector
    # (the file's text arrives by a queryset update, which no signal sees).
    search_auto_update = False
    search_fields = [
        index.SearchField("title", boost=10),
        index.AutocompleteField("title"),
        index.SearchField("abstract", boost=2),
        index.SearchField("authors"),
        index.SearchField("publisher"),
        index.SearchField("extracted_text"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        _term_names("resource_type"),
        _term_names("topics"),
        _term_names("approaches"),
        _term_names("themes"),
        _term_names("branches"),
        _term_names("collections"),
        index.FilterField("status"),
        index.FilterField("resource_type"),
        index.FilterField("publication_year"),
    ]

    class Meta:
        ordering = ["-published_at", "-created"]
        verbose_name = _("library item")
        verbose_name_plural = _("library items")
        permissions = [
            ("review_item", _("Can review library submissions")),
            ("feature_item", _("Can feature library items on the home page")),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("library:item", kwargs={"pk": self.pk})

    @property
    def region_labels(self) -> list:
        labels = dict(REGIONS)
        return [labels[code] for code in self.regions if code in labels]

    @property
    def author_list(self) -> list[str]:
        raw = self.authors.replace("\n", ";")
        return [name.strip() for name in raw.split(";") if name.strip()]

    @property
    def year(self) -> int | None:
        if self.publication_date:
            return self.publication_date.year
        return self.publication_year


class ItemCountry(models.Model):
    """A country an item is about (a row per country, so it can be counted and filtered)."""

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="countries")
    country = CountryField(_("country"), db_index=True)

    class Meta:
        unique_together = [("item", "country")]
        ordering = ["country"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self) -> str:
        return str(self.country.name)


class Comment(models.Model):
    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="library_comments"
    )
    body = models.TextField(_("comment"), max_length=3000)
    created = models.DateTimeField(auto_now_add=True)
    is_removed = models.BooleanField(_("removed by an editor"), default=False)

    class Meta:
        ordering = ["created"]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")

    def __str__(self) -> str:
        return f"{self.author} on {self.item}"
