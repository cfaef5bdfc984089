"""Editors create and edit discussion lists in Wagtail's admin ("Discussion lists") and
name their moderators: a moderator named is a subscribed moderator, one removed stays
a subscriber. Members, and admin users without the lists' permissions, are turned
away and change nothing."""

import pytest
from django.contrib.auth.models import Group, Permission

from accounts import roles
from forums.models import DiscussionList, Subscriber
from notifications.models import Delivery, Subscription
from tests.accounts.helpers import visible_text as text
from tests.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

LISTS = "/admin/forums-lists/"
NEW = f"{LISTS}new/"


def list_form(**values) -> dict:
    data = {
        "name": "Health insurance",
        "name_fr": "Assurance maladie",
        "name_es": "Seguro de salud",
        "slug": "health-insurance",
        "description": "Community-based health insurance.",
        "description_fr": "L'assurance maladie communautaire.",
        "description_es": "",
        "kind": DiscussionList.Kind.DISCUSSION,
        "language": "fr",
        "probation": "3",
        "is_active": "on",
        "moderators": [],
    }
    data.update(values)
    return data


@pytest.fixture
def experts(db):
    return (
        UserFactory(email="awa@example.org", display_name="Awa Ndiaye"),
        UserFactory(email="marc@example.org", display_name="Marc Dubois"),
        UserFactory(email="ines@example.org", display_name="Inès Garcia"),
    )


def standing(discussion_list) -> dict:
    """Each member on the list: their role, standing and how they follow it."""
    follows = dict(Subscription.objects.to(discussion_list).values_list("user__email", "delivery"))
    return {
        row.user.email: (row.role, row.standing, follows.get(row.user.email))
        for row in Subscriber.objects.filter(discussion_list=discussion_list).select_related("user")
    }


def test_editors_and_administrators_may_add_and_change_lists_not_delete_them():
    for name in (roles.EDITORS, roles.ADMINISTRATORS):
        held = set(
            Group.objects.get(name=name)
            .permissions.filter(content_type__app_label="forums", codename__endswith="list")
            .values_list("codename", flat=True)
        )
        assert held == {"add_discussionlist", "change_discussionlist", "view_discussionlist"}


def test_editor_creates_a_list_with_two_moderators(editor_client, experts):
    awa, marc, _ines = experts
    menu = editor_client.get("/admin/").content.decode()
    assert "Discussion lists" in menu and LISTS in menu
    form = editor_client.get(NEW).content.decode()
    for field in ("name", "name_fr", "name_es", "slug", "description_es", "kind", "language"):
        assert f'name="{field}"' in form
    for field in ("probation", "subscribe_new_members", "is_active", "moderators"):
        assert f'name="{field}"' in form
    assert "Awa Ndiaye &lt;awa@example.org&gt;" in form

    response = editor_client.post(NEW, list_form(moderators=[awa.pk, marc.pk]))

    assert response["Location"] == LISTS
    created = DiscussionList.objects.get()
    assert (created.name, created.name_fr, created.name_es, created.slug) == (
        "Health insurance",
        "Assurance maladie",
        "Seguro de salud",
        "health-insurance",
    )
    assert (created.kind, created.language, created.probation) == ("discussion", "fr", 3)
    assert (created.is_active, created.subscribe_new_members) == (True, False)
    moderating = (Subscriber.Role.MODERATOR, Subscriber.Standing.TRUSTED, Delivery.INSTANT)
    assert standing(created) == {"awa@example.org": moderating, "marc@example.org": moderating}
    listing = text(editor_client.get(LISTS))
    assert "Health insurance" in listing and "Discussion list" in listing


def test_editor_changes_the_moderators_and_the_one_removed_stays_subscribed(editor_client, experts):
    awa, marc, ines = experts
    editor_client.post(NEW, list_form(moderators=[awa.pk, marc.pk]))
    created = DiscussionList.objects.get()
    Subscription.objects.to(created).filter(user=marc).update(delivery=Delivery.WEEKLY)
    edit = f"{LISTS}edit/{created.pk}/"
    form = editor_client.get(edit).content.decode()
    assert f'<option value="{awa.pk}" selected>' in form
    assert f'<option value="{ines.pk}">' in form

    response = editor_client.post(
        edit, list_form(moderators=[awa.pk, ines.pk], subscribe_new_members="on")
    )

    assert response["Location"] == LISTS
    created.refresh_from_db()
    assert created.subscribe_new_members is True
    moderator = Subscriber.Role.MODERATOR, Subscriber.Standing.TRUSTED
    assert standing(created) == {
        "awa@example.org": (*moderator, Delivery.INSTANT),
        "ines@example.org": (*moderator, Delivery.INSTANT),
        # Still subscribed, as they chose to hear of it.
        "marc@example.org": (
            Subscriber.Role.SUBSCRIBER,
            Subscriber.Standing.TRUSTED,
            Delivery.WEEKLY,
        ),
    }


def test_a_bad_form_saves_nothing(editor_client, experts):
    response = editor_client.post(
        NEW, list_form(slug="not a slug!", probation="-1", moderators=[experts[0].pk, 10**9])
    )

    assert response.status_code == 200
    page = text(response)
    assert "Enter a valid “slug”" in page
    assert "Select a valid choice." in page
    assert not DiscussionList.objects.exists()
    assert not Subscriber.objects.exists() and not Subscription.objects.exists()


@pytest.mark.parametrize("url", [LISTS, NEW])
def test_members_are_turned_away(client, member, url):
    client.force_login(member)

    refused = client.get(url)

    assert (refused.status_code, refused["Location"]) == (302, f"/admin/login/?next={url}")


def test_admin_access_without_the_lists_permissions_is_refused(client, experts):
    user = UserFactory(email="curator@example.org")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    client.force_login(user)

    for url in (LISTS, NEW):
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    posted = client.post(NEW, list_form(moderators=[user.pk]))
    assert (posted.status_code, posted["Location"]) == (302, "/admin/")
    assert not DiscussionList.objects.exists() and not Subscriber.objects.exists()
    assert "Discussion lists" not in client.get("/admin/").content.decode()
