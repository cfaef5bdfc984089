"""Recording what happens in a workspace (``Activity``), for the stream and, later,
for the notifications issue to deliver. Call ``record`` inside the transaction of
the change it describes, so that both are saved or neither is.

With ``notify=True`` the activity is also e-mailed at once, once the transaction has
committed, by the ``workspaces.send_activity`` task: to ``addressed_to`` (those it
is about, mentioned people…) and, for new content, to the members who want e-mail
updates (``emails.deliver_activity`` decides, checking again who may read it).
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Model
from django.utils import timezone

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
    if notify:
        from .tasks import send_activity

        activity_id = activity.pk
        transaction.on_commit(lambda: send_activity.delay(activity_id=activity_id))
    return activity
