"""Template helpers for library listings."""

import re

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.filter
def highlight(text: str, words) -> SafeString:
    """``text`` escaped, with each of ``words`` (the query's words) in <mark>.

    Usage: ``{{ item.abstract|truncatewords:60|highlight:words }}``.
    """
    text = str(text or "")
    words = sorted({str(w) for w in words or () if len(str(w)) >= 2}, key=len, reverse=True)
    if not words:
        return escape(text)
    pattern = re.compile("|".join(re.escape(word) for word in words), re.IGNORECASE)
    parts, last = [], 0
    for match in pattern.finditer(text):
        parts.append(escape(text[last : match.start()]))
        parts.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    parts.append(escape(text[last:]))
    return mark_safe("".join(parts))  # noqa: S308 -- every piece of text is escaped above
