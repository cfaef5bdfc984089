from django.http import Http404
from django.shortcuts import redirect
from wagtail.models import Locale

from .models import NewsIndexPage


def news(request):
    """The News & Events page in the visitor's language (the navigation's target)."""
    pages = NewsIndexPage.objects.live().public()
    page = pages.filter(locale=Locale.get_active()).first() or pages.first()
    if page is None:
        raise Http404
    return redirect(page.localized.url)
