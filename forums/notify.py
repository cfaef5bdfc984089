"""The discussion list as something members follow, and what its messages tell.

(Contract stubs: to be written. Every function runs inside the caller's
transaction.)
"""


def follow_list(user, discussion_list, *, delivery: str | None = None) -> None:
    """``user`` follows the list (a ``notifications.Subscription``), with
    ``delivery`` (default: every message by e-mail); an existing subscription keeps
    its delivery unless ``delivery`` is given."""


def unfollow_list(user, discussion_list) -> None:
    """``user`` no longer follows the list (no more e-mails, no notifications)."""


def message_published(message) -> None:
    """An approved message: every follower of the list hears of it (a new topic or a
    reply), the whole message in the e-mail; its author is not told."""


def message_waiting(message) -> None:
    """A message waits for moderation: the list's moderators are told."""


def message_rejected(message) -> None:
    """A moderator rejected the message: its author is told, with the reason."""
