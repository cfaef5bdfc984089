"""What happens to schemes: proposals, review, the yearly figures.

Views and the demo go through these functions; nothing else writes a scheme.
They check nothing about who is asking (views do, with ``schemes.rules``),
except that an editor's own proposal is approved at once.

Every proposal is a ``SchemeChange`` whose ``data`` is JSON (``serialise``):

- CREATE, a new scheme: every field. The scheme itself is saved at once, as
  pending (invisible to others); approving publishes it.
- EDIT, a change to a scheme: only the fields the proposer changed, so that
  approving it later overwrites nothing else (last writer wins, per field).
- YEAR, a year's figures: the whole record of that year.

Approving writes ``previous`` (what the change replaced), which with ``data``
makes the history. A second pending proposal of the same kind (and year) by the
same person replaces the first.
"""

import datetime
import logging
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import models, transaction
from django.db.models import Max
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_countries.fields import Country

from core.mail import one_line

from . import currencies
from .models import Scheme, SchemeChange, SchemeYear
from .rules import is_scheme_editor

logger = logging.getLogger(__name__)

# What a member may propose about a scheme (never managers, contact or status) ...
SCHEME_FIELDS = (
    "name",
    "acronym",
    "country",
    "locality",
    "scheme_type",
    "legal_status",
    "year_started",
    "promoter",
    "support_organisations",
    "networks",
    "target_population",
    "risks",
    "contribution_amount",
    "contribution_currency",
    "contribution_frequency",
    "contribution_basis",
    "benefits_package",
    "provider_contracts",
    "website",
)
MANY_TO_MANY = ("networks", "risks")
# ... and report for a year.
YEAR_FIELDS = (
    "members",
    "beneficiaries",
    "contributions_collected",
    "claims_paid",
    "currency",
    "changes",
)

Kind = SchemeChange.Kind


class ReviewRefused(Exception):
    """The change cannot be decided as asked; ``str(exc)`` is the translated reason."""


# --- Latest figures and population (used by lists, statistics and validation) ------------


def refresh_latest(scheme: Scheme) -> None:
    """Copy the latest reported year's figures onto the scheme (for lists and sorting)."""
    latest = SchemeYear.objects.filter(scheme=scheme).order_by("-year").first()
    scheme.latest_year = latest.year if latest else None
    scheme.latest_members = latest.members if latest else None
    scheme.latest_beneficiaries = latest.beneficiaries if latest else None
    Scheme.objects.filter(pk=scheme.pk).update(
        latest_year=scheme.latest_year,
        latest_members=scheme.latest_members,
        latest_beneficiaries=scheme.latest_beneficiaries,
    )


def population_of(country_code: str, year: int | None = None) -> tuple[int, int] | None:
    """``(population, year it was counted)`` from the country profile's "population"
    indicator: the value of ``year`` or, failing that, the latest year before it
    (any year when none is that old); None when unknown."""
    from countryprofiles.models import IndicatorValue

    values = IndicatorValue.objects.filter(
        indicator__code="population", country=str(country_code).upper()
    )
    if year is not None:
        before = values.filter(year__lte=year)
        if before.exists():
            values = before
    latest = values.aggregate(Max("year"))["year__max"]
    if latest is None:
        return None
    return int(values.get(year=latest).value), latest


def country_population(country_code: str, year: int | None = None) -> int | None:
    """The country's population from its profile's "population" indicator: the value
    of ``year`` or, failing that, the latest year before it (None when unknown)."""
    found = population_of(country_code, year)
    return found[0] if found else None


def year_to_report(scheme: Scheme, today: datetime.date | None = None) -> int:
    """The year a manager is asked about: last year until it is reported, then this one."""
    this_year = (today or timezone.localdate()).year
    return this_year - 1 if (scheme.latest_year or 0) < this_year - 1 else this_year


# --- Values as JSON --------------------------------------------------------------------


def _json_value(value):
    if isinstance(value, Decimal):
        return str(value.quantize(Decimal("0.01")))  # 1000 and 1000.00 compare equal
    if isinstance(value, Country):
        return value.code
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, (models.QuerySet, list, tuple, set, frozenset)):
        return sorted(_json_value(item) for item in value)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def serialise(values: dict) -> dict:
    """Form values as JSON: decimals as strings with two places, related objects and
    many-to-many values as (sorted lists of) primary keys, a country as its code."""
    return {name: _json_value(value) for name, value in values.items()}


def deserialise(model: type[models.Model], data: dict) -> dict:
    """``serialise``'s output back as values for ``model``'s fields (decimals as Decimal;
    many-to-many values stay lists of primary keys, which ``.set()`` and forms take)."""
    values = {}
    for name, value in data.items():
        field = model._meta.get_field(name)
        if isinstance(field, models.DecimalField) and value not in (None, ""):
            value = Decimal(value)
        values[name] = value
    return values


def scheme_values(scheme: Scheme, names=SCHEME_FIELDS) -> dict:
    """The scheme's current values of ``names``, serialised."""
    values = {}
    for name in names:
        if name in MANY_TO_MANY:
            values[name] = list(getattr(scheme, name).values_list("pk", flat=True))
        else:
            values[name] = getattr(scheme, name)
    return serialise(values)


def year_values(record: SchemeYear | None) -> dict:
    """A year's record, serialised ({} when the year is not reported)."""
    if record is None:
        return {}
    return serialise({name: getattr(record, name) for name in YEAR_FIELDS})


def current_values(change: SchemeChange) -> dict:
    """What the change would replace if approved now."""
    if change.kind == Kind.YEAR:
        return year_values(change.scheme.years.filter(year=change.year).first())
    return scheme_values(change.scheme)


# --- Proposing -------------------------------------------------------------------------


def pending_proposal(scheme: Scheme, user, kind: str, year: int | None = None):
    """``user``'s proposal of that kind (and year) waiting for review, or None."""
    if not getattr(user, "is_authenticated", False):
        return None
    return (
        SchemeChange.objects.filter(
            scheme=scheme,
            kind=kind,
            year=year,
            submitted_by=user,
            status=SchemeChange.Status.PENDING,
        )
        .order_by("-submitted")
        .first()
    )


def _submit(scheme, user, kind, data, note, year=None) -> SchemeChange:
    """Record the proposal (replacing ``user``'s pending one of the same kind and year);
    an editor's is approved at once."""
    change = pending_proposal(scheme, user, kind, year) or SchemeChange(
        scheme=scheme, kind=kind, year=year, submitted_by=user
    )
    change.data, change.note, change.submitted = data, note, timezone.now()
    change.save()
    if is_scheme_editor(user):
        return approve(change, reviewer=user)
    return change


def _locked(scheme: Scheme) -> Scheme:
    """The scheme as stored now, locked until commit: proposals on one scheme queue up."""
    return Scheme.objects.select_for_update().get(pk=scheme.pk)


def _write_scheme(scheme: Scheme, data: dict) -> None:
    values = deserialise(Scheme, data)
    for name, value in values.items():
        if name not in MANY_TO_MANY:
            setattr(scheme, name, value)
    scheme.updated = timezone.now()
    scheme.save()
    for name in MANY_TO_MANY:
        if name in values:
            getattr(scheme, name).set(values[name])


def propose_new(*, user, data: dict, note: str = "") -> SchemeChange:
    """A new scheme by ``user``, who becomes its manager and contact person. It waits,
    invisible to others, until an editor approves it; an editor's is published at once."""
    data = serialise(data)
    with transaction.atomic():
        scheme = Scheme(created_by=user, contact=user, status=Scheme.Status.PENDING)
        _write_scheme(scheme, data)
        scheme.managers.add(user)
        return _submit(scheme, user, Kind.CREATE, data, note)


def propose_edit(*, scheme: Scheme, user, data: dict, note: str = "") -> SchemeChange | None:
    """A change to the scheme's description: only the fields that differ from the
    current ones are proposed. None when nothing differs (a pending proposal of
    ``user``'s is then withdrawn).

    A scheme not yet published is nobody else's business: its manager's changes
    are written to it at once and it goes (back) to the editors as a new scheme.
    """
    data = serialise(data)
    with transaction.atomic():
        scheme = _locked(scheme)
        if not scheme.is_published and not is_scheme_editor(user):
            return _revise_unpublished(scheme, user, data, note)
        current = scheme_values(scheme, data.keys())
        changed = {name: value for name, value in data.items() if current[name] != value}
        if not changed:
            withdrawn = pending_proposal(scheme, user, Kind.EDIT)
            if withdrawn is not None:
                withdrawn.delete()
            return None
        return _submit(scheme, user, Kind.EDIT, changed, note)


def _revise_unpublished(scheme: Scheme, user, data: dict, note: str) -> SchemeChange:
    _write_scheme(scheme, data)
    waiting = scheme.changes.filter(kind=Kind.CREATE, status=SchemeChange.Status.PENDING).first()
    if waiting is None:  # refused before: submitted again
        Scheme.objects.filter(pk=scheme.pk).update(status=Scheme.Status.PENDING)
        scheme.status = Scheme.Status.PENDING
        waiting = SchemeChange(scheme=scheme, kind=Kind.CREATE, submitted_by=user)
    waiting.data = scheme_values(scheme)
    waiting.note = note or waiting.note
    waiting.submitted = timezone.now()
    waiting.save()
    return waiting


def propose_year(
    *, scheme: Scheme, user, year: int, data: dict, note: str = ""
) -> SchemeChange | None:
    """A year's figures for review (an editor's are recorded at once). None when they are
    exactly the figures already recorded for that year."""
    data = serialise(data)
    with transaction.atomic():
        if data == year_values(scheme.years.filter(year=year).first()):
            return None
        return _submit(scheme, user, Kind.YEAR, data, note, year=year)


# --- The yearly form's pre-fill ---------------------------------------------------------


@dataclass(frozen=True)
class YearPrefill:
    """What the yearly form starts from, and where it comes from (said on the page)."""

    values: dict
    source: str  # "pending", "reported", "previous" or "none"
    from_year: int | None = None
    proposed: datetime.datetime | None = None


def _record_initial(record: SchemeYear) -> dict:
    return {name: getattr(record, name) for name in YEAR_FIELDS}


def year_prefill(scheme: Scheme, year: int, user=None) -> YearPrefill:
    """``user``'s pending proposal for the year; else the year as reported; else the
    latest earlier year's figures (what changed left empty); else just the currency."""
    pending = pending_proposal(scheme, user, Kind.YEAR, year)
    if pending is not None:
        values = {**deserialise(SchemeYear, pending.data), "note": pending.note}
        return YearPrefill(values, "pending", year, pending.submitted)
    record = scheme.years.filter(year__lte=year).order_by("-year").first()
    if record is not None and record.year == year:
        return YearPrefill(_record_initial(record), "reported", year)
    if record is not None:
        return YearPrefill({**_record_initial(record), "changes": ""}, "previous", record.year)
    currency = scheme.contribution_currency or currencies.default_for(scheme.country)
    return YearPrefill({"currency": currency}, "none")


def year_initial(scheme: Scheme, year: int, user=None) -> dict:
    """The yearly form's initial values (see ``year_prefill``)."""
    return year_prefill(scheme, year, user).values


# --- Reviewing -------------------------------------------------------------------------


def _lock_pending(change: SchemeChange) -> SchemeChange:
    locked = SchemeChange.objects.select_for_update().select_related("scheme").get(pk=change.pk)
    if locked.status != SchemeChange.Status.PENDING:
        raise ReviewRefused(
            _("This proposal is not waiting for review any more (it is “%(status)s”).")
            % {"status": locked.get_status_display()}
        )
    return locked


def _apply_create(change: SchemeChange) -> None:
    scheme, now = change.scheme, timezone.now()
    scheme.status = Scheme.Status.PUBLISHED
    scheme.published = scheme.published or now
    scheme.updated = now
    scheme.save(update_fields=["status", "published", "updated"])


def _apply_edit(change: SchemeChange) -> None:
    change.previous = scheme_values(change.scheme, change.data.keys())
    _write_scheme(change.scheme, change.data)


def _apply_year(change: SchemeChange) -> None:
    scheme, now = change.scheme, timezone.now()
    change.previous = year_values(scheme.years.filter(year=change.year).first())
    SchemeYear.objects.update_or_create(
        scheme=scheme,
        year=change.year,
        defaults={
            **deserialise(SchemeYear, change.data),
            "updated_by": change.submitted_by,
            "updated": now,
        },
    )
    refresh_latest(scheme)
    Scheme.objects.filter(pk=scheme.pk).update(updated=now)


_APPLY = {Kind.CREATE: _apply_create, Kind.EDIT: _apply_edit, Kind.YEAR: _apply_year}


def _decide(change: SchemeChange, *, reviewer, status: str, reason: str = "") -> None:
    from .tasks import send_review_decision

    change.status, change.reason = status, reason
    change.reviewed_by, change.reviewed = reviewer, timezone.now()
    change.save()
    if change.submitted_by_id and change.submitted_by_id != reviewer.pk:
        change_id = change.pk
        transaction.on_commit(lambda: send_review_decision.delay(change_id=change_id))


def approve(change: SchemeChange, *, reviewer) -> SchemeChange:
    """Apply the change (whatever was changed since it was proposed: last writer wins),
    record what it replaced, and tell the proposer by e-mail after commit."""
    with transaction.atomic():
        locked = _lock_pending(change)
        _APPLY[locked.kind](locked)
        _decide(locked, reviewer=reviewer, status=SchemeChange.Status.APPROVED)
    return locked


def reject(change: SchemeChange, *, reviewer, reason: str) -> SchemeChange:
    """Refuse the change with a reason the proposer receives by e-mail; a refused new
    scheme stays unpublished (``rejected``), seen by its managers and editors only."""
    reason = (reason or "").strip()
    if not reason:
        raise ReviewRefused(_("Please say why, the proposer will read it."))
    with transaction.atomic():
        locked = _lock_pending(change)
        if locked.kind == Kind.CREATE and not locked.scheme.is_published:
            Scheme.objects.filter(pk=locked.scheme_id).update(status=Scheme.Status.REJECTED)
            locked.scheme.status = Scheme.Status.REJECTED
        _decide(locked, reviewer=reviewer, status=SchemeChange.Status.REJECTED, reason=reason)
    return locked


def deliver_review_decision(change: SchemeChange) -> bool:
    """E-mail the proposer the editors' decision in their own language, with the reason
    of a refusal and links to the scheme and to their schemes. Whether it was sent."""
    submitter = change.submitted_by
    if change.status == SchemeChange.Status.PENDING:
        logger.info("Scheme change %s is not decided; no e-mail.", change.pk)
        return False
    if submitter is None or not submitter.is_active or not submitter.email:
        return False
    site_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    with translation.override(submitter.language or settings.LANGUAGE_CODE):
        context = {
            "change": change,
            "scheme": change.scheme,
            "submitter": submitter,
            "approved": change.status == SchemeChange.Status.APPROVED,
            "scheme_url": site_url + change.scheme.get_absolute_url(),
            "mine_url": site_url + reverse("schemes:mine"),
            "PORTAL_NAME": settings.PORTAL_NAME,
        }
        subject = render_to_string("schemes/emails/review_decision_subject.txt", context)
        body = render_to_string("schemes/emails/review_decision_body.txt", context)
    EmailMessage(subject=one_line(subject), body=body, to=[submitter.email]).send()
    return True


# --- Lists -----------------------------------------------------------------------------


def review_queue():
    """Proposals waiting for review, oldest first, with their scheme and proposer."""
    return (
        SchemeChange.objects.filter(status=SchemeChange.Status.PENDING)
        .select_related("scheme", "submitted_by")
        .order_by("submitted", "pk")
    )


def proposals_of(user):
    """What ``user`` proposed, newest first."""
    return (
        SchemeChange.objects.filter(submitted_by=user)
        .select_related("scheme")
        .order_by("-submitted", "-pk")
    )


def history_of(scheme: Scheme, *, with_proposals: bool):
    """The scheme's approved changes, newest first; with the pending and refused ones
    for those who may see them (editors, managers)."""
    changes = scheme.changes.select_related("submitted_by")
    if not with_proposals:
        changes = changes.filter(status=SchemeChange.Status.APPROVED)
    return changes.order_by(models.F("reviewed").desc(nulls_first=True), "-submitted", "-pk")
