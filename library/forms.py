import re

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.models import Language
from core.regions import REGIONS

from . import uploads
from .models import Approach, Branch, Comment, Item, LibraryCollection, ResourceType, Theme, Topic
from .services import ItemData

ITEM_FIELDS = [
    "resource_type",
    "title",
    "abstract",
    "authors",
    "publisher",
    "publication_year",
    "publication_date",
    "languages",
    "countries",
    "regions",
    "topics",
    "approaches",
    "themes",
    "branches",
    "collections",
    "tags",
    "doi",
    "isbn",
    "upload",
    "url",
]
# Item columns the form fills (the rest are relations, countries, tags and the file).
SCALAR_FIELDS = [
    "resource_type",
    "title",
    "abstract",
    "authors",
    "publisher",
    "publication_year",
    "publication_date",
    "regions",
    "doi",
    "isbn",
    "url",
]
RELATION_FIELDS = ["languages", "topics", "approaches", "themes", "branches", "collections"]
ACCEPT = ",".join(
    [".pdf", ".docx", ".xlsx", ".pptx", ".odt", *sorted(set(uploads.CONTENT_TYPES.values()))]
)
DOI_PREFIXES = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
DOI_PATTERN = re.compile(r"^10\.\d{4,9}/\S+$")


def _countries():
    # A callable, so that names follow each request's language and order.
    return list(countries)


class TermChoiceField(forms.ModelMultipleChoiceField):
    """Terms shown in the active language, under their group when they have one."""

    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, obj) -> str:
        parent = getattr(obj, "parent", None)
        return f"{parent}: {obj}" if parent is not None else str(obj)


def _isbn_is_valid(digits: str) -> bool:
    if re.fullmatch(r"\d{9}[\dX]", digits):
        total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits))
        return total % 11 == 0
    if re.fullmatch(r"97[89]\d{10}", digits):
        total = sum((1 if i % 2 == 0 else 3) * int(c) for i, c in enumerate(digits))
        return total % 10 == 0
    return False


class ItemForm(forms.ModelForm):
    """The front-end form members submit resources with, and edit them with.

    The file is not a model field of the form: it is checked by content here
    (``library.uploads``) and stored by the service under a random path.
    """

    countries = forms.MultipleChoiceField(
        label=_("Countries"),
        choices=_countries,
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("The countries the resource is about. Hold Ctrl (or Cmd) to choose several."),
    )
    regions = forms.MultipleChoiceField(
        label=_("Regions"),
        choices=REGIONS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    languages = forms.ModelMultipleChoiceField(
        label=_("Languages"),
        queryset=Language.objects.all(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_(
            "The languages the resource is written in. Hold Ctrl (or Cmd) to choose several."
        ),
    )
    topics = TermChoiceField(label=_("Topics"), queryset=Topic.objects.all(), required=False)
    approaches = TermChoiceField(
        label=_("Approaches"),
        queryset=Approach.objects.select_related("parent"),
        required=False,
    )
    themes = TermChoiceField(label=_("Themes"), queryset=Theme.objects.all(), required=False)
    branches = TermChoiceField(
        label=_("Knowledge-base branches"),
        queryset=Branch.objects.select_related("parent"),
        required=False,
    )
    collections = TermChoiceField(
        label=_("Collections"), queryset=LibraryCollection.objects.all(), required=False
    )
    url = forms.URLField(
        label=_("External link"),
        max_length=500,
        required=False,
        assume_scheme="https",
        help_text=_("A link to the resource on another site, if it is published there."),
    )
    upload = forms.FileField(
        label=_("File"),
        required=False,
        widget=forms.FileInput(attrs={"accept": ACCEPT}),
    )

    field_order = ITEM_FIELDS

    class Meta:
        model = Item
        fields = [
            "resource_type",
            "title",
            "abstract",
            "authors",
            "publisher",
            "publication_year",
            "publication_date",
            # Declared above; listed so that an edit form starts from the item's choices.
            *RELATION_FIELDS,
            "tags",
            "doi",
            "isbn",
            "url",
        ]
        widgets = {
            "abstract": forms.Textarea(attrs={"rows": 6}),
            "authors": forms.Textarea(attrs={"rows": 3}),
            "publication_date": forms.DateInput(attrs={"type": "date"}),
        }
        help_texts = {
            "tags": _("Free keywords, separated by commas."),
            "doi": _("For example 10.1000/xyz123."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.checked_upload: uploads.CheckedUpload | None = None
        self.fields["resource_type"].queryset = ResourceType.objects.all()
        self.fields["resource_type"].empty_label = _("Choose a type")
        size = filesizeformat(settings.LIBRARY_MAX_UPLOAD_BYTES)
        if self.instance.pk and self.instance.file:
            self.fields["upload"].label = _("Replace the file")
            self.fields["upload"].help_text = gettext(
                "The current file is “%(name)s”. Choose another only to replace it: "
                "a PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX) or OpenDocument "
                "text (ODT) file of at most %(size)s."
            ) % {"name": self.instance.file_name, "size": size}
        else:
            self.fields["upload"].help_text = gettext(
                "A PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX) or OpenDocument text "
                "(ODT) file of at most %(size)s."
            ) % {"size": size}
        if self.instance.pk:
            self.initial["countries"] = [
                str(code) for code in self.instance.countries.values_list("country", flat=True)
            ]
            self.initial["regions"] = list(self.instance.regions or [])

    def clean_title(self):
        return " ".join(self.cleaned_data["title"].split())

    def clean_publication_year(self):
        year = self.cleaned_data.get("publication_year")
        latest = timezone.now().year + 1
        if year is not None and not 1800 <= year <= latest:
            raise forms.ValidationError(
                _("Give a year between 1800 and %(latest)d.") % {"latest": latest},
                code="year_out_of_range",
            )
        return year

    def clean_doi(self):
        doi = DOI_PREFIXES.sub("", self.cleaned_data.get("doi", "").strip())
        if doi and not DOI_PATTERN.match(doi):
            raise forms.ValidationError(
                _("This is not a DOI. A DOI starts with “10.”, for example 10.1000/xyz123."),
                code="invalid_doi",
            )
        return doi

    def clean_isbn(self):
        raw = self.cleaned_data.get("isbn", "").strip()
        digits = re.sub(r"[\s-]", "", raw).upper()
        if digits and not _isbn_is_valid(digits):
            raise forms.ValidationError(
                _("This is not a valid ISBN-10 or ISBN-13."), code="invalid_isbn"
            )
        return raw

    def clean_upload(self):
        return uploads.clean_upload_field(self, "upload")

    def clean(self):
        cleaned_data = super().clean()
        date = cleaned_data.get("publication_date")
        year = cleaned_data.get("publication_year")
        if date and year and date.year != year:
            self.add_error(
                "publication_year",
                forms.ValidationError(
                    _("The year does not match the date of publication."),
                    code="year_date_mismatch",
                ),
            )
        elif date and not year:
            cleaned_data["publication_year"] = date.year
        has_file = bool(self.checked_upload) or bool(self.instance.pk and self.instance.file)
        upload_failed = "upload" in self.errors
        if not has_file and not cleaned_data.get("url") and not upload_failed:
            raise forms.ValidationError(
                _("Attach a file or give a link to the resource (or both)."), code="no_content"
            )
        return cleaned_data

    def item_data(self) -> ItemData:
        data = self.cleaned_data
        fields = {name: data.get(name) for name in SCALAR_FIELDS}
        fields["regions"] = list(data.get("regions") or [])
        for name in ("abstract", "authors", "publisher", "doi", "isbn", "url"):
            fields[name] = (fields[name] or "").strip()
        return ItemData(
            fields=fields,
            relations={name: data.get(name) or [] for name in RELATION_FIELDS},
            countries=list(data.get("countries") or []),
            tags=list(data.get("tags") or []),
        )


class CommentForm(forms.ModelForm):
    class Meta:
        model = Comment
        fields = ["body"]
        labels = {"body": _("Your comment")}
        widgets = {"body": forms.Textarea(attrs={"rows": 4})}

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if not body:
            raise forms.ValidationError(_("Please write something."), code="empty")
        return body


class ReviewForm(forms.Form):
    APPROVE, REJECT = "approve", "reject"

    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[(APPROVE, _("Approve and publish")), (REJECT, _("Reject"))],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason for rejection"),
        required=False,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "Sent to the submitter by e-mail. Say what would make the resource acceptable."
        ),
    )

    def clean(self):
        cleaned_data = super().clean()
        if (
            cleaned_data.get("decision") == self.REJECT
            and not cleaned_data.get("reason", "").strip()
        ):
            self.add_error(
                "reason",
                forms.ValidationError(
                    _("Please say why the resource is not accepted."), code="reason_required"
                ),
            )
        return cleaned_data
