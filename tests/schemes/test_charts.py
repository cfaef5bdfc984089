"""The statistics page's bar charts: bars in proportion, accessibility, escaping, "others"."""

from xml.etree.ElementTree import Element

from defusedxml.ElementTree import fromstring
from django.utils import translation

from schemes.charts import BAR_MAX, BAR_X, MAX_BARS, MAX_LABEL, WIDTH, bar_chart_svg

SVG = "{http://www.w3.org/2000/svg}"


def parse(svg: str) -> Element:
    return fromstring(svg)


def bars(svg: str) -> list[dict]:
    """Each bar as its title, label, length and value text."""
    found = []
    for group in parse(svg).iter(f"{SVG}g"):
        if group.get("class") != "chart-bar":
            continue
        label, value = [text.text for text in group.iter(f"{SVG}text")]
        found.append(
            {
                "title": group.find(f"{SVG}title").text,
                "label": label,
                "length": float(group.find(f"{SVG}rect").get("width")),
                "value": value,
            }
        )
    return found


def test_no_rows_make_no_chart():
    assert bar_chart_svg([], title="Members") == ""


def test_bars_are_in_proportion_and_labelled_with_their_value():
    svg = bar_chart_svg(
        [("Rwanda", 100000), ("India", 20000), ("Peru", 0)], title="Members in 2024"
    )

    assert bars(svg) == [
        {"title": "Rwanda: 100,000", "label": "Rwanda", "length": BAR_MAX, "value": "100,000"},
        {"title": "India: 20,000", "label": "India", "length": BAR_MAX / 5, "value": "20,000"},
        {"title": "Peru: 0", "label": "Peru", "length": 0.0, "value": "0"},
    ]
    xs = [float(rect.get("x")) for rect in parse(svg).iter(f"{SVG}rect")]
    assert xs == [BAR_X] * 3


def test_chart_is_an_accessible_image_with_a_description():
    svg = bar_chart_svg([("Africa", 104700), ("Americas", 800)], title="Members", unit="people")
    root = parse(svg)

    assert root.get("role") == "img"
    title_id, desc_id = root.get("aria-labelledby").split()
    assert root.find(f"{SVG}title").get("id") == title_id
    assert root.find(f"{SVG}title").text == "Members"
    assert root.find(f"{SVG}desc").get("id") == desc_id
    assert root.find(f"{SVG}desc").text == "2 bars; the longest: Africa, 104,700 people."
    assert root.get("viewBox").startswith(f"0 0 {WIDTH} ")
    assert [bar["value"] for bar in bars(svg)] == ["104,700 people", "800 people"]


def test_long_labels_are_cut_but_kept_whole_in_the_bar_title():
    name = "Congo, The Democratic Republic of the"
    (bar,) = bars(bar_chart_svg([(name, 5)], title="T"))

    assert len(bar["label"]) == MAX_LABEL
    assert bar["label"].endswith("…")
    assert bar["title"] == f"{name}: 5"


def test_beyond_fifteen_bars_the_smallest_are_summed_as_others():
    rows = [(f"Country {n}", n) for n in range(1, 21)]  # 1 … 20, smallest first
    found = bars(bar_chart_svg(rows, title="T"))

    assert len(found) == MAX_BARS
    # The 14 largest (7 … 20) keep their order; 1 … 6 become one bar.
    assert [bar["label"] for bar in found[:-1]] == [f"Country {n}" for n in range(7, 21)]
    assert found[-1]["title"] == "6 others: 21"


def test_numbers_follow_the_active_language():
    with translation.override("fr"):
        svg = bar_chart_svg([("Sénégal", 1234567)], title="Membres")

    assert bars(svg)[0]["value"] == "1\xa0234\xa0567"


def test_every_text_is_escaped():
    evil = "</title><script>alert(1)</script>"
    svg = bar_chart_svg([(evil, 3), ('<b>"x"</b>', 1)], title=evil, unit="<i>u</i>")

    assert "<script" not in svg
    assert "<b>" not in svg
    assert "<i>" not in svg
    root = parse(svg)  # still well-formed XML
    assert root.find(f"{SVG}title").text == evil
    assert bars(svg)[0]["title"] == f"{evil}: 3 <i>u</i>"


def test_ids_are_stable_and_can_be_given():
    rows = [("A", 1), ("B", 2)]

    assert bar_chart_svg(rows, title="A") == bar_chart_svg(rows, title="A")
    named = bar_chart_svg(rows, title="A", chart_id="chart-country")
    assert 'aria-labelledby="chart-country-title chart-country-desc"' in named
