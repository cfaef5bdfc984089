"""Placeholder until this module is written; every view answers 404."""

from django.http import Http404


def _not_yet(request, *args, **kwargs):
    raise Http404


def __getattr__(name):
    return _not_yet
