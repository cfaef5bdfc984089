"""Technical-assistance needs: describe one, see the experts who fit, keep a shortlist.

A need is seen by the member who described it and by editors; anyone else gets
a 404, so the existence of a need never leaks. Only editors (``experts.manage_needs``)
change a shortlist.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.permissions import member_permission_required

from .matching import match
from .models import AssistanceNeed, ExpertProfile, ShortlistEntry
from .need_forms import NeedForm, ShortlistForm
from .rules import is_member

NEEDS_PAGE_SIZE = 20


def needs_visible_to(user):
    """Every need for editors; a member's own needs for a member."""
    queryset = AssistanceNeed.objects.all()
    if user.has_perm("experts.manage_needs"):
        return queryset
    if not user.is_authenticated:
        return queryset.none()
    return queryset.filter(created_by=user)


def visible_need(request, pk, **kwargs) -> AssistanceNeed:
    """The need at ``pk`` if ``request.user`` may open it, else 404."""
    cached = getattr(request, "_expert_need", None)
    if cached is None or cached.pk != pk:
        queryset = needs_visible_to(request.user).select_related("created_by")
        cached = request._expert_need = get_object_or_404(queryset, pk=pk)
    return cached


def _require_member(user) -> None:
    if not is_member(user):
        raise Http404


@login_required
def needs(request):
    user = request.user
    # Only the shortlisted experts the reader may see are counted.
    visible = ExpertProfile.objects.visible_to(user).values("pk")
    queryset = (
        needs_visible_to(user)
        .select_related("created_by")
        .annotate(shortlisted=Count("shortlist", filter=Q(shortlist__expert__in=visible)))
        .order_by("-created", "-pk")
    )
    page = Paginator(queryset, NEEDS_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "experts/needs.html",
        {
            "page": page,
            "querystring": "",
            "sees_all": user.has_perm("experts.manage_needs"),
        },
    )


@login_required
def need_create(request):
    _require_member(request.user)
    if request.method == "POST":
        form = NeedForm(request.POST)
        if form.is_valid():
            with transaction.atomic():
                need = form.save(commit=False)
                need.created_by = request.user
                need.save()
                form.save_m2m()
            messages.success(
                request,
                _("“%(title)s” is saved. The experts who fit it are listed below.")
                % {"title": need.title},
            )
            return redirect(need.get_absolute_url())
    else:
        form = NeedForm()
    return render(request, "experts/need_form.html", {"form": form})


def _shortlist_of(need: AssistanceNeed, user) -> list[ShortlistEntry]:
    """The need's shortlist, limited to the experts ``user`` may see."""
    visible = ExpertProfile.objects.visible_to(user).values("pk")
    return list(
        need.shortlist.filter(expert__in=visible).select_related("expert__user", "added_by")
    )


@login_required
def need_detail(request, pk):
    need = visible_need(request, pk)
    user = request.user
    shortlist = _shortlist_of(need, user)
    shortlisted = {entry.expert_id for entry in shortlist}
    matches = match(need, user)
    return render(
        request,
        "experts/need_detail.html",
        {
            "need": need,
            "areas": list(need.areas.all()),
            "languages": list(need.languages.all()),
            "matches": matches,
            "shortlist": shortlist,
            "shortlisted": shortlisted,
            "can_manage": user.has_perm("experts.manage_needs"),
        },
    )


@require_POST
@member_permission_required("experts.manage_needs")
def shortlist(request, pk):
    need = visible_need(request, pk)
    form = ShortlistForm(request.POST)
    if not form.is_valid():
        if "note" in form.errors:
            messages.error(
                request,
                _("The note is too long: at most %(limit)d characters.")
                % {"limit": ShortlistForm.base_fields["note"].max_length},
            )
        else:
            messages.error(request, _("That request was not understood; nothing was changed."))
        return redirect(need.get_absolute_url())
    data = form.cleaned_data
    expert = (
        ExpertProfile.objects.visible_to(request.user)
        .select_related("user")
        .filter(pk=data["expert"])
        .first()
    )
    if expert is None:
        messages.error(request, _("That expert profile does not exist any more."))
        return redirect(need.get_absolute_url())
    name = expert.user.display_name
    if data["action"] == ShortlistForm.ADD:
        _entry, created = ShortlistEntry.objects.get_or_create(
            need=need,
            expert=expert,
            defaults={"note": data["note"].strip(), "added_by": request.user},
        )
        if created:
            messages.success(request, _("%(name)s is on the shortlist.") % {"name": name})
        else:
            messages.info(request, _("%(name)s was already on the shortlist.") % {"name": name})
    else:
        removed, _details = ShortlistEntry.objects.filter(need=need, expert=expert).delete()
        if removed:
            messages.success(request, _("%(name)s is no longer on the shortlist.") % {"name": name})
        else:
            messages.info(request, _("%(name)s was not on the shortlist.") % {"name": name})
    return redirect(f"{need.get_absolute_url()}#shortlist")
