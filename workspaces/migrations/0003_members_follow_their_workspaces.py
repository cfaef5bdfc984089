"""Members' e-mail updates become subscriptions: each member follows their workspace,
every new item by e-mail if they wanted e-mail updates, in the portal only if not.
Then ``Membership.email_updates`` and ``Activity.e_mailed`` (the claim of the old
activity e-mails, now sent by the notifications' outbox) go."""

from django.db import migrations

INSTANT, PORTAL = "instant", "portal"


def follow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Membership = apps.get_model("workspaces", "Membership")
    Subscription = apps.get_model("notifications", "Subscription")
    workspace_type, _ = ContentType.objects.get_or_create(app_label="workspaces", model="workspace")
    rows = Membership.objects.values_list("user_id", "workspace_id", "email_updates")
    Subscription.objects.bulk_create(
        [
            Subscription(
                user_id=user_id,
                content_type=workspace_type,
                object_id=workspace_id,
                delivery=INSTANT if wanted else PORTAL,
            )
            for user_id, workspace_id, wanted in rows.iterator()
        ],
        batch_size=1000,
        ignore_conflicts=True,
    )


def unfollow(apps, schema_editor):
    """Back: e-mail updates for the members who hear of each new item by e-mail."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Membership = apps.get_model("workspaces", "Membership")
    Subscription = apps.get_model("notifications", "Subscription")
    workspace_type = ContentType.objects.filter(app_label="workspaces", model="workspace").first()
    instant = Subscription.objects.filter(content_type=workspace_type, delivery=INSTANT)
    for membership in Membership.objects.all().iterator():
        wanted = instant.filter(user_id=membership.user_id, object_id=membership.workspace_id)
        membership.email_updates = wanted.exists()
        membership.save(update_fields=["email_updates"])


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("notifications", "0001_initial"),
        ("workspaces", "0002_content"),
    ]

    operations = [
        migrations.RunPython(follow, unfollow),
        migrations.RemoveField(model_name="membership", name="email_updates"),
        migrations.RemoveField(model_name="activity", name="e_mailed"),
    ]
