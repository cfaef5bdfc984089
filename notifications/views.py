"""The notification centre, the preferences page, following and unsubscribing.

Everything works without JavaScript: lists are links, changes are POST forms that
redirect back. The unsubscribe page needs no sign-in (its signed token is the secret)
and takes the RFC 8058 one-click POST that mail programs send without a CSRF token.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from . import centre, registry, tokens
from . import unsubscribe as unsubscribing
from .forms import FollowForm, PreferencesForm
from .models import Delivery, Preferences

# The largest id a database stores: a bigger number in an address or a form names
# nothing (and would overflow SQLite's integers).
MAX_ID = 2**63 - 1


def _safe_next(request, default: str) -> str:
    """Where to go back to: the ``next`` the form carried if it stays on this site."""
    wanted = request.POST.get("next") or request.GET.get("next") or ""
    if wanted and url_has_allowed_host_and_scheme(
        wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return wanted
    return default


# --- The notification centre -------------------------------------------------------------


@require_safe
@login_required
def notification_list(request):
    unread_only = request.GET.get("unread") == "1"
    page, entries = centre.centre_page(
        request.user, unread_only=unread_only, number=request.GET.get("page")
    )
    # The header shows the count ``centre_page`` just set.
    request.user.refresh_from_db(fields=["unread_notifications"])
    context = {
        "page": page,
        "entries": entries,
        "unread_only": unread_only,
        "querystring": "unread=1" if unread_only else "",
        "here": request.get_full_path(),
    }
    return render(request, "notifications/list.html", context)


@require_POST
@login_required
def mark_read(request):
    back = _safe_next(request, reverse("notifications:list"))
    if request.POST.get("all"):
        centre.mark_read(request.user)
        messages.success(request, _("All your notifications are marked as read."))
        return redirect(back)
    ids = [
        int(value)
        for value in request.POST.getlist("notification")
        if value.isdigit() and int(value) <= MAX_ID
    ]
    if not ids:
        messages.error(request, _("Nothing was marked as read: no notification was chosen."))
        return redirect(back)
    centre.mark_read(request.user, ids)
    messages.success(request, _("Marked as read."))
    return redirect(back)


@require_safe
@login_required
def open_notification(request, pk):
    url = centre.open_notification(request.user, pk) if pk <= MAX_ID else None
    if url is None:
        raise Http404
    if not url:
        # Not a 404: that would undo the request's transaction, which forgot it.
        messages.info(request, _("What this notification was about is no longer available."))
        return redirect("notifications:list")
    return redirect(url)


# --- Preferences ---------------------------------------------------------------------------


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def preferences(request):
    followed = centre.followed_by(request.user, request)
    current = Preferences.for_user(request.user)
    data = request.POST if request.method == "POST" else None
    form = PreferencesForm(data, followed=followed, preferences=current)
    if request.method == "POST" and form.is_valid():
        centre.save_preferences(
            request.user,
            followed,
            deliveries=form.deliveries(),
            stopped=form.stopped(),
            direct=form.cleaned_data["direct"],
        )
        messages.success(request, _("Your notification preferences are saved."))
        return redirect("notifications:preferences")
    return render(request, "notifications/preferences.html", {"form": form, "rows": form.rows()})


# --- Following -----------------------------------------------------------------------------


def _followed_thing(request, key: str, pk: int):
    """The followable and the object of a follow address, or 404 for an unknown kind,
    a missing object, or one the member may not follow (a private workspace is never
    confirmed to exist)."""
    followable = registry.by_key(key)
    if followable is None or pk > MAX_ID:
        raise Http404
    obj = followable.model._default_manager.filter(pk=pk).first()
    if obj is None or not followable.allows_following(request.user, obj):
        raise Http404
    return followable, obj


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def follow(request, key, pk):
    followable, obj = _followed_thing(request, key, pk)
    subscription = centre.subscription_to(request.user, obj)
    name = followable.name(obj)
    back = _safe_next(request, centre.address_of(obj, request))
    if request.method == "POST":
        form = FollowForm(request.POST, following=subscription is not None)
        if "unfollow" in request.POST or (form.is_valid() and form.stops):
            centre.unfollow(request.user, obj)
            messages.success(
                request,
                _("You no longer follow %(label)s “%(name)s”.")
                % {"label": followable.label, "name": name},
            )
            return redirect(back)
        if form.is_valid():
            delivery = form.cleaned_data["delivery"]
            centre.follow(request.user, obj, delivery)
            messages.success(
                request,
                _("You follow %(label)s “%(name)s”. How you hear of it: %(how)s.")
                % {"label": followable.label, "name": name, "how": Delivery(delivery).label},
            )
            return redirect(back)
        status = 400
    else:
        initial = {"delivery": subscription.delivery} if subscription else None
        form = FollowForm(initial=initial, following=subscription is not None)
        status = 200
    context = {
        "form": form,
        "followable": followable,
        "obj": obj,
        "name": name,
        "following": subscription,
        "back": back,
    }
    return render(request, "notifications/follow.html", context, status=status)


# --- Unsubscribing -------------------------------------------------------------------------


@csrf_exempt  # The signed token is the secret; mail programs POST without a CSRF token.
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    """GET asks (link scanners open links and must not unsubscribe anyone); POST, from
    the page's button or a mail program's one-click (``List-Unsubscribe=One-Click``),
    stops the e-mails and keeps the notifications in the portal."""
    found = tokens.read(token)
    resolved = unsubscribing.resolve(*found) if found else None
    if resolved is None:
        context = {"state": "invalid"}
        response = render(request, "notifications/unsubscribe.html", context, status=400)
    else:
        person, scope, value = resolved
        context = {
            "what": scope.describe(person, value),
            "state": "confirm",
            "in_portal": scope.in_portal,
            "manage_url": reverse(scope.manage),
        }
        if request.method == "POST":
            context["state"] = "done" if scope.apply(person, value) else "already"
        response = render(request, "notifications/unsubscribe.html", context)
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex"
    return response
