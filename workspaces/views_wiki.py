"""The workspace wiki's pages: the index (the pages as a tree), a page, creating and
editing one (an edit that crossed another is answered with both texts, nothing lost),
deleting one (moderators; its subpages move up), its history, an old version, the
differences between two versions and restoring an old one.

Saving is ``wiki.py``'s; who may do what is ``rules.py``'s: reading follows the
workspace, creating and editing pages is for its members (``workspaces.contribute``),
deleting one for its moderators (``workspaces.moderate``).
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from . import bodies, wiki
from .models import WikiPage, WikiRevision, Workspace
from .models.content import BODY_MAX_LENGTH
from .views_workspace import render_in, workspace_view

HISTORY_PAGE_SIZE = 50
INDENT = "\u00a0\u00a0\u00a0"  # per level, in the list of pages to put a page under


class WikiPageForm(forms.Form):
    """A page's title, its place in the hierarchy and its text; when editing, what
    changed and the version the edit started from."""

    title = forms.CharField(label=gettext_lazy("Title"), max_length=200)
    parent = forms.TypedChoiceField(
        label=gettext_lazy("Under the page"),
        coerce=int,
        empty_value=None,
        required=False,
        help_text=gettext_lazy("Where the page goes in the wiki."),
        error_messages={
            "invalid_choice": gettext_lazy(
                "Choose one of the pages listed: a page goes under another page of this "
                "wiki, never under itself or one of its own subpages."
            )
        },
    )
    body = forms.CharField(
        label=gettext_lazy("Text"),
        max_length=BODY_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 18}),
        help_text=gettext_lazy(
            "You may use Markdown: **bold**, *italics*, # for a heading, - for a list, "
            "[words](https://…) for a link. Type @ and a member's name to mention them."
        ),
    )
    comment = forms.CharField(
        label=gettext_lazy("What did you change?"),
        max_length=200,
        required=False,
        help_text=gettext_lazy("Optional: a few words for the page's history."),
    )
    base_version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args, workspace: Workspace, page: WikiPage | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        rows = wiki.tree(workspace, without=page)
        self.pages = {row.page.pk: row.page for row in rows}
        self.fields["parent"].choices = [("", _("Nothing: at the top of the wiki"))] + [
            (row.page.pk, INDENT * row.depth + row.page.title) for row in rows
        ]
        if page is None:
            del self.fields["comment"]
            del self.fields["base_version"]

    def clean_title(self) -> str:
        return " ".join(self.cleaned_data["title"].split())

    def clean_body(self) -> str:
        return wiki.clean_body(self.cleaned_data["body"])

    def clean_parent(self) -> WikiPage | None:
        value = self.cleaned_data["parent"]
        return self.pages[value] if value is not None else None


def _page(workspace: Workspace, pk: int, *related: str) -> WikiPage:
    page = get_object_or_404(WikiPage.objects.select_related(*related), workspace=workspace, pk=pk)
    page.workspace = workspace
    return page


# --- Reading --------------------------------------------------------------------------------


@require_safe
@workspace_view()
def index(request, workspace):
    context = {
        "rows": wiki.tree(workspace),
        "can_contribute": request.user.has_perm("workspaces.contribute", workspace),
    }
    return render_in(request, workspace, "wiki", "workspaces/wiki/index.html", context)


@require_safe
@workspace_view()
def page(request, workspace, pk):
    page = _page(workspace, pk, "updated_by", "created_by")
    ancestors, children = wiki.family(page)
    context = {
        "page": page,
        "ancestors": ancestors,
        "children": children,
        "can_contribute": request.user.has_perm("workspaces.contribute", workspace),
        "can_moderate": request.user.has_perm("workspaces.moderate", workspace),
    }
    return render_in(request, workspace, "wiki", "workspaces/wiki/page.html", context)


# --- Writing --------------------------------------------------------------------------------


@require_http_methods(["GET", "HEAD", "POST"])
@workspace_view("workspaces.contribute")
def create(request, workspace):
    form = WikiPageForm(
        request.POST or None, workspace=workspace, initial={"parent": request.GET.get("parent")}
    )
    if request.method == "POST" and form.is_valid():
        try:
            page = wiki.create_page(
                workspace,
                author=request.user,
                title=form.cleaned_data["title"],
                body=form.cleaned_data["body"],
                parent=form.cleaned_data["parent"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The page is created."))
            return redirect(page.get_absolute_url())
    return render_in(
        request, workspace, "wiki", "workspaces/wiki/form.html", {"form": form, "page": None}
    )


def _conflict_message(request, conflict: wiki.EditConflict) -> str:
    if conflict.updated_by is not None and conflict.updated_by.pk == request.user.pk:
        return _(
            "You saved this page in another window or tab while editing it here "
            "(version %(version)s)."
        ) % {"version": conflict.version}
    name = conflict.updated_by.display_name if conflict.updated_by else _("Someone")
    return _("%(name)s saved this page while you were editing it (version %(version)s).") % {
        "name": name,
        "version": conflict.version,
    }


@require_http_methods(["GET", "HEAD", "POST"])
@workspace_view("workspaces.contribute")
def edit(request, workspace, pk):
    page = _page(workspace, pk)
    initial = {
        "title": page.title,
        "body": page.body,
        "parent": page.parent_id,
        "base_version": page.version,
    }
    form = WikiPageForm(request.POST or None, workspace=workspace, page=page, initial=initial)
    context = {"page": page}
    if request.method == "POST" and form.is_valid():
        values = form.cleaned_data
        try:
            wiki.save_page(
                page,
                author=request.user,
                base_version=values["base_version"],
                title=values["title"],
                body=values["body"],
                parent=values["parent"],
                comment=values["comment"],
            )
        except wiki.NothingChanged:
            messages.info(request, _("You changed nothing, so no new version was saved."))
            return redirect(page.get_absolute_url())
        except wiki.EditConflict as conflict:
            # Their version is saved; the form keeps what this editor typed, now based on
            # their version, so that saving again after merging goes through.
            data = request.POST.copy()
            data["base_version"] = str(conflict.version)
            form = WikiPageForm(data, workspace=workspace, page=page, initial=initial)
            context["conflict"] = {
                "message": _conflict_message(request, conflict),
                "version": conflict.version,
                "title": conflict.title,
                "body": conflict.body,
                "updated_by": conflict.updated_by,
                "updated": conflict.updated,
                "yours_title": values["title"],
                "yours_body": values["body"],
                "rows": wiki.diff(conflict.body, values["body"]),
            }
            context["form"] = form
            return render_in(
                request, workspace, "wiki", "workspaces/wiki/form.html", context, status=409
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("The page is saved as version %(version)s.") % {"version": page.version}
            )
            return redirect(page.get_absolute_url())
    context["form"] = form
    return render_in(request, workspace, "wiki", "workspaces/wiki/form.html", context)


@require_http_methods(["GET", "HEAD", "POST"])
@workspace_view("workspaces.moderate")
def delete(request, workspace, pk):
    page = _page(workspace, pk, "parent")
    if request.method == "POST":
        title, parent = page.title, page.parent
        moved = wiki.delete_page(page)
        if moved:
            message = _(
                "The page “%(title)s” is deleted. Its subpages moved up one level: "
                "%(count)s of them."
            ) % {"title": title, "count": moved}
        else:
            message = _("The page “%(title)s” is deleted.") % {"title": title}
        messages.success(request, message)
        if parent is not None:
            return redirect(reverse("workspaces:wiki-page", args=[workspace.slug, parent.pk]))
        return redirect("workspaces:wiki", slug=workspace.slug)
    context = {"page": page, "subpages": page.children.count()}
    return render_in(request, workspace, "wiki", "workspaces/wiki/delete.html", context)


# --- History ----------------------------------------------------------------------------


@require_safe
@workspace_view()
def history(request, workspace, pk):
    page = _page(workspace, pk)
    revisions = page.revisions.select_related("author").order_by("-number")
    listing = Paginator(revisions, HISTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "listing": listing,
        "compare_from": max(page.version - 1, 1),
        "compare_to": page.version,
    }
    return render_in(request, workspace, "wiki", "workspaces/wiki/history.html", context)


@require_safe
@workspace_view()
def revision(request, workspace, pk, number):
    page = _page(workspace, pk)
    revisions = WikiRevision.objects.select_related("author")
    shown = get_object_or_404(revisions, page=page, number=number)
    previous = page.revisions.filter(number__lt=number).order_by("-number").first()
    context = {
        "page": page,
        "revision": shown,
        "body_html": bodies.render(shown.body),
        "previous": previous,
        "rows": wiki.diff(previous.body, shown.body) if previous else [],
        "can_restore": (
            request.user.has_perm("workspaces.contribute", workspace)
            and (shown.title, shown.body) != (page.title, page.body)
        ),
    }
    return render_in(request, workspace, "wiki", "workspaces/wiki/revision.html", context)


def _number(value: str | None) -> int | None:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise Http404 from None
    if number < 1:
        raise Http404
    return number


@require_safe
@workspace_view()
def diff(request, workspace, pk):
    """``?from=N&to=M``: what changed from version N to version M (by default, in the
    latest version)."""
    page = _page(workspace, pk)
    newest = _number(request.GET["to"]) if request.GET.get("to") else page.version
    oldest = _number(request.GET["from"]) if request.GET.get("from") else max(newest - 1, 1)
    numbers = sorted({oldest, newest})
    found = {
        revision.number: revision
        for revision in page.revisions.filter(number__in=numbers).select_related("author")
    }
    if len(found) != len(set(numbers)):
        raise Http404
    older, newer = found[numbers[0]], found[numbers[-1]]
    context = {
        "page": page,
        "older": older,
        "newer": newer,
        "same_version": older.number == newer.number,
        "rows": wiki.diff(older.body, newer.body),
    }
    return render_in(request, workspace, "wiki", "workspaces/wiki/diff.html", context)


@require_POST
@workspace_view("workspaces.contribute")
def revert(request, workspace, pk, number):
    page = _page(workspace, pk)
    try:
        wiki.revert(page, author=request.user, number=number)
    except WikiRevision.DoesNotExist:
        raise Http404 from None
    except wiki.NothingChanged:
        messages.info(
            request,
            _("The page already reads like version %(number)s: nothing was restored.")
            % {"number": number},
        )
    else:
        messages.success(
            request,
            _("Version %(number)s is restored: it is now version %(version)s.")
            % {"number": number, "version": page.version},
        )
    return redirect(page.get_absolute_url())
