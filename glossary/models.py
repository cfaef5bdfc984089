"""The multilingual glossary: terms, their categories and members' suggestions.

A term is one row with a column per language (``term_en``, ``term_fr``,
``term_es``, and the same for definitions, abbreviations and synonyms) rather
than a ``Term`` plus a ``TermTranslation`` row per language. The portal has
exactly three languages, fixed in settings; with columns, the A to Z index, the
side-by-side term page, the CSV file (one row per term, a column per language)
and the glossary links all read one table in one query, with no joins, no
prefetching and no "which translation is missing" outer joins. Adding a fourth
language would be a migration, which it would have to be anyway (the interface,
the index letters and the demo data all change with it).

Abbreviations and synonyms are short lists kept as text separated by
semicolons ("CBHI; MHO"): they are only ever shown, searched and matched
whole, never queried one by one.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .text import LANGUAGES, fold, split_list

LANGUAGE_NAMES = {"en": _("English"), "fr": _("French"), "es": _("Spanish")}


# Paths of the glossary's own pages, which a term's slug cannot take.
RESERVED_SLUGS = frozenset({"search", "suggest", "suggestions", "import"})


def validate_slug_not_reserved(value: str) -> None:
    if value in RESERVED_SLUGS:
        raise ValidationError(
            _("“%(slug)s” is the address of a glossary page; choose another slug."),
            params={"slug": value},
            code="reserved",
        )


def active_language() -> str:
    """The active language if the glossary has it, else English."""
    code = (get_language() or "en")[:2]
    return code if code in LANGUAGES else "en"


class Category(models.Model):
    name_en = models.CharField(_("name (English)"), max_length=100)
    name_fr = models.CharField(_("name (French)"), max_length=100)
    name_es = models.CharField(_("name (Spanish)"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "name_en"]
        verbose_name = _("glossary category")
        verbose_name_plural = _("glossary categories")

    def __str__(self) -> str:
        return self.name_in(active_language())

    def name_in(self, language: str) -> str:
        return getattr(self, f"name_{language}", "") or self.name_en


class TermQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Term.Status.PUBLISHED)

    def visible_to(self, user):
        """Published terms for everyone; editors also see drafts (to preview them).

        Listings, search, the CSV file and glossary links show published terms
        only, whoever asks: they use ``published()``.
        """
        if user is not None and user.is_authenticated and user.has_perm("glossary.change_term"):
            return self
        return self.published()

    def matching(self, query: str):
        """Terms with every word of ``query`` in a term, abbreviation, synonym or
        definition, in any language, ignoring case and accents."""
        terms = self
        for word in fold(query).split()[:8]:
            terms = terms.filter(search_text__contains=word)
        return terms


@dataclass(frozen=True)
class Version:
    """A term in one language, as the pages show it."""

    language: str
    language_name: str
    term: str
    definition: str
    abbreviations: list[str]
    synonyms: list[str]


class Term(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        validators=[validate_slug_not_reserved],
        help_text=_("The term's address, from its English name. Keep it once published."),
    )
    category = models.ForeignKey(
        Category,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="terms",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )

    term_en = models.CharField(_("term (English)"), max_length=200)
    term_fr = models.CharField(_("term (French)"), max_length=200, blank=True)
    term_es = models.CharField(_("term (Spanish)"), max_length=200, blank=True)
    definition_en = models.TextField(_("definition (English)"), max_length=3000, blank=True)
    definition_fr = models.TextField(_("definition (French)"), max_length=3000, blank=True)
    definition_es = models.TextField(_("definition (Spanish)"), max_length=3000, blank=True)
    abbreviations_en = models.CharField(
        _("abbreviations (English)"),
        max_length=200,
        blank=True,
        help_text=_("Separate several with semicolons."),
    )
    abbreviations_fr = models.CharField(
        _("abbreviations (French)"),
        max_length=200,
        blank=True,
        help_text=_("Separate several with semicolons."),
    )
    abbreviations_es = models.CharField(
        _("abbreviations (Spanish)"),
        max_length=200,
        blank=True,
        help_text=_("Separate several with semicolons."),
    )
    synonyms_en = models.CharField(
        _("synonyms (English)"),
        max_length=500,
        blank=True,
        help_text=_("Separate several with semicolons."),
    )
    synonyms_fr = models.CharField(
        _("synonyms (French)"),
        max_length=500,
        blank=True,
        help_text=_("Separate several with semicolons."),
    )
    synonyms_es = models.CharField(
        _("synonyms (Spanish)"),
        max_length=500,
        blank=True,
        help_text=_("Separate several with semicolons."),
    )
    source = models.CharField(
        _("source or reference"),
        max_length=500,
        blank=True,
        help_text=_(
            "The instrument or body the definition follows, e.g. "
            "“ILO Social Protection Floors Recommendation, 2012 (No. 202)”."
        ),
    )
    related = models.ManyToManyField(
        "self", verbose_name=_("related terms"), blank=True, symmetrical=True
    )
    # Every term, abbreviation, synonym and definition, folded (lower case, no
    # accents): what search matches, the same way on SQLite and PostgreSQL.
    search_text = models.TextField(editable=False, default="")
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = TermQuerySet.as_manager()

    class Meta:
        ordering = ["term_en"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")

    def __str__(self) -> str:
        return self.term_in(active_language())

    def save(self, *args, **kwargs):
        self.search_text = self.build_search_text()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "search_text"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("glossary:term", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.status == self.Status.PUBLISHED:
            missing = {
                f"{kind}_{code}": _("A published term needs this in every language.")
                for code in LANGUAGES
                for kind in ("term", "definition")
                if not getattr(self, f"{kind}_{code}", "").strip()
            }
            if missing:
                raise ValidationError(missing)

    def build_search_text(self) -> str:
        parts = [
            getattr(self, f"{kind}_{code}")
            for code in LANGUAGES
            for kind in ("term", "abbreviations", "synonyms", "definition")
        ]
        # Padded with spaces so that a search can ask for whole words later.
        return f" {fold(' | '.join(parts))} "

    def term_in(self, language: str) -> str:
        return getattr(self, f"term_{language}", "") or self.term_en

    def definition_in(self, language: str) -> str:
        return getattr(self, f"definition_{language}", "") or self.definition_en

    def version(self, language: str) -> Version:
        return Version(
            language=language,
            language_name=str(LANGUAGE_NAMES[language]),
            term=getattr(self, f"term_{language}"),
            definition=getattr(self, f"definition_{language}"),
            abbreviations=split_list(getattr(self, f"abbreviations_{language}")),
            synonyms=split_list(getattr(self, f"synonyms_{language}")),
        )

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED


class SuggestionQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=Suggestion.Status.PENDING)


class Suggestion(models.Model):
    """A member's proposal: a new term (``term`` empty) or a correction to ``term``."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        ACCEPTED = "accepted", _("Accepted")
        REFUSED = "refused", _("Refused")

    term = models.ForeignKey(
        Term,
        verbose_name=_("term to correct"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="suggestions",
    )
    term_en = models.CharField(_("proposed term (English)"), max_length=200, blank=True)
    term_fr = models.CharField(_("proposed term (French)"), max_length=200, blank=True)
    term_es = models.CharField(_("proposed term (Spanish)"), max_length=200, blank=True)
    definition_en = models.TextField(
        _("proposed definition (English)"), max_length=3000, blank=True
    )
    definition_fr = models.TextField(_("proposed definition (French)"), max_length=3000, blank=True)
    definition_es = models.TextField(
        _("proposed definition (Spanish)"), max_length=3000, blank=True
    )
    comment = models.TextField(_("comment"), max_length=3000, blank=True)
    suggested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("suggested by"),
        on_delete=models.CASCADE,
        related_name="glossary_suggestions",
    )
    created = models.DateTimeField(_("suggested"), auto_now_add=True)

    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        default=Status.PENDING,
        db_index=True,
    )
    decision_note = models.TextField(
        _("note to the member"),
        max_length=2000,
        blank=True,
        help_text=_("Sent with the decision."),
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    created_term = models.ForeignKey(
        Term,
        verbose_name=_("draft term created"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decision_sent_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = SuggestionQuerySet.as_manager()

    class Meta:
        ordering = ["created", "pk"]
        verbose_name = _("glossary suggestion")
        verbose_name_plural = _("glossary suggestions")
        permissions = [("review_suggestion", _("Can accept or refuse glossary suggestions"))]

    def __str__(self) -> str:
        return self.title

    @property
    def is_new_term(self) -> bool:
        return self.term_id is None

    @property
    def title(self) -> str:
        """The proposed term in the active language, else any, else the term corrected."""
        language = active_language()
        proposed = getattr(self, f"term_{language}") or self.term_en or self.term_fr
        proposed = proposed or self.term_es
        if self.term is not None:
            return str(self.term)
        return proposed or _("(untitled)")

    def proposals(self) -> list[dict]:
        """What is proposed, language by language (only languages with something)."""
        rows = []
        for code in LANGUAGES:
            term = getattr(self, f"term_{code}")
            definition = getattr(self, f"definition_{code}")
            if term or definition:
                rows.append(
                    {
                        "language": code,
                        "language_name": LANGUAGE_NAMES[code],
                        "term": term,
                        "definition": definition,
                        "current": self.term.version(code) if self.term is not None else None,
                    }
                )
        return rows
