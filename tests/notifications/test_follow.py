"""Following: the follow page (/<lang>/notifications/follow/<key>/<pk>/), its POST, and
the ``{% follow_button %}`` on the pages of what can be followed."""

import dataclasses

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.template import Context, Template
from django.test import Client, RequestFactory
from django.utils.translation import gettext_lazy as _

from library.models import Topic
from notifications import registry
from notifications.models import Delivery, Subscription
from tests.library.factories import ItemFactory, TopicFactory
from tests.notifications.test_centre import followable_workspaces  # noqa: F401
from tests.workspaces.factories import WorkspaceFactory
from workspaces.models import Workspace

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def followable_topics():
    if registry.by_key("topic") is None:
        registry.register(registry.Followable(model=Topic, key="topic", label=_("the topic")))


@pytest.fixture
def workspace(db):
    return WorkspaceFactory(name="Mutuals of Benin", slug="mutuals-benin")


def url(key, pk) -> str:
    return f"/en/notifications/follow/{key}/{pk}/"


def subscriptions(user) -> dict:
    return {str(s.target): s.delivery for s in Subscription.objects.filter(user=user)}


def needs(key: str):
    """Skip a test until the app that makes ``key`` followable registers it."""
    if registry.by_key(key) is None:
        pytest.skip(f"nothing registered as {key!r} yet")


# --- The follow page and its POST -----------------------------------------------------------


def test_anonymous_visitors_are_sent_to_sign_in(client, workspace):
    address = url("workspace", workspace.pk)
    login = f"/en/accounts/login/?next={address}"
    assert client.get(address)["Location"] == login
    response = client.post(address, {"delivery": "instant"})
    assert response["Location"] == login
    assert not Subscription.objects.exists()


def test_the_follow_page_offers_the_four_ways(member_client, workspace):
    html = member_client.get(url("workspace", workspace.pk)).content.decode()

    assert "<h1>Follow the workspace “Mutuals of Benin”</h1>" in html
    for label in (
        "Every new item by e-mail",
        "A daily digest by e-mail",
        "A weekly digest by e-mail",
        "In the portal only",
    ):
        assert label in html
    assert 'value="instant" required id="id_delivery_0" checked' in html
    assert "Stop following" not in html
    assert '<a href="/en/workspaces/mutuals-benin/">Cancel</a>' in html


def test_following_goes_back_to_the_page_with_a_message(member, member_client, workspace):
    response = member_client.post(
        url("workspace", workspace.pk), {"delivery": "daily"}, follow=True
    )

    assert response.redirect_chain == [("/en/workspaces/mutuals-benin/", 302)]
    assert (
        "You follow the workspace “Mutuals of Benin”. How you hear of it: A daily digest by e-mail."
        in response.content.decode()
    )
    assert subscriptions(member) == {"Mutuals of Benin": "daily"}


def test_following_again_changes_the_delivery_and_keeps_a_safe_next(
    member, member_client, workspace
):
    Subscription.objects.filter(user=member).delete()
    Subscription.objects.create(user=member, target=workspace, delivery=Delivery.INSTANT)

    response = member_client.post(
        url("workspace", workspace.pk), {"delivery": "portal", "next": "/en/workspaces/?page=2"}
    )

    assert response["Location"] == "/en/workspaces/?page=2"
    assert subscriptions(member) == {"Mutuals of Benin": "portal"}
    page = member_client.get(url("workspace", workspace.pk)).content.decode()
    assert "You follow it. How you hear of it now: In the portal only." in page
    assert 'value="portal" required id="id_delivery_3" checked' in page
    assert 'name="unfollow" value="1"' in page


def test_a_foreign_next_is_ignored(member_client, workspace):
    response = member_client.post(
        url("workspace", workspace.pk), {"delivery": "weekly", "next": "https://evil.example.com/"}
    )
    assert response["Location"] == "/en/workspaces/mutuals-benin/"


@pytest.mark.parametrize("data", [{"delivery": "stop"}, {"unfollow": "1"}])
def test_stop_or_unfollow_removes_the_subscription(member, member_client, workspace, data):
    Subscription.objects.filter(user=member).delete()
    Subscription.objects.create(user=member, target=workspace, delivery=Delivery.WEEKLY)

    response = member_client.post(url("workspace", workspace.pk), data, follow=True)

    assert "You no longer follow the workspace “Mutuals of Benin”." in response.content.decode()
    assert subscriptions(member) == {}


def test_an_invalid_delivery_is_refused(member, member_client, workspace):
    response = member_client.post(url("workspace", workspace.pk), {"delivery": "hourly"})

    html = response.content.decode()
    assert response.status_code == 400
    assert "Nothing was saved. Please correct the errors below." in html
    assert "Select a valid choice. hourly is not one of the available choices." in html
    assert subscriptions(member) == {}


def test_unknown_kinds_missing_and_private_things_are_404(member, member_client):
    private = WorkspaceFactory(name="Steering group", visibility=Workspace.Visibility.PRIVATE)
    for address in (
        url("spaceship", 1),
        url("workspace", 999999),
        url("workspace", private.pk),
    ):
        assert member_client.get(address).status_code == 404, address
        assert member_client.post(address, {"delivery": "instant"}).status_code == 404, address
    assert subscriptions(member) == {}


# --- The follow button -----------------------------------------------------------------------


def render_button(user, thing, path="/en/somewhere/?page=2"):
    request = RequestFactory().get(path)
    request.user = user
    template = Template("{% load notifications_tags %}{% follow_button thing %}")
    return template.render(Context({"request": request, "thing": thing, "csrf_token": "tok"}))


def test_anonymous_visitors_get_a_sign_in_link_at_no_query_cost(
    workspace, django_assert_num_queries
):
    with django_assert_num_queries(0):
        html = render_button(AnonymousUser(), workspace)
    assert (
        '<a href="/en/accounts/login/?next=/en/somewhere/%3Fpage%3D2">Sign in to follow</a>' in html
    )


def test_members_get_a_follow_form_for_one_query(member, workspace, django_assert_num_queries):
    Subscription.objects.filter(user=member).delete()
    ContentType.objects.get_for_model(Workspace)
    with django_assert_num_queries(1):
        html = render_button(member, workspace)

    assert f'action="{url("workspace", workspace.pk)}"' in html
    assert '<input type="hidden" name="next" value="/en/somewhere/?page=2">' in html
    assert '<label for="follow-workspace-' in html
    assert "Follow the workspace “Mutuals of Benin”</label>" in html
    assert '<option value="instant" selected>Every new item by e-mail</option>' in html
    assert '<button type="submit">Follow</button>' in html


def test_followers_see_how_they_follow_change_and_unfollow(
    member, workspace, django_assert_num_queries
):
    Subscription.objects.filter(user=member).delete()
    Subscription.objects.create(user=member, target=workspace, delivery=Delivery.DAILY)
    ContentType.objects.get_for_model(Workspace)
    with django_assert_num_queries(1):
        html = render_button(member, workspace)

    assert "<strong>Following</strong> · A daily digest by e-mail" in html
    assert f'href="{url("workspace", workspace.pk)}?next=/en/somewhere/%3Fpage%3D2">Change' in html
    assert 'name="unfollow" value="1" class="link-button">Unfollow' in html


def test_no_button_where_following_is_refused(member, workspace):
    """The button is for the page of a thing the visitor reads; a registration's
    ``may_follow`` can still refuse, and what is not followable has none."""
    registered = registry.by_key("workspace")
    registry.register(dataclasses.replace(registered, may_follow=lambda user, obj: False))
    try:
        assert "form" not in render_button(member, workspace)
    finally:
        registry.register(registered)
    assert "form" in render_button(member, workspace)
    assert render_button(member, member).strip() == ""  # a member is not followable


# --- On the pages of what can be followed ------------------------------------------------


def test_a_library_topic_page_has_the_button(member, member_client):
    needs("topic")
    topic = TopicFactory(name="Health insurance", slug="health-insurance")
    page = "/en/library/topic/health-insurance/"

    assert "Sign in to follow" in Client().get(page).content.decode()
    html = member_client.get(page).content.decode()
    assert f'action="{url("topic", topic.pk)}"' in html

    response = member_client.post(url("topic", topic.pk), {"delivery": "weekly", "next": page})
    assert response["Location"] == page
    assert subscriptions(member) == {"Health insurance": "weekly"}
    assert "<strong>Following</strong> · A weekly digest by e-mail" in (
        member_client.get(page).content.decode()
    )


def test_a_library_item_page_has_the_button(member, member_client, settings, tmp_path):
    needs("library-item")
    settings.MEDIA_ROOT = str(tmp_path)
    item = ItemFactory(title="Mutuals and national insurance")

    html = member_client.get(f"/en/library/items/{item.pk}/").content.decode()
    assert f'action="{url("library-item", item.pk)}"' in html

    member_client.post(url("library-item", item.pk), {"delivery": "instant"})
    assert subscriptions(member) == {"Mutuals and national insurance": "instant"}


def test_a_country_profile_has_the_button(member, member_client, fresh_cache):
    needs("country")
    from tests.countryprofiles.factories import make_profile

    page = make_profile("SN", title="Senegal")

    html = member_client.get("/en/countries/sn/").content.decode()
    assert f'action="{url("country", page.pk)}"' in html

    response = member_client.post(url("country", page.pk), {"delivery": "daily"})
    assert response["Location"] == "/en/countries/sn/"
    assert list(Subscription.objects.filter(user=member).values_list("delivery", flat=True)) == [
        "daily"
    ]


def test_an_expert_profile_has_the_button_for_others_only(member, member_client):
    needs("expert")
    from experts.models import ExpertProfile
    from tests.experts.test_search import make_expert

    expert = make_expert("Awa Ndiaye", headline="Actuary")
    own = make_expert("Aminata", user=member, visibility=ExpertProfile.Visibility.PUBLIC)

    html = member_client.get(f"/en/experts/{expert.pk}/").content.decode()
    assert f'action="{url("expert", expert.pk)}"' in html
    assert url("expert", own.pk) not in member_client.get(f"/en/experts/{own.pk}/").content.decode()

    member_client.post(url("expert", expert.pk), {"delivery": "weekly"})
    assert Subscription.objects.get(user=member).target == expert


def test_an_id_too_big_for_the_database_is_a_404(member_client):
    huge = "9" * 30
    assert member_client.get(url("workspace", huge)).status_code == 404
    assert member_client.get(f"/en/notifications/open/{huge}/").status_code == 404
    response = member_client.post("/en/notifications/read/", {"notification": huge}, follow=True)
    assert "Nothing was marked as read: no notification was chosen." in response.content.decode()
