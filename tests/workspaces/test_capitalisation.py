"""Capitalisation: a moderator proposes a workspace's document or blog post to the library;
it waits in the editors' review queue like any submission, with a link back to the
workspace for those who may read it, and nothing of a private workspace for others."""

import io
import re
from pathlib import Path

import pytest
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.demo.documents import make_pdf
from library import extract
from library.models import Item
from tests.accounts.helpers import visible_text
from tests.factories import UserFactory
from tests.library.factories import ResourceTypeFactory, TopicFactory
from tests.workspaces.factories import (
    DocumentFactory,
    PostFactory,
    WorkspaceFactory,
    add_member,
    add_version,
)
from workspaces.models import Activity, Capitalisation, Membership, Workspace

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

Role = Membership.Role
QUEUE = reverse("library:review-queue")


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return Path(settings.MEDIA_ROOT)


def library_files(root: Path) -> list[str]:
    folder = root / "library"
    if not folder.exists():
        return []
    return sorted(str(path.relative_to(root)) for path in folder.rglob("*") if path.is_file())


@pytest.fixture
def report_type(db):
    return ResourceTypeFactory(name="Report")


def make_workspace(owner, visibility, name):
    return WorkspaceFactory(
        name=name, slug=name.lower().replace(" ", "-"), owner=owner, visibility=visibility
    )


@pytest.fixture
def private(owner):
    return make_workspace(owner, Workspace.Visibility.PRIVATE, "Closed cell on pension reform")


@pytest.fixture
def public(owner):
    return make_workspace(owner, Workspace.Visibility.PUBLIC, "Open observatory of mutuals")


@pytest.fixture
def moderator(private, public):
    user = UserFactory(email="mo@example.org", display_name="Mo Moderator")
    add_member(private, user, Role.MODERATOR)
    add_member(public, user, Role.MODERATOR)
    return user


@pytest.fixture
def mia(private, public):
    user = UserFactory(email="mia@example.org", display_name="Mia Member")
    add_member(private, user, Role.MEMBER)
    add_member(public, user, Role.MEMBER)
    return user


@pytest.fixture
def ali(private):
    user = UserFactory(email="ali@example.org", display_name="Ali Another")
    add_member(private, user, Role.MEMBER)
    return user


def signed_in(client, user):
    client.force_login(user)
    return client


def document_url(document) -> str:
    return reverse(
        "workspaces:capitalise-document",
        kwargs={"slug": document.workspace.slug, "pk": document.pk},
    )


def post_url(post) -> str:
    return reverse(
        "workspaces:capitalise-post", kwargs={"slug": post.workspace.slug, "pk": post.pk}
    )


def proposal(report_type, **extra) -> dict:
    return {
        "resource_type": report_type.pk,
        "title": "Pension reform options for Benin",
        "abstract": "Three options costed by the working group.",
        "authors": "Member, Mia; Another, Ali",
        "publication_year": 2024,
        **extra,
    }


def field_value(response, name: str) -> str:
    page = response.content.decode()
    tag = re.search(rf'<input[^>]*\bname="{name}"[^>]*>', page)
    if tag:
        value = re.search(r'\bvalue="([^"]*)"', tag.group(0))
        return value.group(1) if value else ""
    area = re.search(rf'<textarea[^>]*\bname="{name}"[^>]*>(.*?)</textarea>', page, re.S)
    return area.group(1).strip() if area else ""


# --- Proposing a document ------------------------------------------------------------------


def test_a_moderator_proposes_a_document_and_it_waits_for_the_editors(
    client, private, moderator, mia, ali, report_type, media_root
):
    topic = TopicFactory(name="Pensions")
    private.topics.add(topic)
    document = DocumentFactory(
        workspace=private,
        created_by=mia,
        title="Costing of pension options",
        description="Three options for the reform, costed.",
        file_text=["First draft"],
    )
    document.current.uploaded_by = mia
    document.current.save()
    final_bytes = make_pdf(["Final costing of the options"], title="Costing")
    final = add_version(document, final_bytes, name="Costing (final, été).pdf", user=ali)
    client = signed_in(client, moderator)

    form = client.get(document_url(document))

    assert field_value(form, "title") == "Costing of pension options"
    assert field_value(form, "abstract") == "Three options for the reform, costed."
    assert field_value(form, "authors") == "Mia Member; Ali Another"
    assert field_value(form, "publication_year") == str(final.created.year)
    assert "anyone can read and download it, even if this workspace is private" in (
        visible_text(form)
    )
    assert "version 2 of the document (“Costing (final, été).pdf”)" in visible_text(form)

    response = client.post(
        document_url(document),
        proposal(report_type, title="Costing of pension options", topics=[topic.pk]),
    )

    item = Item.objects.get()
    assert response["Location"] == item.get_absolute_url()
    assert item.status == Item.Status.PENDING
    assert item.submitted_by == moderator
    assert item.authors == "Member, Mia; Another, Ali"
    assert list(item.topics.all()) == [topic]
    assert item.url == ""  # the workspace's address is never put in the public record
    assert (item.file_name, item.file_type, item.file_size) == (
        "Costing (final, été).pdf",
        "pdf",
        len(final_bytes),
    )
    assert item.file.open("rb").read() == final_bytes
    assert private.slug not in item.file.name
    capitalisation = Capitalisation.objects.get()
    assert (capitalisation.workspace, capitalisation.document, capitalisation.post) == (
        private,
        document,
        None,
    )
    assert capitalisation.item == item and capitalisation.proposed_by == moderator
    activity = Activity.objects.get(verb=Activity.Verb.CAPITALISED)
    assert (activity.actor, activity.summary) == (moderator, "Costing of pension options")
    page = visible_text(client.get(response["Location"]))
    assert "is waiting for the library editors' review" in page
    assert "From the workspace Closed cell on pension reform" in page
    # The document page says it was proposed.
    assert "Proposed to the library" in visible_text(client.get(document.get_absolute_url()))


def test_a_moderator_proposes_a_blog_post_which_becomes_a_pdf_of_its_text(
    client, public, moderator, mia, report_type
):
    post = PostFactory(
        workspace=public,
        author=mia,
        title="What we learnt in Parakou",
        body="Door-to-door visits by **peer educators** doubled enrolment.\n\n"
        "- Radio spots did little\n- Visits a lot",
    )
    client = signed_in(client, moderator)

    form = client.get(post_url(post))
    response = client.post(post_url(post), proposal(report_type, title=post.title))

    assert field_value(form, "authors") == "Mia Member"
    assert field_value(form, "abstract").startswith("Door-to-door visits by peer educators")
    item = Item.objects.get()
    assert response["Location"] == item.get_absolute_url()
    assert item.file_type == "pdf" and item.file_name == "what-we-learnt-in-parakou.pdf"
    text = extract.extract_text(io.BytesIO(item.file.open("rb").read()), "pdf")
    assert "What we learnt in Parakou" in text
    assert "Mia Member" in text
    assert "Door-to-door visits by peer educators doubled enrolment." in text
    assert "Radio spots did little" in text
    assert Capitalisation.objects.get().post == post


def test_proposing_the_same_source_twice_while_it_waits_says_so_and_creates_nothing(
    client, private, moderator, mia, report_type
):
    document = DocumentFactory(workspace=private, created_by=mia, title="Costing")
    client = signed_in(client, moderator)
    client.post(document_url(document), proposal(report_type))

    again = client.get(document_url(document))
    response = client.post(document_url(document), proposal(report_type), follow=True)

    assert "was proposed to the library on" in visible_text(again)
    assert "Send to the library's editors" not in visible_text(again)
    assert (
        "“Pension reform options for Benin” was already proposed to the library and is "
        "waiting for the editors' review." in visible_text(response)
    )
    assert response.redirect_chain[-1][0] == document.get_absolute_url()
    assert Item.objects.count() == 1 and Capitalisation.objects.count() == 1

    # Once the editors have decided, it may be proposed again.
    Item.objects.update(status=Item.Status.REJECTED)
    client.post(document_url(document), proposal(report_type))
    assert Item.objects.count() == 2


def test_a_member_who_is_not_a_moderator_is_refused(client, private, mia, report_type):
    document = DocumentFactory(workspace=private, created_by=mia)
    post = PostFactory(workspace=private, author=mia)
    client = signed_in(client, mia)

    for address in (document_url(document), post_url(post)):
        assert client.get(address).status_code == 403
        assert client.post(address, proposal(report_type)).status_code == 403
    assert not Item.objects.exists() and not Capitalisation.objects.exists()


def test_a_proposal_without_a_type_is_refused_and_nothing_is_stored(
    client, private, moderator, mia, report_type, media_root
):
    document = DocumentFactory(workspace=private, created_by=mia)

    response = signed_in(client, moderator).post(
        document_url(document), proposal(report_type, resource_type="", publication_year=1500)
    )

    text = visible_text(response)
    assert "Nothing was saved. Please correct the errors below." in text
    assert "This field is required." in text
    assert "Give a year between 1800 and" in text
    assert not Item.objects.exists() and not Capitalisation.objects.exists()
    assert library_files(media_root) == []


def test_a_file_that_no_longer_passes_the_librarys_checks_is_not_copied(
    client, private, moderator, mia, report_type, media_root, settings
):
    document = DocumentFactory(workspace=private, created_by=mia)
    settings.LIBRARY_MAX_UPLOAD_BYTES = 100

    response = signed_in(client, moderator).post(document_url(document), proposal(report_type))

    assert "the largest accepted is 100 bytes." in visible_text(response)
    assert not Item.objects.exists() and not Capitalisation.objects.exists()
    assert not Activity.objects.filter(verb=Activity.Verb.CAPITALISED).exists()
    assert library_files(media_root) == []


# --- In the library ------------------------------------------------------------------------


def test_the_review_queue_shows_the_link_back_to_a_workspace_the_editor_may_read(
    client, public, moderator, mia, editor, report_type
):
    document = DocumentFactory(workspace=public, created_by=mia, title="Open costing")
    signed_in(client, moderator).post(document_url(document), proposal(report_type))
    item = Item.objects.get()

    queue = signed_in(client, editor).get(QUEUE)
    review = client.get(reverse("library:review", kwargs={"pk": item.pk}))

    text = visible_text(queue)
    assert "Pension reform options for Benin From the workspace Open observatory of mutuals" in (
        text
    )
    assert "Mo Moderator" in text  # the submitter
    assert f'href="{public.get_absolute_url()}"' in queue.content.decode()
    assert "Member, Mia; Another, Ali" in visible_text(review)


def test_an_editor_who_may_not_read_the_private_workspace_sees_no_name_nor_link(
    client, private, moderator, mia, editor, report_type
):
    document = DocumentFactory(workspace=private, created_by=mia)
    signed_in(client, moderator).post(document_url(document), proposal(report_type))
    item = Item.objects.get()

    client = signed_in(client, editor)
    queue = client.get(QUEUE)
    page = client.get(item.get_absolute_url())

    for response in (queue, page):
        content = response.content.decode()
        assert "From a workspace" in visible_text(response)
        assert private.name not in content
        assert private.slug not in content

    # An editor who is also a member of it sees where it came from.
    add_member(private, editor, Role.MEMBER)
    assert f"From the workspace {private.name}" in visible_text(client.get(QUEUE))


def test_approving_publishes_it_in_the_library_still_without_the_private_name(
    client, private, moderator, mia, editor, report_type
):
    document = DocumentFactory(workspace=private, created_by=mia)
    signed_in(client, moderator).post(document_url(document), proposal(report_type))
    item = Item.objects.get()

    response = signed_in(client, editor).post(
        reverse("library:review", kwargs={"pk": item.pk}), {"decision": "approve"}
    )

    item.refresh_from_db()
    assert response["Location"] == QUEUE
    assert item.status == Item.Status.PUBLISHED
    client.logout()
    public_page = client.get(item.get_absolute_url())
    text = visible_text(public_page)
    assert "Pension reform options for Benin" in text
    assert "From a workspace" in text
    assert private.name not in public_page.content.decode()
    download = client.get(reverse("library:download", kwargs={"pk": item.pk}))
    assert b"".join(download.streaming_content).startswith(b"%PDF-")
    # The workspace's members see where it came from.
    assert f"From the workspace {private.name}" in visible_text(
        signed_in(client, mia).get(item.get_absolute_url())
    )


def _queue_queries(client) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(QUEUE)
    assert response.status_code == 200
    return len(captured)


def test_the_review_queue_costs_the_same_queries_for_2_or_6_proposals(
    client, private, public, moderator, mia, editor, report_type
):
    def propose(number):
        workspace = private if number % 2 else public
        document = DocumentFactory(workspace=workspace, created_by=mia)
        signed_in(client, moderator).post(
            document_url(document), proposal(report_type, title=f"Proposal {number}")
        )

    for number in range(2):
        propose(number)
    editor_client = signed_in(client, editor)
    editor_client.get(QUEUE)  # "last seen", recorded once a minute
    few = _queue_queries(editor_client)
    for number in range(2, 6):
        propose(number)
    editor_client = signed_in(client, editor)
    editor_client.get(QUEUE)

    many = _queue_queries(editor_client)

    assert many == few
    text = visible_text(editor_client.get(QUEUE))
    assert text.count("From the workspace Open observatory of mutuals") == 3
    assert text.count("From a workspace") == 3


def test_with_the_source_joined_the_link_back_costs_no_query(
    private, moderator, mia, editor, report_type
):
    item = Item.objects.create(title="Joined", resource_type=report_type, status="pending")
    Capitalisation.objects.create(workspace=private, item=item, proposed_by=moderator)
    add_member(private, editor, Role.MEMBER)
    joined = Item.objects.select_related("capitalisation__workspace").get(pk=item.pk)
    request = RequestFactory().get("/")
    request.user = editor
    editor.has_perm("workspaces.change_workspace")  # the permissions, loaded once per request
    template = Template('{% include "workspaces/_capitalised_from.html" with item=item %}')

    with CaptureQueriesContext(connection) as captured:
        html = template.render(Context({"item": joined, "request": request, "user": editor}))

    assert "From the workspace" in html and private.name in html
    # Only the membership that tells whether the editor may read the private workspace.
    assert len(captured) == 1, [query["sql"] for query in captured]
    # An item no workspace proposed: nothing shown, nothing asked.
    plain = Item.objects.create(title="Plain", resource_type=report_type, status="pending")
    plain = Item.objects.select_related("capitalisation__workspace").get(pk=plain.pk)
    with CaptureQueriesContext(connection) as captured:
        html = template.render(Context({"item": plain, "request": request, "user": editor}))
    assert html.strip() == ""
    assert len(captured) == 0
