"""An action's page: facts, texts in three languages, documents the visitor may see."""

import datetime

import pytest
from django.utils import translation

from tests.countryprofiles.factories import make_profile
from tests.library.factories import ItemFactory

from .factories import (
    ActionFactory,
    AssistanceTypeFactory,
    PartnerFactory,
    ProgrammeFactory,
    indicator,
    milestone,
    result,
)
from .helpers import links, main_html, main_text

pytestmark = pytest.mark.django_db


def notice(language: str) -> str:
    """The fallback notice as a reader of ``language`` sees it."""
    with translation.override(language):
        name = {"fr": "français", "es": "español"}[language]
        notice = translation.gettext("Not yet available in %(language_name)s; shown in English.")
    # As the page text reads it: white space (French no-break spaces too) collapsed.
    return " ".join((notice % {"language_name": name}).split())


@pytest.fixture
def action():
    return ActionFactory(
        slug="yucatan-social-security-law",
        title="Analysis of the Social Security Law of the State of Yucatan",
        title_es="Análisis de la Ley de Seguridad Social del Estado de Yucatán",
        country="MX",
        partner=PartnerFactory(
            name="Institute of Social Security for State Workers of Yucatan",
            acronym="ISSTEY",
            name_local="Instituto de Seguridad Social de los Trabajadores del Estado de Yucatán",
            country="MX",
        ),
        programme=ProgrammeFactory(funders="European Union"),
        types=[AssistanceTypeFactory(name="Legislative framework", name_fr="Cadre législatif")],
        expert_countries=["ES", "FR"],
        start_date=datetime.date(2019, 9, 1),
        end_date=datetime.date(2020, 3, 15),
        summary="A reviewed text of law for the financial sustainability of the Institute.",
        summary_es="Un texto revisado de la ley para la sostenibilidad financiera del Instituto.",
        outputs="A draft law with new articles on financial reserves.",
    )


URL = "/{language}/cooperation/yucatan-social-security-law/"


def test_action_page_shows_partner_country_types_programme_period_experts_status(client, action):
    response = client.get(URL.format(language="en"))

    text = main_text(response)
    assert "Analysis of the Social Security Law of the State of Yucatan" in text
    assert (
        "Partner institution Institute of Social Security for State Workers of Yucatan (ISSTEY) "
        "Instituto de Seguridad Social de los Trabajadores del Estado de Yucatán"
    ) in text
    assert "Country Mexico" in text
    assert "Type of assistance Legislative framework" in text
    assert (
        "Programme SOCIEUX+ EU Expertise on Social Protection, Labour and Employment (SOCIEUX+)"
        in text
    )
    assert "Funded by European Union" in text
    assert "Period 1 September 2019 \u2013 15 March 2020" in text
    assert "Experts from Spain, France" in text
    assert "Status Completed" in text
    assert "A reviewed text of law for the financial sustainability of the Institute." in text
    assert "A draft law with new articles on financial reserves." in text
    assert "/en/cooperation/programmes/socieux/" in links(response)
    assert "/en/cooperation/?type=legislative-framework" in links(response)
    assert "This action has no results framework recorded." in text
    assert "not yet available" not in text.lower()


def test_country_links_to_its_profile_only_when_a_live_profile_exists(client, action):
    make_profile("MX", live=False)
    assert "/en/countries/mx/" not in links(client.get(URL.format(language="en")))

    make_profile("PE")  # another country's profile changes nothing
    assert "/en/countries/mx/" not in links(client.get(URL.format(language="en")))

    action.country = "PE"
    action.save()
    assert "/en/countries/pe/" in links(client.get(URL.format(language="en")))


def test_spanish_page_shows_the_spanish_texts_without_notice(client, action):
    text = main_text(client.get(URL.format(language="es")))

    assert "Análisis de la Ley de Seguridad Social del Estado de Yucatán" in text
    assert "Un texto revisado de la ley para la sostenibilidad financiera del Instituto." in text
    # The outputs have no Spanish text: English, after the notice (once).
    assert notice("es") + " A draft law with new articles on financial reserves." in text
    assert text.count(notice("es")) == 1


def test_french_page_falls_back_to_english_with_a_notice_and_lang_attribute(client, action):
    response = client.get(URL.format(language="fr"))

    html = main_html(response)
    text = main_text(response)
    assert '<h1 lang="en">Analysis of the Social Security Law of the State of Yucatan</h1>' in html
    assert '<div class="translated-text" lang="en"><p>A reviewed text of law' in html
    # The notice names the reader's language, once for the summary, once for the outputs.
    assert notice("fr") + " A reviewed text of law" in text
    assert notice("fr") + " A draft law with new articles on financial reserves." in text
    assert html.count('class="fallback-notice') == 2
    assert "Cadre législatif" in text  # type of assistance in French


def test_english_page_has_no_fallback_notice(client, action):
    assert 'class="fallback-notice' not in main_html(client.get(URL.format(language="en")))


def test_only_documents_the_visitor_may_see_are_listed(client, action, member):
    public = ItemFactory(title="Reviewed text of the Yucatan social security law")
    draft = ItemFactory(
        title="Working draft of the experts' mission report", status="draft", submitted_by=member
    )
    action.documents.set([public, draft])

    anonymous = client.get(URL.format(language="en"))
    assert "Reviewed text of the Yucatan social security law" in main_text(anonymous)
    assert public.get_absolute_url() in links(anonymous)
    assert "Working draft of the experts' mission report" not in anonymous.content.decode()
    assert draft.get_absolute_url() not in links(anonymous)

    client.force_login(member)  # the draft's submitter sees it, marked as such
    text = main_text(client.get(URL.format(language="en")))
    assert "Working draft of the experts' mission report Report, 2023 Draft" in text


def test_action_page_summarises_the_results_framework_and_links_the_report(client, action):
    outcome = result(action, "1", statement="Financial sustainability of the Institute")
    result(action, "1.1", kind="output", statement="A reviewed text of law")
    row = indicator(outcome, "Articles reviewed", baseline=0, target=12, status="on-track")
    milestone(row, datetime.date(2020, 1, 1), planned=6, actual=7)

    response = client.get(URL.format(language="en"))

    text = main_text(response)
    assert "1 indicator" in text
    assert "On track: 1" in text
    assert "1 of 1 milestone due by today was met (100%)." in text
    assert (
        "Outcome 1. Financial sustainability of the Institute Output 1.1. A reviewed text of law"
        in text
    )
    assert "/en/cooperation/yucatan-social-security-law/report/" in links(response)


def test_unknown_action_is_a_404(client):
    response = client.get("/en/cooperation/no-such-action/")
    assert response.status_code == 404


def test_action_page_queries_do_not_grow_with_the_framework(
    client, action, django_assert_max_num_queries
):
    outcome = result(action, "1")
    for number in range(5):
        output = result(action, f"1.{number + 1}", kind="output")
        for kind in (outcome, output):
            row = indicator(kind, f"Indicator {number}")
            milestone(row, datetime.date(2020, 1, 1), planned=1, actual=2)
            milestone(row, datetime.date(2030, 1, 1), planned=2)
    action.documents.set([ItemFactory() for _ in range(3)])

    # Savepoints, action, types, results, indicators, milestones, profile, documents.
    with django_assert_max_num_queries(10):
        client.get(URL.format(language="en"))
