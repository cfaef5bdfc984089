"""Editors review what members propose; whoever sees a scheme reads its history.

The queue and the history run a fixed number of queries whatever their length:
proposers are joined, and the risks and networks the changes name are fetched
once for the page (``diff.Describer``).
"""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from core.permissions import member_permission_required

from . import diff, services
from .forms import ReviewForm
from .models import SchemeChange
from .rules import is_scheme_editor, manages
from .views_contribute import visible_scheme

QUEUE_PAGE_SIZE = 50
HISTORY_PAGE_SIZE = 50

Kind = SchemeChange.Kind


@member_permission_required("schemes.review_changes")
def queue(request):
    page = Paginator(services.review_queue(), QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "schemes/review_queue.html", {"page": page, "querystring": ""})


@member_permission_required("schemes.review_changes")
def change(request, pk):
    proposal = get_object_or_404(
        SchemeChange.objects.select_related("scheme", "submitted_by", "reviewed_by"), pk=pk
    )
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        return _decide(request, proposal, form.cleaned_data)
    context = {
        "change": proposal,
        "rows": diff.review_rows(proposal),
        "form": form,
        "is_pending": proposal.status == SchemeChange.Status.PENDING,
    }
    return render(request, "schemes/review_change.html", context)


def _decide(request, proposal: SchemeChange, decision: dict):
    try:
        if decision["decision"] == ReviewForm.APPROVE:
            services.approve(proposal, reviewer=request.user)
            done = _approved_message(proposal)
        else:
            services.reject(proposal, reviewer=request.user, reason=decision["reason"])
            done = _("The proposal about “%(scheme)s” is refused.") % {"scheme": proposal.scheme}
    except services.ReviewRefused as refused:
        messages.error(request, str(refused))
        return redirect("schemes:review")
    proposer = proposal.submitted_by
    if proposer is not None and proposer.pk != request.user.pk:
        done += " " + _("%(name)s will be told by e-mail.") % {"name": proposer.display_name}
    messages.success(request, done)
    return redirect("schemes:review")


def _approved_message(proposal: SchemeChange) -> str:
    params = {"scheme": proposal.scheme, "year": proposal.year}
    if proposal.kind == Kind.CREATE:
        return _("“%(scheme)s” is published.") % params
    if proposal.kind == Kind.YEAR:
        return _("The figures of “%(scheme)s” for %(year)s are published.") % params
    return _("The changes to “%(scheme)s” are published.") % params


def history(request, pk):
    scheme = visible_scheme(request, pk)
    user = request.user
    sees_proposals = is_scheme_editor(user) or manages(user, scheme)
    changes = services.history_of(scheme, with_proposals=sees_proposals)
    page = Paginator(changes, HISTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    shown = list(page.object_list)
    describer = diff.Describer.for_changes(shown)
    entries = [{"change": c, "rows": describer.history_rows(c)} for c in shown]
    context = {
        "scheme": scheme,
        "page": page,
        "entries": entries,
        "querystring": "",
        "sees_proposals": sees_proposals,
        "shows_names": user.is_authenticated,
    }
    return render(request, "schemes/history.html", context)
