"""Forms for technical-assistance needs and their shortlists."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.models import Language

from .models import AssistanceNeed, ExpertiseArea, ShortlistEntry


class NeedForm(forms.ModelForm):
    areas = forms.ModelMultipleChoiceField(
        label=_("Areas of expertise"),
        queryset=ExpertiseArea.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one area of expertise.")},
        help_text=_("Experts are matched on these first."),
    )
    languages = forms.ModelMultipleChoiceField(
        label=_("Working languages"),
        queryset=Language.objects.all(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("The languages the expert must work in. Hold Ctrl (or Cmd) to choose several."),
    )

    class Meta:
        model = AssistanceNeed
        fields = ["title", "description", "country", "areas", "languages", "start_date", "end_date"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 6}),
            "start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "end_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        labels = {"start_date": _("Starts on"), "end_date": _("Ends on")}
        help_texts = {
            "description": _("What the assistance is for, the institution asking, the tasks."),
        }

    def clean_title(self):
        return " ".join(self.cleaned_data["title"].split())

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The end date cannot be before the start date."))
        return cleaned


class ShortlistForm(forms.Form):
    """Add an expert to a need's shortlist, or remove them."""

    ADD, REMOVE = "add", "remove"

    action = forms.ChoiceField(choices=[(ADD, ADD), (REMOVE, REMOVE)])
    expert = forms.IntegerField(min_value=1)
    note = forms.CharField(
        label=_("Note"),
        max_length=ShortlistEntry._meta.get_field("note").max_length,
        required=False,
    )
