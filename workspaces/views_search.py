"""A workspace's search page, its full activity stream, and each member's choice of
how they hear of its new content. All read like the workspace's other pages
(``workspace_view``)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_safe

from core.search import clean_query, words
from notifications import centre
from notifications.models import Delivery

from . import services
from .models import Membership
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


# --- Notifications for this workspace ---------------------------------------------------------


class NotificationsForm(forms.Form):
    delivery = forms.ChoiceField(
        label=gettext_lazy("How you hear of new content in this workspace"),
        choices=Delivery.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": gettext_lazy("Please choose how you want to hear of it."),
            "invalid_choice": gettext_lazy("Please choose how you want to hear of it."),
        },
    )


@require_http_methods(["GET", "HEAD", "POST"])
@workspace_view()
def notifications(request, workspace):
    """A member chooses how they hear of new content in the workspace they follow (also
    in an archived one: they may want to hear nothing more from it). Saving follows it
    again if they had stopped."""
    if not request.user.is_authenticated:
        return _sign_in(request, workspace)
    if not Membership.objects.filter(workspace=workspace, user=request.user).exists():
        raise PermissionDenied
    subscription = centre.subscription_to(request.user, workspace)
    initial = {"delivery": subscription.delivery} if subscription else {}
    form = NotificationsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        delivery = Delivery(form.cleaned_data["delivery"])
        centre.follow(request.user, workspace, delivery)
        message = _("Saved. New content in “%(name)s”: %(how)s.")
        messages.success(request, message % {"name": workspace.name, "how": delivery.label})
        return redirect(workspace.get_absolute_url())
    context = {
        "workspace": workspace,
        "current": "notifications",
        "form": form,
        "following": subscription is not None,
    }
    response = render(request, "workspaces/notifications.html", context)
    return _private_if_not_public(response, workspace)
