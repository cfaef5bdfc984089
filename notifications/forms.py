"""The preferences form (every subscription of a member on one page) and the follow form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .centre import Followed
from .models import Delivery, Preferences

STOP = "stop"


class PreferencesForm(forms.Form):
    """One delivery choice and one "Stop following" box per followed thing, and how
    mentions and replies reach the member. Fields are named after the subscription
    (``delivery-<id>``, ``stop-<id>``), so a subscription added in another window
    meanwhile is not changed blindly: its field is missing and the form says so."""

    direct = forms.ChoiceField(
        label=_("Mentions of you and replies to what you wrote"),
        choices=Delivery.choices,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, followed: list[Followed], preferences: Preferences, **kwargs):
        super().__init__(*args, **kwargs)
        self.followed = followed
        self.fields["direct"].initial = preferences.direct
        for item in followed:
            pk = item.subscription.pk
            self.fields[f"delivery-{pk}"] = forms.ChoiceField(
                label=_("How you hear of “%(name)s”") % {"name": item.name},
                choices=Delivery.choices,
                initial=item.subscription.delivery,
            )
            self.fields[f"stop-{pk}"] = forms.BooleanField(
                label=_("Stop following “%(name)s”") % {"name": item.name}, required=False
            )

    def rows(self) -> list[dict]:
        """Each followed thing with its two fields, in the order of ``followed``."""
        return [
            {
                "item": item,
                "delivery": self[f"delivery-{item.subscription.pk}"],
                "stop": self[f"stop-{item.subscription.pk}"],
            }
            for item in self.followed
        ]

    def deliveries(self) -> dict[int, str]:
        return {
            item.subscription.pk: self.cleaned_data[f"delivery-{item.subscription.pk}"]
            for item in self.followed
        }

    def stopped(self) -> set[int]:
        return {
            item.subscription.pk
            for item in self.followed
            if self.cleaned_data[f"stop-{item.subscription.pk}"]
        }


class FollowForm(forms.Form):
    """How to hear of one thing; ``stop`` (or the "Unfollow" button) stops following it."""

    delivery = forms.ChoiceField(
        label=_("How you hear of it"),
        choices=[*Delivery.choices, (STOP, _("Stop following"))],
        initial=Delivery.INSTANT,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, following: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not following:
            # Nothing to stop: the page offers the four ways only.
            self.fields["delivery"].widget.choices = Delivery.choices

    @property
    def stops(self) -> bool:
        return self.cleaned_data["delivery"] == STOP
