"""Placeholder: replaced by the schemes work in progress."""

from core.search import Answer


def site_search(query: str, user, limit: int) -> Answer:
    return Answer(count=0)
