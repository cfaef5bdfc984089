"""Technical-assistance needs: who sees what, describing one, and the editors' shortlist."""

import re
from datetime import date
from html import unescape

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts import roles
from core.models import Language
from experts.models import AssistanceNeed, ExpertiseArea, ExpertProfile, ShortlistEntry
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def visible_text(response) -> str:
    html = response.content.decode()
    html = html[html.index("<main") : html.index("</main>")]
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def area(slug: str, name: str) -> ExpertiseArea:
    return ExpertiseArea.objects.get_or_create(slug=slug, defaults={"name": name})[0]


def make_expert(name, areas, visibility=ExpertProfile.Visibility.PUBLIC) -> ExpertProfile:
    profile = ExpertProfile.objects.create(
        user=UserFactory(display_name=name),
        headline=f"Headline of {name}",
        visibility=visibility,
        years_of_experience=7,
    )
    profile.areas.set(areas)
    return profile


def make_need(title, author, areas, country="SN") -> AssistanceNeed:
    need = AssistanceNeed.objects.create(title=title, country=country, created_by=author)
    need.areas.set(areas)
    return need


@pytest.fixture
def health():
    return area("health-insurance", "Health insurance")


@pytest.fixture
def needs(member, other_member, health):
    return {
        "mine": make_need("Costing of mutual health benefits in Thiès", member, [health]),
        "theirs": make_need("Pension reform in Peru", other_member, [health], country="PE"),
    }


def test_member_lists_only_the_needs_they_described_and_editor_lists_all(
    client, member, editor, needs
):
    client.force_login(member)
    text = visible_text(client.get("/en/experts/needs/"))
    assert "Costing of mutual health benefits in Thiès" in text
    assert "Pension reform in Peru" not in text
    assert "Described by" not in text

    client.force_login(editor)
    text = visible_text(client.get("/en/experts/needs/"))
    assert "Costing of mutual health benefits in Thiès" in text
    assert "Pension reform in Peru" in text
    assert "Carlos Rojas" in text  # who described it


def test_anonymous_visitor_is_sent_to_sign_in_for_every_need_page(client, needs):
    pk = needs["mine"].pk
    for url in ("/en/experts/needs/", "/en/experts/needs/new/", f"/en/experts/needs/{pk}/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/en/accounts/login/")


def test_need_page_is_for_its_author_and_editors_only(client, member, other_member, editor, needs):
    pk = needs["mine"].pk
    expected = {member: 200, editor: 200, other_member: 404}
    for user, status in expected.items():
        client.force_login(user)
        response = client.get(f"/en/experts/needs/{pk}/")
        assert response.status_code == status, user.email
        if status == 200:
            assert "Costing of mutual health benefits in Thiès" in visible_text(response)


def test_need_list_costs_the_same_queries_for_one_or_many(
    editor_client, editor, member, health, django_assert_num_queries
):
    make_need("Need 0", member, [health])
    editor_client.get("/en/experts/needs/")  # the session and "last seen" settle first
    with CaptureQueriesContext(connection) as one:
        editor_client.get("/en/experts/needs/")
    for number in range(1, 15):
        make_need(f"Need {number}", member, [health])
    with django_assert_num_queries(len(one)):
        response = editor_client.get("/en/experts/needs/")
    assert "Need 14" in visible_text(response)


def test_member_describes_a_need_and_sees_the_experts_who_fit(member_client, member, health):
    actuarial = area("actuarial-analysis", "Actuarial analysis")
    make_expert("Awa Ndiaye", [health, actuarial])
    make_expert("Pension Only", [area("pensions", "Pensions")])
    make_expert("Hidden Actuary", [health, actuarial], ExpertProfile.Visibility.HIDDEN)
    response = member_client.post(
        "/en/experts/needs/new/",
        {
            "title": "  Actuarial   review of the CMU  ",
            "description": "Premiums and subsidies for five years.",
            "country": "SN",
            "areas": [health.pk, actuarial.pk],
            "languages": ["fr"],
            "start_date": "2027-03-01",
            "end_date": "2027-06-30",
        },
        follow=True,
    )
    need = AssistanceNeed.objects.get()
    assert response.redirect_chain == [(f"/en/experts/needs/{need.pk}/", 302)]
    assert need.title == "Actuarial review of the CMU"
    assert need.created_by == member
    assert list(need.languages.all()) == [Language.objects.get(code="fr")]
    text = visible_text(response)
    assert "“Actuarial review of the CMU” is saved." in text
    assert "Awa Ndiaye" in text
    assert "2 of 2 areas: Health insurance, Actuarial analysis" in text
    assert "Missing language: French" in text
    assert "Pension Only" not in text
    assert "Hidden Actuary" not in text
    # Members see the ranking but cannot shortlist.
    assert "to the shortlist" not in text
    assert "The editors have not shortlisted any expert yet." in text


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"end_date": "2027-02-01"}, "The end date cannot be before the start date."),
        ({"areas": []}, "Choose at least one area of expertise."),
        ({"title": ""}, "This field is required."),
        ({"country": "XX"}, "Select a valid choice."),
        ({"start_date": "next spring"}, "Enter a valid date."),
    ],
)
def test_invalid_need_is_refused_with_a_clear_message_and_nothing_saved(
    member_client, health, changes, error
):
    data = {
        "title": "Review",
        "country": "SN",
        "areas": [health.pk],
        "start_date": "2027-03-01",
        "end_date": "2027-06-30",
        **changes,
    }
    response = member_client.post("/en/experts/needs/new/", data)
    assert response.status_code == 200
    text = visible_text(response)
    assert "Please correct the errors below." in text
    assert error in text
    assert not AssistanceNeed.objects.exists()


def test_editor_adds_and_removes_an_expert_on_the_shortlist(editor_client, editor, needs, health):
    need = needs["mine"]
    awa = make_expert("Awa Ndiaye", [health])
    url = f"/en/experts/needs/{need.pk}/shortlist/"
    page = visible_text(editor_client.get(need.get_absolute_url()))
    assert "Add Awa Ndiaye to the shortlist" in page
    assert "No expert is on the shortlist yet." in page

    response = editor_client.post(
        url, {"action": "add", "expert": awa.pk, "note": "Knows the CMU well."}, follow=True
    )
    assert response.redirect_chain == [(f"/en/experts/needs/{need.pk}/#shortlist", 302)]
    entry = ShortlistEntry.objects.get()
    assert (entry.need, entry.expert, entry.note, entry.added_by) == (
        need,
        awa,
        "Knows the CMU well.",
        editor,
    )
    text = visible_text(response)
    assert "Awa Ndiaye is on the shortlist." in text
    assert "Note: Knows the CMU well." in text
    assert "Remove Awa Ndiaye from the shortlist" in text
    assert "Add Awa Ndiaye to the shortlist" not in text

    # Adding twice keeps one entry.
    response = editor_client.post(url, {"action": "add", "expert": awa.pk}, follow=True)
    assert "Awa Ndiaye was already on the shortlist." in visible_text(response)
    assert ShortlistEntry.objects.count() == 1

    response = editor_client.post(url, {"action": "remove", "expert": awa.pk}, follow=True)
    assert "Awa Ndiaye is no longer on the shortlist." in visible_text(response)
    assert not ShortlistEntry.objects.exists()


def test_author_sees_the_shortlist_but_not_hidden_experts_on_it(
    client, member, editor, needs, health
):
    need = needs["mine"]
    for name, visibility in (("Shown Expert", "public"), ("Hidden Expert", "hidden")):
        ShortlistEntry.objects.create(
            need=need, expert=make_expert(name, [health], visibility), note=f"Note on {name}"
        )
    client.force_login(member)
    text = visible_text(client.get(need.get_absolute_url()))
    assert "Shown Expert" in text
    assert "Note on Shown Expert" in text
    assert "Hidden Expert" not in text
    assert "Remove Shown Expert" not in text


def test_only_editors_change_a_shortlist(client, member, other_member, needs, health):
    need = needs["mine"]
    awa = make_expert("Awa Ndiaye", [health])
    expert_user = UserFactory(email="expert@example.org")
    expert_user.groups.add(Group.objects.get(name=roles.EXPERTS))
    url = f"/en/experts/needs/{need.pk}/shortlist/"
    for user in (member, other_member, expert_user):
        client.force_login(user)
        response = client.post(url, {"action": "add", "expert": awa.pk})
        assert response.status_code == 403, user.email
    client.logout()
    response = client.post(url, {"action": "add", "expert": awa.pk})
    assert response["Location"].startswith("/en/accounts/login/")
    assert not ShortlistEntry.objects.exists()


def test_shortlist_refuses_get_bad_input_and_unknown_experts(editor_client, needs, health):
    need = needs["mine"]
    url = f"/en/experts/needs/{need.pk}/shortlist/"
    assert editor_client.get(url).status_code == 405
    cases = [
        (
            {"action": "add", "expert": "abc"},
            "That request was not understood; nothing was changed.",
        ),
        (
            {"action": "drop", "expert": "1"},
            "That request was not understood; nothing was changed.",
        ),
        ({"action": "add", "expert": "999999"}, "That expert profile does not exist any more."),
        (
            {"action": "add", "expert": make_expert("Long Note", [health]).pk, "note": "x" * 301},
            "The note is too long: at most 300 characters.",
        ),
    ]
    for data, message in cases:
        response = editor_client.post(url, data, follow=True)
        assert message in visible_text(response)
    assert not ShortlistEntry.objects.exists()
    missing = f"/en/experts/needs/{need.pk + 1000}/shortlist/"
    assert editor_client.post(missing, {"action": "add", "expert": "1"}).status_code == 404


def test_shortlist_post_needs_the_csrf_token(editor, needs, health):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    awa = make_expert("Awa Ndiaye", [health])
    response = client.post(
        f"/en/experts/needs/{needs['mine'].pk}/shortlist/", {"action": "add", "expert": awa.pk}
    )
    assert response.status_code == 403
    assert not ShortlistEntry.objects.exists()


def test_need_page_shows_its_period_and_languages(client, member, needs, health):
    need = needs["mine"]
    need.start_date, need.end_date = date(2027, 3, 1), date(2027, 6, 30)
    need.save()
    need.languages.set(Language.objects.filter(code__in=["fr", "wo"]))
    client.force_login(member)
    text = visible_text(client.get(need.get_absolute_url()))
    assert "1 March 2027 \N{EN DASH} 30 June 2027" in text
    assert "French, Wolof" in text


def test_need_form_offers_the_areas_the_languages_and_the_period(member_client, health):
    response = member_client.get("/en/experts/needs/new/")
    text = visible_text(response)
    assert "Describe a technical-assistance need" in text
    assert "Health insurance" in text
    html = response.content.decode()
    assert 'type="checkbox" name="areas"' in html
    assert '<option value="fr">French</option>' in html
    assert 'type="date" name="start_date"' in html
    assert 'type="date" name="end_date"' in html


def test_need_list_counts_only_the_shortlisted_experts_the_reader_may_see(
    client, member, editor, needs, health
):
    need = needs["mine"]
    for name, visibility in (("Shown Expert", "public"), ("Hidden Expert", "hidden")):
        ShortlistEntry.objects.create(need=need, expert=make_expert(name, [health], visibility))
    row = re.compile(r"Costing of mutual health benefits in Thiès Senegal not set (\d+)")
    client.force_login(member)
    assert row.search(visible_text(client.get("/en/experts/needs/"))).group(1) == "1"
    client.force_login(editor)
    text = visible_text(client.get("/en/experts/needs/"))
    assert (
        re.search(
            r"Costing of mutual health benefits in Thiès Senegal not set Aminata Diallo (\d+)", text
        ).group(1)
        == "2"
    )
