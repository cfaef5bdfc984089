"""Small charts drawn on the server as inline SVG: no JavaScript, no image request.

A profile shows, for each indicator with two or more years, a line from the
first year to the last. The chart is an ``<svg role="img">`` named by its
``<title>`` and described by a sentence (first and last year, lowest and
highest value); each point has its own ``<title>`` ("2015: 14.6") that pointer
users see on hover. The same series is also on the page as a table, for people
who prefer numbers and for screen readers.
"""

import hashlib
from collections.abc import Sequence
from decimal import Decimal

from django.template.defaultfilters import floatformat
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

WIDTH = 240
HEIGHT = 90
LEFT = 6.0  # x of the first year
RIGHT = WIDTH - 6.0  # x of the last year
TOP = 17.0  # y of the highest value
BOTTOM = 62.0  # y of the lowest value
MAX_LABEL_Y = 10
MIN_LABEL_Y = 74
YEAR_LABEL_Y = 87


def format_value(value: Decimal | float | int, decimals: int) -> str:
    """``value`` with ``decimals`` decimals, grouped, in the active language's format."""
    return floatformat(value, f"{int(decimals)}g")


def with_unit(text: str, unit: str) -> str:
    return f"{text} {unit}" if unit else text


def _coordinate(number: float) -> str:
    text = f"{number:.1f}"
    return "0.0" if text == "-0.0" else text


def x_positions(years: Sequence[int]) -> list[float]:
    """Years from left to right, in proportion to the time between them."""
    first, last = years[0], years[-1]
    if last == first:
        return [(LEFT + RIGHT) / 2 for _year in years]
    return [LEFT + (year - first) / (last - first) * (RIGHT - LEFT) for year in years]


def y_positions(values: Sequence[Decimal]) -> list[float]:
    """Values from the bottom (lowest) to the top (highest); equal values on the middle line."""
    low, high = min(values), max(values)
    if high == low:
        return [(TOP + BOTTOM) / 2 for _value in values]
    span = float(high - low)
    return [BOTTOM - float(value - low) / span * (BOTTOM - TOP) for value in values]


def line_chart_svg(
    points: Sequence[tuple[int, Decimal]],
    *,
    decimals: int,
    unit: str,
    title: str,
    chart_id: str = "",
) -> SafeString:
    """An accessible inline SVG line chart of ``points`` ((year, value), by year).

    Fewer than two points make no chart (an empty string). Every text is
    escaped. ``chart_id`` prefixes the ids the ``aria-labelledby`` refers to;
    by default it is derived from the title and the points.
    """
    points = list(points)
    if len(points) < 2:
        return mark_safe("")
    years = [int(year) for year, _value in points]
    values = [Decimal(value) for _year, value in points]
    if not chart_id:
        digest = hashlib.sha1(repr((title, points)).encode(), usedforsecurity=False)
        chart_id = f"chart-{digest.hexdigest()[:10]}"
    xs, ys = x_positions(years), y_positions(values)
    low, high = min(values), max(values)
    low_label = with_unit(format_value(low, decimals), unit)
    high_label = with_unit(format_value(high, decimals), unit)
    description = _(
        "From %(first)s to %(last)s: lowest %(low)s, highest %(high)s; latest %(latest)s."
    ) % {
        "first": years[0],
        "last": years[-1],
        "low": low_label,
        "high": high_label,
        "latest": with_unit(format_value(values[-1], decimals), unit),
    }
    polyline = " ".join(f"{_coordinate(x)},{_coordinate(y)}" for x, y in zip(xs, ys, strict=True))
    circles = format_html_join(
        "",
        '<circle class="chart-point" cx="{}" cy="{}" r="2.5" fill="#0b4f8a">'
        "<title>{}: {}</title></circle>",
        (
            (_coordinate(x), _coordinate(y), year, format_value(value, decimals))
            for x, y, year, value in zip(xs, ys, years, values, strict=True)
        ),
    )
    zero_line = ""
    if low < 0 < high:
        zero_y = _coordinate(y_positions([low, Decimal(0), high])[1])
        zero_line = format_html(
            '<line class="chart-zero" x1="{}" y1="{}" x2="{}" y2="{}" '
            'stroke="#4a5563" stroke-width="0.5" stroke-dasharray="3 3"/>',
            _coordinate(LEFT),
            zero_y,
            _coordinate(RIGHT),
            zero_y,
        )
    return format_html(
        '<svg class="line-chart" role="img" aria-labelledby="{id}-title {id}-desc" '
        'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        'xmlns="http://www.w3.org/2000/svg">'
        '<title id="{id}-title">{title}</title><desc id="{id}-desc">{description}</desc>'
        '<g class="chart-label" font-size="9" fill="#4a5563">'
        '<text x="{left}" y="{max_y}">{high}</text>'
        '<text x="{left}" y="{min_y}">{low}</text>'
        '<text x="{left}" y="{year_y}">{first_year}</text>'
        '<text x="{right}" y="{year_y}" text-anchor="end">{last_year}</text></g>'
        "{zero_line}"
        '<polyline class="chart-line" fill="none" stroke="#0b4f8a" stroke-width="2" '
        'stroke-linejoin="round" points="{polyline}"/>'
        "{circles}</svg>",
        id=chart_id,
        width=WIDTH,
        height=HEIGHT,
        title=title,
        description=description,
        left=_coordinate(LEFT),
        right=_coordinate(RIGHT),
        max_y=MAX_LABEL_Y,
        min_y=MIN_LABEL_Y,
        year_y=YEAR_LABEL_Y,
        high=high_label,
        low=low_label,
        first_year=years[0],
        last_year=years[-1],
        zero_line=zero_line,
        polyline=polyline,
        circles=circles,
    )
