"""Finding experts: the list with its search form, a profile, its CV and
"Contact this expert".

Who sees what is ``ExpertProfile.objects.visible_to(user)``, for pages, files and
messages alike. A members-only profile sends an anonymous visitor to sign in; a
profile the visitor may not see is otherwise a 404, so nobody can probe which
hidden profiles exist.
"""

from functools import partial

from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from accounts import contact as contact_form
from core.downloads import private_attachment

from . import search, services
from .forms import ContactForm, SearchForm, form_data
from .models import ExpertCountry, ExpertLanguage, ExpertProfile


@require_safe
def index(request):
    languages = search.language_choices()
    countries = search.country_choices()
    filters = SearchForm(
        form_data(request.GET), language_choices=languages, country_choices=countries
    ).valid_filters()
    code = filters.get("country")
    if code and code not in dict(countries):
        countries.append((code, str(ExpertCountry(country=code).country.name)))
    language = filters.get("language")
    if language and language.pk not in dict(languages):
        languages.append((language.pk, str(language)))
    # The form shows only what was understood: an invalid value is simply not selected.
    form = SearchForm(initial=filters, language_choices=languages, country_choices=countries)
    profiles = search.filter_profiles(filters, request.user)
    page = Paginator(search.for_listing(profiles), search.PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "experts/index.html",
        {
            "form": form,
            "filters": filters,
            "page": page,
            "querystring": SearchForm.querystring(filters),
            "sort": search.effective_sort(filters),
            "own_profile": (
                ExpertProfile.objects.filter(user=request.user).only("pk").first()
                if request.user.is_authenticated
                else None
            ),
        },
    )


def _profile_or_404(request, pk) -> ExpertProfile:
    profile = services.visible_profile(request.user, pk)
    if profile is None:
        raise Http404
    return profile


def _sign_in_or_404(request, pk):
    if services.needs_sign_in(request.user, pk):
        return redirect_to_login(request.get_full_path())
    raise Http404


@require_safe
def detail(request, pk):
    profile = (
        ExpertProfile.objects.visible_to(request.user)
        .filter(pk=pk)
        .select_related("user")
        .prefetch_related(
            "areas",
            "countries",
            Prefetch("languages", queryset=ExpertLanguage.objects.select_related("language")),
        )
        .first()
    )
    if profile is None:
        return _sign_in_or_404(request, pk)
    return render(
        request,
        "experts/detail.html",
        {
            "profile": profile,
            "is_owner": request.user.is_authenticated and request.user.pk == profile.user_id,
            "can_contact": services.can_contact(request.user, profile),
            "cv_type": services.cv_type_label(profile) if profile.cv_file else "",
        },
    )


@require_safe
def cv_download(request, pk):
    """The CV, as an attachment, to those who may see the profile."""
    profile = services.visible_profile(request.user, pk)
    if profile is None:
        return _sign_in_or_404(request, pk)
    if not profile.cv_file:
        raise Http404
    return private_attachment(
        profile.cv_file,
        filename=services.cv_download_name(profile),
        content_type=services.cv_content_type(profile),
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def contact(request, pk):
    profile = _profile_or_404(request, pk)
    if request.user.pk == profile.user_id or not profile.user.is_active:
        raise Http404
    form = ContactForm(request.POST or None)
    sent = contact_form.relay(
        request,
        form,
        send=partial(services.contact_expert, sender=request.user, profile=profile),
        sent=_("Your message to %(name)s is on its way.") % {"name": profile.user.display_name},
        back=profile.get_absolute_url(),
    )
    return sent or render(request, "experts/contact.html", {"form": form, "profile": profile})
