"""Proposed changes field by field, in the words of the scheme page: for the review
page (current | proposed) and the history (from → to).

Values are the JSON of ``SchemeChange.data`` / ``previous`` (``services.serialise``);
they are shown with the field's verbose name and as a reader knows them: choice
labels, risk and network names, country and currency names, grouped numbers.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.db import models
from django.utils.formats import number_format
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django_countries import countries
from django_countries.fields import CountryField

from . import currencies, services
from .models import Network, Risk, Scheme, SchemeChange, SchemeYear

EMPTY = "—"
CURRENCY_FIELDS = ("contribution_currency", "currency")
UNGROUPED = ("year_started",)  # a year is 2001, not 2,001


@dataclass(frozen=True)
class Row:
    name: str
    label: str
    before: str
    after: str

    @property
    def changed(self) -> bool:
        return self.before != self.after


def fields_of(change: SchemeChange) -> tuple[type[models.Model], tuple[str, ...]]:
    if change.kind == SchemeChange.Kind.YEAR:
        return SchemeYear, services.YEAR_FIELDS
    return Scheme, services.SCHEME_FIELDS


class Describer:
    """Shows the values of a set of changes. The risks and networks they name are
    fetched once for all of them (at most two queries, whatever their number)."""

    def __init__(self, datasets: Iterable[dict]):
        wanted = {"risks": set(), "networks": set()}
        for data in datasets:
            for name, ids in wanted.items():
                ids.update(data.get(name) or [])
        self.names = {
            name: {obj.pk: str(obj) for obj in model.objects.filter(pk__in=ids)} if ids else {}
            for (name, ids), model in zip(wanted.items(), (Risk, Network), strict=True)
        }

    @classmethod
    def for_changes(cls, changes: Iterable[SchemeChange], *extra: dict) -> "Describer":
        datasets = [*extra]
        for change in changes:
            datasets += [change.data, change.previous]
        return cls(datasets)

    def show(self, model: type[models.Model], name: str, value) -> str:
        if value in (None, "", []):
            return EMPTY
        field = model._meta.get_field(name)
        if name in self.names:
            known = self.names[name]
            return ", ".join(sorted(known.get(pk, _("(removed)")) for pk in value))
        if isinstance(field, CountryField):
            return str(countries.name(value)) or value
        if name in CURRENCY_FIELDS:
            return f"{currencies.name(value)} ({value})"
        if field.choices:
            return str(dict(field.flatchoices).get(value, value))
        if isinstance(field, models.DecimalField):
            amount = Decimal(value)
            places = 0 if amount == amount.to_integral_value() else 2
            return number_format(amount, decimal_pos=places, force_grouping=True)
        if isinstance(field, models.IntegerField) and name not in UNGROUPED:
            return number_format(value, force_grouping=True)
        return str(value)

    def rows(self, model, names: Iterable[str], before: dict, after: dict) -> list[Row]:
        return [
            Row(
                name=name,
                label=capfirst(model._meta.get_field(name).verbose_name),
                before=self.show(model, name, before.get(name)),
                after=self.show(model, name, after.get(name)),
            )
            for name in names
        ]

    def history_rows(self, change: SchemeChange) -> list[Row]:
        """What an applied change changed: ``previous`` → ``data``, changed fields only
        (a proposal not applied yet: its proposed values). None for a new scheme."""
        if change.kind == SchemeChange.Kind.CREATE:
            return []
        model, names = fields_of(change)
        names = [name for name in names if name in change.data]
        return [row for row in self.rows(model, names, change.previous, change.data) if row.changed]


def review_rows(change: SchemeChange) -> list[Row]:
    """The review page's table: every field, its current value and the proposed one.

    A new scheme: its values as they stand (what approving publishes). A decided
    change: what it replaced and what it proposed.
    """
    model, names = fields_of(change)
    if change.kind == SchemeChange.Kind.CREATE:
        before = after = services.scheme_values(change.scheme)
    elif change.status == SchemeChange.Status.APPROVED:
        names = [name for name in names if name in change.data]
        before, after = change.previous, {**change.previous, **change.data}
    else:
        before = services.current_values(change)
        after = {**before, **change.data}
    return Describer([before, after]).rows(model, names, before, after)
