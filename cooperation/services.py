"""Queries and reports of technical cooperation: the filtered list of actions,
the results framework laid out as a progress report, and what an action page
shows. Views, the country section and the portal search all come here."""

import datetime
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import F, Prefetch, Q, QuerySet
from django.utils import timezone
from django_countries import countries

from core.regions import COUNTRY_REGION

from .models import Action, Milestone, Result, ResultIndicator

PAGE_SIZE = 20
MAX_QUERY_WORDS = 10
EN_DASH = "\u2013"


# --- The list of actions ---------------------------------------------------------------


def for_listing(queryset: QuerySet | None = None) -> QuerySet:
    """What a list of actions shows, in a fixed number of queries, latest first."""
    queryset = Action.objects.all() if queryset is None else queryset
    return (
        queryset.select_related("partner", "programme")
        .prefetch_related("assistance_types")
        .order_by(F("start_date").desc(nulls_last=True), "title", "pk")
    )


def text_filter(query: str) -> Q:
    """Every word of ``query`` in the title, summary or partner (any language)."""
    condition = Q()
    for word in query.split()[:MAX_QUERY_WORDS]:
        condition &= (
            Q(title__icontains=word)
            | Q(title_fr__icontains=word)
            | Q(title_es__icontains=word)
            | Q(summary__icontains=word)
            | Q(summary_fr__icontains=word)
            | Q(summary_es__icontains=word)
            | Q(partner__name__icontains=word)
            | Q(partner__acronym__icontains=word)
            | Q(partner__name_local__icontains=word)
        )
    return condition


def running_in(year: int) -> Q:
    """Actions that ran at some time during ``year`` (an action without an end runs on)."""
    return Q(start_date__lte=datetime.date(year, 12, 31)) & (
        Q(end_date__isnull=True) | Q(end_date__gte=datetime.date(year, 1, 1))
    )


def filter_actions(filters: dict) -> QuerySet:
    """Actions matching the cleaned filters (keys of ``forms.ActionFilterForm``)."""
    queryset = Action.objects.all()
    if filters.get("country"):
        queryset = queryset.filter(country=filters["country"])
    if filters.get("region"):
        codes = [code for code, region in COUNTRY_REGION.items() if region == filters["region"]]
        queryset = queryset.filter(country__in=codes)
    if filters.get("type"):
        queryset = queryset.filter(assistance_types=filters["type"])
    if filters.get("programme"):
        queryset = queryset.filter(programme=filters["programme"])
    if filters.get("status"):
        queryset = queryset.filter(status=filters["status"])
    if filters.get("year"):
        queryset = queryset.filter(running_in(filters["year"]))
    if filters.get("q"):
        queryset = queryset.filter(text_filter(filters["q"]))
    return queryset  # one type per filter: the join does not repeat actions


def countries_with_actions() -> list[tuple[str, str]]:
    """(code, name) of the countries that have actions, by name in the active language."""
    codes = Action.objects.order_by().values_list("country", flat=True).distinct()
    return sorted(((code, str(countries.name(code))) for code in codes), key=lambda c: c[1])


def period(start: datetime.date | None, end: datetime.date | None) -> str:
    """ "2019-2021" (with an en dash), "2019" or "2019-" (still running); "" when unknown."""
    if not start:
        return str(end.year) if end else ""
    if not end:
        return f"{start.year}{EN_DASH}"
    return str(start.year) if start.year == end.year else f"{start.year}{EN_DASH}{end.year}"


# --- Results frameworks ----------------------------------------------------------------


def natural_key(code: str) -> tuple:
    """Sort key for result numbers: 1, 1.1, 1.2, …, 1.9, 1.10, 2 (not string order)."""
    parts = re.split(r"[.\s]+", code.strip())
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part.lower()) for part in parts)


def framework_prefetch() -> list:
    """Prefetches that bring an action's whole framework in three queries."""
    return [
        Prefetch("results", queryset=Result.objects.all()),
        Prefetch(
            "results__indicators",
            queryset=ResultIndicator.objects.order_by("sort_order", "pk"),
        ),
        Prefetch("results__indicators__milestones", queryset=Milestone.objects.all()),
    ]


class MilestoneState:
    MET = "met"
    NOT_MET = "not-met"
    NOT_YET_DUE = "not-yet-due"


@dataclass
class MilestoneRow:
    milestone: Milestone
    state: str
    due: bool  # its due date is today or past


def lower_is_better(indicator: ResultIndicator) -> bool:
    """An indicator whose target is below its baseline (e.g. out-of-pocket spending)."""
    return indicator.target < indicator.baseline


def milestone_state(milestone: Milestone, indicator: ResultIndicator, today: datetime.date) -> str:
    """Met when the actual reached what was planned (in the indicator's direction);
    before its due date a milestone not yet reached is "not yet due"."""
    if milestone.actual is not None:
        reached = (
            milestone.actual <= milestone.planned
            if lower_is_better(indicator)
            else milestone.actual >= milestone.planned
        )
        if reached:
            return MilestoneState.MET
    if milestone.due_date > today:
        return MilestoneState.NOT_YET_DUE
    return MilestoneState.NOT_MET


@dataclass
class IndicatorRow:
    indicator: ResultIndicator
    milestones: list[MilestoneRow]


@dataclass
class OutputRow:
    result: Result
    indicators: list[IndicatorRow]


@dataclass
class OutcomeRow:
    result: Result | None  # None: outputs that belong to no outcome of the framework
    indicators: list[IndicatorRow]
    outputs: list[OutputRow]


@dataclass
class Summary:
    by_status: list[tuple[str, str, int]]  # (status, label, count) for every status
    indicators: int = 0
    milestones_due: int = 0
    milestones_met: int = 0
    milestones_not_yet_due: int = 0

    @property
    def share_met(self) -> int | None:
        """Percentage of the milestones due by today that were met (None if none due)."""
        if not self.milestones_due:
            return None
        return round(100 * self.milestones_met / self.milestones_due)


@dataclass
class Framework:
    action: Action
    outcomes: list[OutcomeRow] = field(default_factory=list)
    summary: Summary | None = None

    @property
    def is_empty(self) -> bool:
        return not self.outcomes


def _indicator_rows(result: Result, today: datetime.date) -> list[IndicatorRow]:
    return [
        IndicatorRow(
            indicator,
            [
                MilestoneRow(
                    milestone,
                    milestone_state(milestone, indicator, today),
                    milestone.due_date <= today,
                )
                for milestone in sorted(
                    indicator.milestones.all(), key=lambda m: (m.due_date, m.sort_order or 0)
                )
            ],
        )
        for indicator in result.indicators.all()
    ]


def _belongs_to(output_code: str, outcome_code: str) -> bool:
    return natural_key(output_code)[: len(natural_key(outcome_code))] == natural_key(outcome_code)


def framework(action: Action, today: datetime.date | None = None) -> Framework:
    """``action``'s results laid out as in a progress report: each outcome with its
    indicators and its outputs (numbered under it: output 1.2 under outcome 1).

    Read from prefetched rows (``framework_prefetch()``): no query of its own.
    """
    today = today or timezone.localdate()
    results = sorted(action.results.all(), key=lambda r: natural_key(r.code))
    outcomes = [r for r in results if r.kind == Result.Kind.OUTCOME]
    outputs = [r for r in results if r.kind == Result.Kind.OUTPUT]
    rows = [OutcomeRow(outcome, _indicator_rows(outcome, today), []) for outcome in outcomes]
    orphans = []
    for output in outputs:
        # The longest matching outcome number wins ("1.1" over "1" for output "1.1.2").
        parents = [row for row in rows if _belongs_to(output.code, row.result.code)]
        parent = max(parents, key=lambda row: len(natural_key(row.result.code)), default=None)
        output_row = OutputRow(output, _indicator_rows(output, today))
        (parent.outputs if parent else orphans).append(output_row)
    if orphans:
        rows.append(OutcomeRow(None, [], orphans))
    result = Framework(action, rows)
    result.summary = summarise(indicator_rows_of([result]))
    return result


def indicator_rows_of(frameworks: Iterable[Framework]) -> list[IndicatorRow]:
    rows = []
    for item in frameworks:
        for outcome in item.outcomes:
            rows.extend(outcome.indicators)
            for output in outcome.outputs:
                rows.extend(output.indicators)
    return rows


def summarise(rows: list[IndicatorRow]) -> Summary:
    counts = Counter(row.indicator.status for row in rows)
    summary = Summary(
        by_status=[
            (value, label, counts.get(value, 0)) for value, label in ResultIndicator.Status.choices
        ],
        indicators=len(rows),
    )
    for row in rows:
        for milestone in row.milestones:
            if milestone.due:
                summary.milestones_due += 1
                summary.milestones_met += milestone.state == MilestoneState.MET
            else:
                summary.milestones_not_yet_due += 1
    return summary


def frameworks_summary(frameworks: list[Framework]) -> Summary:
    return summarise(indicator_rows_of(frameworks))
