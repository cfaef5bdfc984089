"""The editors' forms for newsletter issues: the issue itself and each kind of entry."""

from django import forms
from django.core.validators import URLValidator
from django.utils import formats
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from editorial.models import NewsPage
from library.models import Item

from . import issues
from .models import CommunityNews, IssueEntry, NewsletterIssue

TEXTAREA = {"rows": 5, "cols": 60}


class IssueForm(forms.ModelForm):
    class Meta:
        model = NewsletterIssue
        fields = issues.ISSUE_FIELDS
        widgets = {
            "introduction": forms.Textarea(attrs=TEXTAREA),
            "introduction_fr": forms.Textarea(attrs=TEXTAREA),
            "introduction_es": forms.Textarea(attrs=TEXTAREA),
        }
        help_texts = {
            "number": _("Proposed: the number after the last issue."),
            "title_fr": _("Left empty, French readers get the English title."),
            "title_es": _("Left empty, Spanish readers get the English title."),
            "introduction": _("Plain text; leave a blank line between paragraphs."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["number"].min_value = 1
        self.fields["number"].widget.attrs["min"] = 1


class WebAddressField(forms.URLField):
    """A link anyone can open: http or https only (never ``javascript:`` or ``data:``)."""

    default_validators = [URLValidator(schemes=["http", "https"])]
    default_error_messages = {
        "invalid": _("Enter a web address starting with http:// or https://."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("assume_scheme", "https")
        super().__init__(**kwargs)


def _note_field():
    return forms.CharField(
        label=_("Editor's note"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
        help_text=_("A few words shown with the entry (optional)."),
    )


class EntryForm(forms.Form):
    """Base of the entry forms: ``section`` says which one; ``entry_values`` gives what
    ``issues.add_entry`` needs."""

    section: str = ""

    def entry_values(self) -> dict:
        return dict(self.cleaned_data)


class PickForm(EntryForm):
    section = IssueEntry.Section.PICK

    title = forms.CharField(label=_("Title"), max_length=200)
    link = WebAddressField(label=_("Link"), max_length=500)
    note = _note_field()


def _show_choices(field: forms.ModelChoiceField, objects, label) -> None:
    """Offer ``objects`` (labelled by ``label``) while accepting anything in the
    field's queryset: the list shown is narrowed, what is checked is not."""
    field.widget.choices = [("", "—"), *[(obj.pk, label(obj)) for obj in objects]]


def _date(value) -> str:
    return formats.date_format(value, "DATE_FORMAT") if value else ""


def _community_label(news) -> str:
    label = f"{news.title} ({_date(news.published_at)})"
    if getattr(news, "in_sent_issue", False):
        label += " · " + gettext("already in a sent issue")
    return label


def _library_label(item) -> str:
    year = f", {item.publication_year}" if item.publication_year else ""
    return f"{item.title}{year} (#{item.pk})"


def _event_label(page) -> str:
    where = f", {page.location}" if page.location else ""
    return f"{page.title} ({_date(page.event_start)}{where}) [{page.locale.language_code}]"


class CommunityEntryForm(EntryForm):
    section = IssueEntry.Section.COMMUNITY

    community_news = forms.ModelChoiceField(
        label=_("Community news"),
        queryset=CommunityNews.objects.published(),
        error_messages={"invalid_choice": _("Choose a published community news item.")},
        help_text=_("The latest published items; those not yet in a sent issue come first."),
    )
    note = _note_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        shown = issues.community_choices()[: issues.CHOICES_LIMIT]
        _show_choices(self.fields["community_news"], shown, _community_label)


class LibraryEntryForm(EntryForm):
    section = IssueEntry.Section.LIBRARY

    library_item = forms.ModelChoiceField(
        label=_("Library item"),
        queryset=Item.objects.published(),
        error_messages={"invalid_choice": _("Choose a published library item.")},
    )
    note = _note_field()

    def __init__(self, *args, query: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        shown = issues.library_choices(query)[: issues.CHOICES_LIMIT]
        field = self.fields["library_item"]
        _show_choices(field, shown, _library_label)
        field.help_text = (
            _("Library items whose number or title matches your search (at most 50).")
            if query
            else _("The 50 latest published items; search above for others.")
        )


class EventEntryForm(EntryForm):
    section = IssueEntry.Section.EVENT

    event = forms.ModelChoiceField(
        label=_("Event"),
        # Set for each form: which pages are public is read from the database.
        queryset=NewsPage.objects.none(),
        error_messages={"invalid_choice": _("Choose a published, public event.")},
        help_text=_("Upcoming events first, then past ones."),
    )
    note = _note_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["event"].queryset = issues.events()
        shown = issues.event_choices()[: issues.CHOICES_LIMIT]
        _show_choices(self.fields["event"], shown, _event_label)


ENTRY_FORMS = {
    form.section: form for form in (PickForm, CommunityEntryForm, LibraryEntryForm, EventEntryForm)
}


class SendForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Yes, send this issue to every reader now."),
        error_messages={"required": _("Tick the box to confirm that the issue should be sent.")},
    )
