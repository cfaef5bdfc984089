"""A member's choice of newsletters."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .models import Reader

# What a browser sends for a ticked box (and what other clients may send).
_TICKED = {"on": True, "true": True, "1": True, "yes": True}
_UNTICKED = {"": False, "false": False, "0": False, "off": False, "no": False}


class TickBox(forms.CheckboxInput):
    """A checkbox that hands anything it does not recognise to the field as it came,
    for the field to refuse (Django's own takes any text for "ticked")."""

    def value_from_datadict(self, data, files, name):
        if name not in data:
            return False
        value = data.get(name)
        key = str(value).strip().lower()
        if key in _TICKED:
            return True
        if key in _UNTICKED:
            return False
        return value


class TickField(forms.BooleanField):
    widget = TickBox

    def to_python(self, value):
        if isinstance(value, str):
            raise ValidationError(_("Tick the box or leave it empty."), code="invalid")
        return bool(value)


class ReadingForm(forms.ModelForm):
    newsletter = TickField(
        label=_("The newsletter"),
        required=False,
        help_text=_(
            "The editors' issue, about once a month: community news, new resources, events."
        ),
    )
    platform_news = TickField(
        label=_("The weekly platform news"),
        required=False,
        help_text=_(
            "Every Monday, what was new on the portal the week before: library items, "
            "country profiles, workspaces, events and community news."
        ),
    )

    class Meta:
        model = Reader
        fields = ["newsletter", "platform_news"]
