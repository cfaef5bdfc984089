"""Placeholder: replaced by the schemes work in progress."""

from django.http import Http404


def campaigns(request, *args, **kwargs):
    raise Http404


def contact(request, *args, **kwargs):
    raise Http404
