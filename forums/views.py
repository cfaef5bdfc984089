"""G-FORUM on the web: the lists, a list with its topics and archive, a topic, posting,
subscribing and leaving, moderation, the subscribers, the RSS feed.

The archives are public (no account needed); what each visitor sees is decided in
``queries``, who may do what in ``rules``, and the work is done in ``services``.
Posting views explain a refusal (subscribe first, an announcement list, banned, the list
closed) on a 403 page rather than the bare one; moderation views use
``member_permission_required``. Everything works without JavaScript.
"""

from calendar import monthrange
from datetime import datetime, timedelta

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.contrib.syndication.views import Feed
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from core.mail import absolute_url
from core.permissions import member_permission_required

from . import queries, services
from .forms import ModerationForm, ReplyForm, StandingForm, TopicForm
from .models import DiscussionList, Message, Subscriber, Topic
from .rules import subscriber_of

TOPICS_PAGE_SIZE = 25
ARCHIVE_PAGE_SIZE = 100
SUBSCRIBERS_PAGE_SIZE = 50
FEED_LENGTH = 30
FEED_MAX_AGE = 15 * 60  # seconds a shared cache may keep a feed
GET_OR_POST = ["GET", "HEAD", "POST"]


def _waiting_message() -> str:
    return _(
        "Your message waits for a moderator's approval: members' first messages are read "
        "before they are published."
    )


def _list(request, slug: str) -> DiscussionList:
    """The list ``slug`` (a 404 if none), fetched once per request."""
    cached = getattr(request, "_forum_list", None)
    if cached is None or cached.slug != slug:
        cached = request._forum_list = get_object_or_404(DiscussionList, slug=slug)
    return cached


def _list_for_rules(request, slug: str, *args, **kwargs) -> DiscussionList:
    return _list(request, slug)


def _topic(discussion_list: DiscussionList, pk: int) -> Topic:
    """The list's topic ``pk`` (never another list's)."""
    topic = get_object_or_404(
        Topic.objects.select_related("started_by"), discussion_list=discussion_list, pk=pk
    )
    topic.discussion_list = discussion_list
    return topic


def _may_moderate(user, discussion_list: DiscussionList) -> bool:
    return user.has_perm("forums.moderate_list", discussion_list)


def _refuse_posting(request, discussion_list: DiscussionList):
    """The answer to someone who may not post: the sign-in page for an anonymous visitor,
    else a 403 page saying why and what to do."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    found = subscriber_of(request.user, discussion_list)
    if not discussion_list.is_active:
        reason = _("This list is closed: its archive can be read, but nothing more can be posted.")
    elif found is not None and found.is_banned:
        reason = _("You may no longer post on this list.")
    elif found is None:
        reason = _("Only the list's subscribers post on it: subscribe first.")
    else:
        reason = _("This is an announcement list: only its moderators post on it.")
    context = {
        "discussion_list": discussion_list,
        "reason": reason,
        "may_subscribe": found is None
        and request.user.has_perm("forums.subscribe_list", discussion_list),
    }
    return render(request, "forums/not_allowed.html", context, status=403)


def _after_posting(request, posted: services.Posted, fallback: str):
    if posted.published:
        messages.success(request, _("Your message is published."))
        return redirect(posted.message.get_absolute_url())
    messages.success(request, _waiting_message())
    return redirect(fallback)


# --- Reading ------------------------------------------------------------------------------


@require_safe
def index(request):
    lists = queries.lists_for_index(request.user)
    context = {
        "open_lists": [one for one in lists if one.is_active],
        "closed_lists": [one for one in lists if not one.is_active],
        "may_moderate": request.user.has_perm("forums.moderate"),
    }
    return render(request, "forums/index.html", context)


@require_safe
def list_detail(request, slug):
    discussion_list = _list(request, slug)
    user = request.user
    found = subscriber_of(user, discussion_list)
    page = Paginator(queries.topics_of(discussion_list), TOPICS_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    context = {
        "discussion_list": discussion_list,
        "subscriber": found,
        "subscribed": found is not None and not found.is_banned,
        "banned": found is not None and found.is_banned,
        "may_subscribe": user.has_perm("forums.subscribe_list", discussion_list),
        "may_post": user.has_perm("forums.post_to_list", discussion_list),
        "may_moderate": _may_moderate(user, discussion_list),
        "moderators": queries.moderators_of(discussion_list),
        "page": page,
        "topics": page.object_list,
        "querystring": "",
        "months": queries.archive_months(discussion_list),
    }
    return render(request, "forums/list_detail.html", context)


@require_safe
def archive_month(request, slug, year, month):
    discussion_list = _list(request, slug)
    if not (1 <= month <= 12 and 1990 <= year <= 9998):
        raise Http404
    start = datetime(year, month, 1, tzinfo=timezone.get_current_timezone())
    end = start + timedelta(days=monthrange(year, month)[1])
    found = queries.messages_in_month(discussion_list, start, end)
    page = Paginator(found, ARCHIVE_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "discussion_list": discussion_list,
        "month": start,
        "page": page,
        "archived": page.object_list,
        "querystring": "",
    }
    return render(request, "forums/archive_month.html", context)


def _topic_page(request, discussion_list, topic, form: ReplyForm | None, status: int = 200):
    user = request.user
    moderator = _may_moderate(user, discussion_list)
    shown = queries.messages_for(topic, user, moderator=moderator)
    opening = next((one for one in shown if one.opens_topic), None)
    if opening is None or opening.status == Message.Status.REJECTED:
        raise Http404
    published = opening.status == Message.Status.APPROVED
    if not published and not (moderator or opening.author_id == user.pk):
        raise Http404
    may_post = published and user.has_perm("forums.post_to_list", discussion_list)
    answering = None
    if may_post and form is None:
        # "Reply to this message" links here with ?reply_to=<pk>: an approved message
        # of this topic, else nothing.
        wanted = request.GET.get("reply_to", "")
        answering = next(
            (
                one
                for one in shown
                if str(one.pk) == wanted and one.status == Message.Status.APPROVED
            ),
            None,
        )
        form = ReplyForm(initial={"reply_to": answering.pk if answering else ""})
    found = subscriber_of(user, discussion_list)
    context = {
        "discussion_list": discussion_list,
        "topic": topic,
        "shown": shown,
        "published": published,
        "form": form if may_post else None,
        "answering": answering,
        "may_moderate": moderator,
        "banned": found is not None and found.is_banned,
        "subscribed": found is not None and not found.is_banned,
    }
    return render(request, "forums/topic_detail.html", context, status=status)


@require_safe
def topic_detail(request, slug, pk):
    discussion_list = _list(request, slug)
    return _topic_page(request, discussion_list, _topic(discussion_list, pk), None)


# --- Subscribing --------------------------------------------------------------------------


@require_POST
def subscribe(request, slug):
    discussion_list = _list(request, slug)
    if not request.user.is_authenticated:
        return redirect_to_login(discussion_list.get_absolute_url())
    found = subscriber_of(request.user, discussion_list)
    if found is not None and not found.is_banned:
        messages.info(request, _("You are already subscribed to this list."))
        return redirect(discussion_list)
    if not request.user.has_perm("forums.subscribe_list", discussion_list):
        return _refuse_posting(request, discussion_list)
    services.subscribe(request.user, discussion_list)
    messages.success(
        request,
        _(
            "You are subscribed to %(name)s: each message will reach you by e-mail. "
            "You can choose a daily or weekly digest instead."
        )
        % {"name": discussion_list.display_name},
    )
    return redirect(discussion_list)


@require_POST
def leave(request, slug):
    discussion_list = _list(request, slug)
    if not request.user.is_authenticated:
        return redirect_to_login(discussion_list.get_absolute_url())
    if services.leave(request.user, discussion_list):
        messages.success(
            request,
            _("You have left %(name)s: its messages will no longer reach you.")
            % {"name": discussion_list.display_name},
        )
    else:
        messages.info(request, _("You were not subscribed to this list."))
    return redirect(discussion_list)


# --- Posting ------------------------------------------------------------------------------


@require_http_methods(GET_OR_POST)
def new_topic(request, slug):
    discussion_list = _list(request, slug)
    if not request.user.has_perm("forums.post_to_list", discussion_list):
        return _refuse_posting(request, discussion_list)
    form = TopicForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        posted = services.start_topic(
            request.user,
            discussion_list,
            subject=form.cleaned_data["subject"],
            body=form.cleaned_data["body"],
        )
        return _after_posting(request, posted, discussion_list.get_absolute_url())
    context = {"discussion_list": discussion_list, "form": form}
    return render(request, "forums/topic_form.html", context)


@require_POST
def reply(request, slug, pk):
    discussion_list = _list(request, slug)
    topic = _topic(discussion_list, pk)
    if not request.user.is_authenticated:
        return redirect_to_login(topic.get_absolute_url())
    if not services.is_published(topic):
        raise Http404  # nobody but its author and the moderators know of it
    if not request.user.has_perm("forums.post_to_list", discussion_list):
        return _refuse_posting(request, discussion_list)
    form = ReplyForm(request.POST)
    if not form.is_valid():
        # The topic again, with the error and what was typed, so that nothing is lost.
        return _topic_page(request, discussion_list, topic, form, status=200)
    answered = None
    if wanted := form.cleaned_data["reply_to"]:
        answered = Message.objects.approved().filter(topic=topic, pk=wanted).first()
    posted = services.reply(request.user, topic, body=form.cleaned_data["body"], reply_to=answered)
    return _after_posting(request, posted, topic.get_absolute_url())


# --- Moderation ---------------------------------------------------------------------------


@require_safe
@member_permission_required("forums.moderate")
def moderation_queue(request):
    every_list = request.user.has_perm("forums.change_discussionlist")
    lists = queries.moderated_lists(request.user, every_list=every_list)
    context = {"lists": lists, "waiting": sum(one.waiting_count for one in lists)}
    return render(request, "forums/moderation_queue.html", context)


def _moderation_form(pk: int, data=None) -> ModerationForm:
    # One form per waiting message on the page: ids of their own.
    return ModerationForm(data, auto_id=f"id_message{pk}_%s")


def _moderation_page(request, discussion_list, failed: tuple[int, ModerationForm] | None = None):
    waiting = queries.waiting_messages(discussion_list)
    for message in waiting:
        message.form = (
            failed[1] if failed and failed[0] == message.pk else _moderation_form(message.pk)
        )
    context = {"discussion_list": discussion_list, "waiting": waiting}
    return render(request, "forums/list_moderation.html", context)


@require_safe
@member_permission_required("forums.moderate_list", fn=_list_for_rules)
def list_moderation(request, slug):
    return _moderation_page(request, _list(request, slug))


@require_POST
@member_permission_required("forums.moderate_list", fn=_list_for_rules)
def moderate(request, slug, pk):
    discussion_list = _list(request, slug)
    message = get_object_or_404(
        Message.objects.select_related("topic", "author"),
        topic__discussion_list=discussion_list,
        pk=pk,
    )
    form = _moderation_form(message.pk, request.POST)
    if not form.is_valid():
        return _moderation_page(request, discussion_list, failed=(message.pk, form))
    if message.status != Message.Status.PENDING:
        messages.warning(request, _("This message was already moderated."))
        return redirect("forum:list-moderation", slug=discussion_list.slug)
    action, reason = form.cleaned_data["action"], form.cleaned_data["reason"]
    author = message.author.display_name if message.author else _("a former member")
    if action == ModerationForm.APPROVE:
        if services.approve(message, request.user):
            messages.success(request, _("The message is published."))
        else:
            messages.warning(request, _("This message was already moderated."))
    elif action == ModerationForm.REJECT:
        if services.reject(message, request.user, reason=reason):
            messages.success(request, _("The message is rejected; its author is told."))
        else:
            messages.warning(request, _("This message was already moderated."))
    else:
        try:
            services.ban_author(message, request.user, reason=reason)
        except services.NotAllowed:
            messages.error(
                request,
                _("%(name)s moderates this list and cannot be banned.") % {"name": author}
                if message.author_id
                else _("The author's account no longer exists: reject the message instead."),
            )
        else:
            messages.success(
                request,
                _("%(name)s is banned from the list; their waiting messages are rejected.")
                % {"name": author},
            )
    return redirect("forum:list-moderation", slug=discussion_list.slug)


@require_safe
@member_permission_required("forums.moderate_list", fn=_list_for_rules)
def subscribers(request, slug):
    discussion_list = _list(request, slug)
    page = Paginator(queries.subscribers_of(discussion_list), SUBSCRIBERS_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    context = {
        "discussion_list": discussion_list,
        "page": page,
        "subscribers": page.object_list,
        "querystring": "",
    }
    return render(request, "forums/subscribers.html", context)


@require_POST
@member_permission_required("forums.moderate_list", fn=_list_for_rules)
def subscriber_standing(request, slug, pk):
    discussion_list = _list(request, slug)
    found = get_object_or_404(
        Subscriber.objects.select_related("user"), discussion_list=discussion_list, pk=pk
    )
    back = reverse("forum:subscribers", kwargs={"slug": discussion_list.slug})
    form = StandingForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect(back)
    name = found.user.display_name
    action = form.cleaned_data["action"]
    if found.is_moderator:
        if action == StandingForm.BAN:
            messages.error(
                request,
                _(
                    "%(name)s moderates this list and cannot be banned. An editor can "
                    "remove them as moderator first."
                )
                % {"name": name},
            )
        else:
            messages.error(
                request,
                _("%(name)s moderates this list: their messages are never moderated.")
                % {"name": name},
            )
        return redirect(back)
    if action == StandingForm.BAN:
        if found.is_banned:
            messages.info(request, _("%(name)s is already banned.") % {"name": name})
        else:
            services.ban(found, request.user, reason=form.cleaned_data["reason"])
            messages.success(
                request,
                _("%(name)s is banned from the list; their waiting messages are rejected.")
                % {"name": name},
            )
    elif action == StandingForm.LIFT:
        if found.is_banned:
            services.lift_ban(found, request.user)
            messages.success(
                request,
                _("The ban is lifted: %(name)s is subscribed again, on probation.")
                % {"name": name},
            )
        else:
            messages.info(request, _("%(name)s is not banned.") % {"name": name})
    elif found.is_banned:
        messages.error(request, _("%(name)s is banned: lift the ban first.") % {"name": name})
    else:
        trusted = action == StandingForm.TRUST
        services.set_standing(
            found, Subscriber.Standing.TRUSTED if trusted else Subscriber.Standing.PROBATION
        )
        if trusted:
            text = _("%(name)s is trusted: their messages are published at once.")
        else:
            text = _("%(name)s is back on probation: their next messages are moderated.")
        messages.success(request, text % {"name": name})
    return redirect(back)


# --- The feed -----------------------------------------------------------------------------


class ListFeed(Feed):
    """RSS 2.0: the latest approved messages of a list, open or closed. Items carry the
    author's name, never an e-mail address; descriptions are the sanitised HTML."""

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        patch_cache_control(response, public=True, max_age=FEED_MAX_AGE)
        return response

    def get_object(self, request, slug):
        return get_object_or_404(DiscussionList, slug=slug)

    def title(self, obj: DiscussionList) -> str:
        return obj.display_name

    def description(self, obj: DiscussionList) -> str:
        return obj.display_description

    def link(self, obj: DiscussionList) -> str:
        return absolute_url(obj.get_absolute_url())

    def feed_url(self, obj: DiscussionList) -> str:
        return absolute_url(reverse("forum:feed", kwargs={"slug": obj.slug}))

    def items(self, obj: DiscussionList):
        return queries.latest_messages(obj, FEED_LENGTH)

    def item_title(self, item: Message) -> str:
        return item.topic.subject

    def item_description(self, item: Message) -> str:
        return item.body_html

    def item_link(self, item: Message) -> str:
        return absolute_url(item.get_absolute_url())

    def item_guid(self, item: Message) -> str:
        return self.item_link(item)

    def item_author_name(self, item: Message) -> str:
        return item.author.display_name if item.author else ""

    def item_pubdate(self, item: Message):
        return item.approved_at or item.created
