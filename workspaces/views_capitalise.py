"""PLACEHOLDER: replaced by the helper that owns this module."""

from django.http import Http404


def document(request, *args, **kwargs):
    raise Http404


def post(request, *args, **kwargs):
    raise Http404
