"""``{% load glossary %}``: link glossary terms in text.

- ``{{ text|glossary_links }}``: plain text, escaped, laid out in paragraphs like
  ``|linebreaks`` (so use it instead of ``|linebreaks``, not with it);
- ``{{ text|glossary_links_inline }}``: the same without ``<p>``, line breaks as
  ``<br>``, for text inside an element that is already a paragraph;
- ``{{ html|glossary_links_html }}``: sanitised HTML (Wagtail rich text), linked in
  its text only. A plain string is escaped first, so user text cannot become HTML.

The first mention of each published term, synonym or abbreviation in the active
language links to its entry, with the definition shown on hover or focus.
Each filter takes an optional scope, the request, so that texts of one page
link each term once between them: ``{{ page.summary|glossary_links_inline:request }}``
(the scope must exist in the context; guard with ``{% if request %}`` where it
may not). See ``glossary.links`` for the matching rules and the cache.
"""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from glossary import links

register = template.Library()


@register.filter
def glossary_links(text, scope=None) -> str:
    return mark_safe(links.link_text(str(text or ""), paragraphs=True, scope=scope))  # noqa: S308 - escaped


@register.filter
def glossary_links_inline(text, scope=None) -> str:
    return mark_safe(links.link_text(str(text or ""), paragraphs=False, scope=scope))  # noqa: S308 - escaped


@register.filter
def glossary_links_html(html, scope=None) -> str:
    if html is None or html == "":
        return ""
    # Rich text renders itself (its __html__); a plain string is text, and is escaped.
    markup = conditional_escape(html)
    return mark_safe(links.link_html(str(markup), scope=scope))  # noqa: S308 - built from safe HTML
