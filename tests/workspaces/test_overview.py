"""A workspace's overview page: the latest blog posts, the next events, the documents
updated last, the most active discussions and the wiki pages edited lately, each with a
link to its section; the results framework of a project following a cooperation action;
the activity stream linking to what it is about; the workspace's navigation and search
form. What each role is offered, nothing of a private workspace for those outside it,
and a number of queries that does not grow with the content."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import formats, timezone

from tests.accounts.helpers import visible_text
from tests.cooperation.factories import ActionFactory, indicator, milestone, result
from tests.workspaces.conftest import (
    ADMIN,
    ANONYMOUS,
    MEMBER,
    MEMBERS,
    MODERATOR,
    OUTSIDER,
    OWNER,
    PRIVATE,
)
from tests.workspaces.factories import (
    DocumentFactory,
    EventFactory,
    FolderFactory,
    PostCommentFactory,
    PostFactory,
    ReplyFactory,
    ThreadFactory,
    WikiPageFactory,
    WorkspaceFactory,
    add_member,
    add_version,
)
from workspaces import activity, services
from workspaces.models import Activity, Event, Membership, Workspace

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

Verb = Activity.Verb
PARTS = ("blog", "events", "documents", "threads", "wiki")
ADD_LINKS = {
    "Write a post": "post-create",
    "Announce an event": "event-create",
    "Add a document": "document-upload",
    "Start a discussion": "thread-create",
    "Create a page": "wiki-create",
}
SEE_ALL = {
    "See all the blog posts": "blog",
    "See all the events": "events",
    "See all the documents": "documents",
    "See all the discussions": "threads",
    "See all the wiki pages": "wiki",
    "See all the activity": "activity",
}


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def text(response) -> str:
    return visible_text(response)


def section(response, key: str) -> str:
    """The HTML of the overview's section titled ``<key>-title``."""
    page = response.content.decode()
    assert f'aria-labelledby="{key}-title"' in page, key
    after_tag = page.split(f'aria-labelledby="{key}-title"')[1].split(">", 1)[1]
    # Up to the next part (the results framework holds sections of its own).
    return re.split(r"</article>|<section [^>]*aria-labelledby=", after_tag)[0]


def ago(**kwargs) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(**kwargs)


def later(**kwargs) -> datetime.datetime:
    return timezone.now() + datetime.timedelta(**kwargs)


def day(value: datetime.datetime) -> str:
    return formats.date_format(timezone.localtime(value), "DATE_FORMAT")


def moment(value: datetime.datetime) -> str:
    return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")


def url(name: str, workspace: Workspace, **kwargs) -> str:
    return reverse(f"workspaces:{name}", kwargs={"slug": workspace.slug, **kwargs})


def team(people, **fields) -> Workspace:
    workspace = WorkspaceFactory(owner=people[OWNER], **fields)
    add_member(workspace, people[MODERATOR], Membership.Role.MODERATOR)
    add_member(workspace, people[MEMBER], Membership.Role.MEMBER)
    return workspace


def sign_in(client, user):
    if user is not None:
        client.force_login(user)
    return client


# --- What each part shows -----------------------------------------------------------------
def test_the_three_latest_posts_with_author_date_and_excerpt(client, people):
    workspace = team(people)
    mia = people[MEMBER]
    old = PostFactory(
        workspace=workspace, author=mia, title="Oldest: the 2007 pilot", created=ago(days=90)
    )
    for number, days in enumerate((30, 20, 10), start=1):
        PostFactory(
            workspace=workspace,
            author=mia,
            title=f"Lesson {number} from Parakou",
            created=ago(days=days),
        )
    latest = PostFactory(
        workspace=workspace,
        author=people[OWNER],
        title="Radio spots or market meetings?",
        body="People signed up at the **market meetings**, where a member told her story. "
        + "More words follow here. " * 20,
        created=ago(days=1),
    )
    PostCommentFactory(post=latest, author=mia)
    PostCommentFactory(post=latest, author=people[MODERATOR])

    response = client.get(workspace.get_absolute_url())

    blog = visible_text(section(response, "blog"))
    assert blog.startswith(
        "Blog Radio spots or market meetings? "
        f"Olga Owner · {day(latest.created)} · 2 comments "
        "People signed up at the market meetings, where a member told her story. More words"
    )
    assert "…" in blog and blog.count("More words follow here.") < 20
    assert blog.index("Lesson 3") < blog.index("Lesson 2") and "Lesson 1" not in blog
    assert old.title not in blog
    assert f'href="{latest.get_absolute_url()}"' in section(response, "blog")


def test_the_next_three_events_soonest_first(client, people):
    workspace = team(people)
    EventFactory(
        workspace=workspace,
        title="Kick-off call (over)",
        start=ago(days=3),
        end=ago(days=3) + datetime.timedelta(hours=1),
    )
    EventFactory(
        workspace=workspace,
        title="Validation workshop (under way)",
        start=ago(hours=1),
        end=later(hours=2),
        location="Dakar",
    )
    soon = EventFactory(
        workspace=workspace,
        title="Steering committee",
        start=later(days=2),
        end=later(days=2, hours=3),
        location="Cotonou, Ministry of Labour",
    )
    training = EventFactory(
        workspace=workspace,
        title="Training of elected members",
        start=later(days=9),
        end=None,
        location="",
        online_url="https://meet.example.org/t",
    )
    EventFactory(workspace=workspace, title="Annual assembly", start=later(days=60))

    response = client.get(workspace.get_absolute_url())

    events = visible_text(section(response, "events"))
    assert events.startswith("Next events Validation workshop (under way) ")
    assert f"Steering committee {moment(soon.start)} (UTC) · Cotonou, Ministry of Labour" in events
    assert f"Training of elected members {moment(training.start)} (UTC) · online" in events
    assert events.index("Validation") < events.index("Steering") < events.index("Training")
    assert "Kick-off call" not in events and "Annual assembly" not in events


def test_an_event_is_shown_at_the_time_the_organisers_gave_in_their_time_zone():
    start = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)
    given, unknown, plain = Event(start=start), Event(start=start), Event(start=start)
    given.time_zone, unknown.time_zone = "Africa/Porto-Novo", "Mars/Olympus_Mons"

    shown = services.in_own_time_zone([given, unknown, plain])

    assert [(event.local_start.hour, event.zone_label) for event in shown] == [
        (10, "Africa/Porto-Novo"),
        (9, "UTC"),
        (9, "UTC"),
    ]


def test_the_five_documents_updated_last(client, people):
    workspace = team(people)
    reports = FolderFactory(workspace=workspace, name="Field reports")
    for number in range(6):
        DocumentFactory(
            workspace=workspace,
            created_by=people[MEMBER],
            folder=reports,
            title=f"Monthly report {number}",
            updated=ago(days=10 - number),
        )
    survey = DocumentFactory(
        workspace=workspace,
        created_by=people[MEMBER],
        title="Baseline survey",
        updated=ago(days=30),
    )
    add_version(survey, b"%PDF-1.4 second version of the survey" * 40, name="survey-v2.pdf")
    survey.updated = timezone.now()
    survey.save()

    response = client.get(workspace.get_absolute_url())

    documents = visible_text(section(response, "documents"))
    size = formats.number_format(1.4, 1)  # 1480 bytes: "1.4 KB"
    assert documents.startswith(
        f"Latest documents Baseline survey PDF, {size} KB, version 2 · "
        f"updated {day(survey.updated)}"
    )
    assert "Monthly report 5 PDF" in documents and "· Field reports" in documents
    assert "Monthly report 2" in documents and "Monthly report 1" not in documents
    assert f'href="{reports.get_absolute_url()}"' in section(response, "documents")


def test_the_most_active_discussions_first(client, people):
    workspace = team(people)
    busy = ThreadFactory(
        workspace=workspace, author=people[MEMBER], title="Which premium?", last_reply=ago(days=5)
    )
    for days in (9, 7, 5):
        ReplyFactory(thread=busy, author=people[OWNER], created=ago(days=days))
    fresh = ThreadFactory(
        workspace=workspace,
        author=people[OWNER],
        title="Brochure languages",
        created=ago(days=1),
        last_reply=ago(days=1),
    )
    once = ThreadFactory(workspace=workspace, author=None, title="Posters", last_reply=ago(days=40))
    for days in (70, 60, 55, 50, 40):
        ReplyFactory(thread=once, author=people[MEMBER], created=ago(days=days))
    for number in range(3):
        ThreadFactory(
            workspace=workspace,
            author=people[MEMBER],
            title=f"Old question {number}",
            last_reply=ago(days=100 + number),
        )

    response = client.get(workspace.get_absolute_url())

    threads = visible_text(section(response, "threads"))
    assert threads.startswith(
        "Active discussions "
        f"Which premium? Mia Member · 3 replies · last message {day(busy.last_reply)} "
        f"Brochure languages Olga Owner · 0 replies · last message {day(fresh.last_reply)} "
        f"Posters A former member · 5 replies · last message {day(once.last_reply)} "
        "Old question 0"
    )
    assert "Old question 1" in threads and "Old question 2" not in threads


def test_the_wiki_pages_edited_lately(client, people):
    workspace = team(people)
    guide = WikiPageFactory(
        workspace=workspace,
        created_by=people[MEMBER],
        title="Enrolment guide",
        updated=ago(days=2),
        updated_by=people[OWNER],
        version=3,
    )
    for number in range(5):
        WikiPageFactory(
            workspace=workspace,
            created_by=people[MEMBER],
            title=f"Chapter {number}",
            updated=ago(days=10 + number),
        )

    response = client.get(workspace.get_absolute_url())

    wiki = visible_text(section(response, "wiki"))
    assert wiki.startswith(
        f"Wiki pages edited lately Enrolment guide Olga Owner · {day(guide.updated)} · version 3 "
        "Chapter 0 Mia Member"
    )
    assert "Chapter 3" in wiki and "Chapter 4" not in wiki
    assert f'href="{guide.get_absolute_url()}"' in section(response, "wiki")


def test_each_part_links_to_its_section(client, people):
    workspace = team(people)

    page = client.get(workspace.get_absolute_url()).content.decode()

    for label, name in SEE_ALL.items():
        assert f'<a href="{url(name, workspace)}">{label}</a>' in page


def test_a_new_workspace_says_each_part_is_empty(client, people):
    workspace = team(people)

    page = text(client.get(workspace.get_absolute_url()))

    for empty in (
        "No blog post yet.",
        "No event coming up.",
        "No document yet.",
        "No discussion yet.",
        "No wiki page yet.",
    ):
        assert empty in page


# --- Who is offered what ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("role", "offered"),
    [
        (ANONYMOUS, False),
        (OUTSIDER, False),
        (MEMBER, True),
        (MODERATOR, True),
        (OWNER, True),
        (ADMIN, False),  # reads and moderates everything, but writes only where a member
    ],
)
def test_members_are_offered_to_add_content_others_only_to_read(client, people, role, offered):
    workspace = team(people)
    PostFactory(workspace=workspace, author=people[MEMBER], title="Lessons from Parakou")
    sign_in(client, people[role])

    response = client.get(workspace.get_absolute_url())

    page = response.content.decode()
    assert "Lessons from Parakou" in text(response)
    for label, name in ADD_LINKS.items():
        assert (f'<a href="{url(name, workspace)}">{label}</a>' in page) is offered, label


def test_an_archived_workspace_offers_nothing_to_add(client, people):
    workspace = team(people)
    services.set_archived(workspace, actor=people[OWNER], archived=True)
    sign_in(client, people[MEMBER])

    page = text(client.get(workspace.get_absolute_url()))

    assert "See all the blog posts" in page
    assert not any(label in page for label in ADD_LINKS)


# --- Privacy ------------------------------------------------------------------------------
def private_content(workspace: Workspace, author) -> list[str]:
    """Content of every kind in ``workspace``, all titled with a secret word."""
    PostFactory(workspace=workspace, author=author, title="Secret post on Zanzibar premiums")
    EventFactory(workspace=workspace, created_by=author, title="Secret steering meeting")
    DocumentFactory(workspace=workspace, created_by=author, title="Secret actuarial study")
    ThreadFactory(workspace=workspace, author=author, title="Secret question on reserves")
    WikiPageFactory(workspace=workspace, created_by=author, title="Secret handbook")
    return [
        "Secret post on Zanzibar premiums",
        "Secret steering meeting",
        "Secret actuarial study",
        "Secret question on reserves",
        "Secret handbook",
    ]


@pytest.mark.parametrize(
    ("visibility", "role", "status"),
    [(PRIVATE, ANONYMOUS, 404), (PRIVATE, OUTSIDER, 404), (MEMBERS, ANONYMOUS, 302)],
)
def test_those_who_may_not_read_the_workspace_get_none_of_its_content(
    client, people, visibility, role, status
):
    workspace = team(people, visibility=visibility)
    titles = private_content(workspace, people[MEMBER])
    sign_in(client, people[role])

    response = client.get(workspace.get_absolute_url())

    assert response.status_code == status
    page = response.content.decode()
    assert not any(title in page for title in titles)
    if status == 302:
        assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize("role", [MEMBER, ADMIN])
def test_readers_of_a_private_workspace_see_its_content_on_a_private_page(client, people, role):
    workspace = team(people, visibility=PRIVATE)
    titles = private_content(workspace, people[MEMBER])
    sign_in(client, people[role])

    response = client.get(workspace.get_absolute_url())

    page = text(response)
    assert all(title in page for title in titles)
    assert "private" in response["Cache-Control"]


def test_the_overview_shows_only_the_workspace_s_own_content(client, people):
    public = team(people, name="Social marketing in Benin")
    closed = team(people, name="Closed cell", visibility=PRIVATE)
    titles = private_content(closed, people[MEMBER])
    sign_in(client, people[MEMBER])  # a reader of both

    page = client.get(public.get_absolute_url()).content.decode()

    assert not any(title in page for title in titles)
    assert "Closed cell" not in page


# --- The results framework of a project ---------------------------------------------------
@pytest.fixture
def strategy():
    """A cooperation action with an outcome, an output, indicators and milestones."""
    action = ActionFactory(
        slug="western-africa",
        title="Building social protection floors for all: Western Africa strategy",
        country="SN",
    )
    outcome = result(action, "1", statement="Social mutuals have their place in health cover")
    trained = indicator(
        outcome,
        "Managers trained in social protection financing",
        baseline=0,
        target=43,
        actual=38,
        status="on-track",
        comment="Second course in Lomé",
    )
    milestone(trained, datetime.date(2023, 6, 30), planned=20, actual=25)
    output = result(action, "1.1", kind="output", statement="A working paper on social mutuals")
    indicator(output, "Working paper validated", baseline=0, target=1, status="achieved")
    return action


def test_a_project_following_an_action_shows_its_results_framework(client, people, strategy):
    workspace = team(people, kind=Workspace.Kind.PROJECT, action=strategy)

    response = client.get(workspace.get_absolute_url())

    framework = visible_text(section(response, "framework"))
    assert framework.startswith(
        "Results framework This project follows the results of the cooperation action: "
        "Building social protection floors for all: Western Africa strategy "
        "2 indicators"
    )
    assert "Outcome 1. Social mutuals have their place in health cover" in framework
    assert (
        "Managers trained in social protection financing 0 30 Jun 2023: planned 20, actual 25 "
        "✔ met 43 38 ● On track Second course in Lomé"
    ) in framework
    assert "Output 1.1. A working paper on social mutuals" in framework
    assert "Working paper validated 0 No milestone 1 \N{EN DASH} ★ Achieved" in framework
    html = section(response, "framework")
    assert f'href="{strategy.get_absolute_url()}"' in html
    assert f'href="{reverse("cooperation:action-report", args=[strategy.slug])}"' in html


@pytest.mark.parametrize("kind", [Workspace.Kind.RESEARCH, Workspace.Kind.COMMUNITY])
def test_other_kinds_of_workspace_name_the_action_without_its_framework(
    client, people, strategy, kind
):
    workspace = team(people, kind=kind, action=strategy)

    response = client.get(workspace.get_absolute_url())

    page = text(response)
    assert f"Cooperation action followed {strategy.title}" in page
    assert "Results framework" not in page and "Managers trained" not in page


def test_a_project_without_an_action_has_no_framework(client, people):
    workspace = team(people, kind=Workspace.Kind.PROJECT)

    assert "Results framework" not in text(client.get(workspace.get_absolute_url()))


def test_an_action_without_results_says_so(client, people):
    workspace = team(people, kind=Workspace.Kind.PROJECT, action=ActionFactory(title="Pilot"))

    framework = visible_text(section(client.get(workspace.get_absolute_url()), "framework"))

    assert framework == (
        "Results framework This project follows the results of the cooperation action: Pilot "
        "This action has no results framework recorded."
    )


# --- The activity stream ------------------------------------------------------------------
def test_the_stream_links_to_what_each_entry_is_about_while_it_exists(client, people):
    workspace = team(people)
    mia = people[MEMBER]
    post = PostFactory(workspace=workspace, author=mia, title="Lessons from Parakou")
    comment = PostCommentFactory(post=post, author=people[OWNER])
    gone = PostFactory(workspace=workspace, author=mia, title="A post deleted since")
    page = WikiPageFactory(workspace=workspace, created_by=mia, title="Enrolment guide")
    revision = page.revisions.get()
    thread = ThreadFactory(workspace=workspace, author=mia, title="Which premium?")
    reply = ReplyFactory(thread=thread, author=people[OWNER])
    event = EventFactory(workspace=workspace, created_by=mia, title="Steering committee")
    document = DocumentFactory(workspace=workspace, created_by=mia, title="Baseline survey")
    version = add_version(document, b"%PDF-1.4 v2", name="survey.pdf")
    folder = FolderFactory(workspace=workspace, name="Field reports")
    elsewhere = PostFactory(author=mia, title="Another workspace's post")
    for verb, target, summary in [
        (Verb.POSTED, post, post.title),
        (Verb.COMMENTED, comment, post.title),
        (Verb.POSTED, gone, gone.title),
        (Verb.PAGE_EDITED, revision, page.title),
        (Verb.REPLIED, reply, thread.title),
        (Verb.EVENT_ADDED, event, event.title),
        (Verb.DOCUMENT_VERSION, version, document.title),
        (Verb.UPDATED, folder, ""),
        (Verb.POSTED, elsewhere, "Forged entry"),
    ]:
        activity.record(workspace, actor=mia, verb=verb, target=target, summary=summary)
    gone.delete()

    response = client.get(workspace.get_absolute_url())

    stream = section(response, "activity")
    links = dict(re.findall(r'<a href="([^"]+)" class="activity-summary">([^<]+)</a>', stream))
    assert links == {
        post.get_absolute_url(): post.title,
        f"{post.get_absolute_url()}#comment-{comment.pk}": post.title,
        page.get_absolute_url(): page.title,  # from a revision of it
        f"{thread.get_absolute_url()}#reply-{reply.pk}": thread.title,
        event.get_absolute_url(): event.title,
        document.get_absolute_url(): document.title,  # from a version of it
    }
    assert '<span class="activity-summary">A post deleted since</span>' in stream
    assert '<span class="activity-summary">Forged entry</span>' in stream
    assert f'<a href="{folder.get_absolute_url()}">updated the workspace</a>' in stream
    assert elsewhere.get_absolute_url() not in stream


# --- The navigation -----------------------------------------------------------------------
@pytest.mark.parametrize(("role", "settings_shown"), [(ANONYMOUS, False), (OWNER, True)])
def test_the_navigation_leads_to_every_section_and_searches_the_workspace(
    client, people, role, settings_shown
):
    workspace = team(people)
    sign_in(client, people[role])

    response = client.get(workspace.get_absolute_url())

    nav = response.content.decode().split('class="workspace-nav"')[1].split("</nav>")[0]
    entries = re.findall(r'<li><a href="([^"]+)"( aria-current="page")?>([^<]+)</a></li>', nav)
    expected = [
        (url("detail", workspace), ' aria-current="page"', "Overview"),
        (url("blog", workspace), "", "Blog"),
        (url("wiki", workspace), "", "Wiki"),
        (url("documents", workspace), "", "Documents"),
        (url("threads", workspace), "", "Discussions"),
        (url("events", workspace), "", "Events"),
        (url("members", workspace), "", "Members"),
        (url("activity", workspace), "", "Activity"),
    ] + [(url("edit", workspace), "", "Settings")] * settings_shown
    assert entries == expected
    form = nav.split("<form")[1]
    assert f'method="get" action="{url("search", workspace)}"' in form
    assert (
        '<label for="workspace-search-q" class="visually-hidden">Search this workspace</label>'
        in form
    )
    assert 'type="search" name="q" id="workspace-search-q" value=""' in form


# --- Queries ------------------------------------------------------------------------------
def fill(workspace: Workspace, people: dict, count: int, action=None) -> None:
    """``count`` of each kind of content, each with its activity."""
    mia, olga = people[MEMBER], people[OWNER]
    folder = FolderFactory(workspace=workspace)
    for number in range(count):
        post = PostFactory(workspace=workspace, author=mia)
        comment = PostCommentFactory(post=post, author=olga)
        page = WikiPageFactory(workspace=workspace, created_by=mia)
        thread = ThreadFactory(workspace=workspace, author=mia)
        reply = ReplyFactory(thread=thread, author=olga)
        event = EventFactory(workspace=workspace, created_by=mia, start=later(days=number + 1))
        document = DocumentFactory(workspace=workspace, created_by=mia, folder=folder)
        version = add_version(document, b"%PDF-1.4 v2", name="v2.pdf")
        for verb, target in [
            (Verb.POSTED, post),
            (Verb.COMMENTED, comment),
            (Verb.PAGE_CREATED, page),
            (Verb.THREAD_STARTED, thread),
            (Verb.REPLIED, reply),
            (Verb.EVENT_ADDED, event),
            (Verb.DOCUMENT_ADDED, document),
            (Verb.DOCUMENT_VERSION, version),
        ]:
            activity.record(workspace, actor=mia, verb=verb, target=target, summary=str(target))


@pytest.mark.parametrize(
    ("role", "project", "queries"),
    [
        (ANONYMOUS, False, 21),
        (MEMBER, False, 28),
        (MEMBER, True, 31),  # the framework: results, indicators, milestones
    ],
)
def test_the_page_costs_the_same_queries_for_one_or_ten_of_everything(
    client, people, role, project, queries, django_assert_num_queries
):
    actions = []
    for size in (1, 10):
        action = ActionFactory()
        for number in range(size):
            outcome = result(action, str(number + 1))
            milestone(indicator(outcome, f"Indicator {number}"), datetime.date(2024, 1, 1), 5)
        actions.append(action if project else None)
    small = team(people, slug="small", kind=Workspace.Kind.PROJECT, action=actions[0])
    big = team(people, slug="big", kind=Workspace.Kind.PROJECT, action=actions[1])
    fill(small, people, 1)
    fill(big, people, 10)
    sign_in(client, people[role])
    client.get(small.get_absolute_url())  # the session and the site's caches settle

    with django_assert_num_queries(queries):
        client.get(small.get_absolute_url())
    with django_assert_num_queries(queries):
        response = client.get(big.get_absolute_url())

    rows = {key: section(response, key).count('class="overview-title"') for key in PARTS}
    assert rows == {"blog": 3, "events": 3, "documents": 5, "threads": 5, "wiki": 5}
    assert section(response, "activity").count('class="activity-summary"') == 20
    if project:
        assert "10 indicators" in text(response)
