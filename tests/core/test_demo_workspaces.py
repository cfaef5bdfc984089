"""Demo workspaces: one per visibility and joining rule, each with what its members wrote
(posts and comments, a wiki with revisions, discussions with a mention, a past and an
upcoming event, documents with versions) and the activity that records it; loaded twice
without duplicates."""

import datetime
import zoneinfo
from pathlib import Path

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from core.demo import users
from core.demo import workspaces as demo_workspaces
from library.uploads import check_upload
from notifications.models import OutboxMessage
from tests.accounts.helpers import visible_text
from tests.cooperation.factories import ActionFactory, indicator, result
from workspaces.models import (
    Activity,
    Document,
    DocumentVersion,
    Event,
    Folder,
    Invitation,
    JoinRequest,
    Membership,
    Post,
    PostComment,
    Reply,
    Thread,
    WikiPage,
    WikiRevision,
    Workspace,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

CHINA = "China: towards universal health insurance coverage"
BENIN = "Social marketing in Benin"
MEMBERS_ONLY = "Exclusão Social e HIV/SIDA"
PRIVATE = "Permanent inventory of health mutuals"
CONTENT_MODELS = (
    Post,
    PostComment,
    WikiPage,
    WikiRevision,
    Thread,
    Reply,
    Event,
    Folder,
    Document,
    DocumentVersion,
)


def counts() -> dict:
    return {
        str(model._meta.verbose_name_plural): model.objects.count()
        for model in (Workspace, Membership, Activity, JoinRequest, Invitation, *CONTENT_MODELS)
    }


def stored_files(root: Path) -> list[Path]:
    return sorted(path for path in root.rglob("*") if path.is_file())


@pytest.fixture
def media(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def loaded(media):
    users.load()
    users.load_community()
    demo_workspaces.load_workspaces()


def test_a_second_run_adds_nothing(loaded, media):
    first = counts()
    files = stored_files(media)
    events = list(Event.objects.order_by("pk").values_list("title", "start", "sequence"))

    summary = demo_workspaces.load_workspaces()

    assert counts() == first
    assert first == {
        "workspaces": 4,
        "memberships": 10,
        "activities": 91,
        "join requests": 1,
        "invitations": 1,
        "blog posts": 9,
        "comments": 9,
        "wiki pages": 14,
        "wiki page versions": 21,
        "discussions": 8,
        "replies": 12,
        "events": 8,
        "folders": 4,
        "documents": 6,
        "document versions": 10,
    }
    assert stored_files(media) == files and len(files) == 10
    assert list(Event.objects.order_by("pk").values_list("title", "start", "sequence")) == events
    assert summary == {
        "workspaces": 4,
        "created": 0,
        "blog posts": 9,
        "wiki pages": 14,
        "discussions": 8,
        "events": 8,
        "documents": 6,
    }


def test_loading_sends_no_e_mail(loaded):
    assert mail.outbox == []
    # The demo's notifications are for the portal only: no e-mail is owed.
    assert not OutboxMessage.objects.exists()


def test_the_directory_lists_each_workspace_to_whom_may_see_it(loaded, client):
    anonymous = visible_text(client.get("/en/workspaces/"))
    assert "Social marketing in Benin" in anonymous
    assert "China: towards universal health insurance coverage" in anonymous
    assert MEMBERS_ONLY not in anonymous and PRIVATE not in anonymous

    client.force_login(Membership.objects.get(workspace__name=PRIVATE, role="moderator").user)
    member = visible_text(client.get("/en/workspaces/"))
    assert MEMBERS_ONLY in member and PRIVATE in member


def test_the_private_workspace_is_hidden_from_a_member_outside_it(loaded, client):
    outsider = Membership.objects.get(workspace__name=MEMBERS_ONLY, role="member").user
    client.force_login(outsider)
    private = Workspace.objects.get(name=PRIVATE)

    assert client.get(private.get_absolute_url()).status_code == 404
    assert PRIVATE not in visible_text(client.get("/en/workspaces/"))
    assert "This year's campaign calendar" not in visible_text(client.get("/en/workspaces/"))


@pytest.mark.parametrize("name", [CHINA, BENIN, MEMBERS_ONLY, PRIVATE])
def test_each_workspace_has_every_kind_of_content(loaded, name):
    workspace = Workspace.objects.get(name=name)
    now = timezone.now()

    posts = Post.objects.filter(workspace=workspace)
    assert 2 <= posts.count() <= 3
    assert all(post.comments.count() == 1 for post in posts)
    assert all(post.body_html.startswith("<") and "<script" not in post.body_html for post in posts)
    pages = WikiPage.objects.filter(workspace=workspace)
    assert 3 <= pages.count() <= 4
    top = pages.get(parent=None)
    assert set(pages.exclude(pk=top.pk).values_list("parent", flat=True)) == {top.pk}
    assert pages.filter(version__gte=2).exists()
    threads = Thread.objects.filter(workspace=workspace)
    assert threads.count() == 2 and all(thread.replies.exists() for thread in threads)
    assert Activity.objects.filter(workspace=workspace, verb=Activity.Verb.MENTIONED).count() == 1
    events = Event.objects.filter(workspace=workspace)
    assert events.filter(end__lt=now).count() == 1 and events.filter(start__gt=now).count() == 1
    folder = Folder.objects.get(workspace=workspace)
    documents = Document.objects.filter(workspace=workspace)
    assert 1 <= documents.count() <= 2 and all(doc.folder == folder for doc in documents)
    assert documents.filter(current__number=2).exists()


def test_wiki_revisions_tell_the_history_of_a_page(loaded):
    page = WikiPage.objects.get(title="Communication plan")
    revisions = list(page.revisions.order_by("number"))

    assert page.version == 3 and [r.number for r in revisions] == [1, 2, 3]
    assert [r.author.display_name for r in revisions] == [
        "Aminata Sow",
        "Kodjo Agbeko",
        "Jeanne Uwimana",
    ]
    assert [r.comment for r in revisions] == [
        "",
        "Added who does what",
        "Lessons of the first round",
    ]
    assert "who joined and where they heard" not in revisions[1].body
    assert revisions[2].body == page.body
    assert "<li>After six weeks, count who joined" in page.body_html
    assert page.parent.title == "Social marketing toolkit"
    assert page.updated_by.display_name == "Jeanne Uwimana"
    assert revisions[0].created < revisions[1].created < revisions[2].created == page.updated


def test_a_paragraph_is_one_line_as_a_member_types_it(loaded):
    post = Post.objects.get(title="Radio spots or market meetings? First lessons")

    assert post.body.startswith("We ran both for six weeks. The radio spots made the mutual")
    assert "<br" not in post.body_html
    assert "<strong>market meetings</strong>" in post.body_html


def test_a_document_keeps_both_versions_as_real_files(loaded):
    document = Document.objects.get(title="Communication plan of the pilot")
    first, second = document.versions.order_by("number")

    assert document.current == second and second.note == "Who does what, and the calendar"
    assert (first.uploaded_by.display_name, second.uploaded_by.display_name) == (
        "Aminata Sow",
        "Kodjo Agbeko",
    )
    for version in (first, second):
        data = version.file.read()
        version.file.close()
        # The portal would accept the file had a member uploaded it.
        checked = check_upload(SimpleUploadedFile(version.file_name, data))
        assert checked.file_type == version.file_type == "docx"
        assert version.file_size == len(data)
    pdf = DocumentVersion.objects.get(file_name="survey-summary.pdf")
    assert pdf.file.read().startswith(b"%PDF-")
    pdf.file.close()


def test_a_reply_mentions_a_member_who_is_told_of_it(loaded):
    mention = Activity.objects.get(
        workspace__name=BENIN, verb=Activity.Verb.MENTIONED
    )  # "@Aminata Sow, can the mutual's office change the form?"

    aminata = Membership.objects.get(workspace__name=BENIN, role="owner").user
    assert mention.addressed_to == [aminata.pk]
    assert mention.actor.display_name == "Jeanne Uwimana"
    assert isinstance(mention.target_type.get_object_for_this_type(pk=mention.target_id), Reply)


def test_the_private_workspace_holds_only_what_its_members_wrote(loaded):
    workspace = Workspace.objects.get(name=PRIVATE)
    members = set(Membership.objects.filter(workspace=workspace).values_list("user", flat=True))

    authors = set()
    authors |= set(Post.objects.filter(workspace=workspace).values_list("author", flat=True))
    authors |= set(
        PostComment.objects.filter(post__workspace=workspace).values_list("author", flat=True)
    )
    authors |= set(
        WikiRevision.objects.filter(page__workspace=workspace).values_list("author", flat=True)
    )
    authors |= set(Thread.objects.filter(workspace=workspace).values_list("author", flat=True))
    authors |= set(
        Reply.objects.filter(thread__workspace=workspace).values_list("author", flat=True)
    )
    authors |= set(Event.objects.filter(workspace=workspace).values_list("created_by", flat=True))
    authors |= set(
        DocumentVersion.objects.filter(document__workspace=workspace).values_list(
            "uploaded_by", flat=True
        )
    )
    authors |= set(Activity.objects.filter(workspace=workspace).values_list("actor", flat=True))

    assert authors == members


def test_the_stream_tells_the_story_in_order_and_links_to_the_content(loaded, client):
    workspace = Workspace.objects.get(name=BENIN)
    created = Activity.objects.get(workspace=workspace, verb=Activity.Verb.CREATED).created
    first_post = Post.objects.get(title="What the survey of needs told us")

    assert created < first_post.created < timezone.now()
    assert (
        Activity.objects.get(target_id=first_post.pk, verb="posted").created == first_post.created
    )

    page = client.get(workspace.get_absolute_url()).content.decode()
    stream = page.split('id="activity-title"')[1]
    thread = Thread.objects.get(title="How do we know people joined because of the campaign?")
    assert f'<a href="{thread.get_absolute_url()}" class="activity-summary">' in stream
    assert stream.index("Aminata Sow</strong> replied in a discussion") < stream.index(
        "Jeanne Uwimana</strong> replied in a discussion"
    )
    training = Event.objects.get(title="Training day for the mutual's elected members")
    assert f'<a href="{training.get_absolute_url()}" class="overview-title">' in page
    assert "9 a.m.</time> (Africa/Porto-Novo) · Cotonou, offices of the mutual" in page


def test_the_events_follow_the_day_of_the_load(loaded, media):
    event = Event.objects.get(title="Training day for the mutual's elected members")
    porto_novo = zoneinfo.ZoneInfo("Africa/Porto-Novo")
    assert event.time_zone == "Africa/Porto-Novo"
    assert event.start.astimezone(porto_novo).replace(tzinfo=None) == datetime.datetime.combine(
        timezone.localdate(timezone=porto_novo) + datetime.timedelta(days=16), datetime.time(9)
    )
    # The demo is loaded again weeks later: the event is still to come, as an edit would
    # leave it (the calendar programs see a new sequence).
    weeks = datetime.timedelta(days=40)
    Event.objects.filter(pk=event.pk).update(start=event.start - weeks, end=event.end - weeks)

    demo_workspaces.load_workspaces()

    moved = Event.objects.get(pk=event.pk)
    assert moved.start == event.start and moved.end == event.end
    assert moved.sequence == event.sequence + 1
    assert Event.objects.filter(title=event.title).count() == 1


def test_the_benin_project_follows_the_western_africa_strategy(media, client):
    strategy = ActionFactory(
        slug="western-africa-flagship-2022-2025",
        title="Building social protection floors for all: Western Africa strategy",
    )
    outcome = result(strategy, "1", statement="Social mutuals have their place in health cover")
    indicator(outcome, "Working paper on social mutuals validated", baseline=0, target=1)
    users.load()
    users.load_community()

    demo_workspaces.load_workspaces()

    benin = Workspace.objects.get(name=BENIN)
    assert benin.action == strategy
    assert Workspace.objects.filter(action__isnull=False).count() == 1
    page = visible_text(client.get(benin.get_absolute_url()))
    assert "Results framework" in page
    assert "Outcome 1. Social mutuals have their place in health cover" in page
    assert "Working paper on social mutuals validated" in page
