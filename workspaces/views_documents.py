"""PLACEHOLDER: replaced by the helper that owns this module."""

from django.http import Http404


def index(request, *args, **kwargs):
    raise Http404


def folder_create(request, *args, **kwargs):
    raise Http404


def folder(request, *args, **kwargs):
    raise Http404


def folder_delete(request, *args, **kwargs):
    raise Http404


def upload(request, *args, **kwargs):
    raise Http404


def detail(request, *args, **kwargs):
    raise Http404


def edit(request, *args, **kwargs):
    raise Http404


def new_version(request, *args, **kwargs):
    raise Http404


def download(request, *args, **kwargs):
    raise Http404


def delete(request, *args, **kwargs):
    raise Http404
