"""The forms of the discussion lists: a new topic, a reply, a moderator's decision on a
waiting message, a moderator's action on a subscriber.

Bodies are typed in Markdown (or HTML) as in the workspaces' discussions, and refused
when nothing is left of them once unsafe content is removed.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from workspaces import bodies

from .models import BODY_MAX_LENGTH, Message, Topic

SUBJECT_MAX_LENGTH = Topic._meta.get_field("subject").max_length
REASON_MAX_LENGTH = Message._meta.get_field("rejection_reason").max_length
MARKDOWN_HINT = _("You can use Markdown: **bold**, *italics*, lists, links.")


def _has_content(source: str) -> bool:
    html = bodies.render(source)
    return bool(bodies.excerpt(html, 1)) or "<img" in html


def _clean_body(source: str) -> str:
    if not _has_content(source):
        raise forms.ValidationError(
            _("Nothing is left of this message once unsafe content is removed."), code="empty"
        )
    return source


class TopicForm(forms.Form):
    subject = forms.CharField(
        label=_("Subject"),
        max_length=SUBJECT_MAX_LENGTH,
        error_messages={
            "required": _("Give the topic a subject."),
            "max_length": _(
                "Keep the subject under %(limit_value)d characters (it has %(show_value)d)."
            ),
        },
    )
    body = forms.CharField(
        label=_("Message"),
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=MARKDOWN_HINT,
        error_messages={
            "required": _("Write a message to start the topic."),
            "max_length": _(
                "This message is too long: at most %(limit_value)d characters "
                "(it has %(show_value)d)."
            ),
        },
    )

    def clean_subject(self) -> str:
        subject = " ".join(self.cleaned_data["subject"].split())
        if not subject:
            raise forms.ValidationError(_("Give the topic a subject."), code="required")
        return subject

    def clean_body(self) -> str:
        return _clean_body(self.cleaned_data["body"])


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Your reply"),
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=MARKDOWN_HINT,
        error_messages={
            "required": _("Write your reply before sending it."),
            "max_length": _(
                "This reply is too long: at most %(limit_value)d characters "
                "(it has %(show_value)d)."
            ),
        },
    )
    # The message answered (a "Reply to this message" link fills it); one that is not an
    # approved message of the same topic is ignored.
    reply_to = forms.CharField(required=False, max_length=20, widget=forms.HiddenInput)

    def clean_body(self) -> str:
        return _clean_body(self.cleaned_data["body"])

    def clean_reply_to(self) -> int | None:
        # A hidden field nobody types: a wrong value is ignored, never an error.
        value = self.cleaned_data.get("reply_to") or ""
        return int(value) if value.isdigit() and len(value) < 12 else None


class ModerationForm(forms.Form):
    """A moderator's decision on one waiting message."""

    APPROVE, REJECT, BAN = "approve", "reject", "ban"
    action = forms.ChoiceField(
        choices=[
            (APPROVE, _("Approve")),
            (REJECT, _("Reject")),
            (BAN, _("Reject and ban the author")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what to do with the message.")},
    )
    reason = forms.CharField(
        label=_("Reason (sent to the author when rejecting)"),
        max_length=REASON_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def clean_reason(self) -> str:
        return " ".join(self.cleaned_data["reason"].split())

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") == self.BAN and not cleaned.get("reason"):
            self.add_error("reason", _("Say why the author is banned."))
        return cleaned


class StandingForm(forms.Form):
    """A moderator's action on a subscriber."""

    TRUST, PROBATION, BAN, LIFT = "trust", "probation", "ban", "lift"
    action = forms.ChoiceField(
        choices=[
            (TRUST, _("Trust")),
            (PROBATION, _("Back to probation")),
            (BAN, _("Ban")),
            (LIFT, _("Lift the ban")),
        ],
        error_messages={"required": _("Choose an action.")},
    )
    reason = forms.CharField(
        label=_("Reason for the ban"),
        max_length=REASON_MAX_LENGTH,
        required=False,
    )

    def clean_reason(self) -> str:
        return " ".join(self.cleaned_data["reason"].split())

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") == self.BAN and not cleaned.get("reason"):
            self.add_error("reason", _("Say why this member is banned."))
        return cleaned
