"""The expert's own profile form (``/experts/me/``): the profile, its countries, its
working languages (a formset of language + level, a few empty rows, no JavaScript)
and the CV file, checked by content in ``cv.py``."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.models import Language
from library.uploads import clean_upload_field

from . import cv
from .models import ExpertiseArea, ExpertLanguage, ExpertProfile

EMPTY_LANGUAGE_ROWS = 3


def _countries():
    # A callable, so that names follow each request's language and order.
    return list(countries)


class AreaChoiceField(forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, obj) -> str:
        return str(obj)


class ProfileForm(forms.ModelForm):
    areas = AreaChoiceField(
        label=_("Areas of expertise"),
        queryset=ExpertiseArea.objects.all(),
        required=False,
    )
    countries = forms.MultipleChoiceField(
        label=_("Countries where you have worked"),
        choices=_countries,
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("Hold Ctrl (or ⌘ on a Mac) to choose several countries."),
    )
    cv = forms.FileField(
        label=_("CV"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": cv.ACCEPT}),
    )
    remove_cv = forms.BooleanField(label=_("Remove my CV"), required=False)

    class Meta:
        model = ExpertProfile
        fields = [
            "headline",
            "areas",
            "years_of_experience",
            "employer",
            "summary",
            "education",
            "publications",
            "availability",
            "available_from",
            "visibility",
        ]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 6}),
            "education": forms.Textarea(attrs={"rows": 4}),
            "publications": forms.Textarea(attrs={"rows": 4}),
            "available_from": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "visibility": forms.RadioSelect,
        }
        help_texts = {
            "years_of_experience": _("In social protection, in whole years."),
            "available_from": _("Leave empty if you are available now."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.checked_upload = None
        self.fields["cv"].widget = forms.FileInput(attrs={"accept": cv.ACCEPT})
        self.fields["visibility"].help_text = _(
            "Everyone: anyone on the internet may read your profile and download your CV. "
            "Signed-in members only: visitors who are not signed in do not see it. "
            "Hidden: only you and the portal's editors see it; it is left out of lists and "
            "searches. Your e-mail address is never shown: members write to you through "
            "the portal."
        )
        self.fields["visibility"].choices = ExpertProfile.Visibility.choices
        has_cv = bool(self.instance.pk and self.instance.cv_file)
        if has_cv:
            self.fields["cv"].label = _("Replace my CV")
            self.fields["cv"].help_text = gettext(
                "Your current CV is “%(name)s”. Choose another file only to replace it "
                "(the old one is then deleted). %(accepted)s"
            ) % {"name": self.instance.cv_original_name, "accepted": cv.accepted_text()}
        else:
            self.fields["cv"].help_text = cv.accepted_text()
            del self.fields["remove_cv"]
        if self.instance.pk:
            self.initial["countries"] = [
                str(code) for code in self.instance.countries.values_list("country", flat=True)
            ]

    def clean_headline(self):
        headline = " ".join(self.cleaned_data["headline"].split())
        if not headline:
            raise forms.ValidationError(_("Give your profile a headline."), code="required")
        return headline

    def clean_years_of_experience(self):
        years = self.cleaned_data.get("years_of_experience")
        if years is not None and years > 70:
            raise forms.ValidationError(
                _("Give a number of years between 0 and 70."), code="years_out_of_range"
            )
        return years

    def clean_cv(self):
        return clean_upload_field(self, "cv", cv.check_cv)

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("remove_cv") and (self.checked_upload or "cv" in self.errors):
            self.add_error(
                "remove_cv",
                forms.ValidationError(
                    _("Either remove your CV or choose a new one, not both."),
                    code="remove_and_replace",
                ),
            )
        return cleaned_data


class LanguageRowForm(forms.Form):
    """One working language and how well the expert works in it; an empty row is ignored."""

    language = forms.ModelChoiceField(
        label=_("Language"),
        queryset=Language.objects.all(),
        required=False,
        empty_label=_("Choose a language"),
        error_messages={
            "invalid_choice": _("This language is not in our list. Please choose one from it.")
        },
    )
    level = forms.TypedChoiceField(
        label=_("Level"),
        choices=[("", _("Choose a level")), *ExpertLanguage.Level.choices],
        coerce=int,
        empty_value=None,
        required=False,
        error_messages={
            "invalid_choice": _("Choose one of the levels in the list."),
        },
    )

    def clean(self):
        cleaned_data = super().clean()
        language, level = cleaned_data.get("language"), cleaned_data.get("level")
        if self.errors:
            return cleaned_data
        if language and level is None:
            self.add_error("level", _("Say how well you work in this language."))
        elif level is not None and not language:
            self.add_error("language", _("Choose the language for this level."))
        return cleaned_data


class BaseLanguageFormSet(forms.BaseFormSet):
    def clean(self):
        if any(self.errors):
            return
        seen = set()
        for form in self.forms:
            language = form.cleaned_data.get("language")
            if language is None:
                continue
            if language.pk in seen:
                raise forms.ValidationError(
                    _("%(language)s is listed twice. Keep one row per language.")
                    % {"language": language},
                    code="duplicate_language",
                )
            seen.add(language.pk)

    def rows(self) -> list[tuple[Language, int]]:
        """The filled rows, as (language, level)."""
        return [
            (form.cleaned_data["language"], form.cleaned_data["level"])
            for form in self.forms
            if form.cleaned_data.get("language")
        ]


LanguageFormSet = forms.formset_factory(
    LanguageRowForm,
    formset=BaseLanguageFormSet,
    extra=EMPTY_LANGUAGE_ROWS,
    max_num=30,
    validate_max=True,
    absolute_max=30,
)


def language_formset(profile: ExpertProfile | None, data=None) -> BaseLanguageFormSet:
    initial = []
    if profile is not None and profile.pk:
        initial = [
            {"language": row.language_id, "level": row.level}
            for row in profile.languages.order_by("-level", "language__name")
        ]
    return LanguageFormSet(data=data, initial=initial, prefix="languages")
