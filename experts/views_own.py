"""The expert's own profile: ``/experts/me/`` creates it on first save, edits it
after, and deletes it (two steps, so it works without JavaScript)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from . import own_profile
from .models import ExpertProfile
from .profile_forms import ProfileForm, language_formset

DELETE, CONFIRM_DELETE = "delete", "confirm-delete"


@login_required
def my_profile(request):
    profile = ExpertProfile.objects.filter(user=request.user).first()
    action = request.POST.get("action", "") if request.method == "POST" else ""
    if profile is not None and action in (DELETE, CONFIRM_DELETE):
        if action == CONFIRM_DELETE:
            own_profile.delete_profile(profile)
            messages.success(request, _("Your expert profile and your CV are deleted."))
            return redirect("experts:index")
        return render(request, "experts/my_profile.html", {"profile": profile, "confirm": True})

    # The form works on its own copy: a refused change must not show elsewhere on the page.
    copy = ExpertProfile.objects.get(pk=profile.pk) if profile is not None else None
    if request.method == "POST":
        form = ProfileForm(request.POST, request.FILES, instance=copy)
        formset = language_formset(profile, data=request.POST)
        form_ok, formset_ok = form.is_valid(), formset.is_valid()
        if form_ok and formset_ok:
            data = own_profile.ProfileData(
                fields={
                    name: form.cleaned_data[name]
                    for name in ProfileForm.Meta.fields
                    if name != "areas"
                },
                areas=list(form.cleaned_data["areas"]),
                countries=form.cleaned_data["countries"],
                languages=formset.rows(),
            )
            saved = own_profile.save_profile(
                request.user,
                data,
                upload=form.checked_upload,
                remove_cv=bool(form.cleaned_data.get("remove_cv")),
            )
            if profile is None:
                messages.success(
                    request,
                    _("Your expert profile is created. This is how others see it."),
                )
            else:
                messages.success(request, _("Your expert profile is saved."))
            return redirect(saved.get_absolute_url())
        refused_file = bool(request.FILES.get("cv"))
    else:
        form = ProfileForm(instance=copy)
        formset = language_formset(profile)
        refused_file = False
    return render(
        request,
        "experts/my_profile.html",
        {
            "profile": profile,
            "form": form,
            "formset": formset,
            "refused_file": refused_file,
            "confirm": False,
        },
    )
