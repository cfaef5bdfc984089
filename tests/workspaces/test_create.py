"""Creating a workspace: verified members only, an address made from the name, the
creator its owner, the creation recorded, a cover image checked by its content."""

import io
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from tests.accounts.helpers import image_bytes
from tests.accounts.helpers import visible_text as text
from tests.cooperation.factories import ActionFactory
from tests.factories import UserFactory
from tests.library.factories import TopicFactory
from tests.workspaces.factories import WorkspaceFactory
from workspaces.models import Activity, Membership, Workspace

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

CREATE = "/en/workspaces/new/"


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return Path(settings.MEDIA_ROOT)


def form_data(**values) -> dict:
    data = {
        "name": "Social marketing in Benin",
        "summary": "Field actors share what makes health mutuals known.",
        "kind": Workspace.Kind.PROJECT,
        "countries": ["BJ"],
        "tags": "mutuals, marketing",
        "visibility": Workspace.Visibility.PUBLIC,
        "join_policy": Workspace.JoinPolicy.REQUEST,
    }
    data.update(values)
    return data


def stored_files(root: Path) -> list[Path]:
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get(CREATE)

    assert response.status_code == 302
    assert response.url == "/en/accounts/login/?next=/en/workspaces/new/"


def test_unverified_members_are_told_to_confirm_their_address_first(client):
    unverified = UserFactory(verified=False)
    client.force_login(unverified)

    page = client.get(CREATE)
    sent = client.post(CREATE, form_data())

    assert page.status_code == 403
    assert "Please confirm your e-mail address first" in text(page)
    assert 'href="/en/accounts/email/"' in page.content.decode()
    assert 'name="name"' not in page.content.decode()
    assert sent.status_code == 403
    assert not Workspace.objects.exists()


def test_a_verified_member_creates_a_workspace_and_owns_it(member_client, member, media_root):
    topic = TopicFactory(name="Health insurance")
    TopicFactory(name="Pensions")
    cover = SimpleUploadedFile("photo.png", image_bytes("PNG", (2400, 1200)), "image/png")
    form = member_client.get(CREATE)
    assert "Create a workspace" in text(form)
    assert "Health insurance" in text(form)  # the topics are offered as checkboxes

    response = member_client.post(
        CREATE,
        form_data(
            countries=["BJ", "SN"],
            topics=[topic.pk],
            visibility=Workspace.Visibility.PRIVATE,
            cover=cover,
        ),
        follow=True,
    )

    workspace = Workspace.objects.get()
    assert response.redirect_chain == [("/en/workspaces/social-marketing-in-benin/", 302)]
    page = text(response)
    assert "Your workspace is ready. Invite the people you work with." in page
    assert "Social marketing in Benin" in page
    assert "Project · Benin, Senegal" in page
    assert "Private: only its members may read it" in page
    assert "On request: a moderator approves" in page
    assert "Aminata Diallo created the workspace: Social marketing in Benin" in page
    assert workspace.created_by == member
    assert [t.name for t in workspace.topics.all()] == ["Health insurance"]
    assert sorted(workspace.tags.names()) == ["marketing", "mutuals"]
    owner = Membership.objects.get(workspace=workspace)
    assert (owner.user, owner.role) == (member, Membership.Role.OWNER)
    created = Activity.objects.get(workspace=workspace)
    assert (created.actor, created.verb) == (member, Activity.Verb.CREATED)
    # The stored cover is the portal's own re-encoding, reduced in size.
    with Image.open(io.BytesIO(workspace.cover.read())) as stored:
        assert stored.format == "WEBP"
        assert max(stored.size) == 1600
    assert stored_files(media_root) == [media_root / workspace.cover.name]


@pytest.mark.parametrize(
    ("name", "taken", "slug"),
    [
        ("Social marketing in Benin", [], "social-marketing-in-benin"),
        ("Social marketing in Benin", ["social-marketing-in-benin"], "social-marketing-in-benin-2"),
        (
            "Social marketing in Benin",
            ["social-marketing-in-benin", "social-marketing-in-benin-2"],
            "social-marketing-in-benin-3",
        ),
        ("Exclusão Social e HIV/SIDA", [], "exclusao-social-e-hivsida"),
        ("New", [], "new-2"),
        ("Invitation", [], "invitation-2"),
        ("Feed", [], "feed-2"),
        ("中国全民健康保险", [], "workspace"),
        ("x" * 150, [], "x" * 70),
    ],
)
def test_the_address_comes_from_the_name_unique_and_never_an_app_path(
    member_client, name, taken, slug
):
    for existing in taken:
        WorkspaceFactory(slug=existing)

    response = member_client.post(CREATE, form_data(name=name))

    assert response.status_code == 302
    assert response.url == f"/en/workspaces/{slug}/"
    assert Workspace.objects.get(slug=slug).name == name


def test_a_file_that_is_not_an_image_is_refused_and_nothing_is_saved(member_client, media_root):
    fake = SimpleUploadedFile("cover.png", b"<script>alert(1)</script>", "image/png")

    response = member_client.post(CREATE, form_data(cover=fake))

    assert response.status_code == 200
    page = text(response)
    assert "Nothing was saved. Please correct the errors below." in page
    assert (
        "This file is not an image we accept. Please upload a JPEG, PNG, GIF or WebP picture."
        in page
    )
    assert not Workspace.objects.exists()
    assert not Activity.objects.exists()
    assert stored_files(media_root) == []


def test_a_cover_over_the_size_limit_is_refused(member_client, settings, media_root):
    settings.WORKSPACE_COVER_MAX_BYTES = 1000
    big = SimpleUploadedFile("cover.png", image_bytes("PNG", (400, 400)), "image/png")
    assert big.size > 1000

    response = member_client.post(CREATE, form_data(cover=big))

    assert "the largest accepted is 1000" in text(response)
    assert not Workspace.objects.exists()
    assert stored_files(media_root) == []


def test_only_a_project_follows_a_cooperation_action(member_client):
    action = ActionFactory(title="Social security roadmap for Côte d'Ivoire")

    refused = member_client.post(CREATE, form_data(kind=Workspace.Kind.COMMUNITY, action=action.pk))
    accepted = member_client.post(CREATE, form_data(action=action.pk), follow=True)

    assert "Only a project workspace can follow a cooperation action." in text(refused)
    assert Workspace.objects.get().action == action
    assert "Cooperation action followed Social security roadmap for Côte d'Ivoire" in text(accepted)


def test_required_fields_are_explained(member_client):
    response = member_client.post(CREATE, {"name": "  ", "summary": ""})

    page = text(response)
    assert page.count("This field is required.") >= 4  # name, summary, kind, visibility…
    assert not Workspace.objects.exists()


def test_a_second_address_being_verified_is_enough(client):
    """A member whose primary address is unconfirmed but another one is confirmed may create."""
    person = UserFactory(verified=False)
    EmailAddress.objects.create(user=person, email="other@example.org", verified=True)
    client.force_login(person)

    response = client.get(CREATE)

    assert response.status_code == 200
    assert 'name="name"' in response.content.decode()  # the form, not the "confirm" notice
