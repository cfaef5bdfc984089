"""Demo library: the old platforms' taxonomies and about thirty items with real files.

Taxonomy terms are found by slug, items by title, comments by (item, author, text),
so a second run updates in place and adds nothing. An item's file is written only
when the item has none in storage yet. The data and its sources are in
``library_items``.
"""

import io
from datetime import UTC, date, datetime

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db.models import Q
from django.utils import timezone

from core.models import Language
from core.regions import REGIONS, region_of
from library.models import (
    Approach,
    Branch,
    Comment,
    Item,
    ItemCountry,
    LibraryCollection,
    ResourceType,
    Theme,
    Topic,
)

from . import library_items as data
from .documents import make_docx, make_pdf

# (model, terms, label in the summary); a term is (slug, en, fr, es[, children | description]).
TAXONOMIES = [
    (ResourceType, data.RESOURCE_TYPES, "resource types"),
    (Topic, data.TOPICS, "topics"),
    (Approach, data.APPROACHES, "approaches"),
    (Theme, data.THEMES, "themes"),
    (Branch, data.BRANCHES, "branches"),
    (LibraryCollection, data.COLLECTIONS, "collections"),
]
RELATIONS = {
    "topics": Topic,
    "approaches": Approach,
    "themes": Theme,
    "branches": Branch,
    "collections": LibraryCollection,
}
REGION_ORDER = [code for code, _label in REGIONS]
REVIEWER = data.EDITOR
REJECTED_AT = "2026-06-03T10:00"


def _term_slugs(terms) -> list[str]:
    slugs = []
    for slug, _en, _fr, _es, *rest in terms:
        slugs.append(slug)
        if rest and isinstance(rest[0], list):
            slugs.extend(child[0] for child in rest[0])
    return slugs


def load_taxonomies() -> dict[str, int]:
    """Create or update every term; ``sort_order`` follows the old sites' lists, a group's
    children right after it."""
    counts = {}
    for model, terms, label in TAXONOMIES:
        order = 0
        for slug, name, name_fr, name_es, *rest in terms:
            children = rest[0] if rest and isinstance(rest[0], list) else []
            description = rest[0] if rest and isinstance(rest[0], str) else ""
            order += 1
            defaults = {
                "name": name,
                "name_fr": name_fr,
                "name_es": name_es,
                "description": description,
                "sort_order": order,
            }
            if hasattr(model, "parent"):
                defaults["parent"] = None
            parent, _ = model.objects.update_or_create(slug=slug, defaults=defaults)
            for child_slug, child_en, child_fr, child_es in children:
                order += 1
                model.objects.update_or_create(
                    slug=child_slug,
                    defaults={
                        "name": child_en,
                        "name_fr": child_fr,
                        "name_es": child_es,
                        "sort_order": order,
                        "parent": parent,
                    },
                )
        counts[label] = model.objects.filter(slug__in=_term_slugs(terms)).count()
    return counts


def _moment(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def _regions(spec: dict) -> list[str]:
    found = set(spec.get("regions", [])) | {region_of(code) for code in spec.get("countries", [])}
    return [code for code in REGION_ORDER if code in found]


def _fields(spec: dict, types: dict, users: dict) -> dict:
    status = spec.get("status", Item.Status.PUBLISHED)
    published = status == Item.Status.PUBLISHED
    reviewed = status in (Item.Status.PUBLISHED, Item.Status.REJECTED)
    published_at = _moment(spec["published_at"]) if published else None
    # Published items were approved when they went live; the rejected one a while ago.
    reviewed_at = (published_at or _moment(REJECTED_AT)) if reviewed else None
    return {
        "resource_type": types[spec["type"]],
        "abstract": spec.get("abstract", ""),
        "authors": spec.get("authors", ""),
        "publisher": spec.get("publisher", ""),
        "publication_date": date.fromisoformat(spec["date"]) if "date" in spec else None,
        "publication_year": spec.get("year"),
        "regions": _regions(spec),
        "url": spec.get("url", ""),
        "status": status,
        "submitted_by": users[spec["submitted_by"]],
        "reviewed_by": users[REVIEWER] if reviewed else None,
        "reviewed_at": reviewed_at,
        "rejection_reason": spec.get("rejection_reason", ""),
        "published_at": published_at,
        "featured": spec.get("featured", False),
        "view_count": spec.get("views", 0),
        "download_count": spec.get("downloads", 0),
    }


def _document(spec: dict) -> tuple[bytes, str]:
    """The bytes of the item's demo file and its type ("pdf" or "docx")."""
    kind = spec.get("kind", "pdf")
    if kind == "docx":
        return make_docx(spec["paragraphs"]), kind
    # The PDF's Info title is Latin-1: keep the dashes and apostrophes plain.
    title = spec.get("title", "").replace("\u2013", "-").replace("\u2019", "'")
    return make_pdf(spec["paragraphs"], title=title), kind


def _text_of(content: bytes, file_type: str, paragraphs: list[str]) -> str:
    """The file's text as the library's own extractor reads it (the paragraphs if there is
    no extractor)."""
    try:
        from library.extract import extract_text
    except ImportError:
        return "\n\n".join(paragraphs)
    return extract_text(io.BytesIO(content), file_type)


def _attach_file(item: Item, spec: dict) -> bool:
    """Give ``item`` its demo file unless it already has one in storage; returns whether a
    file was written. Also fills the file's text when it is missing."""
    if item.file and item.file.storage.exists(item.file.name):
        if not item.extracted_text:
            with item.file.open("rb") as stored:
                content = stored.read()
            item.extracted_text = _text_of(content, item.file_type, spec["paragraphs"])
            item.text_extracted_at = timezone.now()
        return False
    content, file_type = _document(spec)
    item.file.save(spec["name"], ContentFile(content), save=False)
    item.file_name = spec["name"]
    item.file_size = len(content)
    item.file_type = file_type
    item.extracted_text = _text_of(content, file_type, spec["paragraphs"])
    item.text_extracted_at = timezone.now()
    return True


def _set_countries(item: Item, codes: list[str]) -> None:
    codes = sorted(set(codes))
    item.countries.exclude(country__in=codes).delete()
    existing = set(item.countries.values_list("country", flat=True))
    ItemCountry.objects.bulk_create(
        [ItemCountry(item=item, country=code) for code in codes if code not in existing]
    )


def _upsert_item(spec: dict, types: dict, users: dict, terms: dict, languages: dict) -> tuple:
    """Create or update one item and its relations; returns (item, whether a file was written)."""
    fields = _fields(spec, types, users)
    item = Item.objects.filter(title=spec["title"]).order_by("pk").first()
    changed = item is None
    if item is None:
        item = Item(title=spec["title"], **fields)
    else:
        for name, value in fields.items():
            if getattr(item, name) != value:
                setattr(item, name, value)
                changed = True
    wrote = False
    if "file" in spec:
        had_text = bool(item.extracted_text)
        wrote = _attach_file(item, spec["file"])
        changed = changed or wrote or (bool(item.extracted_text) and not had_text)
    if changed:
        item.save()

    item.languages.set([languages[code] for code in spec["languages"]])
    for name in RELATIONS:
        getattr(item, name).set([terms[name][slug] for slug in spec.get(name, [])])
    _set_countries(item, spec.get("countries", []))
    item.tags.set(spec.get("tags", []))
    return item, wrote


def _load_comments(items: dict[str, Item], users: dict) -> int:
    count = 0
    for title_start, email, body in data.COMMENTS:
        matches = [item for title, item in items.items() if title.startswith(title_start)]
        if len(matches) != 1:
            raise ValueError(
                f"Demo comment: {len(matches)} items whose title starts with {title_start!r}"
            )
        Comment.objects.get_or_create(item=matches[0], author=users[email], body=body)
        count += 1
    return count


def _update_search_index(ids: list[int]) -> None:
    try:
        from library import search
    except ImportError:
        return
    if hasattr(search, "update_index"):
        search.update_index(ids)


def load() -> dict:
    """Create or update the demo taxonomies, items and comments; count what the demo holds."""
    counts = load_taxonomies()
    types = {term.slug: term for term in ResourceType.objects.all()}
    terms = {name: {t.slug: t for t in model.objects.all()} for name, model in RELATIONS.items()}
    emails = {spec["submitted_by"] for spec in data.ITEMS} | {REVIEWER}
    emails |= {email for _title, email, _body in data.COMMENTS}
    users = {user.email: user for user in get_user_model().objects.filter(email__in=emails)}
    missing = emails - set(users)
    if missing:
        raise ValueError(f"Demo library: load the demo users first (missing {sorted(missing)})")
    languages = {language.code: language for language in Language.objects.all()}

    items = {}
    for spec in data.ITEMS:
        item, _wrote = _upsert_item(spec, types, users, terms, languages)
        items[spec["title"]] = item
    comments = _load_comments(items, users)
    ids = [item.pk for item in items.values()]
    _update_search_index(ids)

    demo = Item.objects.filter(pk__in=ids)
    return {
        "items": demo.count(),
        "published": demo.filter(status=Item.Status.PUBLISHED).count(),
        "pending": demo.filter(status=Item.Status.PENDING).count(),
        "rejected": demo.filter(status=Item.Status.REJECTED).count(),
        "featured": demo.filter(featured=True).count(),
        "files": demo.exclude(Q(file="") | Q(file__isnull=True)).count(),
        "comments": comments,
        **counts,
    }
