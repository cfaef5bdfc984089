"""The people directory: who appears, search, filters, tag cloud, "Online now", pages."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from tests.accounts.helpers import html, member_names, section_text, visible_text
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
User = get_user_model()

DIRECTORY = "/en/people/"

HIDDEN = {
    "unlisted": {"show_in_directory": False},
    "inactive": {"is_active": False},
}


@pytest.fixture
def viewer(db, client):
    member = UserFactory(display_name="Viewer Vee", organisation="", country="FR")
    client.force_login(member)
    return member


@pytest.fixture
def people(db):
    """Listed members with interests, plus one unlisted and one inactive member."""
    return {
        "aminata": UserFactory(
            display_name="Aminata Diallo",
            organisation="Caisse de sécurité sociale",
            position="Actuary",
            country="SN",
            interests=["pensions", "health insurance"],
        ),
        "carlos": UserFactory(
            display_name="Carlos Rojas",
            organisation="Ministerio de Trabajo",
            position="Policy adviser",
            country="PE",
            interests=["Pensions", "informal economy"],
        ),
        "mei": UserFactory(
            display_name="Mei Chen",
            organisation="Social Security Association",
            position="Researcher",
            country="SN",
            bio="Actuarial models for pensions.",
            interests=["pensions"],
        ),
        "hidden": UserFactory(
            display_name="Hidden Hugo",
            organisation="Secret Social Agency",
            country="SN",
            show_in_directory=False,
            interests=["pensions", "secret topic"],
        ),
        "gone": UserFactory(
            display_name="Gone Gaston",
            organisation="Old Social Agency",
            country="SN",
            is_active=False,
            interests=["pensions", "secret topic"],
        ),
    }


def test_anonymous_visitors_are_sent_to_sign_in_and_back(client):
    response = client.get(DIRECTORY + "?q=pensions")

    assert response.status_code == 302
    assert response.url == f"{reverse('account_login')}?next=/en/people/%3Fq%3Dpensions"
    people_link = f'href="{DIRECTORY}"'
    assert people_link not in html(client.get("/en/"))  # no "People" link for them either


def test_signed_in_member_sees_every_listed_member_and_no_one_else(client, viewer, people):
    response = client.get(DIRECTORY)

    assert member_names(response) == ["Aminata Diallo", "Carlos Rojas", "Mei Chen", "Viewer Vee"]
    text = visible_text(response)
    assert "4 members found" in text
    assert "Actuary, Caisse de sécurité sociale" in text
    assert "Hidden Hugo" not in text
    assert "Gone Gaston" not in text


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("q=aminata", ["Aminata Diallo"]),
        ("q=social", ["Aminata Diallo", "Mei Chen"]),  # organisation, either case
        ("q=social+actuar", ["Aminata Diallo", "Mei Chen"]),  # position and bio
        ("q=social+security+association", ["Mei Chen"]),  # every word must match
        ("q=ministerio+rojas", ["Carlos Rojas"]),  # name and organisation together
        ("q=secret", []),  # hidden members are never found
        ("country=SN", ["Aminata Diallo", "Mei Chen"]),
        ("country=PE", ["Carlos Rojas"]),
        ("interest=pensions", ["Aminata Diallo", "Carlos Rojas", "Mei Chen"]),
        ("interest=PENSIONS", ["Aminata Diallo", "Carlos Rojas", "Mei Chen"]),
        ("interest=informal+economy", ["Carlos Rojas"]),
        ("interest=secret+topic", []),
        ("country=SN&interest=health+insurance", ["Aminata Diallo"]),
        ("q=actuary&country=PE", []),
    ],
)
def test_search_and_filters(client, viewer, people, query, expected):
    response = client.get(f"{DIRECTORY}?{query}")

    assert member_names(response) == expected
    if expected:
        assert "Clear filters" in visible_text(response)
    else:
        assert "No member matches these filters." in visible_text(response)
        assert "0 members found" in visible_text(response)


def test_one_result_is_counted_in_the_singular(client, viewer, people):
    response = client.get(f"{DIRECTORY}?q=aminata")

    assert "1 member found" in visible_text(response)


def test_filters_are_kept_in_the_form(client, viewer, people):
    response = client.get(f"{DIRECTORY}?q=social&country=SN&interest=pensions")

    page = html(response)
    assert 'name="q" value="social"' in page
    assert '<option value="SN" selected>Senegal</option>' in page
    assert 'name="interest" value="pensions"' in page


def test_unknown_country_filter_is_reported(client, viewer, people):
    response = client.get(f"{DIRECTORY}?country=ZZ")

    assert "Select a valid choice. ZZ is not one of the available choices." in (
        visible_text(response)
    )


@pytest.mark.parametrize("hide", HIDDEN.values(), ids=HIDDEN.keys())
def test_hidden_members_never_show(client, viewer, hide):
    shown = UserFactory(display_name="Shown Sam", interests=["pensions"])
    hidden = UserFactory(display_name="Hidden Hana", interests=["pensions", "own topic"])
    User.objects.filter(pk__in=[shown.pk, hidden.pk]).update(last_seen=timezone.now())
    User.objects.filter(pk=hidden.pk).update(**hide)

    response = client.get(DIRECTORY)

    assert member_names(response) == ["Shown Sam", "Viewer Vee"]
    assert section_text(response, "online-title") == "Online now Shown Sam"
    assert section_text(response, "cloud-title") == "Interests pensions"
    assert "pensions: 1 member" in html(response)
    assert "Hidden Hana" not in visible_text(response)
    assert client.get(hidden.get_absolute_url()).status_code == 404
    assert client.get(reverse("accounts:contact", args=[hidden.pk])).status_code == 404
    assert client.get(f"{DIRECTORY}?interest=own+topic").context["page"].paginator.count == 0


def test_unlisted_member_still_sees_their_own_page(client):
    member = UserFactory(display_name="Private Pat", show_in_directory=False)
    client.force_login(member)

    response = client.get(member.get_absolute_url())

    assert response.status_code == 200
    assert "Private Pat" in visible_text(response)
    assert member_names(client.get(DIRECTORY)) == []


def test_tag_cloud_counts_listed_members_exactly(client, viewer, people):
    response = client.get(DIRECTORY)

    cloud = section_text(response, "cloud-title")
    assert cloud == "Interests health insurance informal economy pensions"
    page = html(response)
    assert 'aria-label="pensions: 3 members"' in page  # Pensions and pensions are one tag
    assert 'aria-label="health insurance: 1 member"' in page
    assert 'aria-label="informal economy: 1 member"' in page
    assert "secret topic" not in page
    assert 'href="?interest=health%20insurance"' in page


def test_tag_cloud_is_left_out_when_nobody_has_interests(client, viewer):
    response = client.get(DIRECTORY)

    assert section_text(response, "cloud-title") == ""


def test_online_now_lists_members_seen_in_the_last_five_minutes(client, viewer, people):
    now = timezone.now()
    seen = {
        "aminata": now - timedelta(minutes=1),
        "carlos": now - timedelta(minutes=4, seconds=50),
        "mei": now - timedelta(minutes=6),
        "hidden": now,
        "gone": now,
    }
    for key, when in seen.items():
        User.objects.filter(pk=people[key].pk).update(last_seen=when)

    response = client.get(DIRECTORY)

    # Most recent first; the viewer is not listed to themself.
    assert section_text(response, "online-title") == "Online now Aminata Diallo Carlos Rojas"


def test_online_now_says_when_nobody_else_is_there(client, viewer):
    response = client.get(DIRECTORY)

    assert section_text(response, "online-title") == ("Online now Nobody else is online right now.")


def test_visiting_a_page_marks_the_member_online_for_others(client, viewer):
    other = UserFactory(display_name="Other Olga")
    client.get(DIRECTORY)  # the viewer is seen now
    client.force_login(other)

    response = client.get(DIRECTORY)

    assert section_text(response, "online-title") == "Online now Viewer Vee"


def test_pages_keep_the_filters(client, viewer, settings):
    settings.DIRECTORY_PAGE_SIZE = 2
    for name in ["Ana", "Ben", "Cleo", "Dan", "Eve"]:
        UserFactory(display_name=f"{name} Member", country="SN")

    first = client.get(f"{DIRECTORY}?country=SN")
    second = client.get(f"{DIRECTORY}?country=SN&page=2")
    last = client.get(f"{DIRECTORY}?country=SN&page=99")

    assert member_names(first) == ["Ana Member", "Ben Member"]
    assert "Page 1 of 3" in visible_text(first)
    assert 'href="?country=SN&amp;page=2"' in html(first)
    assert member_names(second) == ["Cleo Member", "Dan Member"]
    assert 'href="?country=SN&amp;page=1"' in html(second)
    assert 'href="?country=SN&amp;page=3"' in html(second)
    assert member_names(last) == ["Eve Member"]  # out of range: the last page
    assert "5 members found" in visible_text(first)


@pytest.mark.parametrize("count", [1, 30])
def test_directory_query_count_does_not_grow_with_members(
    client, viewer, count, django_assert_num_queries
):
    for number in range(count):
        member = UserFactory(
            display_name=f"Member {number:02}", interests=[f"topic {number}", "pensions"]
        )
        User.objects.filter(pk=member.pk).update(last_seen=timezone.now())
    User.objects.filter(pk=viewer.pk).update(last_seen=timezone.now())

    # savepoint and release (ATOMIC_REQUESTS), session, viewer, viewer's permissions (2),
    # count, page, interests of the page's members, tag cloud, online now
    with django_assert_num_queries(11):
        response = client.get(DIRECTORY)

    assert len(member_names(response)) == min(count + 1, 24)
    assert f"pensions: {count} member" in html(response)
