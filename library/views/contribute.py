"""Members submit resources, follow and edit their submissions."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from core.permissions import member_permission_required

from .. import services
from ..forms import ItemForm
from ..models import Item
from .items import visible_item

SUBMISSIONS_PAGE_SIZE = 20
SUBMIT, DRAFT = "submit", "draft"


def _wants_review(request) -> bool:
    return request.POST.get("action", SUBMIT) != DRAFT


@member_permission_required("library.submit_items")
def submit(request):
    if request.method == "POST":
        form = ItemForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                item = services.create_item(
                    submitter=request.user,
                    data=form.item_data(),
                    upload=form.checked_upload,
                    submit=_wants_review(request),
                )
            except ValidationError as refused:
                form.add_error(None, refused)
            else:
                if item.status == Item.Status.PENDING:
                    messages.success(
                        request,
                        _(
                            "Thank you. “%(title)s” is waiting for an editor's review; "
                            "you will receive an e-mail once it is decided."
                        )
                        % {"title": item.title},
                    )
                else:
                    messages.success(
                        request,
                        _("“%(title)s” is saved as a draft. Only you can see it.")
                        % {"title": item.title},
                    )
                return redirect(item.get_absolute_url())
    else:
        form = ItemForm()
    return render(request, "library/submit_form.html", {"form": form, "item": None, "own": True})


@member_permission_required("library.edit_submission", fn=visible_item)
def edit(request, pk):
    item = visible_item(request, pk)
    # The form works on its own copy: a refused change must not show elsewhere on the page.
    copy = Item.objects.get(pk=item.pk)
    # The submitter chooses between draft and review; an editor's correction keeps the status.
    own = item.submitted_by_id == request.user.pk and item.status != Item.Status.PUBLISHED
    if request.method == "POST":
        form = ItemForm(request.POST, request.FILES, instance=copy)
        if form.is_valid():
            try:
                updated = services.update_item(
                    copy,
                    data=form.item_data(),
                    upload=form.checked_upload,
                    submit=_wants_review(request) if own else None,
                )
            except ValidationError as refused:
                form.add_error(None, refused)
            else:
                if own and updated.status == Item.Status.PENDING:
                    messages.success(
                        request,
                        _("“%(title)s” is waiting for an editor's review.")
                        % {"title": updated.title},
                    )
                else:
                    messages.success(request, _("“%(title)s” is saved.") % {"title": updated.title})
                return redirect(updated.get_absolute_url())
    else:
        form = ItemForm(instance=copy)
    return render(request, "library/submit_form.html", {"form": form, "item": item, "own": own})


@member_permission_required("library.submit_items")
def my_submissions(request):
    page = Paginator(services.submissions_of(request.user), SUBMISSIONS_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, "library/my_submissions.html", {"page": page, "querystring": ""})


def dashboard_context(request) -> dict:
    """The "Your contributions" panel: the member's latest submissions and their status."""
    if not request.user.is_authenticated:
        return {"submissions": [], "more": False}
    latest = list(services.submissions_of(request.user)[: services.DASHBOARD_SUBMISSIONS + 1])
    return {
        "submissions": latest[: services.DASHBOARD_SUBMISSIONS],
        "more": len(latest) > services.DASHBOARD_SUBMISSIONS,
    }
