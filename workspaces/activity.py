"""Recording what happens in a workspace (``Activity``), for the stream and, later,
for the notifications issue to deliver. Call ``record`` inside the transaction of
the change it describes, so that both are saved or neither is."""

from django.contrib.contenttypes.models import ContentType
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
    return activity
