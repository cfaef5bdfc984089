"""A workspace's blog: writing, changing and deleting posts and their comments, and the
lists other pages show (the home page's "Latest blog posts", the RSS feeds).

Each change is saved in one transaction with the ``Activity`` that records it, so both
are saved or neither is. A new post tells the workspace (POSTED), a comment tells the
post's author (COMMENTED), and the members a post or comment names with "@Display Name"
hear of it once (MENTIONED); these are told through the notifications
(``activity.record(notify=True)``). Edits and deletions record nothing.

Post bodies are stored as typed and as ``bodies.render`` made them (``body_html``, the
only one pages show). Comments are short plain text, shown escaped.
"""

from django.db import transaction
from django.utils import timezone

from . import activity, bodies, mentions
from .models import Activity, Post, PostComment, Workspace


def _named(workspace: Workspace, *, author, text: str, skip=()) -> list[int]:
    """The members ``text`` names with "@Display Name": never the author, nor the people
    in ``skip``, who hear of the change anyway."""
    people = mentions.mentioned(workspace, text, exclude=author)
    return [user.pk for user in people if user.pk not in set(skip)]


def create_post(workspace: Workspace, *, author, title: str, body: str) -> Post:
    """Publish a post by ``author`` in ``workspace``."""
    with transaction.atomic():
        now = timezone.now()
        post = Post.objects.create(
            workspace=workspace,
            author=author,
            title=title,
            body=body,
            body_html=bodies.render(body),
            created=now,
            updated=now,
        )
        activity.record(
            workspace,
            actor=author,
            verb=Activity.Verb.POSTED,
            target=post,
            summary=post.title,
            notify=True,
            mentioned=_named(workspace, author=author, text=body),
        )
    return post


def update_post(post: Post, *, title: str, body: str) -> Post:
    """Change a post's title and text; its publication date stays, ``updated`` moves."""
    with transaction.atomic():
        post.title = title
        post.body = body
        post.body_html = bodies.render(body)
        post.updated = timezone.now()
        post.save(update_fields=["title", "body", "body_html", "updated"])
    return post


def delete_post(post: Post) -> None:
    """Delete a post and its comments (a library item made from it stays)."""
    with transaction.atomic():
        post.delete()


def add_comment(post: Post, *, author, body: str) -> PostComment:
    """Comment on ``post``; its author hears of it (unless they wrote the comment)."""
    workspace = post.workspace
    with transaction.atomic():
        comment = PostComment.objects.create(
            post=post, author=author, body=body, created=timezone.now()
        )
        told = []
        if post.author_id and post.author_id != getattr(author, "pk", None):
            told = [post.author_id]
        activity.record(
            workspace,
            actor=author,
            verb=Activity.Verb.COMMENTED,
            target=comment,
            summary=post.title,
            addressed_to=told,
            notify=True,
            # The post's author, named in a comment on their own post, hears of it once.
            mentioned=_named(workspace, author=author, text=body, skip=told),
        )
    return comment


def delete_comment(comment: PostComment) -> None:
    with transaction.atomic():
        comment.delete()


# --- What other pages show ---------------------------------------------------------------


def latest_posts(user, limit: int = 5) -> list[Post]:
    """The home page's "Latest blog posts from workspaces": the newest posts of the
    workspaces ``user`` may read, with their workspace and author (one query). Render
    with ``workspaces/blocks/latest_posts.html`` and ``{"posts": latest_posts(user)}``."""
    return list(
        Post.objects.readable_by(user)
        .select_related("workspace", "author")
        .defer("body", "workspace__summary")
        .order_by("-created", "-pk")[:limit]
    )


def public_posts():
    """Posts of public workspaces, newest first, with their workspace and author: what
    the RSS feeds carry, whoever asks (feed readers cannot sign in)."""
    return (
        Post.objects.public()
        .select_related("workspace", "author")
        .defer("body")
        .order_by("-created", "-pk")
    )
