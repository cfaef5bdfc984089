"""Turning what a member typed (Markdown, raw HTML allowed) into HTML that is safe to show.

``render`` converts Markdown (tables and fenced code included) and then keeps only an
allow-list of elements and attributes (nh3, the Ammonia sanitiser): headings,
paragraphs, lists, links, tables, images, quotes, code, emphasis. Scripts, styles,
frames, forms, event handlers (``onclick``…) and every URL scheme but http, https and
mailto (``javascript:``, ``data:``…) are removed, whatever the input. Links get
``rel="nofollow noopener noreferrer"``. Images are shown only from http(s) addresses.

``render`` runs when a body is saved; templates show the stored ``body_html`` with
``|safe`` and nothing else. ``excerpt`` is plain text, for lists, feeds and e-mails.
"""

import markdown
import nh3
from django.utils.html import strip_tags
from django.utils.text import Truncator

TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del", "div", "dl",
    "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd",
    "li", "mark", "ol", "p", "pre", "s", "small", "span", "strong", "sub", "sup",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
}  # fmt: skip
ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt", "title", "width", "height"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
}
URL_SCHEMES = {"http", "https", "mailto"}
EXTENSIONS = ["tables", "fenced_code", "sane_lists", "nl2br"]


def render(source: str) -> str:
    """Safe HTML for ``source``, Markdown or HTML as a member typed it."""
    html = markdown.markdown(source or "", extensions=EXTENSIONS, output_format="html")
    return nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow noopener noreferrer",
        strip_comments=True,
    )


def excerpt(html: str, words: int = 40) -> str:
    """Plain text of a rendered body, cut after ``words`` words."""
    text = " ".join(strip_tags(html).split())
    return Truncator(text).words(words, truncate="…")
