"""PLACEHOLDER: replaced by the blog helper."""

from django.http import Http404


class AllPostsFeed:
    def __call__(self, request, *args, **kwargs):
        raise Http404


class WorkspacePostsFeed(AllPostsFeed):
    pass
