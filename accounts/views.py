from functools import partial

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from core.downloads import inline_image
from core.permissions import member_permission_required

from . import contact as contact_form
from . import services
from .forms import ContactForm, DirectoryFilterForm, ProfileForm
from .models import User


@login_required
def profile_edit(request):
    # The form works on its own copy of the member: a refused change must not
    # show up elsewhere on the page (the sidebar greets request.user by name).
    member = User.objects.get(pk=request.user.pk)
    form = ProfileForm(request.POST or None, request.FILES or None, instance=member)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile has been saved."))
        return redirect("accounts:profile")
    return render(request, "accounts/profile_form.html", {"form": form})


@member_permission_required("accounts.view_directory")
def directory(request):
    form = DirectoryFilterForm(request.GET or None)
    query = services.DirectoryQuery()
    if form.is_valid():
        query = services.DirectoryQuery(
            q=form.cleaned_data["q"].strip(),
            country=form.cleaned_data["country"] or "",
            interest=form.cleaned_data["interest"].strip(),
        )
    page = Paginator(services.directory(query), settings.DIRECTORY_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "accounts/directory.html",
        {
            "form": form,
            "query": query,
            "page": page,
            "querystring": params.urlencode(),
            "cloud": services.interest_cloud(),
            "online": services.online_now(exclude=request.user),
        },
    )


def _member(request, pk, **kwargs):
    """The member at ``pk`` if listed (or oneself); a hidden member is a 404, not a 403.

    django-rules passes every URL argument; only ``pk`` names the member.
    """
    cached = getattr(request, "_member", None)
    if cached is None or cached.pk != pk:
        visible = User.objects.in_directory() | User.objects.filter(pk=request.user.pk)
        cached = request._member = get_object_or_404(visible, pk=pk)
    return cached


@member_permission_required("accounts.view_member", fn=_member)
def member_detail(request, pk):
    member = _member(request, pk)
    can_contact = request.user.has_perm("accounts.contact_member", member)
    return render(
        request, "accounts/member_detail.html", {"member": member, "can_contact": can_contact}
    )


@member_permission_required("accounts.view_member", fn=_member)
def contact(request, pk):
    member = _member(request, pk)
    if not request.user.has_perm("accounts.contact_member", member):
        # A 403 that says why, rather than the generic "not allowed" page.
        reason = services.contact_refusal(request.user, member)
        return render(
            request,
            "accounts/contact_refused.html",
            {"member": member, "reason": reason},
            status=403,
        )
    form = ContactForm(request.POST or None)
    sent = contact_form.relay(
        request,
        form,
        send=partial(services.send_contact_message, sender=request.user, recipient=member),
        sent=_("Your message to %(name)s is on its way.") % {"name": member.display_name},
        back=member.get_absolute_url(),
    )
    return sent or render(request, "accounts/contact_form.html", {"form": form, "member": member})


@require_GET
@member_permission_required("accounts.view_member", fn=_member)
def avatar(request, pk, token):
    """Serve an avatar only to those allowed to see the member."""
    member = _member(request, pk)
    if not member.avatar or not token or token != member.avatar_token:
        raise Http404
    response = inline_image(member.avatar, content_type="image/webp")
    response["Cache-Control"] = "private, max-age=86400"
    return response
