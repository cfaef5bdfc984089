"""Progress reports: planned against actual, as in the ILO Flagship Programme's reports."""

import datetime
import re

import pytest
from django.utils import timezone

from cooperation import services
from cooperation.models import Action, Result

from .factories import ActionFactory, ProgrammeFactory, indicator, milestone, result
from .helpers import links, main_html, main_text, text

pytestmark = pytest.mark.django_db

PAST = datetime.date(2023, 6, 30)
LATER = datetime.date(2023, 11, 30)
FUTURE = datetime.date(2099, 6, 30)


@pytest.fixture
def flagship():
    return ProgrammeFactory(
        name="ILO Global Flagship Programme on Building Social Protection Floors for All",
        acronym="GFP",
        slug="flagship",
        code="GLO/21/34/MUL",
        funders="Belgium and Luxembourg",
        start_date=datetime.date(2022, 1, 1),
        end_date=datetime.date(2025, 12, 31),
    )


@pytest.fixture
def western_africa(flagship):
    """The Western Africa strategy with two outcomes, their outputs and indicators."""
    action = ActionFactory(
        slug="western-africa",
        title="Western Africa strategy",
        country="SN",
        programme=flagship,
        partner=None,
        start_date=datetime.date(2023, 1, 1),
        end_date=datetime.date(2023, 11, 30),
        status=Action.Status.ONGOING,
    )
    one = result(action, "1", statement="Tripartite constituents have the capacity and tools")
    trained = indicator(
        one,
        "No. of managers trained in social protection and public finance management",
        baseline=0,
        target=43,
        actual=43,
        status="on-track",
        comment="Most milestones achieved",
    )
    milestone(trained, PAST, planned=20, actual=43)
    milestone(trained, LATER, planned=43, actual=43)
    data = indicator(
        one,
        "No. of countries whose social protection data have been collected",
        baseline=3,
        target=16,
        actual=6,
        status="at-risk",
    )
    milestone(data, PAST, planned=8, actual=6)
    milestone(data, FUTURE, planned=16)
    # Outputs saved out of order, with a tenth output: natural order, not string order.
    for code in ("1.10", "1.2", "1.9", "1.1"):
        result(action, code, kind="output", statement=f"Output statement {code}")
    two = result(action, "2", statement="WAEMU and CIPRES have strengthened capacities")
    publication = indicator(
        two,
        "No. of publications on social mutuals",
        baseline=0,
        target=1,
        actual=1,
        status="achieved",
    )
    milestone(publication, PAST, planned=1, actual=1)
    workshop = result(action, "2.1", kind="output", statement="Regional workshop held")
    late = indicator(workshop, "Workshops held", baseline=0, target=2, status="off-track")
    milestone(late, PAST, planned=1)
    # Out-of-pocket spending should go down: 28 against a planned 30 is met.
    spending = indicator(
        workshop,
        "Out-of-pocket spending",
        unit="%",
        baseline=40,
        target=20,
        actual=28,
        status="on-track",
    )
    milestone(spending, PAST, planned=30, actual=28)
    milestone(spending, FUTURE, planned=20, actual=19)  # reached early, not yet due
    return action


REPORT = "/en/cooperation/western-africa/report/"


def rows(response) -> list[str]:
    """The text of each indicator row of the report, in order."""
    return [
        text(row)
        for row in re.findall(r"<tbody>(.*?)</tbody>", main_html(response), re.S)
        for row in re.findall(r"<tr>(.*?)</tr>", row, re.S)
    ]


def headings(response) -> list[str]:
    return [
        text(h) for h in re.findall(r'<h\d class="result-heading">(.*?)</h\d>', main_html(response))
    ]


def test_report_header_names_programme_code_funders_country_period_and_today(
    client, western_africa
):
    response = client.get(REPORT)

    header = text(
        re.search(r'<header class="report-header">(.*?)</header>', main_html(response), re.S)[1]
    )
    today = timezone.localdate()
    assert "Progress report: Western Africa strategy" in header
    assert "Project code GLO/21/34/MUL" in header
    assert "Funded by Belgium and Luxembourg" in header
    assert "Country Senegal" in header
    assert "Period Jan 2023 to Nov 2023" in header
    assert f"Report date {today.day} {today:%B} {today.year}" in header
    assert 'class="print-report"' in response.content.decode()


def test_report_orders_results_naturally_outputs_under_their_outcome(client, western_africa):
    assert headings(client.get(REPORT)) == [
        "Outcome 1. Tripartite constituents have the capacity and tools",
        "Output 1.1. Output statement 1.1",
        "Output 1.2. Output statement 1.2",
        "Output 1.9. Output statement 1.9",
        "Output 1.10. Output statement 1.10",
        "Outcome 2. WAEMU and CIPRES have strengthened capacities",
        "Output 2.1. Regional workshop held",
    ]


def test_report_shows_planned_against_actual_and_each_milestone_state(client, western_africa):
    assert rows(client.get(REPORT)) == [
        "No. of managers trained in social protection and public finance management 0 "
        "30 Jun 2023: planned 20, actual 43 ✔ met 30 Nov 2023: planned 43, actual 43 ✔ met "
        "43 43 ● On track Most milestones achieved",
        "No. of countries whose social protection data have been collected 3 "
        "30 Jun 2023: planned 8, actual 6 ✖ not met 30 Jun 2099: planned 16 … not yet due "
        "16 6 ▲ At risk",
        "No. of publications on social mutuals 0 30 Jun 2023: planned 1, actual 1 ✔ met "
        "1 1 ★ Achieved",
        "Workshops held 0 30 Jun 2023: planned 1 ✖ not met 2 \u2013 ✖ Off track",
        "Out-of-pocket spending (%) 40 30 Jun 2023: planned 30, actual 28 ✔ met "
        "30 Jun 2099: planned 20, actual 19 ✔ met 20 28 ● On track",
    ]


def test_report_summary_counts_indicators_by_status_and_due_milestones_met(client, western_africa):
    summary = text(
        re.search(r'<div class="report-summary">(.*?)</div>', main_html(client.get(REPORT)), re.S)[
            1
        ]
    )

    assert summary == (
        "5 indicators ○ Not started: 0 ● On track: 2 ▲ At risk: 1 ✖ Off track: 1 ★ Achieved: 1 "
        "4 of 6 milestones due by today were met (67%). 2 milestones are not yet due."
    )


def test_an_action_without_results_framework_says_so(client):
    action = ActionFactory(slug="no-framework")

    text_ = main_text(client.get(f"/en/cooperation/{action.slug}/report/"))

    assert "This action has no results framework recorded." in text_
    assert "indicators" not in text_


def test_natural_key_sorts_result_numbers_as_numbers():
    codes = ["2", "1.10", "10", "1.9", "1", "1.2", "2.1", "1.1", "A"]
    assert sorted(codes, key=services.natural_key) == [
        "1",
        "1.1",
        "1.2",
        "1.9",
        "1.10",
        "2",
        "2.1",
        "10",
        "A",
    ]


def test_outputs_without_an_outcome_are_listed_as_other_outputs(client):
    action = ActionFactory(slug="outputs-only")
    result(action, "3", kind="output", statement="Training delivered")
    indicator(Result.objects.get(action=action), "People trained", target=20)

    response = client.get(f"/en/cooperation/{action.slug}/report/")

    assert headings(response) == ["Other outputs", "Output 3. Training delivered"]
    assert rows(response) == ["People trained 0 No milestone 20 \u2013 ○ Not started"]


def test_programme_page_lists_its_actions_with_countries_and_links_its_report(
    client, flagship, western_africa
):
    ActionFactory(title="Social health protection in Togo", country="TG", programme=flagship)
    ActionFactory(title="Another programme's action", country="PE")

    response = client.get("/en/cooperation/programmes/flagship/")

    text_ = main_text(response)
    assert "Countries Senegal, Togo" in text_
    assert "Funded by Belgium and Luxembourg" in text_
    assert "2 actions" in text_
    assert "Western Africa strategy Senegal" in text_
    assert "Social health protection in Togo Togo" in text_
    assert "Another programme's action" not in text_
    assert "/en/cooperation/programmes/flagship/report/" in links(response)


def test_programme_report_aggregates_all_its_actions(client, flagship, western_africa):
    togo = ActionFactory(
        slug="togo", title="Social health protection in Togo", country="TG", programme=flagship
    )
    outcome = result(togo, "1", statement="Health insurance extended")
    covered = indicator(outcome, "People covered", baseline=10, target=100, status="at-risk")
    milestone(covered, PAST, planned=50, actual=40)
    ActionFactory(slug="no-framework", title="Study visit", country="BJ", programme=flagship)
    ActionFactory(slug="elsewhere", title="Not in this programme", country="PE")

    response = client.get("/en/cooperation/programmes/flagship/report/")

    html = main_html(response)
    text_ = main_text(response)
    assert "Progress report: ILO Global Flagship Programme" in text_
    assert "Countries Benin, Senegal, Togo" in text_
    assert "Summary of 3 actions" in text_
    summary = text(re.search(r'<div class="report-summary">(.*?)</div>', html, re.S)[1])
    assert summary == (
        "6 indicators ○ Not started: 0 ● On track: 2 ▲ At risk: 2 ✖ Off track: 1 ★ Achieved: 1 "
        "4 of 7 milestones due by today were met (57%). 2 milestones are not yet due."
    )
    action_titles = [text(h) for h in re.findall(r'<h2 id="action-\d+">(.*?)</h2>', html)]
    assert action_titles == [
        "Study visit",
        "Western Africa strategy",
        "Social health protection in Togo",
    ]
    assert "This action has no results framework recorded." in text_
    assert "Outcome 1. Health insurance extended" in headings(response)
    assert "Not in this programme" not in text_
    assert (
        "People covered 10 30 Jun 2023: planned 50, actual 40 ✖ not met 100 \u2013 ▲ At risk"
        in rows(response)
    )


def test_reports_cost_a_fixed_number_of_queries(
    client, flagship, western_africa, django_assert_num_queries
):
    # Savepoints, the action (with programme), results, indicators, milestones.
    with django_assert_num_queries(6):
        client.get(REPORT)
    # Savepoints, the programme, its actions (partner, programme), their types,
    # results, indicators, milestones.
    with django_assert_num_queries(8):
        client.get("/en/cooperation/programmes/flagship/report/")
    for number in range(5):
        action = ActionFactory(slug=f"more-{number}", programme=flagship, country="GH")
        outcome = result(action, "1")
        for output in ("1.1", "1.2"):
            row = indicator(result(action, output, kind="output"), f"Indicator {output}")
            milestone(row, PAST, planned=1, actual=1)
        indicator(outcome, "Outcome indicator")
    with django_assert_num_queries(8):
        client.get("/en/cooperation/programmes/flagship/report/")


def test_unknown_programme_is_a_404(client):
    assert client.get("/en/cooperation/programmes/nope/").status_code == 404
    assert client.get("/en/cooperation/programmes/nope/report/").status_code == 404
