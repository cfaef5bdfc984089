from urllib.parse import urlencode

from django.http import Http404
from django.shortcuts import redirect
from wagtail.models import Locale

from .models import NewsIndexPage, known_country


def news(request):
    """The News & Events page in the visitor's language (the navigation's target)."""
    pages = NewsIndexPage.objects.live().public()
    page = pages.filter(locale=Locale.get_active()).first() or pages.first()
    if page is None:
        raise Http404
    url = page.localized.url
    country = known_country(request.GET.get("country", ""))
    # The country filter (a country profile's "See all") survives the redirect.
    return redirect(f"{url}?{urlencode({'country': country})}" if country else url)
