"""The forms of workspaces themselves: creating one and changing its settings
(``WorkspaceForm``), the directory's filters (``DirectoryFilterForm``) and the
confirmation asked before a deletion (``DeleteForm``).

The cover image is a plain form field, not the model's: the upload is checked by
its content and re-encoded here (``core.images``), and ``services`` stores the
re-encoded picture. Left to the ModelForm, the raw upload would be written as it came.
"""

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from accounts.forms import AVATAR_TYPES
from cooperation.models import Action
from core.forms import CountryCodeField, FilterForm
from core.images import reencode_image
from library.models import Topic

from .models import Workspace
from .search import SORTS
from .services import cover_url

COVER_SIDE = 1600
# The visibilities in one or two words, for the filter and the cards' badges.
VISIBILITY_SHORT = {
    Workspace.Visibility.PUBLIC: _("Public"),
    Workspace.Visibility.MEMBERS: _("Portal members"),
    Workspace.Visibility.PRIVATE: _("Private"),
}


def cover_max_bytes() -> int:
    """The largest cover upload accepted (``WORKSPACE_COVER_MAX_BYTES``, 4 MB by default)."""
    return settings.WORKSPACE_COVER_MAX_BYTES


class _CurrentCover:
    """What the cover widget links to: the checked address, never the storage path."""

    def __init__(self, workspace: Workspace):
        self.url = cover_url(workspace)

    def __str__(self) -> str:
        return gettext("the current cover image")


class CoverInput(forms.ClearableFileInput):
    clear_checkbox_label = _("Remove the cover image")

    def format_value(self, value):
        if self.is_initial(value):
            return _CurrentCover(value.instance)
        return None


class WorkspaceForm(forms.ModelForm):
    cover = forms.FileField(
        label=_("Cover image"),
        required=False,
        widget=CoverInput(attrs={"accept": AVATAR_TYPES}),
    )
    action = forms.ModelChoiceField(
        label=_("Cooperation action followed"),
        queryset=Action.objects.order_by("title"),
        required=False,
        empty_label=_("None"),
        help_text=_("Project workspaces only: the technical cooperation action it follows."),
    )

    class Meta:
        model = Workspace
        fields = [
            "name",
            "summary",
            "kind",
            "countries",
            "topics",
            "tags",
            "visibility",
            "join_policy",
            "action",
        ]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 4}),
            "countries": forms.SelectMultiple(attrs={"size": 8}),
            "topics": forms.CheckboxSelectMultiple,
            "visibility": forms.RadioSelect,
            "join_policy": forms.RadioSelect,
        }
        help_texts = {
            "summary": _("What the workspace is for and who it brings together."),
            "countries": _("Hold Ctrl (or Cmd) to choose several."),
            "tags": _("Words separated by commas."),
        }

    field_order = ["name", "summary", "cover"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.cover_content = None
        self.initial.setdefault("cover", self.instance.cover or None)
        self.fields["cover"].help_text = gettext(
            "Optional. A JPEG, PNG, GIF or WebP picture of at most %(size)s."
        ) % {"size": filesizeformat(cover_max_bytes())}

    def clean_name(self) -> str:
        return " ".join(self.cleaned_data["name"].split())

    def clean_cover(self):
        upload = self.cleaned_data.get("cover")
        if isinstance(upload, UploadedFile):
            self.cover_content = reencode_image(
                upload, max_bytes=cover_max_bytes(), max_side=COVER_SIDE
            )
        return upload

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") and cleaned.get("kind") != Workspace.Kind.PROJECT:
            self.add_error("action", _("Only a project workspace can follow a cooperation action."))
        return cleaned

    @property
    def remove_cover(self) -> bool:
        """True when the "Remove the cover image" box was ticked (and nothing uploaded)."""
        return self.cleaned_data.get("cover") is False

    def values(self) -> dict:
        """The model's values, topics and tags included, for ``services``."""
        return {name: self.cleaned_data[name] for name in self._meta.fields}


class DirectoryFilterForm(FilterForm):
    """The directory's filters. A value that does not validate is dropped
    (``valid_filters``), never shown as an error: the list simply ignores it."""

    q = forms.CharField(
        label=_("Words to look for"), required=False, max_length=200, widget=forms.SearchInput
    )
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds")), *Workspace.Kind.choices]
    )
    country = CountryCodeField(label=_("Country"), required=False)
    topic = forms.ModelChoiceField(
        label=_("Topic"),
        required=False,
        queryset=Topic.objects.all(),
        to_field_name="slug",
        empty_label=_("All topics"),
    )
    visibility = forms.ChoiceField(label=_("Who may read it"), required=False)
    mine = forms.BooleanField(label=_("Only workspaces I am a member of"), required=False)
    archived = forms.BooleanField(label=_("Include archived workspaces"), required=False)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=list(SORTS.items()))

    def __init__(self, *args, user=None, country_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("All countries")), *countries]
        self.fields["country"].widget.choices = [("", _("All countries")), *country_choices]
        if user is None or not user.is_authenticated:
            # Anonymous visitors only ever see public workspaces.
            del self.fields["visibility"]
            del self.fields["mine"]
        else:
            self.fields["visibility"].choices = [("", _("Any")), *VISIBILITY_SHORT.items()]

    def clean_mine(self):
        return self.cleaned_data["mine"] or None

    def clean_archived(self):
        return self.cleaned_data["archived"] or None


class DeleteForm(forms.Form):
    """Deleting cannot be undone: the person types the workspace's name to confirm."""

    name = forms.CharField(label=_("Type the workspace's name to confirm"), max_length=200)

    def __init__(self, *args, workspace: Workspace, **kwargs):
        super().__init__(*args, **kwargs)
        self.workspace = workspace

    def clean_name(self) -> str:
        typed = " ".join(self.cleaned_data["name"].split())
        if typed != self.workspace.name:
            raise forms.ValidationError(
                _("This is not the workspace's name: nothing was deleted."), code="wrong_name"
            )
        return typed
