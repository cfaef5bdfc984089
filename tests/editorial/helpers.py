"""Helpers for building editorial pages and reading what a visitor sees."""

import re
from datetime import date
from html import unescape

from django.utils.text import slugify

from editorial.models import NewsPage


def translate(page, locale, **fields):
    """Translate ``page`` the way editors do (a copy), fill in ``fields`` and publish it."""
    copy = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return type(page).objects.get(pk=copy.pk)


def add_news(index, title, *, live=True, **fields):
    """A news item under ``index``, published unless ``live=False`` (a draft)."""
    values = {
        "slug": slugify(title),
        "summary": f"What happened: {title}.",
        "date": date(2023, 10, 27),
        **fields,
    }
    page = NewsPage(title=title, live=live, **values)
    index.add_child(instance=page)
    return page


def text_of(response, start=None, end=None):
    """The visible text of a response (or of the part between two markers), tags stripped."""
    html = response.content.decode()
    if start is not None:
        html = html[html.rindex("<", 0, html.index(start)) :]  # from the tag holding ``start``
        if end is not None:
            html = html[: html.index(end)]
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def whats_new_text(response):
    """The "What's new?" section of the home page, as text."""
    return text_of(response, 'class="whats-new"', "</section>")
