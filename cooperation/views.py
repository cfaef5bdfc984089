"""Public pages of technical cooperation: the list of actions, an action, its
progress report, a programme and the programme's report. Actions are public
information; linked library documents are filtered for the visitor."""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language_info
from django.views.decorators.http import require_GET

from core.translated import current_language, translated
from countryprofiles.models import CountryProfilePage

from . import services
from .forms import ActionFilterForm, form_data
from .models import Action, Programme


def _language_name() -> str:
    """The reader's language as named inside a sentence ("en français", "en español")."""
    language = current_language()
    name = str(get_language_info(language)["name_translated"])
    return name if language == "en" else name.lower()


def _profile_url(code: str) -> str:
    """The country's profile, when a published one exists."""
    if CountryProfilePage.objects.live().filter(country=code).exists():
        return reverse("countryprofiles:detail", kwargs={"code": code.lower()})
    return ""


@require_GET
def index(request):
    offered = services.countries_with_actions()
    filters = ActionFilterForm(form_data(request.GET), country_choices=offered).valid_filters()
    country = filters.get("country")
    if country and country not in dict(offered):
        offered.append((country, str(Action(country=country).country.name)))
    # The form shows only what was understood: an invalid value is simply not selected.
    form = ActionFilterForm(initial=filters, country_choices=offered)
    actions = services.for_listing(services.filter_actions(filters))
    page = Paginator(actions, services.PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "cooperation/index.html",
        {
            "form": form,
            "filters": filters,
            "page": page,
            "querystring": ActionFilterForm.querystring(filters),
            "total": Action.objects.count() if filters else page.paginator.count,
        },
    )


@require_GET
def action(request, slug):
    action = get_object_or_404(
        Action.objects.select_related("partner", "programme").prefetch_related(
            "assistance_types", *services.framework_prefetch()
        ),
        slug=slug,
    )
    documents = (
        action.documents.visible_to(request.user)
        .select_related("resource_type")
        .order_by("-publication_year", "title")
    )
    framework = services.framework(action)
    return render(
        request,
        "cooperation/action_detail.html",
        {
            "action": action,
            "title": translated(action, "title"),
            "summary": translated(action, "summary"),
            "outputs": translated(action, "outputs"),
            "language_name": _language_name(),
            "period": services.period(action.start_date, action.end_date),
            "profile_url": _profile_url(action.country.code),
            "documents": documents,
            "framework": framework,
        },
    )


@require_GET
def action_report(request, slug):
    action = get_object_or_404(
        Action.objects.select_related("partner", "programme").prefetch_related(
            *services.framework_prefetch()
        ),
        slug=slug,
    )
    framework = services.framework(action)
    return render(
        request,
        "cooperation/action_report.html",
        {
            "action": action,
            "programme": action.programme,
            "framework": framework,
            "summary": framework.summary,
            "period": services.period(action.start_date, action.end_date),
            "today": timezone.localdate(),
        },
    )


def _programme(slug: str) -> Programme:
    return get_object_or_404(Programme, slug=slug)


@require_GET
def programme(request, slug):
    programme = _programme(slug)
    actions = services.for_listing(programme.actions.all())
    return render(
        request,
        "cooperation/programme_detail.html",
        {
            "programme": programme,
            "description": translated(programme, "description"),
            "language_name": _language_name(),
            "period": services.period(programme.start_date, programme.end_date),
            "actions": actions,
            "countries": sorted({action.country.name for action in actions}),
        },
    )


@require_GET
def programme_report(request, slug):
    programme = _programme(slug)
    actions = services.for_listing(programme.actions.all()).prefetch_related(
        *services.framework_prefetch()
    )
    today = timezone.localdate()
    frameworks = [
        services.framework(action, today)
        for action in sorted(actions, key=lambda a: (a.country.name, str(a)))
    ]
    return render(
        request,
        "cooperation/programme_report.html",
        {
            "programme": programme,
            "frameworks": frameworks,
            "summary": services.frameworks_summary(frameworks),
            "period": services.period(programme.start_date, programme.end_date),
            "countries": sorted({item.action.country.name for item in frameworks}),
            "today": today,
        },
    )
