"""What the discussion lists do when something happens elsewhere.

- A member who signs up is subscribed to the open lists that take every new member
  (the announcement lists, ``services.subscribe_new_member``); they may leave.
- A list deleted (the admin, the shell, a cascade) leaves nobody following it.
"""

from allauth.account.signals import user_signed_up
from django.db.models.signals import post_delete
from django.dispatch import receiver

from . import notify, services
from .models import DiscussionList


@receiver(user_signed_up, dispatch_uid="forums_subscribe_new_member")
def subscribe_new_member(sender, request, user, **kwargs) -> None:
    services.subscribe_new_member(user)


@receiver(post_delete, sender=DiscussionList, dispatch_uid="forums_forget_deleted_list")
def forget_deleted_list(sender, instance, **kwargs) -> None:
    notify.forget_list(instance)
