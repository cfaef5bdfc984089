"""Stubs, to be written (issue 7)."""

from django.contrib.syndication.views import Feed
from django.http import Http404


def _todo(request, *args, **kwargs):
    raise Http404


index = moderation_queue = list_detail = subscribe = leave = archive_month = _todo
new_topic = topic_detail = reply = list_moderation = moderate = subscribers = _todo
subscriber_standing = _todo


class ListFeed(Feed):
    def get_object(self, request, *args, **kwargs):
        raise Http404
