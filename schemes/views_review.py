"""Placeholder: replaced by the schemes work in progress."""

from django.http import Http404


def queue(request, *args, **kwargs):
    raise Http404


def change(request, *args, **kwargs):
    raise Http404


def history(request, *args, **kwargs):
    raise Http404
