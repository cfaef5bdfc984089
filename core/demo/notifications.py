"""Demo follows and notifications, so that the notification centre, the header count,
the preferences page and the follow buttons show something on a fresh demo.

Every member of a demo workspace follows it (e-mail for each item, as joining does).
Aminata also follows Senegal's country profile and the library topic on health
assistance (daily digest); Carlos follows Colombia, Peru and the topic on HIV/AIDS (weekly
digest). Their
centre holds the latest blog posts of their workspaces written by others, and the
newest library items of the topics they follow.

The demo writes these notifications directly, for the portal only: loading the demo
never sends an e-mail. Idempotent: follows are created when missing, and an update is
matched on its verb and target.
"""

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F, Q

from countryprofiles.models import CountryProfilePage
from library.models import Item, Topic
from notifications.models import Delivery, Notification, Reason, Subscription, Update
from workspaces import bodies
from workspaces.models import Membership, Post

AMINATA = "aminata@gess.example"
CARLOS = "carlos@gess.example"
POSTS_PER_MEMBER = 4
ITEMS_PER_TOPIC = 3


def _follow(user, obj, delivery: str) -> bool:
    _subscription, new = Subscription.objects.get_or_create(
        user=user,
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
        object_id=obj.pk,
        defaults={"delivery": delivery},
    )
    return new


def _tell(user, *, verb, obj, source, via, title, excerpt, actor, when) -> bool:
    """One update about ``obj`` (created once) in ``user``'s centre."""
    kind = ContentType.objects.get_for_model(obj, for_concrete_model=False)
    source_kind = ContentType.objects.get_for_model(source, for_concrete_model=False)
    update, _new = Update.objects.get_or_create(
        verb=verb,
        target_type=kind,
        target_id=obj.pk,
        defaults={
            "title": title[:300],
            "excerpt": excerpt,
            "actor": actor,
            "source_type": source_kind,
            "source_id": source.pk,
            "created": when,
        },
    )
    if update.actor_id == user.pk:
        return False
    _notification, new = Notification.objects.get_or_create(
        recipient=user,
        update=update,
        defaults={
            "reason": Reason.FOLLOWING,
            "via_type": ContentType.objects.get_for_model(via, for_concrete_model=False),
            "via_id": via.pk,
            "delivery": Delivery.PORTAL,
            "created": when,
        },
    )
    return new


def load_notifications() -> dict:
    people = {user.email: user for user in get_user_model().objects.all()}
    follows = told = 0
    memberships = Membership.objects.select_related("workspace", "user").order_by("pk")
    for membership in memberships:
        follows += _follow(membership.user, membership.workspace, Delivery.INSTANT)
        posts = (
            Post.objects.filter(workspace=membership.workspace)
            .exclude(author=membership.user)
            .select_related("author")
            .order_by("-created")[:POSTS_PER_MEMBER]
        )
        for post in posts:
            told += _tell(
                membership.user,
                verb="posted",
                obj=post,
                source=membership.workspace,
                via=membership.workspace,
                title=post.title,
                excerpt=bodies.excerpt(post.body_html, 40),
                actor=post.author,
                when=post.created,
            )
    wishes = [
        (AMINATA, ["SN"], "social-assistance", Delivery.DAILY),
        (CARLOS, ["CO", "PE"], "hiv-aids", Delivery.WEEKLY),
    ]
    for email, countries, topic_slug, delivery in wishes:
        person = people.get(email)
        if person is None:
            continue
        for page in CountryProfilePage.objects.live().filter(country__in=countries):
            follows += _follow(person, page, delivery)
        topic = Topic.objects.filter(slug=topic_slug).first()
        if topic is None:
            continue
        follows += _follow(person, topic, delivery)
        items = Item.objects.published().filter(topics=topic).order_by("-published_at", "-pk")
        for item in items[:ITEMS_PER_TOPIC]:
            told += _tell(
                person,
                verb="library-item-published",
                obj=item,
                source=item,
                via=topic,
                title=item.title,
                excerpt=item.abstract[:300],
                actor=None,
                when=item.published_at or item.created,
            )
    # The header's unread count, as the fan-out keeps it.
    unread = (
        get_user_model()
        .objects.annotate(waiting=Count("notifications", filter=Q(notifications__read_at=None)))
        .exclude(unread_notifications=F("waiting"))
    )
    for user in unread:
        get_user_model().objects.filter(pk=user.pk).update(unread_notifications=user.waiting)
    return {"follows": follows, "notifications": told}
