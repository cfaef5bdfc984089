"""The notification centre, the preferences page, following and unsubscribing.

STUB: written by the helper that owns the views."""

from django.http import HttpResponse


def notification_list(request):
    return HttpResponse("TODO")


def mark_read(request):
    return HttpResponse("TODO")


def preferences(request):
    return HttpResponse("TODO")


def follow(request, key, pk):
    return HttpResponse("TODO")


def unsubscribe(request, token):
    return HttpResponse("TODO")
