"""The preferences page (/<lang>/notifications/preferences/): what a member follows, how
each reaches them, and how mentions and replies do."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.translation import gettext_lazy as _

from library.models import Topic
from notifications import registry
from notifications.models import Delivery, Preferences, Subscription
from tests.library.factories import TopicFactory
from tests.notifications.test_centre import follow, followable_workspaces  # noqa: F401
from tests.workspaces.factories import WorkspaceFactory, add_member
from workspaces.models import Workspace

pytestmark = pytest.mark.django_db

URL = "/en/notifications/preferences/"


@pytest.fixture(autouse=True)
def followable_topics():
    """Library topics, as the library registers them (or here, when it does not yet)."""
    if registry.by_key("topic") is None:
        registry.register(registry.Followable(model=Topic, key="topic", label=_("the topic")))


def deliveries(user) -> dict[str, str]:
    return {
        str(subscription.target): subscription.delivery
        for subscription in Subscription.objects.filter(user=user)
    }


def test_anonymous_visitor_is_sent_to_sign_in(client):
    response = client.get(URL)
    assert response["Location"] == "/en/accounts/login/?next=/en/notifications/preferences/"


def test_the_page_lists_what_the_member_follows_with_the_choice_made(member, member_client):
    workspace = WorkspaceFactory(name="Mutuals of Benin", slug="mutuals-benin")
    topic = TopicFactory(name="Health insurance")
    mine = follow(member, workspace, Delivery.WEEKLY)
    followed_topic = follow(member, topic, Delivery.INSTANT)

    html = member_client.get(URL).content.decode()

    assert '<a href="/en/workspaces/mutuals-benin/">Mutuals of Benin</a>' in html
    assert '<span class="meta">(the workspace)</span>' in html
    assert f'<a href="{topic.get_absolute_url()}">Health insurance</a>' in html
    assert '<span class="meta">(the topic)</span>' in html
    assert '<option value="weekly" selected>A weekly digest by e-mail</option>' in html
    assert f'name="delivery-{mine.pk}"' in html
    assert f'name="delivery-{followed_topic.pk}"' in html
    assert f'name="stop-{mine.pk}"' in html
    assert "Stop following “Mutuals of Benin”" in html
    assert "Mentions of you and replies to what you wrote" in html
    assert 'value="instant" required id="id_direct_0" checked' in html
    assert 'href="/en/notifications/">Back to your notifications</a>' in html


def test_one_post_changes_deliveries_stops_following_and_sets_direct(member, member_client):
    keep = WorkspaceFactory(name="Keep")
    drop = WorkspaceFactory(name="Drop")
    topic = TopicFactory(name="Pensions")
    kept = follow(member, keep, Delivery.INSTANT)
    dropped = follow(member, drop, Delivery.INSTANT)
    followed_topic = follow(member, topic, Delivery.INSTANT)

    response = member_client.post(
        URL,
        {
            f"delivery-{kept.pk}": "daily",
            f"delivery-{dropped.pk}": "instant",
            f"stop-{dropped.pk}": "on",
            f"delivery-{followed_topic.pk}": "portal",
            "direct": "weekly",
        },
        follow=True,
    )

    assert response.redirect_chain == [(URL, 302)]
    assert "Your notification preferences are saved." in response.content.decode()
    assert deliveries(member) == {"Keep": "daily", "Pensions": "portal"}
    assert Preferences.for_user(member).direct == "weekly"


def test_an_invalid_choice_is_refused_and_nothing_is_saved(member, member_client):
    first = follow(member, WorkspaceFactory(name="First"), Delivery.INSTANT)
    second = follow(member, WorkspaceFactory(name="Second"), Delivery.INSTANT)

    response = member_client.post(
        URL,
        {
            f"delivery-{first.pk}": "daily",
            f"delivery-{second.pk}": "hourly",
            f"stop-{first.pk}": "on",
            "direct": "portal",
        },
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Nothing was saved. Please correct the errors below." in html
    assert "Select a valid choice. hourly is not one of the available choices." in html
    assert deliveries(member) == {"First": "instant", "Second": "instant"}
    assert Preferences.for_user(member).pk is None


def test_what_is_gone_or_out_of_reach_is_not_listed_and_is_forgotten(member, member_client):
    private = WorkspaceFactory(name="Steering group", visibility=Workspace.Visibility.PRIVATE)
    membership = add_member(private, member)
    follow(member, private)
    topic = TopicFactory(name="Soon gone")
    follow(member, topic)
    follow(member, WorkspaceFactory(name="Still here"))
    membership.delete()
    topic.delete()

    html = member_client.get(URL).content.decode()

    assert "Steering group" not in html
    assert "Soon gone" not in html
    assert "Still here" in html
    assert deliveries(member) == {"Still here": "portal"}


def test_nothing_followed_says_where_to_follow(member_client):
    html = member_client.get(URL).content.decode()
    assert "You follow nothing yet." in html
    assert "Save my preferences" in html


def _page_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL)
    assert response.status_code == 200
    return len(queries)


def test_the_page_costs_the_same_queries_for_3_or_15_subscriptions(
    member, member_client, django_assert_num_queries
):
    def add(count):
        for number in range(count):
            if number % 2:
                follow(member, TopicFactory(name=f"Topic {Subscription.objects.count()}"))
            else:
                visibility = (Workspace.Visibility.PUBLIC, Workspace.Visibility.MEMBERS)[
                    number % 4 // 2
                ]
                follow(member, WorkspaceFactory(visibility=visibility))

    add(3)
    member_client.get(URL)
    few = _page_queries(member_client)
    add(12)

    with django_assert_num_queries(few):
        html = member_client.get(URL).content.decode()
    assert html.count('name="delivery-') == 15
