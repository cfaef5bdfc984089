"""Demo country profiles, indicator values and country curators.

The texts and figures are data, in ``core.demo.country_texts`` (one module per
group of regions): ``COUNTRY_TEXTS`` gives each country's "produced and updated
by" line and its three texts in up to three languages, ``DEMO_VALUES`` its
indicator values as ``(year, value, source, is_demo)`` rows (an optional fifth
item is the source's address) and ``VALUE_NOTES`` optional notes on some of
them. The loader also accepts other dictionaries of the same shape, which the
tests use.

Every profile is created as a page under the one ``CountryProfileIndexPage`` and
published through a revision by the demo editor, so its history starts with
them. India gets a second revision (the first had only the English "In brief"),
so the revision comparison has something to show; Colombia gets a draft change
by its curator, waiting in the moderation workflow.

Idempotent: a profile is found by its country and saved and published again
only when its live content differs from the demo data (a draft waiting for
review is left alone); values are matched on (indicator, country, year);
curatorships and the curator's draft are created once.
"""

from decimal import Decimal, InvalidOperation

from django.contrib.auth import get_user_model
from django.test.utils import override_settings
from django.utils import timezone, translation
from django_countries import countries
from wagtail.models import Page

from countryprofiles import curators
from countryprofiles.models import (
    TRANSLATED_TEXTS,
    CountryProfileIndexPage,
    CountryProfilePage,
    Curatorship,
    Indicator,
    IndicatorValue,
)

EDITOR = "editor@gess.example"
AMINATA = "aminata@gess.example"
CARLOS = "carlos@gess.example"
CURATORS = [(AMINATA, "SN"), (CARLOS, "CO"), (CARLOS, "PE")]

SUFFIXES = {"en": "", "fr": "_fr", "es": "_es"}
SPEC_KEYS = {"produced_by", *TRANSLATED_TEXTS}
TEXT_FIELDS = {f"{name}{suffix}" for name in TRANSLATED_TEXTS for suffix in SUFFIXES.values()}

# India is published twice: first with the English "In brief" of the old GESS
# profile only, then with everything.
HISTORY_COUNTRY = "IN"
FIRST_VERSION_FIELDS = ("produced_by", "in_brief")

# Colombia's curator adds a paragraph to "Main programmes" and submits it for review.
DRAFT_COUNTRY = "CO"
DRAFT_AUTHOR = CARLOS
DRAFT_FIELD = "programmes"
DRAFT_ADDITION = (
    "<p>In Bogotá, the Institute for Social Economy (IPES) runs a comprehensive care "
    "model for informal street vendors. With public experts from Italy and Spain "
    "mobilised by SOCIEUX+, it added psychosocial support, delivered with the local "
    "bodies that already provide social services to the vendors and their families.</p>"
)


def default_data() -> tuple[dict, dict, dict]:
    """``COUNTRY_TEXTS``, ``DEMO_VALUES`` and ``VALUE_NOTES`` of ``core.demo.country_texts``."""
    from .country_texts import africa, others

    texts, values, notes = {}, {}, {}
    for module in (africa, others):
        duplicated = set(texts) & set(module.COUNTRY_TEXTS)
        if duplicated:
            raise ValueError(f"Demo country texts: given twice: {sorted(duplicated)}")
        texts.update(module.COUNTRY_TEXTS)
        values.update(getattr(module, "DEMO_VALUES", {}))
        notes.update(getattr(module, "VALUE_NOTES", {}))
    return texts, values, notes


def _users(emails) -> dict:
    emails = set(emails)
    users = {user.email: user for user in get_user_model().objects.filter(email__in=emails)}
    missing = emails - set(users)
    if missing:
        raise ValueError(f"Demo countries: load the demo users first (missing {sorted(missing)})")
    return users


def profile_fields(code: str, spec: dict) -> dict:
    """The page fields for one entry of ``COUNTRY_TEXTS``; missing languages stay empty."""
    unknown = set(spec) - SPEC_KEYS
    if unknown:
        raise ValueError(f"Demo country texts for {code}: unknown keys {sorted(unknown)}")
    with translation.override("en"):
        title = str(countries.name(code))
    if not title:
        raise ValueError(f"Demo country texts: {code!r} is not a country code")
    fields = {"title": title, "produced_by": spec.get("produced_by", "")}
    for name in TRANSLATED_TEXTS:
        texts = spec.get(name) or {}
        if set(texts) - set(SUFFIXES):
            raise ValueError(f"Demo country texts for {code}: {name} has unknown languages")
        for language, suffix in SUFFIXES.items():
            fields[f"{name}{suffix}"] = texts.get(language, "")
    return fields


def _container() -> CountryProfileIndexPage:
    index = CountryProfileIndexPage.objects.first()
    if index is None:
        index = CountryProfileIndexPage(title="Country profiles", slug="country-profiles")
        Page.get_first_root_node().add_child(instance=index)
    return index


def _publish(page: CountryProfilePage, fields: dict, user) -> None:
    """Save these field values as a revision by ``user`` and publish it.

    Works on a fresh copy from the database, for the same reason as
    ``editorial._publish_if_changed``: the tree fields must not be stale.
    """
    page = CountryProfilePage.objects.get(pk=page.pk)
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision(user=user, log_action=True).publish(user=user)


def _first_version(fields: dict) -> dict:
    """India's first revision: who produces the page and the English "In brief" only."""
    return {
        name: "" if name in TEXT_FIELDS and name not in FIRST_VERSION_FIELDS else value
        for name, value in fields.items()
    }


def _create(index, code: str, fields: dict, editor) -> CountryProfilePage:
    versions = [_first_version(fields), fields] if code == HISTORY_COUNTRY else [fields]
    page = CountryProfilePage(
        slug=code.lower(), country=code, live=False, owner=editor, **versions[0]
    )
    index.add_child(instance=page)  # logged as created by the page's owner
    for version in versions:
        _publish(page, version, editor)
    return CountryProfilePage.objects.get(pk=page.pk)


def upsert_profile(index, code: str, spec: dict, editor) -> tuple[CountryProfilePage, str]:
    """Create or update one profile; returns it and "created", "updated" or ""."""
    fields = profile_fields(code, spec)
    page = CountryProfilePage.objects.filter(country=code).first()
    if page is None:
        return _create(index, code, fields, editor), "created"
    # The page's row holds its live content (drafts live in revisions only).
    if page.live and all(getattr(page, name) == value for name, value in fields.items()):
        return page, ""
    _publish(page, fields, editor)
    return CountryProfilePage.objects.get(pk=page.pk), "updated"


def submit_curator_draft(page: CountryProfilePage, curator) -> bool:
    """Once: the curator's change to the page, saved as a draft and submitted to the
    page's moderation workflow. Returns whether it was created now."""
    if page.revisions.filter(user=curator).exists():
        return False
    page = CountryProfilePage.objects.get(pk=page.pk)
    current = getattr(page, DRAFT_FIELD)
    setattr(page, DRAFT_FIELD, f"{current}{DRAFT_ADDITION}")
    page.save_revision(user=curator, log_action=True)
    workflow = page.get_workflow()
    if workflow is not None:
        # The reviewers' notification e-mails are not sent for demo content.
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
            workflow.start(page, curator)
    return True


VALUE_FIELDS = ["value", "source", "is_demo", "source_url", "note"]


def _row(code: str, indicator: Indicator, row, notes: dict) -> dict:
    year, value, source, is_demo, *rest = row
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise ValueError(f"Demo value for {code} {indicator.code} {year}: {value!r}") from None
    if not indicator.accepts(number):
        raise ValueError(f"Demo value out of range for {code} {indicator.code} {year}: {value}")
    return {
        "year": int(year),
        "value": number,
        "source": source,
        "is_demo": bool(is_demo),
        "source_url": rest[0] if rest else "",
        "note": notes.get(code, {}).get(indicator.code, {}).get(str(year), ""),
    }


def load_values(values: dict, notes: dict | None = None) -> int:
    """Create or update the values of ``DEMO_VALUES`` (with their ``VALUE_NOTES``);
    returns how many the demo holds."""
    notes = notes or {}
    indicators = {indicator.code: indicator for indicator in Indicator.objects.all()}
    wanted = {}
    for code, by_indicator in values.items():
        code = code.upper()
        for indicator_code, rows in by_indicator.items():
            indicator = indicators.get(indicator_code)
            if indicator is None:
                raise ValueError(f"Demo values for {code}: unknown indicator {indicator_code!r}")
            for row in rows:
                fields = _row(code, indicator, row, notes)
                wanted[(indicator.pk, code, fields.pop("year"))] = fields
    existing = {
        (value.indicator_id, value.country.code, value.year): value
        for value in IndicatorValue.objects.filter(country__in={key[1] for key in wanted})
    }
    to_create, to_update = [], []
    now = timezone.now()
    for key, fields in wanted.items():
        value = existing.get(key)
        if value is None:
            indicator_id, country, year = key
            to_create.append(
                IndicatorValue(indicator_id=indicator_id, country=country, year=year, **fields)
            )
        elif any(getattr(value, name) != new for name, new in fields.items()):
            for name, new in fields.items():
                setattr(value, name, new)
            value.updated = now
            to_update.append(value)
    IndicatorValue.objects.bulk_create(to_create)
    if to_update:
        IndicatorValue.objects.bulk_update(to_update, [*VALUE_FIELDS, "updated"])
    return len(wanted)


def load_curators(users: dict) -> int:
    for email, code in CURATORS:
        Curatorship.objects.get_or_create(user=users[email], country=code)
    # ``users.load()`` has just reset the demo accounts' groups: put the curators
    # back in their countries' groups (nothing changes when all is in order).
    curators.sync_all()
    return len(CURATORS)


def load_countries(
    stdout=None, texts: dict | None = None, values: dict | None = None, notes: dict | None = None
) -> dict:
    """Create or update the demo profiles, their indicator values and the curators;
    count what the demo holds. ``texts``, ``values`` and ``notes`` default to those of
    ``core.demo.country_texts``; tests pass their own."""
    if texts is None:
        texts, default_values, default_notes = default_data()
        values = default_values if values is None else values
        notes = default_notes if notes is None else notes
    users = _users([EDITOR, *(email for email, _code in CURATORS)])
    editor = users[EDITOR]
    index = _container()
    pages = {}
    for code in sorted(texts):
        page, _change = upsert_profile(index, code.upper(), texts[code], editor)
        pages[code.upper()] = page
    curator_count = load_curators(users)
    if DRAFT_COUNTRY in pages:
        submit_curator_draft(pages[DRAFT_COUNTRY], users[DRAFT_AUTHOR])
    profiles = CountryProfilePage.objects.filter(country__in=list(pages))
    counts = {
        "profiles": profiles.live().count(),
        "in review": profiles.filter(has_unpublished_changes=True).count(),
        "indicator values": load_values(values or {}, notes),
        "curators": curator_count,
    }
    if stdout is not None:
        stdout.write(
            "  countries: " + ", ".join(f"{n} {name}" for name, n in counts.items()) + "\n"
        )
    return counts
