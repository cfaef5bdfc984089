"""A workspace's search page, its full activity stream, and each member's choice of
e-mail updates. All read like the workspace's other pages (``workspace_view``)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_safe

from core.search import clean_query, words

from . import services
from .models import (
    Membership,
)
from .search import search_workspace
from .views_workspace import _private_if_not_public, _sign_in, workspace_view

ACTIVITY_PAGE = 50


# --- Searching ----------------------------------------------------------------------------


@require_safe
@workspace_view()
def search(request, workspace):
    query = clean_query(request.GET.get("q", ""))
    groups = search_workspace(workspace, query) if words(query) else []
    context = {
        "workspace": workspace,
        "current": "search",
        "query": query,
        "searched": bool(words(query)),
        "groups": [group for group in groups if group.results],
        "total": sum(len(group.results) for group in groups),
    }
    response = render(request, "workspaces/search.html", context)
    return _private_if_not_public(response, workspace)


# --- The activity stream -----------------------------------------------------------------


@require_safe
@workspace_view()
def activity(request, workspace):
    stream = workspace.activities.select_related("actor").order_by("-created", "-pk")
    page = Paginator(stream, ACTIVITY_PAGE).get_page(request.GET.get("page"))
    activities = list(page.object_list)
    services.link_targets(workspace, activities)
    context = {
        "workspace": workspace,
        "current": "activity",
        "page": page,
        "activities": activities,
    }
    response = render(request, "workspaces/activity.html", context)
    return _private_if_not_public(response, workspace)


# --- E-mail updates ------------------------------------------------------------------------


class EmailUpdatesForm(forms.Form):
    email_updates = forms.ChoiceField(
        label=gettext_lazy("E-mails about this workspace"),
        choices=[
            (
                "on",
                gettext_lazy(
                    "Yes: e-mail me about each new post, wiki page, document, discussion and event"
                ),
            ),
            ("off", gettext_lazy("No: only when someone mentions me or answers what I wrote")),
        ],
        widget=forms.RadioSelect,
        error_messages={
            "required": gettext_lazy("Please choose whether you want these e-mails."),
            "invalid_choice": gettext_lazy("Please choose whether you want these e-mails."),
        },
    )


@require_http_methods(["GET", "HEAD", "POST"])
@workspace_view()
def email_updates(request, workspace):
    """A member says whether they want an e-mail about each new piece of content (also in
    an archived workspace: they may want to hear nothing more from it)."""
    if not request.user.is_authenticated:
        return _sign_in(request, workspace)
    membership = Membership.objects.filter(workspace=workspace, user=request.user).first()
    if membership is None:
        raise PermissionDenied
    initial = {"email_updates": "on" if membership.email_updates else "off"}
    form = EmailUpdatesForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        wanted = form.cleaned_data["email_updates"] == "on"
        Membership.objects.filter(pk=membership.pk).update(email_updates=wanted)
        if wanted:
            message = _("You will get an e-mail about each new piece of content in “%(name)s”.")
        else:
            message = _(
                "You will no longer get e-mails about new content in “%(name)s”, only when "
                "someone mentions you or answers what you wrote."
            )
        messages.success(request, message % {"name": workspace.name})
        return redirect(workspace.get_absolute_url())
    context = {"workspace": workspace, "current": "email-updates", "form": form}
    response = render(request, "workspaces/email_updates.html", context)
    return _private_if_not_public(response, workspace)
