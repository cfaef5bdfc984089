"""The scheme database in figures: totals, tables, charts drawn on the server, CSV files.

Everything comes from ``stats`` (published schemes only), so the page and its
downloads say the same thing. The year is chosen with a plain GET form; an
unknown year quietly shows the latest one. The page answers in a fixed number
of queries whatever the number of schemes and years.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.http import Http404
from django.shortcuts import render
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from core.csvsafe import csv_response
from countryprofiles.charts import line_chart_svg

from . import stats
from .charts import bar_chart_svg


@dataclass(frozen=True)
class Section:
    """One grouped table on the page, with its chart."""

    slug: str
    heading: str
    column: str  # what the first column names
    rows: list[stats.Row]
    chart: SafeString
    note: str = ""


def _headings() -> dict[str, tuple[str, str]]:
    return {
        "country": (_("By country"), _("Country")),
        "region": (_("By region"), _("Region")),
        "type": (_("By type of scheme"), _("Type of scheme")),
        "risk": (_("By risk or service covered"), _("Risk or service")),
    }


def _chart_title(slug: str, year: int | None) -> str:
    titles = {
        "country": _("Members in %(year)s, by country"),
        "region": _("Members in %(year)s, by region"),
        "type": _("Members in %(year)s, by type of scheme"),
        "risk": _("Members in %(year)s, by risk or service covered"),
    }
    return titles[slug] % {"year": year}


def _sections(figures: stats.Figures) -> list[Section]:
    sections = []
    for slug, (heading, column) in _headings().items():
        rows = figures.tables[slug]
        bars = [(row.label, row.members) for row in rows if row.members]
        sections.append(
            Section(
                slug=slug,
                heading=heading,
                column=column,
                rows=rows,
                chart=bar_chart_svg(
                    bars, title=_chart_title(slug, figures.year), chart_id=f"chart-{slug}"
                ),
                note=(
                    _(
                        "A scheme covering several risks counts in each of them: "
                        "the rows add up to more than the total."
                    )
                    if slug == "risk"
                    else ""
                ),
            )
        )
    return sections


def _members_by_year(figures: stats.Figures) -> SafeString:
    return line_chart_svg(
        [(row.year, Decimal(row.members)) for row in figures.by_year],
        decimals=0,
        unit="",
        title=_("Members, year by year"),
        chart_id="chart-year",
    )


@require_safe
def figures(request):
    data = stats.figures(request.GET.get("year"))
    return render(
        request,
        "schemes/figures.html",
        {
            "figures": data,
            "totals": data.totals,
            "sections": _sections(data),
            "year_chart": _members_by_year(data),
            "years_newest_first": data.years[::-1],
        },
    )


@require_safe
def figures_csv(request, table):
    if table not in stats.TABLES:
        raise Http404
    data = stats.figures(request.GET.get("year"), tables=[table])
    name = f"schemes-by-{table}"
    if table != "year" and data.year:
        name = f"{name}-{data.year}"
    return csv_response(stats.csv_rows(table, data), f"{name}.csv")
