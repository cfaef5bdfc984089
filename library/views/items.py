"""The item page, its file download and its comments.

Every lookup goes through ``Item.objects.visible_to(user)``: an item someone
may not see answers 404, whoever they are.
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from core.downloads import private_attachment
from core.permissions import member_permission_required

from .. import services
from ..forms import CommentForm
from ..models import Item


def visible_item(request, pk, **kwargs) -> Item:
    """The item at ``pk`` if ``request.user`` may see it, else 404; looked up once per request.

    django-rules passes every URL argument to this function; only ``pk`` names the item.
    """
    cached = getattr(request, "_library_item", None)
    if cached is None or cached.pk != pk:
        # ``capitalisation__workspace``: where a workspace proposed it from (the page
        # names it to those who may read that workspace).
        items = Item.objects.visible_to(request.user).select_related(
            "resource_type", "submitted_by", "reviewed_by", "capitalisation__workspace"
        )
        cached = request._library_item = get_object_or_404(items, pk=pk)
    return cached


def _render_detail(request, item: Item, comment_form=None, status: int = 200):
    user = request.user
    can_comment = user.has_perm("library.comment_on_item", item)
    comments, comment_count = [], 0
    if item.status == Item.Status.PUBLISHED:
        # Members read the comments; visitors are told how many there are.
        if user.is_authenticated:
            comments = list(services.visible_comments(item))
            comment_count = len(comments)
        else:
            comment_count = item.comments.filter(is_removed=False).count()
    context = {
        "item": item,
        "resource_type": item.resource_type,
        "languages": list(item.languages.all()),
        "countries": list(item.countries.all()),
        "term_groups": [
            (_("Topics"), list(item.topics.all())),
            (_("Approaches"), list(item.approaches.all())),
            (_("Themes"), list(item.themes.all())),
            (_("Knowledge-base branches"), list(item.branches.all())),
            (_("Collections"), list(item.collections.all())),
        ],
        "tags": sorted(item.tags.all(), key=lambda tag: tag.name.casefold()),
        "is_submitter": user.is_authenticated and item.submitted_by_id == user.pk,
        "can_edit": user.has_perm("library.edit_submission", item),
        "can_review": user.has_perm("library.decide_on_item", item),
        "can_feature": user.has_perm("library.feature_on_home", item),
        "can_comment": can_comment,
        "comments": comments,
        "comment_count": comment_count,
        "comment_form": comment_form or (CommentForm() if can_comment else None),
    }
    return render(request, "library/item_detail.html", context, status=status)


@require_safe
def detail(request, pk):
    item = visible_item(request, pk)
    if request.method == "GET" and services.count_view(item, request.session):
        item.view_count += 1
    return _render_detail(request, item)


@require_safe
def download(request, pk):
    """The item's file, as an attachment, to those who may see the item."""
    item = visible_item(request, pk)
    if not item.file:
        raise Http404
    response = private_attachment(
        item.file,
        filename=services.download_name(item),
        content_type=services.download_content_type(item),
    )
    if request.method == "GET":
        services.count_download(item)
    return response


@require_POST
@member_permission_required("library.comment_on_item", fn=visible_item)
def comment(request, pk):
    item = visible_item(request, pk)
    form = CommentForm(request.POST)
    if form.is_valid():
        try:
            services.add_comment(item, author=request.user, body=form.cleaned_data["body"])
        except services.ReviewRefused as refused:
            messages.error(request, str(refused))
        else:
            messages.success(request, _("Your comment has been posted."))
        return redirect(f"{item.get_absolute_url()}#comments")
    return _render_detail(request, item, comment_form=form)
