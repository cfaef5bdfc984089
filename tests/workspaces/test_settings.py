"""A workspace's settings: its owner (or a site administrator) changes them, the address
stays, the change is recorded; nobody else may, and nobody once it is archived."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.accounts.helpers import image_bytes, input_value, textarea_value
from tests.accounts.helpers import visible_text as text
from tests.library.factories import TopicFactory
from tests.workspaces.test_detail import ROLES, sign_in, team_workspace
from workspaces import services
from workspaces.models import Activity, Workspace

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache", "media_root")]


def settings_url(workspace: Workspace) -> str:
    return f"/en/workspaces/{workspace.slug}/settings/"


def settings_form(workspace: Workspace, **values) -> dict:
    data = {
        "name": workspace.name,
        "summary": workspace.summary,
        "kind": workspace.kind,
        "countries": [str(country) for country in workspace.countries],
        "topics": [topic.pk for topic in workspace.topics.all()],
        "tags": ", ".join(workspace.tags.names()),
        "visibility": workspace.visibility,
        "join_policy": workspace.join_policy,
    }
    data.update(values)
    return data


# Who may open the settings of a members-only workspace, and of a private one.
#             anonymous   outsider    member  moderator  owner  admin
EXPECTED = {
    "members": ("sign in", 403, 403, 403, 200, 200),
    "private": (404, 404, 403, 403, 200, 200),
}


@pytest.mark.parametrize(
    ("visibility", "role", "expected"),
    [(v, role, e) for v, row in EXPECTED.items() for role, e in zip(ROLES, row, strict=True)],
)
def test_only_the_owner_and_site_administrators_open_the_settings(
    client, cast, visibility, role, expected
):
    workspace = team_workspace(cast, name="Pension reform circle", visibility=visibility)
    sign_in(client, cast[role])

    response = client.get(settings_url(workspace))

    if expected == "sign in":
        assert response.status_code == 302
        assert response.url == f"/en/accounts/login/?next={settings_url(workspace)}"
    else:
        assert response.status_code == expected
    if expected == 200:
        assert "Settings of “Pension reform circle”" in text(response)
    elif visibility == "private" and expected == 404:
        assert "Pension reform circle" not in response.content.decode()


def test_the_form_is_filled_in_and_the_address_is_not_offered(client, cast):
    workspace = team_workspace(cast, name="Social marketing in Benin", slug="social-benin")
    workspace.tags.add("mutuals")
    sign_in(client, cast["owner"])

    response = client.get(settings_url(workspace))

    assert input_value(response, "name") == "Social marketing in Benin"
    assert textarea_value(response, "summary") == workspace.summary
    assert input_value(response, "tags") == "mutuals"
    assert 'name="slug"' not in response.content.decode()
    assert "Its address stays /en/workspaces/social-benin/." in text(response)


def test_the_owner_changes_the_settings_and_the_change_is_recorded(client, cast):
    workspace = team_workspace(cast, name="Social marketing in Benin", slug="social-benin")
    topic = TopicFactory(name="Health insurance")
    sign_in(client, cast["owner"])

    response = client.post(
        settings_url(workspace),
        settings_form(
            workspace,
            name="Social marketing of mutuals in Benin",
            summary="Now with Togo.",
            countries=["BJ", "TG"],
            topics=[topic.pk],
            tags="mutuals, radio",
        ),
        follow=True,
    )

    assert response.redirect_chain == [("/en/workspaces/social-benin/", 302)]
    page = text(response)
    assert "The workspace's settings are saved." in page
    assert "Social marketing of mutuals in Benin" in page and "Now with Togo." in page
    assert "Olga Owner updated the workspace: Changed: Name, Summary, Countries, Topics" in page
    workspace.refresh_from_db()
    assert workspace.slug == "social-benin"
    assert [str(c) for c in workspace.countries] == ["BJ", "TG"]
    assert sorted(workspace.tags.names()) == ["mutuals", "radio"]
    assert Activity.objects.filter(workspace=workspace, verb=Activity.Verb.UPDATED).count() == 1


def test_a_refused_value_shows_only_in_the_form(client, cast):
    workspace = team_workspace(cast, name="Social marketing in Benin")
    sign_in(client, cast["owner"])

    response = client.post(settings_url(workspace), settings_form(workspace, name="", kind=""))

    assert response.status_code == 200
    page = text(response)
    assert "Nothing was saved. Please correct the errors below." in page
    assert "Settings of “Social marketing in Benin”" in page
    workspace.refresh_from_db()
    assert workspace.name == "Social marketing in Benin"
    assert not Activity.objects.filter(verb=Activity.Verb.UPDATED).exists()


def test_a_site_administrator_changes_any_workspace(client, cast):
    workspace = team_workspace(cast, visibility=Workspace.Visibility.PRIVATE)
    sign_in(client, cast["admin"])

    client.post(settings_url(workspace), settings_form(workspace, summary="Moderated."))

    workspace.refresh_from_db()
    assert workspace.summary == "Moderated."


def test_a_new_cover_replaces_the_old_file(
    client, cast, media_root, django_capture_on_commit_callbacks
):
    workspace = team_workspace(cast)
    services.update(workspace, actor=cast["owner"], values={}, cover=ContentFile(image_bytes()))
    old = media_root / workspace.cover.name
    sign_in(client, cast["owner"])
    page = client.get(settings_url(workspace)).content.decode()
    # The current picture is linked at its checked address, never its storage path.
    assert f'href="/en/workspaces/{workspace.slug}/cover/?v=' in page
    assert workspace.cover.name not in page

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            settings_url(workspace),
            settings_form(
                workspace, cover=SimpleUploadedFile("new.gif", image_bytes("GIF"), "image/gif")
            ),
        )

    workspace.refresh_from_db()
    assert not old.exists()
    assert (media_root / workspace.cover.name).exists()
    assert [path for path in media_root.rglob("*") if path.is_file()] == [
        media_root / workspace.cover.name
    ]


def test_the_cover_can_be_removed(client, cast, media_root, django_capture_on_commit_callbacks):
    workspace = team_workspace(cast)
    services.update(workspace, actor=cast["owner"], values={}, cover=ContentFile(image_bytes()))
    old = media_root / workspace.cover.name
    sign_in(client, cast["owner"])

    with django_capture_on_commit_callbacks(execute=True):
        client.post(settings_url(workspace), settings_form(workspace, **{"cover-clear": "on"}))

    workspace.refresh_from_db()
    assert not workspace.cover
    assert not old.exists()
    assert client.get(f"/en/workspaces/{workspace.slug}/cover/").status_code == 404


def test_an_archived_workspace_cannot_be_changed(client, cast):
    workspace = team_workspace(cast, name="Closed project")
    services.set_archived(workspace, actor=cast["owner"], archived=True)
    sign_in(client, cast["owner"])

    page = client.get(settings_url(workspace))
    sent = client.post(settings_url(workspace), settings_form(workspace, name="Renamed"))

    assert page.status_code == 403 and sent.status_code == 403
    workspace.refresh_from_db()
    assert workspace.name == "Closed project"
