"""Placeholder: replaced by the workspaces work in progress."""

from django.http import Http404


def index(request, *args, **kwargs):
    raise Http404
