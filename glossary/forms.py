from django import forms
from django.forms.models import ModelChoiceIterator
from django.utils.translation import gettext_lazy as _

from .models import Category, Suggestion, Term, active_language
from .text import LANGUAGES, sort_key

MAX_IMPORT_BYTES = 2 * 1024 * 1024


class _TermsInReadersOrder(ModelChoiceIterator):
    """Choices sorted as the reader's dictionary sorts them, not by the English name."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        language = active_language()
        terms = sorted(self.queryset, key=lambda term: sort_key(term.term_in(language), language))
        for term in terms:
            yield self.choice(term)


class TermChoiceField(forms.ModelChoiceField):
    iterator = _TermsInReadersOrder


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search the glossary"), max_length=100, required=False)


class CategoryFilterForm(forms.Form):
    category = forms.ModelChoiceField(
        label=_("Category"),
        queryset=Category.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All categories"),
    )


class SuggestionForm(forms.ModelForm):
    term = TermChoiceField(
        label=_("Term to correct"),
        queryset=Term.objects.published(),
        required=False,
        empty_label=_("None: I suggest a new term"),
        help_text=_("Leave empty to suggest a new term."),
    )

    class Meta:
        model = Suggestion
        fields = [
            "term",
            *(f"{kind}_{code}" for code in LANGUAGES for kind in ("term", "definition")),
            "comment",
        ]
        widgets = {
            **{f"definition_{code}": forms.Textarea(attrs={"rows": 4}) for code in LANGUAGES},
            "comment": forms.Textarea(
                attrs={"rows": 4},
            ),
        }
        help_texts = {
            "comment": _("Your source, or why the entry should change. Editors read this."),
        }

    def clean(self):
        data = super().clean()
        proposed = [
            data.get(f"{kind}_{code}", "").strip()
            for code in LANGUAGES
            for kind in ("term", "definition")
        ]
        if data.get("term") is None and not any(
            data.get(f"term_{code}", "").strip() for code in LANGUAGES
        ):
            raise forms.ValidationError(
                _("Please give the new term in at least one language."), code="no_term"
            )
        if not any(proposed) and not data.get("comment", "").strip():
            raise forms.ValidationError(
                _("Please propose a term or a definition, or say what should change."),
                code="empty",
            )
        return data


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("accept", _("Accept")), ("refuse", _("Refuse"))], widget=forms.HiddenInput
    )
    note = forms.CharField(
        label=_("Note to the member (optional)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Sent with the decision, in the e-mail."),
    )


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "UTF-8, one row per term, with the columns of the exported file. "
            "Rows update the term with the same slug or add a new one."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(size)d MB.") % {"size": MAX_IMPORT_BYTES // 2**20}
            )
        return upload
