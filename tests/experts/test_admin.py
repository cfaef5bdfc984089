"""Editors keep expert profiles, needs and areas of expertise in Wagtail's admin ("Experts"
menu); a plain member, or an expert, is turned away."""

import pytest
from django.contrib.auth.models import Group, Permission

from accounts import roles
from experts.models import AssistanceNeed, ExpertiseArea, ExpertProfile
from tests.accounts.helpers import visible_text
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PROFILES = "/admin/experts-profiles/"
NEEDS = "/admin/experts-needs/"
AREAS = "/admin/experts-areas/"


@pytest.fixture
def profiles():
    hidden = ExpertProfile.objects.create(
        user=UserFactory(email="hidden@example.org", display_name="Hana Hidden"),
        headline="Actuary keeping a low profile",
        visibility=ExpertProfile.Visibility.HIDDEN,
    )
    public = ExpertProfile.objects.create(
        user=UserFactory(email="pablo@example.org", display_name="Pablo Público"),
        headline="Pension systems in the Andes",
        visibility=ExpertProfile.Visibility.PUBLIC,
    )
    return hidden, public


def test_editors_and_administrators_hold_the_experts_permissions():
    wanted = {
        f"{action}_{model}"
        for model in roles.EXPERTS_MODELS
        for action in ("add", "change", "delete", "view")
    }
    for name in (roles.EDITORS, roles.ADMINISTRATORS):
        held = set(
            Group.objects.get(name=name)
            .permissions.filter(content_type__app_label="experts")
            .values_list("codename", flat=True)
        )
        assert held == wanted, name
    for name in (roles.MEMBERS, roles.EXPERTS):
        assert (
            not Group.objects.get(name=name)
            .permissions.filter(content_type__app_label="experts")
            .exists()
        )


def test_editor_lists_every_profile_hidden_ones_too_and_searches_them(editor_client, profiles):
    response = editor_client.get(PROFILES)

    text = visible_text(response)
    assert "Hana Hidden" in text and "Actuary keeping a low profile" in text
    assert "Pablo Público" in text and "Pension systems in the Andes" in text
    assert "Hidden (only me and the editors)" in text

    found = visible_text(editor_client.get(PROFILES, {"q": "Andes"}))
    assert "Pension systems in the Andes" in found
    assert "Actuary keeping a low profile" not in found

    filtered = visible_text(editor_client.get(PROFILES, {"visibility": "hidden"}))
    assert "Actuary keeping a low profile" in filtered
    assert "Pension systems in the Andes" not in filtered


def test_editor_corrects_a_profile_but_cannot_add_one(editor_client, profiles):
    hidden, _ = profiles
    area = ExpertiseArea.objects.get(slug="pensions")

    form = editor_client.get(f"{PROFILES}edit/{hidden.pk}/")
    assert 'name="headline"' in form.content.decode()
    assert 'name="cv_file"' not in form.content.decode()

    response = editor_client.post(
        f"{PROFILES}edit/{hidden.pk}/",
        {
            "headline": "Actuary (pensions)",
            "areas": [area.pk],
            "years_of_experience": "12",
            "employer": "",
            "summary": "",
            "education": "",
            "publications": "",
            "availability": "available",
            "available_from": "",
            "visibility": "hidden",
        },
    )

    assert response.status_code == 302
    assert response["Location"] == PROFILES
    hidden.refresh_from_db()
    assert hidden.headline == "Actuary (pensions)"
    assert list(hidden.areas.values_list("slug", flat=True)) == ["pensions"]
    assert hidden.years_of_experience == 12

    listing = editor_client.get(PROFILES).content.decode()
    assert f'href="{PROFILES}new/"' not in listing
    refused = editor_client.get(f"{PROFILES}new/")
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")


def test_areas_of_expertise_are_seeded_in_three_languages_and_editors_add_more(editor_client):
    text = visible_text(editor_client.get(AREAS))
    assert "Social assistance and cash transfers" in text
    assert "Assistance sociale et transferts monétaires" in text
    assert "Asistencia social y transferencias monetarias" in text
    assert ExpertiseArea.objects.count() == 13

    response = editor_client.post(
        f"{AREAS}new/",
        {
            "name": "Gender and social protection",
            "name_fr": "Genre et protection sociale",
            "name_es": "Género y protección social",
            "slug": "gender",
            "sort_order": "200",
        },
    )

    assert response["Location"] == AREAS
    assert ExpertiseArea.objects.get(slug="gender").name_fr == "Genre et protection sociale"


def test_editor_lists_needs(editor_client):
    AssistanceNeed.objects.create(title="Actuarial valuation of the CNSS", country="TG")

    text = visible_text(editor_client.get(NEEDS))

    assert "Actuarial valuation of the CNSS" in text and "Togo" in text


@pytest.mark.parametrize("url", [PROFILES, NEEDS, AREAS, f"{AREAS}new/"])
def test_members_and_experts_are_turned_away(client, member, url, profiles):
    expert = profiles[1].user
    expert.groups.add(Group.objects.get(name=roles.EXPERTS))
    for user in (member, expert):
        client.force_login(user)
        refused = client.get(url)
        assert (refused.status_code, refused["Location"]) == (302, f"/admin/login/?next={url}")


def test_admin_access_without_experts_permissions_is_refused(client, profiles):
    user = UserFactory(email="curator@example.org")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    client.force_login(user)

    for url in (PROFILES, NEEDS, AREAS):
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    posted = client.post(f"{PROFILES}edit/{profiles[0].pk}/", {"headline": "Hijacked"})
    assert (posted.status_code, posted["Location"]) == (302, "/admin/")
    profiles[0].refresh_from_db()
    assert profiles[0].headline == "Actuary keeping a low profile"
