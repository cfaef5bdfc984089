"""The discussion list as something members follow, and what its messages tell.

Each subscriber follows their list in the notifications app (a ``Subscription``,
whose delivery they choose: every message by e-mail, a daily or weekly digest, the
portal only); ``services`` keeps that subscription in step with the ``Subscriber``
row. What happens on a list is told with ``notifications.publish`` in the
transaction of the change:

- an approved message (a new topic or a reply) goes to the list's followers, as
  each chose, never to its author; its e-mail is a mailing-list e-mail
  (``forums/emails/message``): ``[List] Subject``, the whole message, its author,
  links to reply on the web and to leave the list;
- a message waiting for moderation goes to the list's moderators only, with a link
  to the list's moderation page;
- a rejected message goes to its author only, with the moderator's reason.

Nobody banned from a list hears of it (``audience``), and each e-mail checks again
when it leaves (``may_read``): a member banned meanwhile, a message or a list
deleted meanwhile, and the e-mail is cancelled. Every function here runs inside
the caller's transaction.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from core.mail import absolute_url
from notifications import registry
from notifications.models import Delivery, Reason, Subscription
from notifications.publish import publish

from .models import BODY_MAX_LENGTH, DiscussionList, Message, Subscriber

NEW_TOPIC = "forum-topic"
REPLY = "forum-reply"
WAITING = "forum-waiting"
REJECTED = "forum-rejected"
# What a moderator is told of a waiting message: enough to decide to open the queue.
WAITING_EXCERPT = 1_000


# --- Following a list ----------------------------------------------------------------------


def _banned(discussion_list: DiscussionList):
    return Subscriber.objects.filter(
        discussion_list=discussion_list, standing=Subscriber.Standing.BANNED
    ).values("user")


def audience(discussion_list: DiscussionList) -> Q:
    """Who may hear of what happens on the list: any active member not banned from it
    (the archive is public; ``publish`` keeps to active members)."""
    return ~Q(pk__in=_banned(discussion_list))


def may_read(user, discussion_list: DiscussionList) -> bool:
    if not user.is_authenticated:
        return True
    return not _banned(discussion_list).filter(user=user.pk).exists()


def may_follow(user, discussion_list: DiscussionList) -> bool:
    """Only a subscriber (not banned) follows a list: the follow page chooses how a
    subscriber hears of it; subscribing is the list's own page."""
    return (
        Subscriber.objects.filter(discussion_list=discussion_list, user=user.pk)
        .exclude(standing=Subscriber.Standing.BANNED)
        .exists()
    )


def _content_type():
    return ContentType.objects.get_for_model(DiscussionList, for_concrete_model=False)


def follow_list(user, discussion_list, *, delivery: str | None = None) -> None:
    """``user`` follows the list (a ``notifications.Subscription``), with
    ``delivery`` (default: every message by e-mail); an existing subscription keeps
    its delivery unless ``delivery`` is given."""
    if delivery is not None and delivery not in Delivery.values:
        raise ValueError(delivery)
    subscription, created = Subscription.objects.get_or_create(
        user=user,
        content_type=_content_type(),
        object_id=discussion_list.pk,
        defaults={"delivery": delivery or Delivery.INSTANT},
    )
    if not created and delivery is not None and subscription.delivery != delivery:
        subscription.delivery = delivery
        subscription.save(update_fields=["delivery"])


def unfollow_list(user, discussion_list) -> None:
    """``user`` no longer follows the list (no more e-mails, no notifications)."""
    Subscription.objects.filter(
        user=user, content_type=_content_type(), object_id=discussion_list.pk
    ).delete()


def forget_list(discussion_list) -> None:
    """The list is deleted: nobody follows it any more."""
    Subscription.objects.filter(content_type=_content_type(), object_id=discussion_list.pk).delete()


# --- The list message e-mail ---------------------------------------------------------------


def _list_links(update) -> dict:
    """The list's own links for a message's e-mail, in the active language."""
    discussion_list = update.source
    return {
        "list_url": absolute_url(discussion_list.get_absolute_url()),
        "leave_url": absolute_url(reverse("forum:leave", kwargs={"slug": discussion_list.slug})),
    }


def _moderation_page(message: Message) -> str:
    return reverse("forum:list-moderation", kwargs={"slug": message.topic.discussion_list.slug})


def _list_page(message: Message) -> str:
    return message.topic.discussion_list.get_absolute_url()


def register() -> None:
    registry.register(
        registry.Followable(
            model=DiscussionList,
            key="list",
            label=_("the discussion list"),
            kind=_("Discussion list"),
            audience=audience,
            may_read=may_read,
            may_follow=may_follow,
            name=lambda discussion_list: discussion_list.display_name,
        )
    )
    # A list message's e-mail reads like a mailing list's: "[List] Subject".
    registry.register_verb(
        NEW_TOPIC,
        sentence=_("{actor} started “{title}” on {source}."),
        subject="{title}",
        template="forums/emails/message",
        context=_list_links,
    )
    registry.register_verb(
        REPLY,
        sentence=_("{actor} replied to “{title}” on {source}."),
        subject=_("Re: {title}"),
        template="forums/emails/message",
        context=_list_links,
    )
    registry.register_verb(
        WAITING,
        sentence=_("{actor} wrote “{title}” on {source}. The message is waiting for moderation."),
        subject=_("Waiting for moderation: {title}"),
        link=_moderation_page,
    )
    registry.register_verb(
        REJECTED,
        sentence=_("{actor} did not publish your message “{title}” on {source}."),
        subject=_("Your message was not published: {title}"),
        link=_list_page,
    )


register()


# --- Telling what happened -----------------------------------------------------------------


def whole_text(message: Message) -> str:
    """The message as plain text, whole (as typed, or its rendered copy's text)."""
    text = message.body or strip_tags(message.body_html)
    return text.strip()[:BODY_MAX_LENGTH]


def message_published(message) -> None:
    """An approved message: every follower of the list hears of it (a new topic or a
    reply), the whole message in the e-mail; its author is not told."""
    topic = message.topic
    publish(
        verb=NEW_TOPIC if message.opens_topic else REPLY,
        title=topic.subject,
        source=topic.discussion_list,
        target=message,
        actor=message.author,
        excerpt=whole_text(message),
    )


def message_waiting(message) -> None:
    """A message waits for moderation: the list's moderators are told."""
    topic = message.topic
    moderators = (
        Subscriber.objects.filter(
            discussion_list=topic.discussion_list_id, role=Subscriber.Role.MODERATOR
        )
        .exclude(standing=Subscriber.Standing.BANNED)
        .values_list("user", flat=True)
    )
    direct = dict.fromkeys(moderators, Reason.ADDRESSED)
    if not direct:
        return
    publish(
        verb=WAITING,
        title=topic.subject,
        source=topic.discussion_list,
        target=message,
        actor=message.author,
        excerpt=whole_text(message)[:WAITING_EXCERPT],
        direct=direct,
        followers=False,
    )


def message_rejected(message) -> None:
    """A moderator rejected the message: its author is told, with the reason (a
    banned author is told nothing)."""
    topic = message.topic
    if message.author_id is None or not may_read(message.author, topic.discussion_list):
        return
    publish(
        verb=REJECTED,
        title=topic.subject,
        source=topic.discussion_list,
        target=message,
        actor=message.moderated_by,
        excerpt=message.rejection_reason,
        direct={message.author_id: Reason.ADDRESSED},
        followers=False,
    )
