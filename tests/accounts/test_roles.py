"""Role groups, what each role may do, and the Wagtail user administration."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.models import GroupPagePermission

from accounts import roles, services
from tests.accounts.helpers import html, image_bytes, visible_text
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db
User = get_user_model()

NO_ADMIN_ACCESS = "You do not have permission to access the admin."
NO_PERMISSION = "Sorry, you do not have permission to access this area."


def make_user(role: str):
    if role == "anonymous":
        return None
    if role == "superuser":
        return UserFactory(display_name="Super Sue", is_superuser=True, is_staff=True)
    group = {
        "member": roles.MEMBERS,
        "expert": roles.EXPERTS,
        "editor": roles.EDITORS,
        "curator": roles.COUNTRY_CURATORS,
        "administrator": roles.ADMINISTRATORS,
    }[role]
    user = UserFactory(display_name=f"{role.title()} User")
    user.groups.add(Group.objects.get(name=group), Group.objects.get(name=roles.MEMBERS))
    return user


def outcome(client, url: str) -> str:
    """What the person ends up with: "allowed", "sign in" or "refused" (with the reason shown)."""
    response = client.get(url)
    if response.status_code == 200:
        return "allowed"
    if response.status_code == 403:
        return "refused"
    assert response.status_code == 302, (url, response.status_code)
    landing = client.get(response.url, follow=True)
    text = visible_text(landing)
    if NO_ADMIN_ACCESS in text or NO_PERMISSION in text:
        return "refused"
    assert "/login/" in response.url, (url, response.url)
    return "sign in"


ACTIONS = ["people", "contact", "wagtail", "pages", "users", "groups"]
#                      people     contact    wagtail    pages      users      groups
EXPECTED = {
    "anonymous": ["sign in", "sign in", "sign in", "sign in", "sign in", "sign in"],
    "member": ["allowed", "allowed", "refused", "refused", "refused", "refused"],
    "expert": ["allowed", "allowed", "refused", "refused", "refused", "refused"],
    "editor": ["allowed", "allowed", "allowed", "allowed", "refused", "refused"],
    "curator": ["allowed", "allowed", "allowed", "refused", "refused", "refused"],
    "administrator": ["allowed", "allowed", "allowed", "allowed", "allowed", "refused"],
    "superuser": ["allowed", "allowed", "allowed", "allowed", "allowed", "allowed"],
}


def test_migrate_creates_the_five_role_groups():
    names = set(Group.objects.values_list("name", flat=True))

    assert {"Members", "Experts", "Editors", "Country curators", "Administrators"} <= names


def test_role_groups_carry_their_admin_permissions():
    def codenames(name):
        group = Group.objects.get(name=name)
        return set(group.permissions.values_list("codename", flat=True))

    assert codenames(roles.MEMBERS) == set()
    assert codenames(roles.EXPERTS) == set()
    # Wagtail's own migration already gave its "Editors" group image and document rights.
    assert codenames(roles.EDITORS) >= {"access_admin", "add_image", "add_document"}
    assert codenames(roles.COUNTRY_CURATORS) == {"access_admin"}
    content_rights = {codename for _, codename in roles.LIBRARY_PERMISSIONS}
    content_rights |= {codename for _, codename in roles.GLOSSARY_PERMISSIONS}
    content_rights |= {codename for _, codename in roles.COUNTRY_PROFILE_PERMISSIONS}
    content_rights |= {codename for _, codename in roles.COOPERATION_PERMISSIONS}
    content_rights |= {codename for _, codename in roles.EXPERTS_PERMISSIONS}
    content_rights |= {codename for _, codename in roles.SCHEMES_PERMISSIONS}
    content_rights |= {codename for _, codename in roles.NEWSLETTERS_PERMISSIONS}
    content_rights |= {codename for _, codename in roles.FORUMS_PERMISSIONS}
    assert {"review_communitynews", "send_newsletterissue", "change_discussionlist"} <= (
        content_rights
    )
    assert codenames(roles.EDITORS) >= content_rights
    assert not codenames(roles.EDITORS) & {"add_user", "change_user"}
    workspace_rights = {codename for _, codename in roles.WORKSPACES_PERMISSIONS}
    assert workspace_rights == {"view_workspace", "change_workspace", "delete_workspace"}
    # Only site administrators moderate workspaces: editors must not read private ones.
    assert not codenames(roles.EDITORS) & workspace_rights
    assert codenames(roles.ADMINISTRATORS) == {
        "access_admin",
        "add_user",
        "change_user",
        "view_user",
        *content_rights,
        *workspace_rights,
    }
    editor_pages = GroupPagePermission.objects.filter(group__name=roles.EDITORS)
    assert {p.permission.codename for p in editor_pages} == set(roles.PAGE_PERMISSIONS)
    assert not GroupPagePermission.objects.filter(group__name=roles.COUNTRY_CURATORS).exists()


def test_setting_up_the_groups_again_changes_nothing():
    before = (Group.objects.count(), GroupPagePermission.objects.count())

    roles.ensure_role_groups()
    roles.ensure_role_groups()

    assert (Group.objects.count(), GroupPagePermission.objects.count()) == before


@pytest.mark.parametrize("role", EXPECTED)
def test_permission_table(client, role):
    user = make_user(role)
    if user is not None:
        client.force_login(user)
    target = UserFactory(display_name="Target Tina")
    urls = {
        "people": reverse("accounts:directory"),
        "contact": reverse("accounts:contact", args=[target.pk]),
        "wagtail": "/admin/",
        "pages": "/admin/pages/",
        "users": "/admin/users/",
        "groups": "/admin/groups/",
    }

    got = [outcome(client, urls[action]) for action in ACTIONS]

    assert dict(zip(ACTIONS, got, strict=True)) == dict(zip(ACTIONS, EXPECTED[role], strict=True))


@pytest.mark.parametrize(
    ("role", "sees_link"),
    [
        ("member", False),
        ("expert", False),
        ("editor", True),
        ("curator", True),
        ("superuser", True),
    ],
)
def test_editorial_admin_link_only_for_roles_that_can_use_it(client, role, sees_link):
    client.force_login(make_user(role))

    response = client.get(reverse("core:dashboard"))

    assert ("Editorial admin" in visible_text(response)) is sees_link


# --- Wagtail's user administration --------------------------------------------------


@pytest.fixture
def administrator(client):
    user = make_user("administrator")
    client.force_login(user)
    return user


def test_administrator_lists_members_in_wagtail(client, administrator):
    UserFactory(email="aminata@example.org", display_name="Aminata Diallo")

    response = client.get("/admin/users/")

    text = visible_text(response)
    assert "Aminata Diallo" in text
    assert "aminata@example.org" in text


def test_administrator_finds_members_by_name_or_organisation(client, administrator):
    UserFactory(email="aminata@example.org", display_name="Aminata Diallo", organisation="CSS")
    UserFactory(email="carlos@example.org", display_name="Carlos Rojas", organisation="MTPE")

    by_name = visible_text(client.get("/admin/users/?q=aminata"))
    by_organisation = visible_text(client.get("/admin/users/?q=mtpe"))

    assert "Aminata Diallo" in by_name and "Carlos Rojas" not in by_name
    assert "Carlos Rojas" in by_organisation and "Aminata Diallo" not in by_organisation


def test_administrator_edits_a_member_in_wagtail(client, administrator):
    member = make_user("member")
    url = reverse("wagtailusers_users:edit", args=[member.pk])

    page = client.get(url)
    assert page.status_code == 200
    assert 'name="display_name" value="Member User"' in html(page)
    assert 'name="first_name"' not in html(page)
    account_tab = re.search(r'<section\s+id="tab-account".*?</section>', html(page), re.S)
    assert visible_text(account_tab.group(0)) == (
        "Email * Display name * How other members see you. Password Leave blank if not "
        "changing. Password confirmation Enter the same password as above, for verification. "
        "Active Designates whether this user should be treated as active. Unselect this "
        "instead of deleting accounts."
    )
    assert 'name="is_superuser"' not in html(page)  # not a superuser: cannot make one

    editors = Group.objects.get(name=roles.EDITORS)
    members = Group.objects.get(name=roles.MEMBERS)
    response = client.post(
        url,
        {
            "email": member.email,
            "display_name": "Renamed Member",
            "password1": "",
            "password2": "",
            "is_active": "on",
            "is_superuser": "on",  # ignored: the field is not offered
            "groups": [members.pk, editors.pk],
        },
        follow=True,
    )

    assert "User 'Renamed Member' updated." in visible_text(response)
    member.refresh_from_db()
    assert member.display_name == "Renamed Member"
    assert member.is_superuser is False
    assert set(member.groups.values_list("name", flat=True)) == {roles.MEMBERS, roles.EDITORS}
    assert member.check_password(PASSWORD)  # blank password fields leave it alone


def test_administrator_edit_errors_are_shown(client, administrator):
    member = make_user("member")
    url = reverse("wagtailusers_users:edit", args=[member.pk])

    response = client.post(url, {"email": "not-an-address", "display_name": "", "is_active": "on"})

    text = visible_text(response)
    assert "The user could not be saved due to errors." in text
    assert "Enter a valid email address." in text
    assert "This field is required." in text
    member.refresh_from_db()
    assert member.display_name == "Member User"


def test_administrator_creates_a_member_in_wagtail(client, administrator):
    page = client.get(reverse("wagtailusers_users:add"))
    assert 'name="display_name"' in html(page)
    assert 'name="first_name"' not in html(page)
    assert 'name="is_superuser"' not in html(page)

    members = Group.objects.get(name=roles.MEMBERS)
    response = client.post(
        reverse("wagtailusers_users:add"),
        {
            "email": "new.person@example.org",
            "display_name": "New Person",
            "password1": "a-new-long-password-31",
            "password2": "a-new-long-password-31",
            "is_superuser": "on",
            "groups": [members.pk],
        },
        follow=True,
    )

    assert "User 'New Person' created." in visible_text(response)
    created = User.objects.get(email="new.person@example.org")
    assert created.display_name == "New Person"
    assert created.is_superuser is False
    assert created.check_password("a-new-long-password-31")
    assert list(created.groups.values_list("name", flat=True)) == [roles.MEMBERS]


def test_administrator_cannot_edit_a_superuser(client, administrator):
    superuser = make_user("superuser")
    url = reverse("wagtailusers_users:edit", args=[superuser.pk])

    page = client.get(url, follow=True)
    client.post(
        url,
        {
            "email": "taken.over@example.org",
            "display_name": "Taken over",
            "password1": "a-new-long-password-31",
            "password2": "a-new-long-password-31",
        },
    )

    assert NO_PERMISSION in visible_text(page)
    superuser.refresh_from_db()
    assert superuser.email != "taken.over@example.org"
    assert superuser.check_password(PASSWORD)


def test_superuser_may_make_another_superuser(client):
    client.force_login(make_user("superuser"))
    member = make_user("member")
    url = reverse("wagtailusers_users:edit", args=[member.pk])
    assert 'name="is_superuser"' in html(client.get(url))

    client.post(
        url,
        {
            "email": member.email,
            "display_name": member.display_name,
            "is_active": "on",
            "is_superuser": "on",
        },
    )

    member.refresh_from_db()
    assert member.is_superuser is True


def test_editing_oneself_keeps_the_password_and_session(client, administrator):
    url = reverse("wagtailusers_users:edit", args=[administrator.pk])

    response = client.post(
        url,
        {
            "email": administrator.email,
            "display_name": "Admin Renamed",
            "groups": list(administrator.groups.values_list("pk", flat=True)),
        },
        follow=True,
    )

    assert "User 'Admin Renamed' updated." in visible_text(response)
    assert client.get("/admin/").status_code == 200


# --- Django's admin, for superusers ---------------------------------------------------


def test_superuser_adds_and_edits_members_in_the_django_admin(
    client, django_capture_on_commit_callbacks
):
    client.force_login(make_user("superuser"))

    added = client.post(
        "/django-admin/accounts/user/add/",
        {
            "email": "new.person@example.org",
            "display_name": "New Person",
            "password1": "a-new-long-password-31",
            "password2": "a-new-long-password-31",
            "usable_password": "true",
        },
    )
    created = User.objects.get(email="new.person@example.org")
    assert added.url == f"/django-admin/accounts/user/{created.pk}/change/"
    assert created.check_password("a-new-long-password-31")

    with django_capture_on_commit_callbacks(execute=True):
        services.replace_avatar(created, ContentFile(image_bytes("WEBP")))
    change = client.get(added.url)
    assert 'type="file"' not in html(change)  # no way round the avatar checks here
    assert f'<a href="{created.avatar_url}">See the picture</a>' in html(change)
    assert "New Person" in visible_text(client.get("/django-admin/accounts/user/?q=new"))
