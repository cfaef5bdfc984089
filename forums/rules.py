"""Who may do what on the discussion lists, written once (django-rules).

Reading is not a rule: the lists are public (practitioners read the archives without an
account) and ``queries`` decides which topics and messages anyone sees. What a member
may do depends on their ``Subscriber`` row for the list, looked up once per request and
list (``subscriber_of``):

- ``forums.subscribe_list``: an active member, the list open, not banned from it;
- ``forums.post_to_list``: ``services.may_post`` (subscribed, not banned, the list open,
  a moderator on an announcement list);
- ``forums.moderate_list``: the list's moderators, and members holding the model
  permission ``forums.change_discussionlist`` (the Editors group);
- ``forums.moderate``: someone who moderates at least one list, or an editor (the
  moderation queue of all their lists).
"""

import rules

from . import services
from .models import DiscussionList, Subscriber

EDITOR_PERMISSION = "forums.change_discussionlist"
_NOT_CACHED = object()


def subscriber_of(user, discussion_list: DiscussionList | None) -> Subscriber | None:
    """``user``'s row on the list (``None`` when not on it), cached on the list object for
    the request, so that every rule and template asks the database once."""
    if discussion_list is None or not (user and user.is_authenticated):
        return None
    cache = discussion_list.__dict__.setdefault("_subscribers", {})
    found = cache.get(user.pk, _NOT_CACHED)
    if found is _NOT_CACHED:
        found = cache[user.pk] = services.subscriber(user, discussion_list)
    return found


@rules.predicate
def is_active_member(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


@rules.predicate
def is_editor(user) -> bool:
    return bool(is_active_member(user) and user.has_perm(EDITOR_PERMISSION))


@rules.predicate
def is_list_open(user, discussion_list) -> bool:
    return discussion_list is not None and discussion_list.is_active


@rules.predicate
def is_banned(user, discussion_list) -> bool:
    found = subscriber_of(user, discussion_list)
    return found is not None and found.is_banned


@rules.predicate
def is_list_moderator(user, discussion_list) -> bool:
    found = subscriber_of(user, discussion_list)
    return found is not None and found.is_moderator


@rules.predicate
def may_post(user, discussion_list) -> bool:
    if discussion_list is None or not is_active_member(user):
        return False
    return services.may_post(subscriber_of(user, discussion_list), discussion_list)


@rules.predicate
def moderates_a_list(user) -> bool:
    return bool(
        is_active_member(user)
        and Subscriber.objects.filter(user=user, role=Subscriber.Role.MODERATOR).exists()
    )


rules.add_perm("forums.subscribe_list", is_active_member & is_list_open & ~is_banned)
rules.add_perm("forums.post_to_list", may_post)
rules.add_perm("forums.moderate_list", is_active_member & (is_list_moderator | is_editor))
rules.add_perm("forums.moderate", is_editor | moderates_a_list)
