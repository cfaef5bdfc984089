"""The workspace e-mails that cannot wait for the notifications issue: invitations,
join requests and the answers to them, and each ``Activity`` recorded with
``notify=True`` (a new post, page, document, discussion or event, a comment, a reply,
a mention), sent by the tasks in ``tasks.py``.

Each is written in its recipient's language (an invitation to an address without
an account: in the inviter's), with absolute links, and goes to its addressee
alone: a private workspace is named to nobody else. What was true when the
e-mail was queued is checked again when it is sent (the invitation still
usable, the request still waiting, the moderator still a moderator).
"""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import Truncator

from core.mail import one_line

from . import bodies
from .membership import accounts_by_email, moderator_ids
from .models import (
    Activity,
    Document,
    DocumentVersion,
    Event,
    Invitation,
    JoinRequest,
    Membership,
    Post,
    PostComment,
    Reply,
    Thread,
    WikiPage,
)
from .rules import workspace_of

logger = logging.getLogger(__name__)


def absolute(name: str, **kwargs) -> str:
    """The portal's full address of a URL name, in the active language."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(name, kwargs=kwargs)


def _send(template: str, context: dict, to: str, language: str | None) -> None:
    """Render ``workspaces/emails/<template>_subject.txt`` and ``_body.txt`` in
    ``language`` and send them to one address."""
    with translation.override(language or settings.LANGUAGE_CODE):
        context = {**context, "PORTAL_NAME": settings.PORTAL_NAME}
        if "workspace" in context:
            context["workspace_url"] = absolute("workspaces:detail", slug=context["workspace"].slug)
        for key, (name, kwargs) in context.pop("links", {}).items():
            context[key] = absolute(name, **kwargs)
        subject = render_to_string(f"workspaces/emails/{template}_subject.txt", context)
        body = render_to_string(f"workspaces/emails/{template}_body.txt", context)
    EmailMessage(subject=one_line(subject), body=body, to=[to]).send()


def deliver_invitation(invitation_id: int) -> bool:
    """E-mail the invited address its link, if the invitation can still be used."""
    invitation = (
        Invitation.objects.select_related("workspace", "invited_by")
        .filter(pk=invitation_id)
        .first()
    )
    if invitation is None or not invitation.is_usable or invitation.workspace.is_archived:
        logger.info("Invitation %s is gone or no longer usable; no e-mail.", invitation_id)
        return False
    account_id = accounts_by_email([invitation.email]).get(invitation.email.lower())
    account = get_user_model().objects.filter(pk=account_id, is_active=True).first()
    inviter = invitation.invited_by
    language = account.language if account else (inviter.language if inviter else None)
    context = {
        "invitation": invitation,
        "workspace": invitation.workspace,
        "inviter": inviter,
        "invitee": account,
        "links": {"invitation_url": ("workspaces:invitation", {"token": invitation.token})},
    }
    # Claim the e-mail first: a task run twice (a retry after a lost acknowledgement)
    # sends it once; a failed send releases the claim so that Celery's retry sends it.
    claimed = Invitation.objects.filter(pk=invitation.pk, e_mailed__isnull=True).update(
        e_mailed=timezone.now()
    )
    if not claimed:
        return False
    try:
        _send("invitation", context, invitation.email, language)
    except Exception:
        Invitation.objects.filter(pk=invitation.pk).update(e_mailed=None)
        raise
    return True


def deliver_join_request(request_id: int) -> int:
    """Tell each moderator (and the owner) that someone asks to join; how many were told."""
    request = (
        JoinRequest.objects.select_related("workspace", "user")
        .filter(pk=request_id, status=JoinRequest.Status.PENDING)
        .first()
    )
    if request is None:
        logger.info("Join request %s is gone or answered; no e-mail.", request_id)
        return 0
    workspace = request.workspace
    moderators = (
        get_user_model()
        .objects.filter(pk__in=moderator_ids(workspace), is_active=True)
        .exclude(email="")
    )
    links = {"requests_url": ("workspaces:requests", {"slug": workspace.slug})}
    for moderator in moderators:
        context = {"request": request, "workspace": workspace, "moderator": moderator}
        _send("join_request", {**context, "links": links}, moderator.email, moderator.language)
    return len(moderators)


def deliver_join_decision(request_id: int) -> bool:
    """Tell the person who asked whether the moderators let them in."""
    request = (
        JoinRequest.objects.select_related("workspace", "user")
        .exclude(status=JoinRequest.Status.PENDING)
        .filter(pk=request_id)
        .first()
    )
    person = request.user if request else None
    if person is None or not person.is_active or not person.email:
        logger.info("Join request %s is undecided or its author is gone; no e-mail.", request_id)
        return False
    context = {
        "request": request,
        "workspace": request.workspace,
        "person": person,
        "approved": request.status == JoinRequest.Status.APPROVED,
    }
    _send("join_decision", context, person.email, person.language)
    return True


# --- Activities (a new post, a reply, a mention…) ---------------------------------------------

# New content: every member who asked for e-mail updates hears of it.
NEW_CONTENT = {
    Activity.Verb.POSTED,
    Activity.Verb.PAGE_CREATED,
    Activity.Verb.DOCUMENT_ADDED,
    Activity.Verb.DOCUMENT_VERSION,
    Activity.Verb.THREAD_STARTED,
    Activity.Verb.EVENT_ADDED,
}
EXCERPT_WORDS = 80
# A mention recorded with the activity (same author, same target, within this time) is
# e-mailed on its own: the people it names are not told twice.
SAME_CHANGE = timedelta(minutes=1)


@dataclass
class _About:
    """What an activity is about, as its e-mail shows it."""

    title: str
    excerpt: str
    target: object  # has get_absolute_url
    anchor: str = ""
    thread: Thread | None = None
    when: object = None


def _plain_excerpt(text: str) -> str:
    return Truncator(" ".join((text or "").split())).words(EXCERPT_WORDS, truncate="…")


def _about(activity: Activity) -> _About | None:
    """The activity's target as the e-mail shows it, or ``None`` when it is gone."""
    model = activity.target_type.model_class() if activity.target_type_id else None
    if model is None:
        return None
    target = model._default_manager.filter(pk=activity.target_id).first()
    if target is None or workspace_of(target) != activity.workspace:
        return None
    if isinstance(target, Reply):
        thread = target.thread
        excerpt = bodies.excerpt(target.body_html, EXCERPT_WORDS)
        return _About(thread.title, excerpt, thread, f"#reply-{target.pk}", thread=thread)
    if isinstance(target, Thread):
        excerpt = bodies.excerpt(target.body_html, EXCERPT_WORDS)
        return _About(target.title, excerpt, target, thread=target)
    if isinstance(target, PostComment):
        post = target.post
        return _About(post.title, _plain_excerpt(target.body), post, f"#comment-{target.pk}")
    if isinstance(target, Post):
        return _About(target.title, bodies.excerpt(target.body_html, EXCERPT_WORDS), target)
    if isinstance(target, WikiPage):
        return _About(target.title, bodies.excerpt(target.body_html, EXCERPT_WORDS), target)
    if isinstance(target, DocumentVersion):
        document = target.document
        return _About(document.title, _plain_excerpt(target.note or document.description), document)
    if isinstance(target, Document):
        return _About(target.title, _plain_excerpt(target.description), target)
    if isinstance(target, Event):
        return _About(target.title, _plain_excerpt(target.description), target, when=target.start)
    if not hasattr(target, "get_absolute_url"):
        return None
    return _About(str(target), "", target)


def _told_by_mention(activity: Activity) -> set[int]:
    """Those a mention recorded with ``activity`` names: that e-mail tells them."""
    if activity.verb == Activity.Verb.MENTIONED or activity.target_type_id is None:
        return set()
    rows = Activity.objects.filter(
        workspace=activity.workspace_id,
        verb=Activity.Verb.MENTIONED,
        actor=activity.actor_id,
        target_type=activity.target_type_id,
        target_id=activity.target_id,
        created__range=(activity.created - SAME_CHANGE, activity.created + SAME_CHANGE),
    ).values_list("addressed_to", flat=True)
    return {user_id for row in rows for user_id in row}


def _recipients(activity: Activity, about: _About) -> list[tuple]:
    """``(user, why)`` for each person to e-mail, once each, in the order of their ids.

    ``why`` is "mentioned", "addressed" (it is about their post or thread), "participant"
    (they took part in the thread) or "updates" (they want e-mails about new content)."""
    workspace = activity.workspace
    addressed = "mentioned" if activity.verb == Activity.Verb.MENTIONED else "addressed"
    why = dict.fromkeys(activity.addressed_to, addressed)
    wanting = Membership.objects.filter(workspace=workspace, email_updates=True)
    if activity.verb in NEW_CONTENT:
        for user_id in wanting.values_list("user", flat=True):
            why.setdefault(user_id, "updates")
    if activity.verb == Activity.Verb.REPLIED and about.thread is not None:
        thread = about.thread
        took_part = {thread.author_id} | set(
            Reply.objects.filter(thread=thread).values_list("author", flat=True)
        )
        for user_id in wanting.filter(user__in=took_part - {None}).values_list("user", flat=True):
            why.setdefault(user_id, "participant")
    why.pop(activity.actor_id, None)
    for user_id in _told_by_mention(activity):
        why.pop(user_id, None)
    if not why:
        return []
    people = list(
        get_user_model().objects.filter(pk__in=why, is_active=True).exclude(email="").order_by("pk")
    )
    # Who may read the workspace now: its roles in one query, cached where the rules look.
    roles = dict(
        Membership.objects.filter(workspace=workspace, user__in=why).values_list("user", "role")
    )
    workspace.__dict__["_roles"] = {person.pk: roles.get(person.pk) for person in people}
    return [
        (person, why[person.pk])
        for person in people
        if person.has_perm("workspaces.read_workspace", workspace)
    ]


def deliver_activity(activity_id: int) -> int:
    """E-mail an activity to those who should hear of it; how many e-mails went.

    The activity is claimed first, so that a task run twice sends nothing twice. Nothing
    goes when what it is about was deleted meanwhile, or the workspace is archived; and
    only to active people who may still read the workspace. Each gets one e-mail, to
    them alone, in their language. When no e-mail could go, the claim is released and
    the error raised, for Celery to try again."""
    claimed = Activity.objects.filter(pk=activity_id, e_mailed__isnull=True).update(
        e_mailed=timezone.now()
    )
    if not claimed:
        return 0
    activity = (
        Activity.objects.select_related("workspace", "actor", "target_type")
        .filter(pk=activity_id)
        .first()
    )
    if activity is None or activity.workspace.is_archived:
        return 0
    about = _about(activity)
    if about is None:
        logger.info("The target of activity %s is gone; no e-mail.", activity_id)
        return 0
    workspace = activity.workspace
    sent, failure = 0, None
    for person, why in _recipients(activity, about):
        with translation.override(person.language or settings.LANGUAGE_CODE):
            link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + about.target.get_absolute_url()
        context = {
            "activity": activity,
            "verb": activity.verb,
            "actor": activity.actor,
            "workspace": workspace,
            "person": person,
            "why": why,
            "about": about,
            "target_url": link + about.anchor,
            "links": {"updates_url": ("workspaces:email-updates", {"slug": workspace.slug})},
        }
        try:
            _send("activity", context, person.email, person.language)
        except Exception as error:
            logger.exception(
                "Activity %s could not be e-mailed to user %s.", activity_id, person.pk
            )
            failure = failure or error
            continue
        sent += 1
    if failure is not None and not sent:
        Activity.objects.filter(pk=activity_id).update(e_mailed=None)
        raise failure
    return sent
