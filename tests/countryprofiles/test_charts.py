"""The profile's small line charts: geometry, accessibility and escaping."""

import re
from decimal import Decimal
from xml.etree.ElementTree import Element

from defusedxml.ElementTree import fromstring
from django.utils import translation

from countryprofiles.charts import BOTTOM, HEIGHT, LEFT, RIGHT, TOP, WIDTH, line_chart_svg

SVG = "{http://www.w3.org/2000/svg}"


def parse(svg: str) -> Element:
    return fromstring(svg)


def points_of(svg: str) -> list[tuple[float, float]]:
    line = parse(svg).find(f"{SVG}polyline")
    return [tuple(float(n) for n in pair.split(",")) for pair in line.get("points").split()]


def circles(svg: str) -> list[tuple[float, float, str]]:
    return [
        (float(c.get("cx")), float(c.get("cy")), c.find(f"{SVG}title").text)
        for c in parse(svg).iter(f"{SVG}circle")
    ]


def labels(svg: str) -> list[str]:
    return [text.text for text in parse(svg).iter(f"{SVG}text")]


def series(*pairs):
    return [(year, Decimal(str(value))) for year, value in pairs]


def test_fewer_than_two_points_make_no_chart():
    assert line_chart_svg([], decimals=1, unit="%", title="Coverage") == ""
    assert line_chart_svg(series((2020, 5)), decimals=1, unit="%", title="Coverage") == ""


def test_years_run_left_to_right_and_the_highest_value_is_at_the_top():
    svg = line_chart_svg(
        series((2010, "12.1"), (2015, "14.6"), (2020, "13.0")),
        decimals=1,
        unit="%",
        title="Coverage",
    )

    xs = [x for x, _y in points_of(svg)]
    ys = [y for _x, y in points_of(svg)]
    assert xs == [LEFT, (LEFT + RIGHT) / 2, RIGHT]
    assert ys[1] == TOP  # 14.6, the highest
    assert ys[0] == BOTTOM  # 12.1, the lowest
    assert TOP < ys[2] < BOTTOM
    assert [c[:2] for c in circles(svg)] == points_of(svg)
    assert [c[2] for c in circles(svg)] == ["2010: 12.1", "2015: 14.6", "2020: 13.0"]


def test_chart_is_an_accessible_image_with_labels_of_its_range_and_years():
    svg = line_chart_svg(
        series((2000, 1000), (2021, 2500)), decimals=0, unit="people", title="Population"
    )
    root = parse(svg)

    assert root.get("role") == "img"
    title_id, desc_id = root.get("aria-labelledby").split()
    assert root.find(f"{SVG}title").get("id") == title_id
    assert root.find(f"{SVG}title").text == "Population"
    description = root.find(f"{SVG}desc")
    assert description.get("id") == desc_id
    assert description.text == (
        "From 2000 to 2021: lowest 1,000 people, highest 2,500 people; latest 2,500 people."
    )
    assert root.get("viewBox") == f"0 0 {WIDTH} {HEIGHT}"
    assert labels(svg) == ["2,500 people", "1,000 people", "2000", "2021"]


def test_equal_values_draw_a_flat_line_in_the_middle():
    svg = line_chart_svg(series((2018, 7), (2019, 7), (2020, 7)), decimals=0, unit="", title="X")

    assert {y for _x, y in points_of(svg)} == {(TOP + BOTTOM) / 2}


def test_negative_values_and_a_zero_line():
    svg = line_chart_svg(series((2019, "-2.5"), (2020, "4.0")), decimals=1, unit="%", title="G")

    (x1, y1), (x2, y2) = points_of(svg)
    assert (x1, y1) == (LEFT, BOTTOM)
    assert (x2, y2) == (RIGHT, TOP)
    zero = parse(svg).find(f"{SVG}line")
    # 0 is 2.5/6.5 of the way up from -2.5 to 4.0.
    assert float(zero.get("y1")) == round(BOTTOM - 2.5 / 6.5 * (BOTTOM - TOP), 1)
    assert [c[2] for c in circles(svg)] == ["2019: -2.5", "2020: 4.0"]
    assert labels(svg)[:2] == ["4.0 %", "-2.5 %"]


def test_numbers_follow_the_active_language():
    with translation.override("fr"):
        svg = line_chart_svg(
            series((2019, "1234.5"), (2020, "2000")), decimals=1, unit="", title="P"
        )

    assert [c[2] for c in circles(svg)] == ["2019: 1\xa0234,5", "2020: 2\xa0000,0"]


def test_every_text_is_escaped():
    svg = line_chart_svg(
        series((2019, 1), (2020, 2)),
        decimals=0,
        unit='<b>"units"</b>',
        title="</title><script>alert(1)</script>",
    )

    assert "<script>" not in svg
    assert "<b>" not in svg
    root = parse(svg)  # still well-formed XML
    assert root.find(f"{SVG}title").text == "</title><script>alert(1)</script>"
    assert labels(svg)[0] == '2 <b>"units"</b>'


def test_ids_are_stable_for_the_same_chart_and_can_be_given():
    points = series((2019, 1), (2020, 2))
    first = line_chart_svg(points, decimals=0, unit="", title="A")
    again = line_chart_svg(points, decimals=0, unit="", title="A")
    named = line_chart_svg(points, decimals=0, unit="", title="A", chart_id="chart-hdi")

    assert first == again
    assert re.search(r'aria-labelledby="chart-hdi-title chart-hdi-desc"', named)
