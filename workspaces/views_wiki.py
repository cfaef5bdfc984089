"""PLACEHOLDER: replaced by the helper that owns this module."""

from django.http import Http404


def index(request, *args, **kwargs):
    raise Http404


def create(request, *args, **kwargs):
    raise Http404


def page(request, *args, **kwargs):
    raise Http404


def edit(request, *args, **kwargs):
    raise Http404


def delete(request, *args, **kwargs):
    raise Http404


def history(request, *args, **kwargs):
    raise Http404


def revision(request, *args, **kwargs):
    raise Http404


def diff(request, *args, **kwargs):
    raise Http404


def revert(request, *args, **kwargs):
    raise Http404
