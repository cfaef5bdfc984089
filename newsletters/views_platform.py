"""Stubs, to be written (issue 7)."""

from django.http import Http404


def _todo(request, *args, **kwargs):
    raise Http404


subscription = weeks = week = _todo
