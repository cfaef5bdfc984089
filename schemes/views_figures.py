"""Placeholder: replaced by the schemes work in progress."""

from django.http import Http404


def figures(request, *args, **kwargs):
    raise Http404


def figures_csv(request, *args, **kwargs):
    raise Http404
