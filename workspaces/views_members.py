"""Placeholder: replaced by the workspaces work in progress."""

from django.http import Http404


def join(request, *args, **kwargs):
    raise Http404


def leave(request, *args, **kwargs):
    raise Http404


def members(request, *args, **kwargs):
    raise Http404


def member_update(request, *args, **kwargs):
    raise Http404


def transfer(request, *args, **kwargs):
    raise Http404


def requests(request, *args, **kwargs):
    raise Http404


def request_decide(request, *args, **kwargs):
    raise Http404


def invite(request, *args, **kwargs):
    raise Http404


def invitation_withdraw(request, *args, **kwargs):
    raise Http404


def invitation(request, *args, **kwargs):
    raise Http404
