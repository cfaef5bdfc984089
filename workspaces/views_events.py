"""PLACEHOLDER: replaced by the helper that owns this module."""

from django.http import Http404


def index(request, *args, **kwargs):
    raise Http404


def create(request, *args, **kwargs):
    raise Http404


def detail(request, *args, **kwargs):
    raise Http404


def edit(request, *args, **kwargs):
    raise Http404


def delete(request, *args, **kwargs):
    raise Http404


def workspace_calendar(request, *args, **kwargs):
    raise Http404


def personal_calendar(request, *args, **kwargs):
    raise Http404


def calendar_reset(request, *args, **kwargs):
    raise Http404
