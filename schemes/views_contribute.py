"""Members propose schemes and changes; managers report each year's figures.

What a member sends waits for the editors (``services``); an editor's own is
applied at once. The forms work on copies: a refused value never shows
elsewhere on the page.
"""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from core.permissions import member_permission_required

from . import services
from .forms import SchemeForm, YearForm, year_error
from .models import Scheme, SchemeChange
from .rules import is_scheme_editor

PROPOSALS_PAGE_SIZE = 30


def visible_scheme(request, pk, **kwargs) -> Scheme:
    """The scheme at ``pk`` if ``request.user`` may see it, else 404 (its existence
    does not leak); kept on the request for the permission check and the view."""
    cached = getattr(request, "_scheme", None)
    if cached is None or cached.pk != pk:
        queryset = Scheme.objects.visible_to(request.user)
        cached = request._scheme = get_object_or_404(queryset, pk=pk)
    return cached


@member_permission_required("schemes.propose_scheme")
def create(request):
    form = SchemeForm(request.POST or None, initial={"country": request.user.country})
    if request.method == "POST" and form.is_valid():
        change = services.propose_new(
            user=request.user, data=form.proposal(), note=form.cleaned_data["note"]
        )
        if change.status == SchemeChange.Status.APPROVED:
            messages.success(request, _("The scheme is published."))
        else:
            messages.success(
                request, _("Thank you. Editors will review the scheme before it is public.")
            )
        return redirect(change.scheme.get_absolute_url())
    return render(request, "schemes/scheme_form.html", {"form": form, "scheme": None})


@member_permission_required("schemes.update_scheme", fn=visible_scheme)
def edit(request, pk):
    scheme = visible_scheme(request, pk)
    pending = services.pending_proposal(scheme, request.user, SchemeChange.Kind.EDIT)
    copy = Scheme.objects.get(pk=scheme.pk)
    initial = {}
    if pending is not None:
        initial = {**services.deserialise(Scheme, pending.data), "note": pending.note}
    form = SchemeForm(request.POST or None, instance=copy, initial=initial)
    if request.method == "POST" and form.is_valid():
        change = services.propose_edit(
            scheme=scheme,
            user=request.user,
            data=form.proposal(),
            note=form.cleaned_data["note"],
        )
        messages.success(request, _edit_message(change))
        return redirect(scheme.get_absolute_url())
    context = {"form": form, "scheme": scheme, "pending": pending}
    return render(request, "schemes/scheme_form.html", context)


def _edit_message(change: SchemeChange | None) -> str:
    if change is None:
        return _("Nothing differs from the current description: nothing was sent.")
    if change.status == SchemeChange.Status.APPROVED:
        return _("Your changes are saved.")
    if change.kind == SchemeChange.Kind.CREATE:
        return _("Thank you. Editors will review the scheme before it is public.")
    return _("Thank you. Editors will review your changes before they are public.")


@member_permission_required("schemes.update_scheme", fn=visible_scheme)
def report_year(request, pk, year):
    scheme = visible_scheme(request, pk)
    refused = year_error(year)
    if refused:
        context = {
            "scheme": scheme,
            "year": year,
            "refused": refused,
            "scheme_year": services.year_to_report(scheme),
        }
        return render(request, "schemes/year_form.html", context, status=404)
    prefill = services.year_prefill(scheme, year, request.user)
    form = YearForm(request.POST or None, scheme=scheme, year=year, initial=prefill.values)
    if request.method == "POST" and form.is_valid():
        change = services.propose_year(
            scheme=scheme,
            user=request.user,
            year=year,
            data=form.proposal(),
            note=form.cleaned_data["note"],
        )
        messages.success(request, _year_message(year, change))
        return redirect(scheme.get_absolute_url())
    context = {"scheme": scheme, "year": year, "form": form, "prefill": prefill}
    return render(request, "schemes/year_form.html", context)


def _year_message(year: int, change: SchemeChange | None) -> str:
    if change is None:
        return _("These are the figures already recorded for %(year)s: nothing was sent.") % {
            "year": year
        }
    if change.status == SchemeChange.Status.APPROVED:
        return _("The figures for %(year)s are saved.") % {"year": year}
    return _("Thank you. Editors will review the figures for %(year)s before they are public.") % {
        "year": year
    }


@member_permission_required("schemes.propose_scheme")
def mine(request):
    user = request.user
    schemes = list(Scheme.objects.managed_by(user).order_by("name", "pk"))
    today = timezone.localdate()
    for scheme in schemes:
        scheme.year_to_report = services.year_to_report(scheme, today)
    page = Paginator(services.proposals_of(user), PROPOSALS_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    context = {
        "schemes": schemes,
        "page": page,
        "querystring": "",
        "can_review": is_scheme_editor(user),
    }
    return render(request, "schemes/mine.html", context)
