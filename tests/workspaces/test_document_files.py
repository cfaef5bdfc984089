"""A document's file address is checked against the workspace's readers at every request:
a member's link passed on to someone else answers as the workspace's pages do (a sign-in
for members-only, an unknown address for private), and stops working for a member who
has left."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client
from django.urls import reverse

from tests.workspaces.conftest import (
    ADMIN,
    ANONYMOUS,
    MEMBER,
    MEMBERS,
    MODERATOR,
    OUTSIDER,
    OWNER,
    PRIVATE,
    PUBLIC,
    ROLES,
    VISIBILITIES,
)
from tests.workspaces.factories import DocumentFactory, WorkspaceFactory, add_version
from workspaces.models import Membership

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

SECRET_TEXT = "Premiums agreed with the Ministry, not for circulation"

# fmt: off
EXPECTED = {
    PUBLIC:  "ok       ok        ok       ok       ok       ok",
    MEMBERS: "signin   ok        ok       ok       ok       ok",
    PRIVATE: "notfound notfound  ok       ok       ok       ok",
}
# fmt: on


def cases():
    for visibility in VISIBILITIES:
        for role, outcome in zip(ROLES, EXPECTED[visibility].split(), strict=True):
            yield pytest.param(visibility, role, outcome, id=f"{visibility}-{role}-{outcome}")


def file_url(document, number: int = 1) -> str:
    return reverse(
        "workspaces:document-download",
        kwargs={"slug": document.workspace.slug, "pk": document.pk, "number": number},
    )


def body_of(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


@pytest.mark.parametrize(("visibility", "role", "outcome"), list(cases()))
def test_a_members_file_link_passed_on_answers_as_the_workspace_does(
    visibility, role, outcome, people, workspace_for, client_as
):
    workspace = workspace_for(visibility)
    document = DocumentFactory(
        workspace=workspace, created_by=people[MEMBER], file_text=[SECRET_TEXT]
    )
    # Mia copies the link from the page she reads…
    mia = client_as(MEMBER)
    link = file_url(document)
    assert link in mia.get(document.get_absolute_url()).content.decode()

    # …and someone else opens it.
    response = client_as(role).get(link)

    content = body_of(response)
    if outcome == "ok":
        assert response.status_code == 200
        assert content == document.current.file.open("rb").read()
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"] == 'attachment; filename="survey.pdf"'
        assert "private" in response["Cache-Control"]
        assert "public" not in response["Cache-Control"]
    elif outcome == "signin":
        assert response.status_code == 302
        location = urlsplit(response["Location"])
        assert location.path == reverse("account_login")
        assert parse_qs(location.query)["next"] == [link]
    else:
        assert response.status_code == 404
        assert workspace.name.encode() not in content
    if outcome != "ok":
        assert SECRET_TEXT.encode() not in content
        assert b"%PDF" not in content


def test_the_link_stops_working_for_a_member_who_left_a_private_workspace(
    people, workspace_for, client_as
):
    workspace = workspace_for(PRIVATE)
    document = DocumentFactory(workspace=workspace, created_by=people[MEMBER])
    mia = client_as(MEMBER)
    before = mia.get(file_url(document))
    assert before.status_code == 200
    assert b"".join(before.streaming_content).startswith(b"%PDF-")

    Membership.objects.filter(workspace=workspace, user=people[MEMBER]).delete()

    after = mia.get(file_url(document))
    assert after.status_code == 404
    assert not after.content.startswith(b"%PDF-")
    assert mia.get(document.get_absolute_url()).status_code == 404


def test_a_document_is_not_found_under_another_workspaces_address(people, workspace_for, client_as):
    private = workspace_for(PRIVATE)
    document = DocumentFactory(workspace=private, created_by=people[MEMBER])
    # A public workspace the outsider may read, whose address is put in the link.
    public = WorkspaceFactory(slug="open-door", owner=people[OUTSIDER])
    outsider = client_as(OUTSIDER)

    forged = reverse(
        "workspaces:document-download",
        kwargs={"slug": public.slug, "pk": document.pk, "number": 1},
    )
    page = reverse("workspaces:document", kwargs={"slug": public.slug, "pk": document.pk})

    assert outsider.get(forged).status_code == 404
    assert outsider.get(page).status_code == 404


def test_every_version_is_checked_the_same_way(people, workspace_for, client_as):
    workspace = workspace_for(MEMBERS)
    document = DocumentFactory(workspace=workspace, created_by=people[MEMBER])
    add_version(document, b"%PDF-1.4 second", name="second.pdf", user=people[MEMBER])

    anonymous = client_as(ANONYMOUS).get(file_url(document, 2))
    outsider = client_as(OUTSIDER).get(file_url(document, 2))

    assert anonymous.status_code == 302
    assert body_of(outsider) == b"%PDF-1.4 second"
    assert client_as(OUTSIDER).get(file_url(document, 7)).status_code == 404


def test_the_document_pages_of_a_private_workspace_are_not_shown_to_outsiders(
    people, workspace_for, client_as
):
    workspace = workspace_for(PRIVATE)
    document = DocumentFactory(
        workspace=workspace, created_by=people[MEMBER], title="Secret premiums"
    )
    pages = [
        reverse("workspaces:documents", kwargs={"slug": workspace.slug}),
        document.get_absolute_url(),
    ]

    for role in (ANONYMOUS, OUTSIDER):
        for page in pages:
            response = client_as(role).get(page)
            assert response.status_code == 404
            assert b"Secret premiums" not in response.content
    for role in (MEMBER, MODERATOR, OWNER, ADMIN):
        response = client_as(role).get(pages[0])
        assert "Secret premiums" in response.content.decode()
        assert "private" in response["Cache-Control"]


def test_a_plain_client_without_session_gets_the_sign_in_page_for_members_only_files(
    people, workspace_for
):
    workspace = workspace_for(MEMBERS)
    document = DocumentFactory(workspace=workspace, created_by=people[MEMBER])

    response = Client().head(file_url(document))

    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == reverse("account_login")
