"""Editors keep actions and their results frameworks in Wagtail's admin, by Django
model permissions; a member without them is turned away."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from cooperation.models import Action, Milestone
from tests.factories import UserFactory

from .factories import (
    ActionFactory,
    AssistanceTypeFactory,
    PartnerFactory,
    ProgrammeFactory,
    indicator,
    result,
)
from .helpers import text

pytestmark = pytest.mark.django_db

ACTIONS = "/admin/cooperation-actions/"
INDICATORS = "/admin/cooperation-indicators/"
PARTNERS = "/admin/cooperation-partners/"
PROGRAMMES = "/admin/cooperation-programmes/"
TYPES = "/admin/cooperation-assistance-types/"


def cooperation_editor(**permissions):
    """A user given the admin and the cooperation models' permissions directly."""
    user = UserFactory(email="cooperation@example.org")
    wanted = Permission.objects.filter(
        content_type__app_label="cooperation"
    ) | Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
    user.user_permissions.set(wanted)
    return user


@pytest.fixture
def editor_client(client):
    client.force_login(cooperation_editor())
    return client


@pytest.fixture
def actions():
    flagship = ProgrammeFactory(name="Flagship", acronym="GFP", slug="flagship")
    return [
        ActionFactory(
            title="Definition of a national social security policy",
            country="CI",
            status=Action.Status.COMPLETED,
            start_date=datetime.date(2018, 5, 1),
        ),
        ActionFactory(
            title="Western Africa strategy",
            country="SN",
            programme=flagship,
            status=Action.Status.ONGOING,
            start_date=datetime.date(2023, 1, 1),
        ),
    ]


def test_editor_lists_actions_with_country_programme_status_and_start(editor_client, actions):
    response = editor_client.get(ACTIONS)

    assert response.status_code == 200
    page = text(response.content.decode())
    assert (
        "Title (English) Country Programme Status Start Updated "
        "Western Africa strategy Edit Delete Senegal Flagship (GFP) Ongoing Jan. 1, 2023"
    ) in page
    assert (
        "Definition of a national social security policy Edit Delete Côte d'Ivoire "
        "SOCIEUX+ EU Expertise on Social Protection, Labour and Employment (SOCIEUX+) "
        "Completed May 1, 2018"
    ) in page
    assert "Technical cooperation" in editor_client.get("/admin/").content.decode()  # the menu

    filtered = text(editor_client.get(ACTIONS, {"status": "ongoing"}).content.decode())
    assert "Western Africa strategy" in filtered
    assert "Definition of a national social security policy" not in filtered

    found = text(editor_client.get(ACTIONS, {"q": "Western"}).content.decode())
    assert "Western Africa strategy" in found
    assert "Definition of a national social security policy" not in found


def action_form(**values) -> dict:
    partner = PartnerFactory()
    type_ = AssistanceTypeFactory()
    data = {
        "title": "Professional risks in the public sector",
        "title_fr": "Risques professionnels dans le secteur public",
        "title_es": "",
        "slug": "professional-risks",
        "country": "GA",
        "partner": partner.pk,
        "programme": ProgrammeFactory().pk,
        "start_date": "2021-01-01",
        "end_date": "",
        "status": "ongoing",
        "summary": "Extending coverage to occupational accidents of State agents.",
        "summary_fr": "",
        "summary_es": "",
        "outputs": "",
        "outputs_fr": "",
        "outputs_es": "",
        "results": inline_formset(
            [
                {
                    "kind": "outcome",
                    "code": "1",
                    "statement": "Coverage extended",
                    "statement_fr": "",
                    "statement_es": "",
                },
                {
                    "kind": "output",
                    "code": "1.1",
                    "statement": "Draft decree",
                    "statement_fr": "",
                    "statement_es": "",
                },
            ]
        ),
    }
    data.update(values)
    form = nested_form_data(data)
    # Multiple choices are repeated values (nested_form_data would number them).
    form.update({"assistance_types": [type_.pk], "expert_countries": ["FR", "LU"]})
    return form


def test_editor_creates_an_action_with_its_results_framework(client, editor_client):
    response = editor_client.post(f"{ACTIONS}new/", action_form())

    assert response.status_code == 302, text(response.content.decode())[:2000]
    action = Action.objects.get(slug="professional-risks")
    assert (action.country.code, [c.code for c in action.expert_countries]) == ("GA", ["FR", "LU"])
    assert [t.name for t in action.assistance_types.all()] == ["Policy development"]
    assert sorted((r.kind, r.code, r.statement) for r in action.results.all()) == [
        ("outcome", "1", "Coverage extended"),
        ("output", "1.1", "Draft decree"),
    ]
    # The public page shows it at once, in French with the French title.
    assert (
        "Risques professionnels dans le secteur public"
        in client.get("/fr/cooperation/professional-risks/").content.decode()
    )


def test_editor_edits_an_indicator_with_its_milestones(editor_client, actions):
    outcome = result(actions[1], "1", statement="Capacity and tools")
    row = indicator(outcome, "Managers trained", baseline=0, target=43)

    form = editor_client.get(f"{INDICATORS}edit/{row.pk}/")
    assert form.status_code == 200
    assert "Managers trained" in form.content.decode()

    response = editor_client.post(
        f"{INDICATORS}edit/{row.pk}/",
        nested_form_data(
            {
                "result": outcome.pk,
                "name": "Managers trained",
                "name_fr": "",
                "name_es": "",
                "unit": "people",
                "baseline": "0",
                "baseline_date": "",
                "target": "43",
                "target_date": "2025-12-31",
                "actual": "43",
                "actual_date": "2023-11-30",
                "status": "on-track",
                "comment": "Most milestones achieved",
                "milestones": inline_formset(
                    [
                        {"due_date": "2023-06-30", "planned": "20", "actual": "43", "note": ""},
                        {"due_date": "2024-06-30", "planned": "43", "actual": "", "note": ""},
                    ]
                ),
            }
        ),
    )

    assert response.status_code == 302, text(response.content.decode())[:2000]
    row.refresh_from_db()
    assert (row.status, row.actual, row.comment) == ("on-track", 43, "Most milestones achieved")
    assert [(m.due_date, m.planned, m.actual) for m in Milestone.objects.filter(indicator=row)] == [
        (datetime.date(2023, 6, 30), 20, 43),
        (datetime.date(2024, 6, 30), 43, None),
    ]


def test_indicator_list_filters_by_action(editor_client, actions):
    indicator(result(actions[0], "1"), "Policy adopted")
    indicator(result(actions[1], "1"), "Managers trained")

    page = text(editor_client.get(INDICATORS, {"result__action": actions[1].pk}).content.decode())

    assert "Managers trained" in page
    assert "Policy adopted" not in page


@pytest.mark.parametrize("url", [ACTIONS, INDICATORS, PARTNERS, PROGRAMMES, TYPES])
def test_each_list_opens_for_an_editor_and_is_refused_to_a_plain_member(
    client, member, url, actions
):
    PartnerFactory(name="Institute for Social Economy", acronym="IPES")
    AssistanceTypeFactory(name="Policy development")
    indicator(result(actions[0], "1"), "Policy adopted")
    names = {
        ACTIONS: "Western Africa strategy",
        INDICATORS: "Policy adopted",
        PARTNERS: "Institute for Social Economy",
        PROGRAMMES: "Flagship",
        TYPES: "Policy development",
    }

    client.force_login(member)
    refused = client.get(url)
    assert (refused.status_code, refused["Location"]) == (302, f"/admin/login/?next={url}")

    client.force_login(cooperation_editor())
    assert names[url] in text(client.get(url).content.decode())


def test_admin_access_without_cooperation_permissions_is_refused(client, actions):
    user = UserFactory(email="someone@example.org")
    user.user_permissions.set(
        Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    client.force_login(user)

    for url in (ACTIONS, f"{ACTIONS}edit/{actions[1].pk}/", f"{INDICATORS}new/"):
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert "Technical cooperation" not in client.get("/admin/").content.decode()  # no menu
    posted = client.post(f"{ACTIONS}new/", action_form())
    assert (posted.status_code, posted["Location"]) == (302, "/admin/")
    assert not Action.objects.filter(slug="professional-risks").exists()
