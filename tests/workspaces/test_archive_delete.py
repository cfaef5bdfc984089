"""Archiving a workspace (read-only from then on, and back) and deleting it, only after
typing its name; only its owner or a site administrator may."""

import pytest
from django.core.files.base import ContentFile
from taggit.models import TaggedItem

from core.demo.documents import make_pdf
from tests.accounts.helpers import image_bytes
from tests.accounts.helpers import visible_text as text
from tests.workspaces.factories import DocumentFactory, add_version
from tests.workspaces.test_detail import ROLES, sign_in, team_workspace
from workspaces import services
from workspaces.models import Activity, Document, Invitation, JoinRequest, Membership, Workspace

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache", "media_root")]


def archive_url(workspace: Workspace) -> str:
    return f"/en/workspaces/{workspace.slug}/archive/"


def delete_url(workspace: Workspace) -> str:
    return f"/en/workspaces/{workspace.slug}/delete/"


# What a POST to archive a private workspace, and a GET of its delete page, give each role.
#               anonymous  outsider  member  moderator  owner  admin
ARCHIVE = ("sign in", 404, 403, 403, 302, 302)
DELETE_PAGE = (404, 404, 403, 403, 200, 200)


@pytest.mark.parametrize(("role", "expected"), list(zip(ROLES, ARCHIVE, strict=True)))
def test_who_archives_a_workspace(client, cast, role, expected):
    workspace = team_workspace(cast, name="Closed cell", visibility=Workspace.Visibility.MEMBERS)
    if expected == 404:
        Workspace.objects.filter(pk=workspace.pk).update(visibility=Workspace.Visibility.PRIVATE)
    sign_in(client, cast[role])

    response = client.post(archive_url(workspace))

    workspace.refresh_from_db()
    if expected == "sign in":
        # Back to the workspace's page after signing in, not to a POST-only address.
        assert response.url == f"/en/accounts/login/?next=/en/workspaces/{workspace.slug}/"
    else:
        assert response.status_code == expected
    assert workspace.is_archived is (expected == 302)
    if expected == 404:
        assert "Closed cell" not in response.content.decode()


@pytest.mark.parametrize(("role", "expected"), list(zip(ROLES, DELETE_PAGE, strict=True)))
def test_who_opens_the_delete_page_of_a_private_workspace(client, cast, role, expected):
    workspace = team_workspace(cast, name="Closed cell", visibility=Workspace.Visibility.PRIVATE)
    sign_in(client, cast[role])

    response = client.get(delete_url(workspace))

    assert response.status_code == expected
    if expected == 200:
        assert "Delete “Closed cell”" in text(response)
        assert "Deleting a workspace cannot be undone" in text(response)
    elif expected == 404:
        assert "Closed cell" not in response.content.decode()


def test_an_archived_workspace_is_read_only(client, cast):
    workspace = team_workspace(cast, name="Pilot in Kolda")
    sign_in(client, cast["owner"])

    response = client.post(archive_url(workspace), follow=True)

    assert response.redirect_chain == [(workspace.get_absolute_url(), 302)]
    page = text(response)
    assert "The workspace is archived: it can be read but not changed." in page
    assert "This workspace is archived: it can be read but not changed." in page
    assert "Olga Owner archived the workspace" in page
    assert Activity.objects.filter(workspace=workspace, verb=Activity.Verb.ARCHIVED).exists()
    assert client.get(f"/en/workspaces/{workspace.slug}/settings/").status_code == 403
    workspace.refresh_from_db()
    for person, perm in [
        (cast["owner"], "workspaces.change_settings"),
        (cast["moderator"], "workspaces.moderate"),
        (cast["member"], "workspaces.contribute"),
        (cast["outsider"], "workspaces.request_to_join"),
    ]:
        assert not person.has_perm(perm, workspace), perm
    # Still readable by everyone who could read it.
    assert "Pilot in Kolda" in text(client.get(workspace.get_absolute_url()))


def test_the_owner_opens_an_archived_workspace_again(client, cast):
    workspace = team_workspace(cast)
    services.set_archived(workspace, actor=cast["owner"], archived=True)
    sign_in(client, cast["owner"])

    response = client.post(archive_url(workspace), {"archived": "0"}, follow=True)

    page = text(response)
    assert "The workspace is open for changes again." in page
    assert "This workspace is archived" not in page
    assert "Olga Owner updated the workspace: Open for changes again" in page
    workspace.refresh_from_db()
    assert not workspace.is_archived
    assert client.get(f"/en/workspaces/{workspace.slug}/settings/").status_code == 200


def test_archiving_is_a_post(client, cast):
    workspace = team_workspace(cast)
    sign_in(client, cast["owner"])

    assert client.get(archive_url(workspace)).status_code == 405
    workspace.refresh_from_db()
    assert not workspace.is_archived


def test_a_wrong_name_deletes_nothing(client, cast):
    workspace = team_workspace(cast, name="Social marketing in Benin")
    sign_in(client, cast["owner"])

    response = client.post(delete_url(workspace), {"name": "social marketing"})

    assert response.status_code == 200
    assert "This is not the workspace's name: nothing was deleted." in text(response)
    assert Workspace.objects.filter(pk=workspace.pk).exists()


def test_the_right_name_deletes_the_workspace_all_it_holds_and_its_cover(
    client, cast, media_root, django_capture_on_commit_callbacks
):
    workspace = team_workspace(cast, name="Social marketing in Benin")
    kept = team_workspace(cast, name="Another workspace")
    kept.tags.add("mutuals")
    workspace.tags.add("mutuals", "radio")
    JoinRequest.objects.create(workspace=workspace, user=cast["outsider"])
    Invitation.objects.create(workspace=workspace, email="guest@example.org")
    services.update(workspace, actor=cast["owner"], values={}, cover=ContentFile(image_bytes()))
    cover = media_root / workspace.cover.name
    assert cover.exists()
    sign_in(client, cast["owner"])

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            delete_url(workspace), {"name": " Social marketing in Benin "}, follow=True
        )

    assert response.redirect_chain == [("/en/workspaces/", 302)]
    assert "The workspace “Social marketing in Benin” is deleted." in text(response)
    assert list(Workspace.objects.all()) == [kept]
    assert not Membership.objects.filter(workspace_id=workspace.pk).exists()
    assert not Activity.objects.filter(workspace_id=workspace.pk).exists()
    assert not JoinRequest.objects.exists() and not Invitation.objects.exists()
    assert TaggedItem.objects.count() == 1  # the other workspace's tag only
    assert not cover.exists()


def test_deleting_a_workspace_removes_its_documents_files_and_no_one_elses(
    client, cast, media_root, django_capture_on_commit_callbacks
):
    workspace = team_workspace(cast, name="Social marketing in Benin")
    kept = team_workspace(cast, name="Another workspace")
    document = DocumentFactory(workspace=workspace, created_by=cast["owner"])
    add_version(document, make_pdf(["Second draft"]), user=cast["owner"])
    other = DocumentFactory(workspace=kept, created_by=cast["owner"])
    files = [media_root / name for name in document.versions.values_list("file", flat=True)]
    other_file = media_root / other.current.file.name
    assert len(files) == 2 and all(path.exists() for path in files)
    sign_in(client, cast["owner"])

    with django_capture_on_commit_callbacks(execute=True):
        client.post(delete_url(workspace), {"name": "Social marketing in Benin"})

    assert not Workspace.objects.filter(pk=workspace.pk).exists()
    assert list(Document.objects.all()) == [other]
    assert not any(path.exists() for path in files)
    assert other_file.exists()


def test_a_site_administrator_deletes_any_workspace(client, cast):
    workspace = team_workspace(cast, name="Closed cell", visibility=Workspace.Visibility.PRIVATE)
    sign_in(client, cast["admin"])

    client.post(delete_url(workspace), {"name": "Closed cell"})

    assert not Workspace.objects.exists()


def test_a_moderator_cannot_delete(client, cast):
    workspace = team_workspace(cast, name="Closed cell")
    sign_in(client, cast["moderator"])

    response = client.post(delete_url(workspace), {"name": "Closed cell"})

    assert response.status_code == 403
    assert Workspace.objects.exists()
