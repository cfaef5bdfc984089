"""Placeholder: replaced by the schemes work in progress."""

from urllib.parse import urlencode

from django.urls import reverse

from core.search import Answer


def answer(country_code: str, user, limit: int) -> Answer:
    more_url = f"{reverse('schemes:index')}?{urlencode({'country': country_code.upper()})}"
    return Answer(count=0, hits=[], more_url=more_url)
