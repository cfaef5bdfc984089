"""Forms of workspace membership: asking to join, inviting, deciding, changing roles,
handing over ownership."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

from .models import JoinRequest, Membership

MAX_INVITATIONS = 20
Role = Membership.Role


class JoinRequestForm(forms.ModelForm):
    class Meta:
        model = JoinRequest
        fields = ["message"]
        widgets = {"message": forms.Textarea(attrs={"rows": 4})}
        help_texts = {"message": _("Optional: who you are and why you would like to take part.")}


def split_addresses(text: str) -> list[str]:
    """The addresses in ``text`` (separated by commas, semicolons, spaces or lines), each
    once whatever its case, in the order given."""
    seen, addresses = set(), []
    for address in re.split(r"[\s,;]+", text):
        if address and address.lower() not in seen:
            seen.add(address.lower())
            addresses.append(address)
    return addresses


class InviteForm(forms.Form):
    """One or several addresses, the role they will have and a personal message.

    Only those who may appoint moderators (the owner) are offered that role.
    """

    emails = forms.CharField(
        label=_("E-mail addresses"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "One or several addresses, separated by commas or on separate lines (at most 20)."
        ),
    )
    role = forms.ChoiceField(
        label=_("Role"),
        choices=[(Role.MEMBER, Role.MEMBER.label), (Role.MODERATOR, Role.MODERATOR.label)],
        initial=Role.MEMBER,
    )
    message = forms.CharField(
        label=_("Personal message"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, may_appoint_moderators: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not may_appoint_moderators:
            self.fields["role"].choices = [(Role.MEMBER, Role.MEMBER.label)]
            self.fields["role"].help_text = _("Only the owner may invite moderators.")

    def clean_emails(self) -> list[str]:
        addresses = split_addresses(self.cleaned_data["emails"])
        if not addresses:
            raise ValidationError(_("Give at least one e-mail address."))
        if len(addresses) > MAX_INVITATIONS:
            raise ValidationError(
                _("You can invite at most %(max)d people at once.") % {"max": MAX_INVITATIONS}
            )
        errors = []
        for address in addresses:
            try:
                validate_email(address)
            except ValidationError:
                errors.append(
                    ValidationError(
                        _("“%(address)s” is not a valid e-mail address.") % {"address": address}
                    )
                )
        if errors:
            raise ValidationError(errors)
        return addresses


class DecisionForm(forms.Form):
    APPROVE, DECLINE = "approve", "decline"

    decision = forms.ChoiceField(choices=[(APPROVE, _("Approve")), (DECLINE, _("Decline"))])


class MemberUpdateForm(forms.Form):
    """A moderator's action on one member: change their role or remove them."""

    ROLE, REMOVE = "role", "remove"

    action = forms.ChoiceField(choices=[(ROLE, _("Change the role")), (REMOVE, _("Remove"))])
    role = forms.ChoiceField(
        label=_("Role"),
        choices=[(Role.MEMBER, Role.MEMBER.label), (Role.MODERATOR, Role.MODERATOR.label)],
        required=False,
    )

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("action") == self.ROLE and not cleaned_data.get("role"):
            self.add_error("role", _("Choose a role."))
        return cleaned_data


class TransferForm(forms.Form):
    """The member who will own the workspace."""

    new_owner = forms.ModelChoiceField(
        label=_("New owner"),
        queryset=Membership.objects.none(),
        empty_label=None,
        help_text=_("You will stay in the workspace as a moderator."),
    )

    def __init__(self, *args, workspace, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["new_owner"]
        field.queryset = (
            workspace.memberships.exclude(role=Role.OWNER)
            .select_related("user")
            .order_by("user__display_name", "pk")
        )
        field.label_from_instance = lambda m: f"{m.user.display_name} ({m.get_role_display()})"
