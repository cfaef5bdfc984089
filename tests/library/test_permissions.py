"""Who may do what with library items, as one table; role groups; Wagtail for editors."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import translation

from accounts import roles
from library.models import Comment, Item, Topic
from tests.accounts.helpers import html, visible_text
from tests.factories import UserFactory
from tests.library.factories import ItemFactory, TopicFactory

pytestmark = pytest.mark.django_db


ACTIONS = ["view", "download", "comment", "edit", "review"]
OK, SIGN_IN, REFUSED, NOT_FOUND, MOVED_ON = "ok", "sign in", "403", "404", "to item page"

#                                 view       download   comment    edit       review
EXPECTED = {
    ("anonymous", "draft"):      [NOT_FOUND, NOT_FOUND, SIGN_IN,   SIGN_IN,   SIGN_IN],
    ("anonymous", "pending"):    [NOT_FOUND, NOT_FOUND, SIGN_IN,   SIGN_IN,   SIGN_IN],
    ("anonymous", "published"):  [OK,        OK,        SIGN_IN,   SIGN_IN,   SIGN_IN],
    ("anonymous", "rejected"):   [NOT_FOUND, NOT_FOUND, SIGN_IN,   SIGN_IN,   SIGN_IN],
    ("member", "draft"):         [NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND],
    ("member", "pending"):       [NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND],
    ("member", "published"):     [OK,        OK,        OK,        REFUSED,   REFUSED],
    ("member", "rejected"):      [NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND],
    ("submitter", "draft"):      [OK,        OK,        REFUSED,   OK,        REFUSED],
    ("submitter", "pending"):    [OK,        OK,        REFUSED,   OK,        REFUSED],
    ("submitter", "published"):  [OK,        OK,        OK,        REFUSED,   REFUSED],
    ("submitter", "rejected"):   [OK,        OK,        REFUSED,   OK,        REFUSED],
    ("editor", "draft"):         [OK,        OK,        REFUSED,   OK,        MOVED_ON],
    ("editor", "pending"):       [OK,        OK,        REFUSED,   OK,        OK],
    ("editor", "published"):     [OK,        OK,        OK,        OK,        MOVED_ON],
    ("editor", "rejected"):      [OK,        OK,        REFUSED,   OK,        MOVED_ON],
}  # fmt: skip


def outcome(client: Client, action: str, item: Item) -> str:
    url = reverse(
        {
            "view": "library:item",
            "download": "library:download",
            "comment": "library:comment",
            "edit": "library:edit",
            "review": "library:review",
        }[action],
        args=[item.pk],
    )
    # Comments are posted; everything else is a page or a file one asks for.
    response = client.post(url, {"body": "A comment"}) if action == "comment" else client.get(url)
    if response.status_code == 200:
        return OK
    if response.status_code in (403, 404):
        return str(response.status_code)
    assert response.status_code == 302, (action, response.status_code)
    if response.url.startswith(reverse("account_login")):
        return SIGN_IN
    if action == "comment" and response.url == f"{item.get_absolute_url()}#comments":
        return OK
    assert response.url == item.get_absolute_url(), response.url
    return MOVED_ON


@pytest.mark.parametrize(("role", "status"), list(EXPECTED))
def test_permission_table(role, status, editor):
    submitter = UserFactory(display_name="Sam Submitter")
    users = {
        "anonymous": None,
        "member": UserFactory(display_name="Other Member"),
        "submitter": submitter,
        "editor": editor,
    }
    item = ItemFactory(status=status, submitted_by=submitter, file_text=["The text"])
    client = Client()
    if users[role] is not None:
        client.force_login(users[role])

    got = [outcome(client, action, item) for action in ACTIONS]

    assert dict(zip(ACTIONS, got, strict=True)) == dict(
        zip(ACTIONS, EXPECTED[(role, status)], strict=True)
    )
    # Nothing a refused person tried left a trace.
    item.refresh_from_db()
    assert item.status == status
    allowed_comment = EXPECTED[(role, status)][ACTIONS.index("comment")] == OK
    assert Comment.objects.filter(item=item).exists() is allowed_comment


def test_not_found_page_does_not_reveal_the_title(member_client):
    item = ItemFactory(title="Confidential draft", status=Item.Status.DRAFT)

    response = member_client.get(reverse("library:item", args=[item.pk]))

    assert response.status_code == 404
    assert "Confidential draft" not in response.content.decode()


def test_members_cannot_open_the_review_queue(member_client, client):
    queue = reverse("library:review-queue")

    assert member_client.get(queue).status_code == 403
    anonymous = Client().get(queue)
    assert anonymous.status_code == 302
    assert anonymous.url.startswith(reverse("account_login"))


def test_members_cannot_feature_items(member_client):
    item = ItemFactory()

    response = member_client.post(reverse("library:feature", args=[item.pk]), {"featured": "1"})

    assert response.status_code == 403
    item.refresh_from_db()
    assert item.featured is False


def test_inactive_member_cannot_submit(client):
    member = UserFactory(is_active=False)
    client.force_login(member)

    response = client.get(reverse("library:submit"))

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


# --- Role groups ---------------------------------------------------------------------------


def _codenames(group_name: str) -> set[str]:
    group = Group.objects.get(name=group_name)
    return set(
        group.permissions.filter(content_type__app_label="library").values_list(
            "codename", flat=True
        )
    )


def test_editors_and_administrators_run_the_library_members_do_not():
    expected = (
        {"review_item", "feature_item"}
        | {
            f"{action}_{model}"
            for model in roles.LIBRARY_MODELS
            for action in ("add", "change", "delete", "view")
        }
        | {"view_comment", "change_comment", "delete_comment"}
    )

    assert _codenames(roles.EDITORS) == expected
    assert _codenames(roles.ADMINISTRATORS) == expected
    assert _codenames(roles.MEMBERS) == set()
    assert _codenames(roles.EXPERTS) == set()


def test_setting_up_the_groups_again_changes_nothing():
    before = _codenames(roles.EDITORS)

    roles.ensure_role_groups()

    assert _codenames(roles.EDITORS) == before


# --- Wagtail: taxonomies, items and comments for editors -----------------------------------


def test_editor_adds_and_translates_a_topic_in_wagtail(editor_client):
    listing = editor_client.get(reverse("wagtailsnippets_library_topic:list"))
    assert listing.status_code == 200

    response = editor_client.post(
        reverse("wagtailsnippets_library_topic:add"),
        {
            "name": "Unemployment protection",
            "name_fr": "Protection contre le chômage",
            "name_es": "Protección por desempleo",
            "slug": "unemployment-protection",
            "description": "",
            "sort_order": "3",
        },
    )

    assert response.status_code == 302
    topic = Topic.objects.get(slug="unemployment-protection")
    assert (topic.name_fr, topic.name_es) == (
        "Protection contre le chômage",
        "Protección por desempleo",
    )
    assert "Unemployment protection" in visible_text(
        editor_client.get(reverse("wagtailsnippets_library_topic:list"))
    )
    with translation.override("fr"):
        assert str(topic) == "Protection contre le chômage"


@pytest.mark.parametrize(
    "model", ["resourcetype", "topic", "approach", "theme", "branch", "librarycollection"]
)
def test_every_taxonomy_is_editable_in_wagtail(editor_client, model):
    assert editor_client.get(reverse(f"wagtailsnippets_library_{model}:list")).status_code == 200
    assert editor_client.get(reverse(f"wagtailsnippets_library_{model}:add")).status_code == 200


def test_member_cannot_reach_the_taxonomies_in_wagtail(member_client):
    response = member_client.get(reverse("wagtailsnippets_library_topic:list"))

    assert response.status_code == 302
    assert "Topic" not in visible_text(member_client.get(response.url, follow=True))


def test_editor_corrects_an_item_in_wagtail_but_cannot_touch_its_file(editor_client):
    item = ItemFactory(title="Typo in the titel", file_text=["x"], topics=[TopicFactory()])
    edit = reverse("wagtailsnippets_library_item:edit", args=[item.pk])

    page = editor_client.get(edit)
    assert page.status_code == 200
    assert 'type="file"' not in html(page)
    assert "document.pdf" in visible_text(page)
    listing = editor_client.get(reverse("wagtailsnippets_library_item:list"), {"q": "titel"})
    assert "Typo in the titel" in visible_text(listing)

    response = editor_client.post(
        edit,
        {
            "resource_type": item.resource_type_id,
            "title": "No typo in the title",
            "topics": [t.pk for t in item.topics.all()],
            "tags": "pensions",
            "status": "published",
            "file_name": "evil.html",  # read-only: ignored
        },
    )

    assert response.status_code == 302
    item.refresh_from_db()
    assert item.title == "No typo in the title"
    assert item.file_name == "document.pdf"
    assert list(item.tags.names()) == ["pensions"]


def test_editor_hides_a_comment_in_wagtail(editor_client):
    item = ItemFactory()
    comment = Comment.objects.create(item=item, author=UserFactory(), body="Buy cheap pills")

    response = editor_client.post(
        reverse("wagtailsnippets_library_comment:edit", args=[comment.pk]), {"is_removed": "on"}
    )

    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.is_removed is True
    reader = Client()
    reader.force_login(UserFactory())
    assert "Buy cheap pills" not in visible_text(reader.get(item.get_absolute_url()))


def test_superuser_sees_items_in_the_django_admin_without_a_file_field(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    item = ItemFactory(title="Admin view", file_text=["x"], countries=["SN"])

    page = client.get(reverse("admin:library_item_change", args=[item.pk]))

    assert page.status_code == 200
    assert 'type="file"' not in html(page)
    assert "document.pdf" in visible_text(page)
