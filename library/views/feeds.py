"""Placeholder until this module is written."""

from django.http import Http404


class _NotYet:
    def __call__(self, request, *args, **kwargs):
        raise Http404


LatestItemsRss = LatestItemsAtom = FacetItemsRss = FacetItemsAtom = _NotYet
