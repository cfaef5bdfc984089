"""Recording what happens in a workspace (``Activity``), for its stream and for the
notifications. Call ``record`` inside the transaction of the change it describes, so
that both are saved or neither is.

With ``notify=True`` the activity is also told (``notify.announce``): new content to
the workspace's followers, a comment, a reply or a mention to the people it concerns
(``addressed_to``…), as an update in their notifications and, as each chose, an e-mail
sent once the transaction has committed. ``mentioned`` names the members the change
mentions: they get their own MENTIONED activity and are told once, by it.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Model
from django.utils import timezone

from . import notify as notices
from .models import Activity, Workspace


def record(
    workspace: Workspace,
    *,
    actor,
    verb: str,
    target: Model | None = None,
    summary: str = "",
    addressed_to: list[int] | tuple[int, ...] = (),
    notify: bool = False,
    mentioned: list[int] | tuple[int, ...] = (),
) -> Activity:
    now = timezone.now()
    activity = Activity.objects.create(
        workspace=workspace,
        actor=actor if actor is not None and actor.is_authenticated else None,
        verb=verb,
        summary=summary[:300],
        target_type=ContentType.objects.get_for_model(target) if target is not None else None,
        target_id=target.pk if target is not None else None,
        addressed_to=sorted(set(addressed_to)),
        created=now,
    )
    Workspace.objects.filter(pk=workspace.pk).update(last_activity=now)
    if notify and target is not None:
        notices.announce(activity, target, told_apart=mentioned)
    if mentioned:
        record(
            workspace,
            actor=actor,
            verb=Activity.Verb.MENTIONED,
            target=target,
            summary=summary,
            addressed_to=mentioned,
            notify=notify,
        )
    return activity
