"""Placeholder: replaced by the schemes work in progress."""

from django.http import Http404


def index(request, *args, **kwargs):
    raise Http404


def export(request, *args, **kwargs):
    raise Http404


def countries(request, *args, **kwargs):
    raise Http404


def detail(request, *args, **kwargs):
    raise Http404
