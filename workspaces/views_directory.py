"""The directory of workspaces: those the visitor may see (``search.filter_workspaces``),
with a plain GET form of filters, last activity first, 20 a page."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_safe
from django_countries import countries

from . import search
from .forms import DirectoryFilterForm


@require_safe
def index(request):
    user = request.user
    country_choices = search.country_choices(user)
    filters = DirectoryFilterForm(request.GET, user=user).valid_filters()
    code = filters.get("country")
    if code and code not in dict(country_choices):  # a link may name any country
        country_choices.append((code, str(countries.name(code))))
    workspaces = search.for_listing(search.filter_workspaces(filters, user))
    page = Paginator(workspaces, search.PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "workspaces/index.html",
        {
            # Shows what was understood: an invalid value is simply not selected.
            "form": DirectoryFilterForm(
                initial=filters, user=user, country_choices=country_choices
            ),
            "filters": filters,
            "narrowed": any(name != "sort" for name in filters),
            "page": page,
            "querystring": DirectoryFilterForm.querystring(filters),
            "sort_label": search.SORTS[search.effective_sort(filters)],
        },
    )
