"""Glossary operations: the A to Z index, search, and members' suggestions.

The CSV file (export and import) is in ``glossary.csvfile``.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext as _

from .models import RESERVED_SLUGS, Category, Suggestion, Term
from .text import LANGUAGES, alphabet, first_letter, fold, sort_key, split_list

SUMMARY_WORDS = 30


# --- Reading ----------------------------------------------------------------------------


def sorted_terms(terms, language: str) -> list[Term]:
    """``terms`` in the dictionary order of ``language``.

    Accents are folded; in Spanish "ñ" comes after "n".
    """
    return sorted(terms, key=lambda term: sort_key(term.term_in(language), language))


@dataclass(frozen=True)
class Row:
    """A term as lists show it, in one language."""

    term: Term
    name: str
    abbreviations: list[str]
    summary: str
    category: str
    url: str


def row(term: Term, language: str) -> Row:
    return Row(
        term=term,
        name=term.term_in(language),
        abbreviations=split_list(getattr(term, f"abbreviations_{language}")),
        summary=summary(term, language),
        category=term.category.name_in(language) if term.category else "",
        url=term.get_absolute_url(),
    )


@dataclass
class Letter:
    letter: str
    anchor: str
    rows: list[Row] = field(default_factory=list)


def az_index(language: str, category: Category | None = None) -> tuple[list[Letter], list[Letter]]:
    """Published terms grouped by the letter they file under in ``language``.

    Returns every letter of the alphabet (with or without terms, for the letter
    bar) and the groups that have terms, in order. One query.
    """
    terms = Term.objects.published().select_related("category")
    if category is not None:
        terms = terms.filter(category=category)
    letters = [Letter(letter, _anchor(letter)) for letter in [*alphabet(language), "#"]]
    by_letter = {letter.letter: letter for letter in letters}
    for term in sorted_terms(terms, language):
        by_letter[first_letter(term.term_in(language), language)].rows.append(row(term, language))
    if not by_letter["#"].rows:
        letters.pop()
    return letters, [letter for letter in letters if letter.rows]


def _anchor(letter: str) -> str:
    return "letter-other" if letter == "#" else f"letter-{letter.lower()}"


@dataclass(frozen=True)
class SearchHit:
    row: Row
    # The phrase that matched when it is not the term's name in the reader's
    # language (a synonym, an abbreviation, another language), with its language.
    matched: str = ""
    matched_language: str = ""


def search(query: str, language: str, terms: QuerySet[Term] | None = None) -> list[SearchHit]:
    """Published terms matching ``query`` in any language, best first. One query.

    Order: the reader's term itself, then an exact term, abbreviation or
    synonym in any language, then names starting with the query, names
    containing it, and last matches in definitions only.
    """
    words = fold(query).split()
    if not words:
        return []
    terms = Term.objects.published() if terms is None else terms
    wanted = " ".join(words)
    ranked = []
    for term in terms.matching(query).select_related("category"):
        own = fold(term.term_in(language))
        best = (0, "", "") if own == wanted else (4, "", "")  # 4: in a definition only
        for code in (language, *[other for other in LANGUAGES if other != language]):
            for phrase in _phrases(term, code):
                folded = fold(phrase)
                if folded == wanted:
                    rank = 1
                elif folded.startswith(wanted):
                    rank = 2
                elif all(word in folded for word in words):
                    rank = 3
                else:
                    continue
                if rank < best[0]:
                    shown = (phrase, code) if folded != own else ("", "")
                    best = (rank, *shown)
        ranked.append((best[0], sort_key(term.term_in(language), language), term, best))
    ranked.sort(key=lambda item: item[:2])
    return [SearchHit(row(term, language), best[1], best[2]) for _, _, term, best in ranked]


def _phrases(term: Term, language: str) -> list[str]:
    return [
        getattr(term, f"term_{language}"),
        *split_list(getattr(term, f"abbreviations_{language}")),
        *split_list(getattr(term, f"synonyms_{language}")),
    ]


def summary(term: Term, language: str, words: int = SUMMARY_WORDS) -> str:
    return Truncator(term.definition_in(language)).words(words)


def related_terms(term: Term, language: str) -> list[Term]:
    return sorted_terms(term.related.published(), language)


# --- Suggestions ------------------------------------------------------------------------


class SuggestionAlreadyDecided(Exception):
    """Another editor decided this suggestion first."""


def submit_suggestion(*, user, term: Term | None = None, **proposal) -> Suggestion:
    """Record a member's proposal: a new term (``term=None``) or a correction to ``term``."""
    allowed = {f"{kind}_{code}" for kind in ("term", "definition") for code in LANGUAGES}
    allowed.add("comment")
    unknown = set(proposal) - allowed
    if unknown:
        raise TypeError(f"unknown proposal fields: {sorted(unknown)}")
    return Suggestion.objects.create(suggested_by=user, term=term, **proposal)


def unique_slug(text: str) -> str:
    base = slugify(text)[:100].strip("-") or "term"
    slug, number = base, 2
    while slug in RESERVED_SLUGS or Term.objects.filter(slug=slug).exists():
        slug = f"{base}-{number}"
        number += 1
    return slug


def accept_suggestion(*, suggestion: Suggestion, editor, note: str = "") -> Suggestion:
    """Accept: a new-term suggestion becomes a draft term, pre-filled, for editors to finish.

    A correction is accepted as it is: the editor applies it to the term in the
    admin. The member hears of the decision by e-mail once this is committed.
    """
    with transaction.atomic():
        suggestion = _lock_pending(suggestion)
        if suggestion.is_new_term:
            draft = Term(status=Term.Status.DRAFT)
            for code in LANGUAGES:
                setattr(draft, f"term_{code}", getattr(suggestion, f"term_{code}"))
                setattr(draft, f"definition_{code}", getattr(suggestion, f"definition_{code}"))
            draft.term_en = draft.term_en or suggestion.term_fr or suggestion.term_es
            draft.slug = unique_slug(draft.term_en)
            draft.save()
            suggestion.created_term = draft
        _decide(suggestion, Suggestion.Status.ACCEPTED, editor, note)
    return suggestion


def refuse_suggestion(*, suggestion: Suggestion, editor, note: str = "") -> Suggestion:
    with transaction.atomic():
        suggestion = _lock_pending(suggestion)
        _decide(suggestion, Suggestion.Status.REFUSED, editor, note)
    return suggestion


def _lock_pending(suggestion: Suggestion) -> Suggestion:
    locked = (
        Suggestion.objects.select_for_update()
        .filter(pk=suggestion.pk, status=Suggestion.Status.PENDING)
        .first()
    )
    if locked is None:
        raise SuggestionAlreadyDecided
    return locked


def _decide(suggestion: Suggestion, status: str, editor, note: str) -> None:
    suggestion.status = status
    suggestion.decided_by = editor
    suggestion.decided_at = timezone.now()
    suggestion.decision_note = note
    suggestion.save()
    from .tasks import send_suggestion_decision

    transaction.on_commit(lambda: send_suggestion_decision.delay(suggestion_id=suggestion.pk))


def deliver_suggestion_decision(suggestion: Suggestion) -> None:
    """E-mail the member the decision on their suggestion, in their language, once."""
    if suggestion.decision_sent_at is not None or suggestion.status == Suggestion.Status.PENDING:
        return
    member = suggestion.suggested_by
    language = member.language if member.language in LANGUAGES else settings.LANGUAGE_CODE
    with translation.override(language):
        accepted = suggestion.status == Suggestion.Status.ACCEPTED
        title = suggestion.title
        term = suggestion.term
        context = {
            "suggestion": suggestion,
            "member": member,
            "accepted": accepted,
            "title": title,
            "term_url": term.get_absolute_url() if term and term.is_published else "",
            "glossary_url": reverse("glossary:index"),
            "site_url": settings.WAGTAILADMIN_BASE_URL,
            "PORTAL_NAME": settings.PORTAL_NAME,
        }
        if accepted:
            subject = _("%(portal)s glossary: your suggestion “%(title)s” was accepted")
        else:
            subject = _("%(portal)s glossary: your suggestion “%(title)s” was not accepted")
        subject = subject % {"portal": settings.PORTAL_NAME, "title": title}
        body = render_to_string("glossary/email/suggestion_decision.txt", context)
    EmailMessage(subject=" ".join(subject.split()), body=body, to=[member.email]).send()
    Suggestion.objects.filter(pk=suggestion.pk, decision_sent_at__isnull=True).update(
        decision_sent_at=timezone.now()
    )
