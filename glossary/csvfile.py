"""The glossary as a CSV file: export every published term, import a file from editors.

One row per term, a column per language, UTF-8 with a byte order mark so that
Excel opens accents correctly. Abbreviations, synonyms and related terms are
lists separated by semicolons. The exported file can be edited and imported
again as it is.

An import is all or nothing: every row is checked first, and if any is wrong
the whole file is refused with one message per problem ("Row 7: …"), before
anything is written. Rows update the term with the same slug or create one.
"""

import csv
import io
from dataclasses import dataclass

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.text import slugify
from django.utils.translation import gettext as _

# A cell that a spreadsheet would run as a formula is written with an apostrophe
# first (core.csvsafe), which the import removes again.
from core.csvsafe import protect as _protect
from core.csvsafe import unprotect as _unprotect

from .models import Category, Term
from .text import LANGUAGES, join_list, split_list

LANGUAGE_COLUMNS = [
    f"{kind}_{code}"
    for code in LANGUAGES
    for kind in ("term", "abbreviations", "synonyms", "definition")
]
COLUMNS = ["slug", "status", "category", *LANGUAGE_COLUMNS, "source", "related"]
MAX_ROWS = 5000


# --- Export -------------------------------------------------------------------------------


def export_rows() -> list[list[str]]:
    """The header and one row per published term, by slug. Two queries."""
    terms = (
        Term.objects.published()
        .select_related("category")
        .prefetch_related("related")
        .order_by("slug")
    )
    rows = [list(COLUMNS)]
    for term in terms:
        related = sorted(other.slug for other in term.related.all() if other.is_published)
        row = [term.slug, term.status, term.category.slug if term.category else ""]
        row += [getattr(term, column) for column in LANGUAGE_COLUMNS]
        row += [term.source, join_list(related)]
        rows.append([_protect(cell) for cell in row])
    return rows


def write_csv(stream) -> None:
    """Write the export to a text ``stream``, byte order mark first."""
    stream.write("\ufeff")
    csv.writer(stream).writerows(export_rows())


def export_text() -> str:
    stream = io.StringIO()
    write_csv(stream)
    return stream.getvalue()


# --- Import -------------------------------------------------------------------------------


class ImportRefused(Exception):
    """The file was not imported; ``errors`` says why, one translated message each."""

    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int


@dataclass
class _Row:
    number: int
    term: Term
    is_new: bool
    related: list[str] | None  # None: the file has no "related" column


def import_csv(data: bytes | str, *, dry_run: bool = False) -> ImportResult:
    """Create or update terms from a CSV file; all rows or none.

    A column missing from the file leaves that field of existing terms as it
    is. A blank status keeps an existing term's status and makes new terms
    drafts. Related terms are given by slug, as in the export: for terms in the
    file, the relations between them become exactly those the file declares
    (on either side); their relations with terms not in the file are kept.

    Raises ImportRefused listing every problem if any row is wrong.
    """
    header, records = _read(data)
    rows, errors = _check(header, records)
    if errors:
        raise ImportRefused(errors)
    if dry_run:
        return _result(rows)
    with transaction.atomic():
        for row in rows:
            row.term.save()
        _relate(rows)
    return _result(rows)


def _result(rows: list[_Row]) -> ImportResult:
    created = sum(1 for row in rows if row.is_new)
    return ImportResult(created=created, updated=len(rows) - created)


def _read(data: bytes | str) -> tuple[list[str], list[tuple[int, dict]]]:
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ImportRefused(
                [_("The file is not in UTF-8. Save it as “CSV UTF-8” and try again.")]
            ) from None
    text = data.removeprefix("\ufeff")
    first_line = text.split("\n", 1)[0]
    # Spreadsheets set to French or Spanish save CSV files with semicolons.
    delimiter = max((",", ";", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [name.strip().lower() for name in next(reader)]
    except StopIteration:
        raise ImportRefused([_("The file is empty.")]) from None
    except csv.Error as error:
        raise ImportRefused([_("The file is not a valid CSV file: %s") % error]) from None
    problems = []
    unknown = [name for name in header if name not in COLUMNS]
    if unknown:
        problems.append(
            _("Unknown columns: %(unknown)s. The columns are: %(columns)s.")
            % {"unknown": ", ".join(unknown), "columns": ", ".join(COLUMNS)}
        )
    if "term_en" not in header:
        problems.append(_("The file needs a “term_en” column (the English term)."))
    repeated = sorted({name for name in header if header.count(name) > 1})
    if repeated:
        problems.append(_("Columns given twice: %s.") % ", ".join(repeated))
    if problems:
        raise ImportRefused(problems)
    records = []
    try:
        for number, cells in enumerate(reader, start=2):
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) > len(header):
                records.append((number, None))
                continue
            cells += [""] * (len(header) - len(cells))
            records.append((number, {name: _unprotect(cells[i]) for i, name in enumerate(header)}))
            if len(records) > MAX_ROWS:
                raise ImportRefused([_("The file has more than %d rows.") % MAX_ROWS])
    except csv.Error as error:
        raise ImportRefused([_("The file is not a valid CSV file: %s") % error]) from None
    if not records:
        raise ImportRefused([_("The file has no terms.")])
    return header, records


def _check(header: list[str], records: list[tuple[int, dict | None]]):
    """Build (unsaved) terms from the rows, collecting every problem."""
    slugs_in_file = {
        (values.get("slug") or "").strip() or slugify(values.get("term_en", ""))
        for _number, values in records
        if values
    }
    existing_terms = {term.slug: term for term in Term.objects.filter(slug__in=slugs_in_file)}
    known_slugs = set(Term.objects.values_list("slug", flat=True)) | slugs_in_file
    categories = _categories()
    rows, errors, seen = [], [], {}
    for number, values in records:
        if values is None:
            errors.append(_("Row %d: more cells than columns.") % number)
            continue
        row_errors = []
        slug = values.get("slug", "").strip() or slugify(values.get("term_en", ""))
        label = _("Row %(number)d (%(slug)s)") % {"number": number, "slug": slug or "?"}
        if not slug:
            row_errors.append(_("the English term (term_en) is empty."))
        elif slug in seen:
            row_errors.append(_("the slug is also on row %d.") % seen[slug])
        seen.setdefault(slug, number)
        term = existing_terms.get(slug)
        is_new = term is None
        if is_new:
            term = Term(slug=slug, status=Term.Status.DRAFT)
        for column in (*LANGUAGE_COLUMNS, "source"):
            if column in values:
                setattr(term, column, _clean_cell(values[column], column))
        status = values.get("status", "").strip().lower()
        if status:
            if status in Term.Status.values:
                term.status = status
            else:
                row_errors.append(
                    _("status “%(status)s” is neither “published” nor “draft”.")
                    % {"status": status}
                )
        if "category" in values:
            wanted = values["category"].strip()
            if not wanted:
                term.category = None
            elif wanted.lower() in categories:
                term.category = categories[wanted.lower()]
            else:
                row_errors.append(
                    _("there is no category “%(category)s”. Use one of: %(known)s.")
                    % {
                        "category": wanted,
                        "known": ", ".join(sorted({c.slug for c in categories.values()})),
                    }
                )
        related = None
        if "related" in values:
            related = split_list(values["related"])
            unknown = [other for other in related if other not in known_slugs]
            if unknown:
                row_errors.append(_("unknown related terms: %s.") % ", ".join(unknown))
            if slug in related:
                row_errors.append(_("a term cannot be related to itself."))
        try:
            term.full_clean(exclude=["related", "category"], validate_unique=False)
        except ValidationError as invalid:
            row_errors.extend(_field_messages(invalid))
        errors.extend(f"{label}: {message}" for message in row_errors)
        rows.append(_Row(number, term, is_new, related))
    return rows, errors


def _clean_cell(value: str, column: str) -> str:
    if column.startswith(("abbreviations_", "synonyms_")):
        return join_list(split_list(value))
    return value.strip()


def _categories() -> dict[str, Category]:
    """Categories by lower-cased slug and by name in each language."""
    found = {}
    for category in Category.objects.all():
        for name in (category.name_en, category.name_fr, category.name_es, category.slug):
            found.setdefault(name.strip().lower(), category)
    return found


def _field_messages(invalid: ValidationError) -> list[str]:
    messages = []
    for name, field_messages in invalid.message_dict.items():
        prefix = ""
        if name != NON_FIELD_ERRORS:
            prefix = f"{name}: "
        messages.extend(f"{prefix}{message}" for message in field_messages)
    return messages


def _relate(rows: list[_Row]) -> None:
    declared = [row for row in rows if row.related is not None]
    if not declared:
        return
    in_file = {row.term.slug: row.term for row in declared}
    pairs = set()
    for row in declared:
        for other in row.related:
            pairs.add(frozenset((row.term.slug, other)))
    outside_slugs = {slug for pair in pairs for slug in pair} - set(in_file)
    outside = {term.slug: term for term in Term.objects.filter(slug__in=outside_slugs)}
    everything = {**outside, **in_file}
    through = Term.related.through
    ids = [term.pk for term in in_file.values()]
    # Relations among the file's terms become exactly the declared ones; the
    # symmetric through table holds each pair twice (a→b and b→a).
    through.objects.filter(from_term_id__in=ids, to_term_id__in=ids).delete()
    links = []
    existing = set(
        through.objects.filter(Q(from_term_id__in=ids) | Q(to_term_id__in=ids)).values_list(
            "from_term_id", "to_term_id"
        )
    )
    for pair in pairs:
        first, second = (everything[slug].pk for slug in sorted(pair))
        for a, b in ((first, second), (second, first)):
            if (a, b) not in existing:
                links.append(through(from_term_id=a, to_term_id=b))
                existing.add((a, b))
    through.objects.bulk_create(links)
