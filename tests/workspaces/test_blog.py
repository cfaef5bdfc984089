"""The workspace blog: members write posts (sanitised), comment, edit and delete what is
theirs; moderators tidy up anyone's; an archived workspace is read-only; @mentions tell
the member named; lists cost the same number of queries however long they are."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from notifications.models import OutboxMessage
from tests.accounts.helpers import html, section_text, textarea_value, visible_text
from tests.factories import UserFactory
from tests.workspaces.factories import (
    PostCommentFactory,
    PostFactory,
    WorkspaceFactory,
    add_member,
)
from workspaces import blog, services
from workspaces.models import BODY_MAX_LENGTH, Activity, Membership, Post, PostComment, Workspace

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

Role = Membership.Role
Verb = Activity.Verb


@pytest.fixture
def workspace(owner):
    return WorkspaceFactory(name="Health mutuals in Benin", slug="mutuals-benin", owner=owner)


@pytest.fixture
def author(workspace):
    user = UserFactory(email="mia@example.org", display_name="Mia Member")
    add_member(workspace, user, Role.MEMBER)
    return user


@pytest.fixture
def colleague(workspace):
    user = UserFactory(email="carlos@example.org", display_name="Carlos Rojas")
    add_member(workspace, user, Role.MEMBER)
    return user


@pytest.fixture
def post(workspace, author):
    return PostFactory(
        workspace=workspace,
        author=author,
        title="Door-to-door visits in Parakou",
        body="Peer educators **doubled** enrolment.",
    )


def as_user(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def url(name: str, workspace: Workspace, **kwargs) -> str:
    return reverse(f"workspaces:{name}", kwargs={"slug": workspace.slug, **kwargs})


def post_url(name: str, post: Post, **kwargs) -> str:
    return url(name, post.workspace, pk=post.pk, **kwargs)


def snapshot(workspace: Workspace) -> tuple:
    return (
        sorted(Post.objects.filter(workspace=workspace).values_list("title", "body", "updated")),
        sorted(
            PostComment.objects.filter(post__workspace=workspace).values_list("body", flat=True)
        ),
        Activity.objects.filter(workspace=workspace).count(),
    )


def errors(response) -> list[str]:
    """The error messages shown next to fields, as a reader sees them."""
    return [
        visible_text(item)
        for item in re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', html(response), re.S)
    ]


# --- Writing -----------------------------------------------------------------------------


def test_a_member_publishes_a_post_that_the_blog_lists(workspace, author):
    client = as_user(author)
    form = client.get(url("post-create", workspace))
    assert "Write a post" in visible_text(form)

    response = client.post(
        url("post-create", workspace),
        {"title": "What we learnt in Parakou", "body": "Visits by **peer educators** work."},
        follow=True,
    )

    post = Post.objects.get()
    assert response.redirect_chain == [(post.get_absolute_url(), 302)]
    text = visible_text(response)
    assert "Your post is published." in text
    assert "What we learnt in Parakou" in text
    assert "Mia Member" in text
    assert "<strong>peer educators</strong>" in html(response)
    assert post.author == author and post.body == "Visits by **peer educators** work."
    [posted] = Activity.objects.filter(verb=Verb.POSTED)
    assert (posted.actor, posted.summary, posted.target_id) == (author, post.title, post.pk)

    listing = visible_text(as_user(None).get(url("blog", workspace)))
    assert "What we learnt in Parakou" in listing
    assert "Visits by peer educators work." in listing
    assert "0 comments" in listing
    assert "Write a post" not in listing


def test_a_post_is_sanitised_through_the_real_form(workspace, author):
    body = "\n".join(
        [
            "## Field notes",
            "",
            "- first visit",
            "- second visit",
            "",
            "| Village | Enrolled |",
            "|---------|----------|",
            "| Tchaourou | 120 |",
            "",
            "[The report](https://example.org/report.pdf) and ![map](https://example.org/map.png)",
            "",
            '<script>alert("owned")</script>',
            '<p onclick="steal()">Click me</p>',
            '<a href="javascript:alert(1)">Evil link</a>',
            '<img src="javascript:alert(2)" alt="bad picture">',
        ]
    )

    as_user(author).post(url("post-create", workspace), {"title": "Notes", "body": body})

    page = html(as_user(None).get(Post.objects.get().get_absolute_url()))
    article = re.search(r'<div class="post-body body">(.*?)</div>\s*</article>', page, re.S)
    shown = article.group(1)
    assert "<h2>Field notes</h2>" in shown
    assert "<li>first visit</li>" in shown
    assert "<td>Tchaourou</td>" in shown
    assert 'href="https://example.org/report.pdf"' in shown
    assert 'rel="nofollow noopener noreferrer"' in shown
    assert re.search(r'<img (?=[^>]*alt="map")[^>]*src="https://example.org/map.png"', shown)
    assert "Click me" in shown and "Evil link" in shown
    for bad in ("<script", "alert(", "owned", "onclick", "steal()", "javascript:"):
        assert bad not in page, bad
    assert Post.objects.get().body == body  # kept as typed, for editing


@pytest.mark.parametrize(
    ("title", "body", "message"),
    [
        ("", "Some text", "Please give your post a title."),
        ("   ", "Some text", "Please give your post a title."),
        ("A title", "", "Please write the text of your post."),
        ("x" * 201, "Some text", "The title is too long: 200 characters at most (it has 201)."),
    ],
)
def test_a_post_without_title_or_text_is_refused_and_nothing_saved(
    workspace, author, title, body, message
):
    before = snapshot(workspace)

    response = as_user(author).post(url("post-create", workspace), {"title": title, "body": body})

    assert response.status_code == 200
    text = visible_text(response)
    assert "Nothing was saved. Please correct the errors below." in text
    assert message in errors(response)
    assert snapshot(workspace) == before


def test_a_text_too_long_is_refused_with_its_length_and_kept_in_the_form(workspace, author):
    body = "a" * (BODY_MAX_LENGTH + 1)
    before = snapshot(workspace)

    response = as_user(author).post(url("post-create", workspace), {"title": "Long", "body": body})

    assert errors(response) == [
        "The text is too long: 100000 characters at most (it has 100001). "
        "Split it into several posts."
    ]
    assert textarea_value(response, "body") == body
    assert snapshot(workspace) == before


# --- Reading -----------------------------------------------------------------------------


def test_the_blog_lists_posts_newest_first_twenty_a_page(workspace, author):
    start = timezone.now() - timezone.timedelta(days=30)
    for number in range(25):
        PostFactory(
            workspace=workspace,
            author=author,
            title=f"Weekly note {number:02d}",
            created=start + timezone.timedelta(days=number),
        )

    first = visible_text(as_user(None).get(url("blog", workspace)))
    second = visible_text(as_user(None).get(url("blog", workspace) + "?page=2"))

    assert re.findall(r"Weekly note \d\d", first) == [
        f"Weekly note {n:02d}" for n in range(24, 4, -1)
    ]
    assert "Page 1 of 2" in first
    assert re.findall(r"Weekly note \d\d", second) == [
        f"Weekly note {n:02d}" for n in range(4, -1, -1)
    ]


def test_the_blog_of_a_public_workspace_offers_its_feed(workspace, post):
    page = html(as_user(None).get(url("blog", workspace)))

    feed = url("feed", workspace)
    link = re.search(r'<link rel="alternate" type="application/rss\+xml"[^>]*>', page).group(0)
    assert 'title="Health mutuals in Benin · blog"' in link
    assert f'href="{feed}"' in link
    assert "Follow this blog (RSS feed)" in visible_text(page)


def test_the_blog_of_a_members_only_workspace_has_no_feed_and_is_not_shared_by_caches(
    workspace, post, colleague
):
    Workspace.objects.filter(pk=workspace.pk).update(visibility=Workspace.Visibility.MEMBERS)

    for address in (url("blog", workspace), post.get_absolute_url()):
        response = as_user(colleague).get(address)
        assert "Door-to-door visits in Parakou" in visible_text(response)
        assert "application/rss+xml" not in html(response)
        assert "/feed/" not in html(response)
        assert "private" in response["Cache-Control"]


def test_a_post_of_another_workspace_is_not_found_under_this_ones_address(workspace, author):
    elsewhere = WorkspaceFactory(name="Closed cell", visibility=Workspace.Visibility.PRIVATE)
    secret = PostFactory(workspace=elsewhere, title="Secret plans of the closed cell")
    client = as_user(author)

    for name in ("post", "post-edit", "post-delete"):
        response = client.get(url(name, workspace, pk=secret.pk))
        assert response.status_code == 404
        assert "Secret plans" not in html(response)
    comment = PostCommentFactory(post=secret, body="Hidden comment")
    response = client.post(url("post-comment", workspace, pk=secret.pk), {"body": "Hi"})
    assert response.status_code == 404
    response = client.post(url("comment-delete", workspace, pk=secret.pk, comment_pk=comment.pk))
    assert response.status_code == 404
    assert PostComment.objects.filter(post=secret).count() == 1


def test_the_post_page_shows_who_may_do_what(workspace, post, author, colleague, moderator):
    PostCommentFactory(post=post, author=colleague, body="Same in Borgou.")

    def actions(user) -> str:
        return visible_text(as_user(user).get(post.get_absolute_url()))

    mine = actions(author)
    assert "Edit the post" in mine and "Delete the post" in mine
    assert "Propose to the library" not in mine
    assert mine.count("Delete this comment") == 0
    assert "Publish the comment" in mine

    theirs = actions(colleague)
    assert "Edit the post" not in theirs and "Delete the post" not in theirs
    assert theirs.count("Delete this comment") == 1  # their own comment

    moderating = actions(moderator)
    assert "Edit the post" in moderating and "Delete the post" in moderating
    assert "Propose to the library" in moderating
    assert moderating.count("Delete this comment") == 1
    assert url("capitalise-post", workspace, pk=post.pk) in html(
        as_user(moderator).get(post.get_absolute_url())
    )

    reader = actions(None)
    assert "Edit the post" not in reader and "Publish the comment" not in reader
    assert "Sign in to comment" in reader


# --- Changing and deleting ---------------------------------------------------------------


def test_the_author_edits_the_post_and_the_page_says_it_was_edited(workspace, post, author):
    Post.objects.filter(pk=post.pk).update(created=timezone.now() - timezone.timedelta(days=2))
    before = Activity.objects.count()
    client = as_user(author)
    form = client.get(post_url("post-edit", post))
    assert textarea_value(form, "body") == "Peer educators **doubled** enrolment."

    response = client.post(
        post_url("post-edit", post),
        {"title": "Door-to-door visits, revised", "body": "Peer educators *tripled* it."},
        follow=True,
    )

    assert response.redirect_chain == [(post.get_absolute_url(), 302)]
    text = visible_text(response)
    assert "The post is saved." in text
    assert "Door-to-door visits, revised" in text and "edited on" in text
    assert "<em>tripled</em>" in html(response)
    post.refresh_from_db()
    assert post.updated > post.created
    assert Activity.objects.count() == before  # an edit is not news


def test_an_empty_edit_changes_nothing(workspace, post, author):
    before = snapshot(workspace)

    response = as_user(author).post(post_url("post-edit", post), {"title": "New", "body": " "})

    assert "Please write the text of your post." in errors(response)
    assert snapshot(workspace) == before


def test_another_member_may_neither_edit_nor_delete_a_post(workspace, post, colleague):
    before = snapshot(workspace)
    client = as_user(colleague)

    assert client.get(post_url("post-edit", post)).status_code == 403
    edit = client.post(post_url("post-edit", post), {"title": "Hijacked", "body": "Mine now"})
    delete = client.post(post_url("post-delete", post))

    assert (edit.status_code, delete.status_code) == (403, 403)
    assert snapshot(workspace) == before


def test_the_author_deletes_the_post_with_its_comments_after_confirming(workspace, post, author):
    PostCommentFactory(post=post, author=author, body="A note to self.")
    client = as_user(author)

    confirm = client.get(post_url("post-delete", post))
    assert "Delete “Door-to-door visits in Parakou”" in visible_text(confirm)
    assert Post.objects.filter(pk=post.pk).exists()
    response = client.post(post_url("post-delete", post), follow=True)

    assert response.redirect_chain == [(url("blog", workspace), 302)]
    assert "The post “Door-to-door visits in Parakou” is deleted." in visible_text(response)
    assert not Post.objects.exists() and not PostComment.objects.exists()


def test_a_moderator_edits_and_deletes_anyones_post(workspace, post, moderator):
    client = as_user(moderator)

    client.post(post_url("post-edit", post), {"title": "Tidied title", "body": "Tidied."})
    post.refresh_from_db()
    assert (post.title, post.body_html) == ("Tidied title", "<p>Tidied.</p>")
    assert post.author.display_name == "Mia Member"  # still hers

    client.post(post_url("post-delete", post))
    assert not Post.objects.exists()


def test_an_author_who_left_may_no_longer_edit(workspace, post, author):
    Membership.objects.filter(workspace=workspace, user=author).delete()

    response = as_user(author).post(post_url("post-edit", post), {"title": "X", "body": "Y"})

    assert response.status_code == 403
    post.refresh_from_db()
    assert post.title == "Door-to-door visits in Parakou"


# --- Comments ----------------------------------------------------------------------------


def test_a_member_comments_and_the_posts_author_is_told(workspace, post, author, colleague):
    response = as_user(colleague).post(
        post_url("post-comment", post),
        {"body": "Same in Borgou:\nradio spots did little. See https://example.org/borgou"},
        follow=True,
    )

    comment = PostComment.objects.get()
    assert response.redirect_chain == [(f"{post.get_absolute_url()}#comment-{comment.pk}", 302)]
    comments = section_text(response, "comments-title")
    assert comments.startswith("1 comment Carlos Rojas")
    assert "radio spots did little" in comments
    assert '<a href="https://example.org/borgou" rel="nofollow">' in html(response)
    [told] = Activity.objects.filter(verb=Verb.COMMENTED)
    assert (told.actor, told.addressed_to, told.summary) == (
        colleague,
        [author.pk],
        "Door-to-door visits in Parakou",
    )
    assert "1 comment" in visible_text(as_user(None).get(url("blog", workspace)))


def test_a_comment_is_plain_text(workspace, post, colleague):
    as_user(colleague).post(
        post_url("post-comment", post), {"body": '<script>alert(1)</script><b onclick="x()">hi</b>'}
    )

    page = html(as_user(None).get(post.get_absolute_url()))
    assert "<script>alert(1)" not in page and "<b onclick" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_the_author_commenting_their_own_post_tells_nobody_in_particular(post, author):
    as_user(author).post(post_url("post-comment", post), {"body": "Update: 40 more families."})

    assert Activity.objects.get(verb=Verb.COMMENTED).addressed_to == []


def test_an_empty_comment_is_refused_on_the_post_page(workspace, post, colleague):
    before = snapshot(workspace)

    response = as_user(colleague).post(post_url("post-comment", post), {"body": "  "})

    assert response.status_code == 200
    text = visible_text(response)
    assert "Door-to-door visits in Parakou" in text
    assert "Your comment was not published. Please correct the error below." in text
    assert errors(response) == ["Please write your comment before sending it."]
    assert snapshot(workspace) == before


def test_commenting_is_a_post_request(post, colleague):
    response = as_user(colleague).get(post_url("post-comment", post))

    assert response.status_code == 405
    assert not PostComment.objects.exists()


def test_who_deletes_a_comment(workspace, post, author, colleague, moderator):
    theirs = PostCommentFactory(post=post, author=colleague, body="Colleague's comment")
    other = PostCommentFactory(post=post, author=moderator, body="Moderator's comment")

    refused = as_user(author).post(post_url("comment-delete", post, comment_pk=theirs.pk))
    assert refused.status_code == 403  # the post's author does not moderate its comments
    assert PostComment.objects.count() == 2

    own = as_user(colleague).post(
        post_url("comment-delete", post, comment_pk=theirs.pk), follow=True
    )
    assert own.redirect_chain == [(f"{post.get_absolute_url()}#comments", 302)]
    assert "The comment is deleted." in visible_text(own)
    assert "Colleague's comment" not in visible_text(own)

    as_user(Membership.objects.get(workspace=workspace, role=Role.OWNER).user).post(
        post_url("comment-delete", post, comment_pk=other.pk)
    )
    assert not PostComment.objects.exists()


# --- Archived workspaces -----------------------------------------------------------------


def test_an_archived_workspace_refuses_every_write_and_hides_the_buttons(
    workspace, post, author, moderator, owner
):
    comment = PostCommentFactory(post=post, author=author, body="Before the archive.")
    services.set_archived(workspace, actor=owner, archived=True)
    before = snapshot(workspace)

    for user in (author, moderator):
        client = as_user(user)
        listing = visible_text(client.get(url("blog", workspace)))
        assert "Door-to-door visits in Parakou" in listing
        assert "Write a post" not in listing
        page = visible_text(client.get(post.get_absolute_url()))
        assert "Before the archive." in page
        for hidden in (
            "Edit the post",
            "Delete the post",
            "Delete this comment",
            "Publish the comment",
            "Propose to the library",
        ):
            assert hidden not in page, hidden
        assert "This workspace is archived: comments are closed." in page
        answers = [
            client.get(url("post-create", workspace)).status_code,
            client.post(url("post-create", workspace), {"title": "T", "body": "B"}).status_code,
            client.get(post_url("post-edit", post)).status_code,
            client.post(post_url("post-edit", post), {"title": "T", "body": "B"}).status_code,
            client.post(post_url("post-delete", post)).status_code,
            client.post(post_url("post-comment", post), {"body": "Late"}).status_code,
            client.post(post_url("comment-delete", post, comment_pk=comment.pk)).status_code,
        ]
        assert answers == [403] * 7
    assert snapshot(workspace) == before


# --- Mentions ----------------------------------------------------------------------------


def test_a_post_mentioning_members_tells_them_once(workspace, author, colleague, moderator):
    outsider = UserFactory(display_name="Oscar Outsider")

    as_user(author).post(
        url("post-create", workspace),
        {
            "title": "Who does what",
            "body": "@Carlos Rojas drafts, @Mo Moderator reviews, @Oscar Outsider watches, "
            "and @Mia Member (me) publishes. Thanks @Carlos Rojas!",
        },
    )

    post = Post.objects.get()
    [mention] = Activity.objects.filter(verb=Verb.MENTIONED)
    assert mention.addressed_to == sorted([colleague.pk, moderator.pk])
    assert outsider.pk not in mention.addressed_to
    assert (mention.actor, mention.target_id, mention.summary) == (author, post.pk, "Who does what")
    assert mention.target_type.model == "post"


def test_a_post_without_mentions_records_only_that_it_was_posted(workspace, author):
    blog.create_post(workspace, author=author, title="Plain", body="Write to me@example.org")

    assert list(Activity.objects.filter(workspace=workspace).values_list("verb", flat=True)) == [
        Verb.POSTED
    ]


def test_a_comment_mentioning_members_tells_them(workspace, post, author, colleague, moderator):
    as_user(colleague).post(
        post_url("post-comment", post),
        {"body": "@Mo Moderator could you check this? And @Mia Member, great post."},
    )

    commented = Activity.objects.get(verb=Verb.COMMENTED)
    mention = Activity.objects.get(verb=Verb.MENTIONED)
    assert commented.addressed_to == [author.pk]
    # The post's author already hears of the comment: the mention is for the moderator.
    assert mention.addressed_to == [moderator.pk]
    # Both are about the comment, whose text the e-mails quote.
    comment = PostComment.objects.get()
    assert (commented.target_id, mention.target_id) == (comment.pk, comment.pk)
    assert commented.target_type.model_class() is PostComment


def test_an_edit_adds_no_mention(workspace, post, author, colleague):
    as_user(author).post(post_url("post-edit", post), {"title": "T", "body": "Hi @Carlos Rojas"})

    assert not Activity.objects.filter(verb=Verb.MENTIONED).exists()


@pytest.mark.worker
def test_a_new_post_and_its_mention_are_sent_by_the_real_worker(
    fresh_cache, real_celery_worker, mailoutbox
):
    owner = UserFactory(email="olga@example.org", display_name="Olga Owner")
    colleague = UserFactory(email="carlos@example.org", display_name="Carlos Rojas")
    reader = UserFactory(email="rita@example.org", display_name="Rita Reader")
    workspace = WorkspaceFactory(owner=owner)
    add_member(workspace, colleague)
    add_member(workspace, reader)
    client = as_user(owner)

    client.post(
        url("post-create", workspace), {"title": "Agenda", "body": "@Carlos Rojas please add."}
    )

    expected = set(OutboxMessage.objects.values_list("pk", flat=True))
    assert len(expected) == 2  # the news to Rita, the mention to Carlos
    runs = real_celery_worker.wait_for_task("notifications.send_messages")
    deadline = timezone.now() + timezone.timedelta(seconds=20)
    while {pk for kwargs, _, _ in runs for pk in kwargs["ids"]} != expected:
        assert timezone.now() < deadline, runs
        runs = real_celery_worker.wait_for_task("notifications.send_messages", timeout=1)
    assert {(state, in_worker) for _, state, in_worker in runs} == {("SUCCESS", True)}
    assert sorted((message.to[0], message.subject) for message in mailoutbox) == [
        ("carlos@example.org", f"[{workspace.name}] Olga Owner mentioned you: Agenda"),
        ("rita@example.org", f"[{workspace.name}] Olga Owner wrote a blog post: Agenda"),
    ]


# --- Query counts ------------------------------------------------------------------------


def queries_for(client, address: str) -> int:
    client.get(address)  # the session and permissions warmed up
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)
    assert response.status_code == 200
    return len(queries)


def test_the_blog_costs_the_same_for_3_and_12_posts(workspace, author, colleague):
    client = as_user(colleague)

    def fill(count: int) -> int:
        Post.objects.all().delete()
        for number in range(count):
            post = PostFactory(workspace=workspace, author=author, title=f"Note {number}")
            PostCommentFactory(post=post, author=colleague)
        return queries_for(client, url("blog", workspace))

    assert fill(3) == fill(12)


def test_a_post_costs_the_same_for_3_and_12_comments(workspace, post, author, colleague, moderator):
    def fill(count: int, user) -> int:
        PostComment.objects.all().delete()
        for number in range(count):
            PostCommentFactory(post=post, author=(author, colleague)[number % 2], body=f"C{number}")
        return queries_for(as_user(user), post.get_absolute_url())

    for user in (None, colleague, moderator):
        assert fill(3, user) == fill(12, user)


def test_the_blog_page_is_bounded(workspace, author, django_assert_max_num_queries):
    for _ in range(12):
        PostFactory(workspace=workspace, author=author)
    client = as_user(author)
    client.get(url("blog", workspace))

    with django_assert_max_num_queries(12):
        client.get(url("blog", workspace))
