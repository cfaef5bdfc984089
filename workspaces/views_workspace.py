"""Placeholder: replaced by the workspaces work in progress."""

from django.http import Http404


def create(request, *args, **kwargs):
    raise Http404


def detail(request, *args, **kwargs):
    raise Http404


def cover(request, *args, **kwargs):
    raise Http404


def edit(request, *args, **kwargs):
    raise Http404


def archive(request, *args, **kwargs):
    raise Http404


def delete(request, *args, **kwargs):
    raise Http404
