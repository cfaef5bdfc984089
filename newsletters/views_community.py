"""Stubs, to be written (issue 7)."""

from django.contrib.syndication.views import Feed
from django.http import Http404


def _todo(request, *args, **kwargs):
    raise Http404


community_list = submit = my_news = review_queue = detail = image = review = _todo


class CommunityFeed(Feed):
    def get_object(self, request, *args, **kwargs):
        raise Http404
