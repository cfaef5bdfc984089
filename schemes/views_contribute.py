"""Placeholder: replaced by the schemes work in progress."""

from django.http import Http404


def create(request, *args, **kwargs):
    raise Http404


def mine(request, *args, **kwargs):
    raise Http404


def edit(request, *args, **kwargs):
    raise Http404


def report_year(request, *args, **kwargs):
    raise Http404
