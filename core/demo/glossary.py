"""Demo glossary: the categories and published terms of ``glossary_terms``.

Categories and terms are found by slug, so a second run updates them in place
and adds nothing. Related terms are set last, once every term exists: a pair
named on either side is related (the relation is symmetric), slugs of terms
that are not in the data are ignored. The caller (``load_demo``) holds the
transaction; the glossary links are rebuilt from the new terms once it commits.
"""

from glossary import links
from glossary.models import Category, Term

from . import glossary_terms as data

TERM_FIELDS = [
    f"{kind}_{code}"
    for kind in ("term", "definition", "abbreviations", "synonyms")
    for code in ("en", "fr", "es")
] + ["source"]


def load() -> dict:
    categories = {}
    for order, (slug, name_en, name_fr, name_es) in enumerate(data.CATEGORIES, start=1):
        categories[slug], _created = Category.objects.update_or_create(
            slug=slug,
            defaults={
                "name_en": name_en,
                "name_fr": name_fr,
                "name_es": name_es,
                "sort_order": order,
            },
        )

    records = {values["slug"]: values for values in data.all_terms()}  # a repeated slug: last wins
    terms = {}
    for slug, values in records.items():
        defaults = {name: (values.get(name) or "").strip() for name in TERM_FIELDS}
        defaults["category"] = categories.get(values.get("category"))
        defaults["status"] = Term.Status.PUBLISHED
        terms[slug], _created = Term.objects.update_or_create(slug=slug, defaults=defaults)

    partners: dict[str, set[str]] = {slug: set() for slug in terms}
    for slug, values in records.items():
        for other in values.get("related") or ():
            if other in terms and other != slug:
                partners[slug].add(other)
                partners[other].add(slug)
    for slug, term in terms.items():
        term.related.set([terms[other] for other in sorted(partners[slug])])

    links.invalidate()
    return {"terms": len(terms), "categories": len(categories)}
