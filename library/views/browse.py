"""Placeholder until browsing and search are written."""

from django.http import Http404
from django.shortcuts import render


def index(request):
    return render(request, "library/index.html")


def _not_yet(request, *args, **kwargs):
    raise Http404


search = browse = _not_yet
