"""What can be followed, and what can happen, written once by each app in its
``AppConfig.ready`` (the way ``core.search`` and ``core.dashboard`` are filled).

A ``Followable`` says how the notifications app treats one model: its name, who
may hear of what happens in it (``audience``, used in bulk when an update fans out,
and ``may_read``, checked again for each e-mail when it is sent). A ``Verb`` gives
the sentences that tell an update, in the recipient's language.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import Model, Q
from django.utils.text import capfirst

logger = logging.getLogger(__name__)


def _anyone(user, obj) -> bool:
    return True


@dataclass(frozen=True)
class Followable:
    model: type[Model]
    # A short name used in URLs ("workspace", "country"…).
    key: str
    # What it is, in a sentence ("the workspace"), lazily translated.
    label: str
    # Who may hear of what happens in ``obj``: a ``Q`` over members (the User model),
    # or ``None`` for any active member.
    audience: Callable[[Model], Q | None] = field(default=lambda obj: None)
    # Whether ``user`` may still read ``obj`` (checked again when an e-mail is sent).
    may_read: Callable[[Model, Model], bool] = _anyone
    # Whether ``user`` may follow ``obj`` at all (defaults to ``may_read``).
    may_follow: Callable[[Model, Model], bool] | None = None
    # The name under which it is shown (defaults to ``str(obj)``).
    name: Callable[[Model], str] = str
    # What kind of thing it is, as a heading says it ("Workspace"), lazily translated
    # (defaults to the model's verbose name).
    kind: str = ""

    def kind_name(self) -> str:
        """The kind, capitalised, in the active language."""
        return str(capfirst(self.kind or self.model._meta.verbose_name))

    def allows_following(self, user, obj) -> bool:
        check = self.may_follow or self.may_read
        return bool(user.is_authenticated and user.is_active and check(user, obj))


@dataclass(frozen=True)
class Verb:
    key: str
    # The e-mail and notification sentence: may use {actor}, {title} and {source}.
    sentence: str
    # The e-mail subject: may use {actor}, {title} and {source}.
    subject: str
    # Where the update leads, when not to its target's page: ``link(target) -> path``
    # (a message waiting for moderation: the moderation page), in the active language.
    link: Callable[[Model], str] | None = None
    # The e-mail's own templates instead of the update's: ``"forums/emails/message"``
    # renders ``message_subject.txt`` and ``message_body.txt``, which may show the
    # update's whole text (``told.content``: a list message is sent whole).
    template: str = ""
    # More for those templates: ``context(update) -> dict`` (links of the app's own),
    # called in the recipient's language.
    context: Callable[[Model], dict] | None = None


_followables: dict[type[Model], Followable] = {}
_by_key: dict[str, Followable] = {}
_verbs: dict[str, Verb] = {}


def register(followable: Followable) -> None:
    _followables[followable.model] = followable
    _by_key[followable.key] = followable


def register_verb(
    key: str,
    *,
    sentence: str,
    subject: str,
    link: Callable[[Model], str] | None = None,
    template: str = "",
    context: Callable[[Model], dict] | None = None,
) -> None:
    _verbs[key] = Verb(key, sentence, subject, link=link, template=template, context=context)


def followable(obj_or_model) -> Followable | None:
    """The registration for a model or an instance (a subclass finds its parent's)."""
    model = obj_or_model if isinstance(obj_or_model, type) else type(obj_or_model)
    for klass in model.__mro__:
        if klass in _followables:
            return _followables[klass]
    return None


def by_key(key: str) -> Followable | None:
    return _by_key.get(key)


def verb(key: str) -> Verb | None:
    return _verbs.get(key)


def tell(key: str, *, actor: str, title: str, source: str) -> tuple[str, str]:
    """The sentence and the subject that tell an update of verb ``key``, in the active
    language.

    An update must still reach people when its verb was never registered (an app
    removed, a typo) or a translation names a placeholder that does not exist: it is
    then told by its title alone, rather than failing the e-mail at every attempt."""
    found = _verbs.get(key)
    if found is None:
        return title, title
    values = {"actor": actor, "title": title, "source": source}
    try:
        return str(found.sentence).format(**values), str(found.subject).format(**values)
    except (KeyError, IndexError, ValueError):
        logger.warning("The sentence of the verb %r does not format; told by its title.", key)
        return title, title


def followables() -> list[Followable]:
    return list(_followables.values())
