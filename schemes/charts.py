"""A horizontal bar chart drawn on the server as inline SVG (no JavaScript, no image).

The statistics page draws one per table (members by country, region, type,
risk). Like the country profiles' line charts (``countryprofiles.charts``,
whose number formatting this reuses), the chart is an ``<svg role="img">``
named by its ``<title>`` and described by a sentence; each bar carries its
label and value as text, and its own ``<title>`` with the full label. The
table next to the chart holds the same numbers for those who prefer them.
"""

import hashlib
from collections.abc import Sequence

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import ngettext

from countryprofiles.charts import format_value, with_unit

MAX_BARS = 15  # beyond, the smallest are summed into one "others" bar
WIDTH = 560
LABEL_X = 164.0  # right edge of the labels
BAR_X = 172.0  # left edge of the bars
BAR_MAX = 290.0  # length of the longest bar (room is left for its value)
ROW = 22  # height of one bar and the space under it
BAR_HEIGHT = 14
MARGIN = 4
MAX_LABEL = 28  # characters; longer labels are cut (the full one is in the bar's title)
COLOUR = "#0b4f8a"


def shorten(label: str) -> str:
    return label if len(label) <= MAX_LABEL else f"{label[: MAX_LABEL - 1].rstrip()}…"


def keep_largest(rows: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    """At most ``MAX_BARS`` bars: the largest in their given order, then the rest summed."""
    rows = list(rows)
    if len(rows) <= MAX_BARS:
        return rows
    ranked = sorted(range(len(rows)), key=lambda index: rows[index][1], reverse=True)
    kept = set(ranked[: MAX_BARS - 1])
    others = [value for index, (_label, value) in enumerate(rows) if index not in kept]
    label = ngettext("%(count)d other", "%(count)d others", len(others)) % {"count": len(others)}
    return [row for index, row in enumerate(rows) if index in kept] + [(label, sum(others))]


def _bar(index: int, label: str, value: int, longest: int, unit: str) -> tuple:
    top = MARGIN + index * ROW
    length = BAR_MAX * max(value, 0) / longest if longest > 0 else 0.0
    text = with_unit(format_value(value, 0), unit)
    return (
        label,
        text,
        LABEL_X,
        top + BAR_HEIGHT - 3,
        shorten(label),
        BAR_X,
        top,
        f"{length:.1f}",
        BAR_HEIGHT,
        f"{BAR_X + length + 4:.1f}",
        top + BAR_HEIGHT - 3,
        text,
    )


def bar_chart_svg(
    rows: Sequence[tuple[str, int]], *, title: str, unit: str = "", chart_id: str = ""
) -> SafeString:
    """An accessible inline SVG of ``rows`` ((label, value), drawn top to bottom).

    No rows make no chart (an empty string). Every text is escaped.
    ``chart_id`` prefixes the ids ``aria-labelledby`` refers to; by default it
    is derived from the title and the rows.
    """
    rows = keep_largest(rows)
    if not rows:
        return mark_safe("")
    if not chart_id:
        digest = hashlib.sha1(repr((title, rows)).encode(), usedforsecurity=False)
        chart_id = f"bars-{digest.hexdigest()[:10]}"
    longest = max(value for _label, value in rows)
    top_label, top_value = max(rows, key=lambda row: row[1])
    description = ngettext(
        "%(count)d bar; the longest: %(label)s, %(value)s.",
        "%(count)d bars; the longest: %(label)s, %(value)s.",
        len(rows),
    ) % {
        "count": len(rows),
        "label": top_label,
        "value": with_unit(format_value(top_value, 0), unit),
    }
    bars = format_html_join(
        "",
        '<g class="chart-bar"><title>{}: {}</title>'
        '<text x="{}" y="{}" text-anchor="end">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="{}" fill="' + COLOUR + '"/>'
        '<text x="{}" y="{}">{}</text></g>',
        (_bar(index, label, value, longest, unit) for index, (label, value) in enumerate(rows)),
    )
    height = 2 * MARGIN + len(rows) * ROW
    return format_html(
        '<svg class="bar-chart" role="img" aria-labelledby="{id}-title {id}-desc" '
        'viewBox="0 0 {width} {height}" width="100%" xmlns="http://www.w3.org/2000/svg">'
        '<title id="{id}-title">{title}</title><desc id="{id}-desc">{description}</desc>'
        '<g font-size="11" fill="#1d2733">{bars}</g></svg>',
        id=chart_id,
        width=WIDTH,
        height=height,
        title=title,
        description=description,
        bars=bars,
    )
