"""PLACEHOLDER: replaced by the helper that owns this module."""

from django.http import Http404


def activity(request, *args, **kwargs):
    raise Http404


def search(request, *args, **kwargs):
    raise Http404


def email_updates(request, *args, **kwargs):
    raise Http404
