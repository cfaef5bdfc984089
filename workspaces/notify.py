"""Workspaces in the notifications app: a workspace can be followed, and what its
members add to it is told as an ``Update`` (``notifications.publish``).

Members follow their workspace from the day they join (``membership.follow``) and
choose how they hear of it on its "Notifications for this workspace" page; anyone
who may read a public or members-only workspace may follow it too.

``activity.record(..., notify=True)`` calls ``announce`` in the transaction of the
change it records:

- new content (a blog post, a wiki page, a document or its new version, a
  discussion, an event) goes to the workspace's followers, as each chose;
- a comment, a reply and a mention go only to the people they concern: the post's
  author (a comment), the thread's author and those who took part in it and still
  follow the workspace (a reply), the members named (a mention), as their
  preferences for what concerns them say;
- never to the actor, nor to someone a mention of the same change names: they are
  told once, by the mention (``told_apart``).

Who hears of a private workspace's news is its readers (members, site
administrators: ``audience``); whether each may still read it is checked again when
each e-mail leaves (``may_read``), so someone who left meanwhile gets nothing.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from notifications import registry
from notifications.models import Reason, Subscription
from notifications.publish import publish

from . import bodies
from .models import (
    Activity,
    Document,
    Event,
    Membership,
    Post,
    PostComment,
    Reply,
    Thread,
    WikiPage,
    Workspace,
)

Verb = Activity.Verb
# About a paragraph: enough to decide whether to open it.
EXCERPT_WORDS = 80

# What each announced activity says, in a sentence and in an e-mail subject.
SENTENCES = {
    Verb.POSTED: (
        _("{actor} wrote a new blog post, “{title}”, in the workspace “{source}”."),
        _("{actor} wrote a blog post: {title}"),
    ),
    Verb.COMMENTED: (
        _("{actor} commented on the blog post “{title}” in the workspace “{source}”."),
        _("{actor} commented: {title}"),
    ),
    Verb.PAGE_CREATED: (
        _("{actor} created the wiki page “{title}” in the workspace “{source}”."),
        _("{actor} created a wiki page: {title}"),
    ),
    Verb.DOCUMENT_ADDED: (
        _("{actor} added the document “{title}” to the workspace “{source}”."),
        _("{actor} added a document: {title}"),
    ),
    Verb.DOCUMENT_VERSION: (
        _("{actor} uploaded a new version of the document “{title}” in the workspace “{source}”."),
        _("{actor} uploaded a new version: {title}"),
    ),
    Verb.THREAD_STARTED: (
        _("{actor} started the discussion “{title}” in the workspace “{source}”."),
        _("{actor} started a discussion: {title}"),
    ),
    Verb.REPLIED: (
        _("{actor} replied in the discussion “{title}” in the workspace “{source}”."),
        _("{actor} replied: {title}"),
    ),
    Verb.MENTIONED: (
        _("{actor} mentioned you in “{title}”, in the workspace “{source}”."),
        _("{actor} mentioned you: {title}"),
    ),
    Verb.EVENT_ADDED: (
        _("{actor} announced the event “{title}” in the workspace “{source}”."),
        _("{actor} announced an event: {title}"),
    ),
}
# New content: the workspace's followers hear of it. The other verbs concern only the
# people addressed.
NEW_CONTENT = {
    Verb.POSTED,
    Verb.PAGE_CREATED,
    Verb.DOCUMENT_ADDED,
    Verb.DOCUMENT_VERSION,
    Verb.THREAD_STARTED,
    Verb.EVENT_ADDED,
}


def update_verb(verb: str) -> str:
    """The ``Update.verb`` of an activity's verb (update verbs are shared by every app)."""
    return f"workspace-{verb}"


# --- Following a workspace -----------------------------------------------------------------


def audience(workspace: Workspace) -> Q | None:
    """Who may hear of what happens in ``workspace``: anyone who may read it. A public
    or members-only workspace is read by every signed-in member (``None``); a private
    one by its members and the site administrators (``rules.is_site_admin``)."""
    if workspace.visibility != Workspace.Visibility.PRIVATE:
        return None
    admin = Permission.objects.filter(
        content_type__app_label="workspaces", codename="change_workspace"
    )
    admins = get_user_model().objects.filter(
        Q(is_superuser=True) | Q(groups__permissions__in=admin) | Q(user_permissions__in=admin)
    )
    members = Membership.objects.filter(workspace=workspace).values("user")
    return Q(pk__in=members) | Q(pk__in=admins.values("pk"))


def may_read(user, workspace: Workspace) -> bool:
    return user.has_perm("workspaces.read_workspace", workspace)


def register() -> None:
    """Called by ``WorkspacesConfig.ready``."""
    registry.register(
        registry.Followable(
            model=Workspace,
            key="workspace",
            label=_("the workspace"),
            audience=audience,
            may_read=may_read,
            name=lambda workspace: workspace.name,
        )
    )
    for verb, (sentence, subject) in SENTENCES.items():
        registry.register_verb(update_verb(verb), sentence=sentence, subject=subject)


# --- Telling what happened -----------------------------------------------------------------


@dataclass
class _About:
    """What an activity is about, as the update shows it."""

    title: str
    excerpt: str
    target: object  # has get_absolute_url (a reply's and a comment's carry their anchor)
    thread: Thread | None = None
    when: object = None


def _words(text: str) -> str:
    return Truncator(" ".join((text or "").split())).words(EXCERPT_WORDS, truncate="…")


def _about(target) -> _About | None:
    """The title, excerpt and date the update shows of ``target``."""
    if isinstance(target, Reply):
        thread = target.thread
        excerpt = bodies.excerpt(target.body_html, EXCERPT_WORDS)
        return _About(thread.title, excerpt, target, thread=thread)
    if isinstance(target, Thread):
        excerpt = bodies.excerpt(target.body_html, EXCERPT_WORDS)
        return _About(target.title, excerpt, target, thread=target)
    if isinstance(target, PostComment):
        return _About(target.post.title, _words(target.body), target)
    if isinstance(target, Post | WikiPage):
        return _About(target.title, bodies.excerpt(target.body_html, EXCERPT_WORDS), target)
    if isinstance(target, Document):
        return _About(target.title, _words(target.description), target)
    if isinstance(target, Event):
        return _About(target.title, _words(target.description), target, when=target.start)
    return None


def _took_part(workspace: Workspace, thread: Thread) -> set[int]:
    """Those who wrote in ``thread`` and still follow its workspace."""
    authors = {
        thread.author_id,
        *Reply.objects.filter(thread=thread).values_list("author", flat=True),
    }
    return set(
        Subscription.objects.to(workspace)
        .filter(user__in=authors - {None})
        .values_list("user", flat=True)
    )


def announce(activity: Activity, target, *, told_apart=()) -> None:
    """Tell ``activity`` (about ``target``) to those who should hear of it, in the
    transaction that records it; ``told_apart``: people a mention of the same change
    tells."""
    about = _about(target)
    if about is None:
        return
    verb = activity.verb
    reason = Reason.MENTIONED if verb == Verb.MENTIONED else Reason.ADDRESSED
    direct = dict.fromkeys(activity.addressed_to, reason)
    if verb == Verb.REPLIED and about.thread is not None:
        for user_id in _took_part(activity.workspace, about.thread):
            direct.setdefault(user_id, Reason.PARTICIPANT)
    publish(
        verb=update_verb(verb),
        title=about.title,
        source=activity.workspace,
        target=about.target,
        actor=activity.actor,
        excerpt=about.excerpt,
        when=about.when,
        direct=direct,
        exclude=set(told_apart),
        followers=verb in NEW_CONTENT,
    )
