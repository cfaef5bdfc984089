"""Editors' review queue, their decisions, and featuring items on the home page."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.permissions import member_permission_required

from .. import services
from ..forms import ReviewForm
from ..models import Item
from .items import visible_item

QUEUE_PAGE_SIZE = 50


@member_permission_required("library.work_review_queue")
def queue(request):
    page = Paginator(services.review_queue(request.user), QUEUE_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, "library/review_queue.html", {"page": page, "querystring": ""})


@member_permission_required("library.work_review_queue", fn=visible_item)
def decide(request, pk):
    item = visible_item(request, pk)
    if item.status != Item.Status.PENDING:
        messages.info(
            request,
            _("“%(title)s” is not waiting for review (it is “%(status)s”).")
            % {"title": item.title, "status": item.get_status_display()},
        )
        return redirect(item.get_absolute_url())
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            if form.cleaned_data["decision"] == ReviewForm.APPROVE:
                services.approve_item(item, reviewer=request.user)
                done = _("“%(title)s” is published.")
            else:
                services.reject_item(
                    item, reviewer=request.user, reason=form.cleaned_data["reason"]
                )
                done = _("“%(title)s” is rejected.")
        except services.ReviewRefused as refused:
            messages.error(request, str(refused))
            return redirect(item.get_absolute_url())
        told = ""
        if item.submitted_by_id and item.submitted_by_id != request.user.pk:
            told = " " + _("%(name)s will be told by e-mail.") % {
                "name": item.submitted_by.display_name
            }
        messages.success(request, done % {"title": item.title} + told)
        return redirect("library:review-queue")
    context = {
        "item": item,
        "form": form,
        "countries": list(item.countries.all()),
    }
    return render(request, "library/review_form.html", context)


@require_POST
@member_permission_required("library.feature_on_home", fn=visible_item)
def feature(request, pk):
    item = visible_item(request, pk)
    featured = request.POST.get("featured") == "1"
    try:
        services.set_featured(item, featured=featured)
    except services.ReviewRefused as refused:
        messages.error(request, str(refused))
    else:
        if featured:
            done = _("“%(title)s” is now featured on the home page.")
        else:
            done = _("“%(title)s” is no longer featured on the home page.")
        messages.success(request, done % {"title": item.title})
    return redirect(item.get_absolute_url())
