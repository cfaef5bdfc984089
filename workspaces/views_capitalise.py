"""A moderator proposes a workspace's document or blog post to the library.

The form starts from the source (title, abstract, authors, year, the workspace's
topics) and asks what the library needs (the type of resource); what is sent lands
in the editors' review queue like any member's submission (``capitalise.py``).
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from core.models import Language
from library.forms import TermChoiceField
from library.models import ResourceType, Topic
from library.services import ItemData

from . import capitalise
from .models import Document, Post
from .views_workspace import _private_if_not_public, workspace_view

GET_POST = ["GET", "HEAD", "POST"]


class CapitaliseForm(forms.Form):
    resource_type = forms.ModelChoiceField(
        label=gettext_lazy("Type of resource"),
        queryset=ResourceType.objects.none(),
        empty_label=gettext_lazy("Choose a type"),
    )
    title = forms.CharField(label=gettext_lazy("Title"), max_length=300)
    abstract = forms.CharField(
        label=gettext_lazy("Abstract"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    authors = forms.CharField(
        label=gettext_lazy("Authors"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy(
            "One per line or separated by semicolons, family name first. "
            "Check that they agree to the publication."
        ),
    )
    publication_year = forms.IntegerField(label=gettext_lazy("Year of publication"), required=False)
    languages = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Languages"),
        queryset=Language.objects.none(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
        help_text=gettext_lazy(
            "The languages the resource is written in. Hold Ctrl (or Cmd) to choose several."
        ),
    )
    topics = TermChoiceField(
        label=gettext_lazy("Topics"), queryset=Topic.objects.none(), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["resource_type"].queryset = ResourceType.objects.all()
        self.fields["languages"].queryset = Language.objects.all()
        self.fields["topics"].queryset = Topic.objects.all()

    def clean_title(self):
        title = " ".join(self.cleaned_data.get("title", "").split())
        if not title:
            raise ValidationError(_("Please give the resource a title."), code="required")
        return title

    def clean_publication_year(self):
        year = self.cleaned_data.get("publication_year")
        latest = timezone.now().year + 1
        if year is not None and not 1800 <= year <= latest:
            raise ValidationError(
                _("Give a year between 1800 and %(latest)d.") % {"latest": latest},
                code="year_out_of_range",
            )
        return year

    def item_data(self) -> ItemData:
        data = self.cleaned_data
        return ItemData(
            fields={
                "resource_type": data["resource_type"],
                "title": data["title"],
                "abstract": data.get("abstract", "").strip(),
                "authors": data.get("authors", "").strip(),
                "publication_year": data.get("publication_year"),
            },
            relations={
                "languages": data.get("languages") or [],
                "topics": data.get("topics") or [],
            },
        )


def _propose(request, workspace, *, source, kind: str, initial: dict):
    """The form for ``source`` (a post or a document), and what POSTing it does."""
    keyword = {kind: source}
    pending = capitalise.pending_proposal(**keyword)
    if request.method == "POST" and pending is not None:
        messages.info(request, capitalise.already_proposed(pending).message)
        return redirect(source.get_absolute_url())
    form = CapitaliseForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            done = capitalise.propose(
                workspace, actor=request.user, data=form.item_data(), **keyword
            )
        except capitalise.AlreadyProposed as twice:
            messages.info(request, twice.message)
            return redirect(source.get_absolute_url())
        except ValidationError as refused:
            form.add_error(None, refused)
        else:
            messages.success(
                request,
                _(
                    "Thank you. “%(title)s” is waiting for the library editors' review; "
                    "you will receive an e-mail once it is decided."
                )
                % {"title": done.item.title},
            )
            return redirect(done.item.get_absolute_url())
    context = {
        "workspace": workspace,
        "current": "documents" if kind == "document" else "blog",
        "form": form,
        "source": source,
        "kind": kind,
        "pending": pending,
    }
    response = render(request, "workspaces/capitalise.html", context)
    return _private_if_not_public(response, workspace)


@require_http_methods(GET_POST)
@workspace_view("workspaces.capitalise")
def document(request, workspace, pk):
    source = get_object_or_404(
        Document.objects.select_related("current", "folder"), workspace=workspace, pk=pk
    )
    initial = capitalise.initial_for_document(source)
    return _propose(request, workspace, source=source, kind="document", initial=initial)


@require_http_methods(GET_POST)
@workspace_view("workspaces.capitalise")
def post(request, workspace, pk):
    source = get_object_or_404(Post.objects.select_related("author"), workspace=workspace, pk=pk)
    initial = capitalise.initial_for_post(source)
    return _propose(request, workspace, source=source, kind="post", initial=initial)
