"""Inventory campaigns (editors) and "Contact this scheme" (signed-in members).

The work is done in ``inventory``; these views check who may, read the forms and
say what happened.
"""

from functools import partial

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods

from accounts import contact as contact_form
from core.permissions import member_permission_required
from experts.forms import ContactForm

from . import inventory
from .models import FIRST_YEAR, InventoryCampaign, Scheme


class CampaignForm(forms.ModelForm):
    """The year to report (last year unless told), an optional deadline and message."""

    year = forms.IntegerField(label=gettext_lazy("Year to report"))

    class Meta:
        model = InventoryCampaign
        fields = ["year", "deadline", "message"]
        widgets = {
            "deadline": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "message": forms.Textarea(attrs={"rows": 4}),
        }

    def clean_year(self) -> int:
        year = self.cleaned_data["year"]
        if year < FIRST_YEAR:
            raise forms.ValidationError(
                _("The inventory starts in %(first)d.") % {"first": FIRST_YEAR}
            )
        if year > timezone.localdate().year:
            raise forms.ValidationError(
                _("%(year)d has not begun: managers cannot report it yet.") % {"year": year}
            )
        existing = InventoryCampaign.objects.filter(year=year).first()
        if existing:
            raise forms.ValidationError(_already_open(existing))
        return year

    def clean_deadline(self):
        deadline = self.cleaned_data["deadline"]
        if deadline and deadline < timezone.localdate():
            raise forms.ValidationError(_("The deadline cannot be in the past."))
        return deadline


def _already_open(campaign: InventoryCampaign) -> str:
    return _("The campaign for %(year)d was already opened on %(date)s.") % {
        "year": campaign.year,
        "date": date_format(timezone.localtime(campaign.opened), "DATE_FORMAT"),
    }


@member_permission_required("schemes.open_campaign")
@require_http_methods(["GET", "HEAD", "POST"])
def campaigns(request):
    audience = inventory.audience()
    form = CampaignForm(request.POST or None, initial={"year": timezone.localdate().year - 1})
    if request.method == "POST" and form.is_valid():
        try:
            campaign = inventory.open_campaign(editor=request.user, **form.cleaned_data)
        except IntegrityError:
            form.add_error("year", _("A campaign for this year was opened at the same time."))
        else:
            messages.success(request, _opened_message(campaign, audience))
            return redirect("schemes:campaigns")
    return render(
        request,
        "schemes/campaigns.html",
        {"form": form, "audience": audience, "campaigns": inventory.past_campaigns()},
    )


def _opened_message(campaign: InventoryCampaign, audience: inventory.Audience) -> str:
    return ngettext(
        "The campaign for %(year)d is open: %(count)d manager will receive an e-mail.",
        "The campaign for %(year)d is open: %(count)d managers will receive an e-mail.",
        audience.managers,
    ) % {"year": campaign.year, "count": audience.managers}


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def contact(request, pk):
    """Write to the scheme's contact person, whose name and address stay hidden."""
    scheme = get_object_or_404(
        Scheme.objects.visible_to(request.user).select_related("contact"),
        pk=pk,
        contact__isnull=False,
    )
    refusal = inventory.contact_refusal(request.user, scheme.contact)
    form = ContactForm(request.POST or None)
    sent = None
    if refusal is None:
        sent = contact_form.relay(
            request,
            form,
            send=partial(inventory.contact_scheme, sender=request.user, scheme=scheme),
            sent=_("Your message about %(scheme)s is on its way to its contact person.")
            % {"scheme": scheme},
            back=scheme.get_absolute_url(),
        )
    return sent or render(
        request, "schemes/contact.html", {"form": form, "scheme": scheme, "refusal": refusal}
    )
