"""Who sees which profile, everywhere a profile can surface: the list, the page,
the CV, the portal search, the country section and the feed.

One table: visitor x profile visibility → seen or not.
"""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.files.base import ContentFile

from core.search import providers
from countryprofiles.sections import answers_for
from experts.models import ExpertProfile
from tests.experts.test_search import make_expert
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PUBLIC, MEMBERS, HIDDEN = (
    ExpertProfile.Visibility.PUBLIC,
    ExpertProfile.Visibility.MEMBERS,
    ExpertProfile.Visibility.HIDDEN,
)
# visitor -> the profiles they see, by visibility ("own" is the expert's own hidden one).
SEES = {
    "anonymous": {PUBLIC},
    "member": {PUBLIC, MEMBERS},
    "expert": {PUBLIC, MEMBERS, "own"},
    "editor": {PUBLIC, MEMBERS, HIDDEN, "own"},
}


@pytest.fixture
def profiles(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    made = {}
    for key, visibility in (
        (PUBLIC, PUBLIC),
        (MEMBERS, MEMBERS),
        (HIDDEN, HIDDEN),
        ("own", HIDDEN),
    ):
        profile = make_expert(
            f"Zebulon {key.title()}",
            visibility=visibility,
            countries=["BF"],
            cv_text="quinoa cooperative",
            cv_file_type="pdf",
            cv_original_name=f"{key}.pdf",
            cv_size=9,
        )
        profile.cv_file.save("cv.pdf", ContentFile(b"%PDF-1.4\n"), save=True)
        made[key] = profile
    # An inactive member's public profile is never shown.
    make_expert("Zebulon Inactive", user=UserFactory(is_active=False), countries=["BF"])
    return made


@pytest.fixture
def visitors(client, django_user_model, editor, profiles):
    return {
        "anonymous": None,
        "member": UserFactory(display_name="Plain Member"),
        "expert": profiles["own"].user,
        "editor": editor,
    }


def names(profiles, keys) -> set[str]:
    return {profiles[key].user.display_name for key in keys}


@pytest.mark.parametrize("visitor", list(SEES))
def test_list_search_portal_search_and_country_section(client, visitor, visitors, profiles):
    user = visitors[visitor]
    if user:
        client.force_login(user)
    expected = names(profiles, SEES[visitor])
    listed = {p.user.display_name for p in client.get("/en/experts/").context["page"]}
    assert listed == expected
    found = {p.user.display_name for p in client.get("/en/experts/?q=quinoa").context["page"]}
    assert found == expected

    reader = user or AnonymousUser()
    experts = next(p for p in providers() if p.key == "experts")
    answer = experts.search("quinoa", reader, 10)
    assert answer.count == len(expected)
    assert {hit.title for hit in answer.hits} == expected
    assert answer.more_url == "/en/experts/?q=quinoa"

    section, country = next((s, a) for s, a in answers_for("bf", reader, 10) if s.key == "experts")
    assert str(section.label) == "Experts"
    assert country.count == len(expected)
    assert {hit.title for hit in country.hits} == expected
    assert country.more_url == "/en/experts/?country=BF"


@pytest.mark.parametrize("visitor", list(SEES))
def test_profile_page_and_cv(client, visitor, visitors, profiles):
    user = visitors[visitor]
    if user:
        client.force_login(user)
    for key, profile in profiles.items():
        page = client.get(f"/en/experts/{profile.pk}/")
        cv = client.get(f"/en/experts/{profile.pk}/cv/")
        if key in SEES[visitor]:
            assert profile.headline in page.content.decode()
            assert b"".join(cv.streaming_content) == b"%PDF-1.4\n"
        elif visitor == "anonymous" and key == MEMBERS:
            # Members-only: sign in first, then come back.
            assert page["Location"] == f"/en/accounts/login/?next=/en/experts/{profile.pk}/"
            assert cv["Location"] == f"/en/accounts/login/?next=/en/experts/{profile.pk}/cv/"
        else:
            assert page.status_code == cv.status_code == 404
            assert profile.user.display_name not in page.content.decode()


def test_feed_lists_public_profiles_only_even_for_a_member(member_client, profiles):
    body = member_client.get("/en/experts/feed.rss").content.decode()
    assert "<title>Zebulon Public: Social protection specialist</title>" in body
    assert f"http://testserver/en/experts/{profiles[PUBLIC].pk}/" in body
    for key in (MEMBERS, HIDDEN, "own"):
        assert profiles[key].user.display_name not in body
    assert "Zebulon Inactive" not in body
    assert profiles[PUBLIC].user.email not in body


def test_feed_holds_the_twenty_latest_updated(client):
    for number in range(22):
        make_expert(f"Feed Expert {number:02d}", days_ago=number)
    body = client.get("/en/experts/feed.rss").content.decode()
    assert body.count("<item>") == 20
    assert "Feed Expert 00" in body
    assert "Feed Expert 19" in body
    assert "Feed Expert 20" not in body
    assert body.index("Feed Expert 00") < body.index("Feed Expert 01")
