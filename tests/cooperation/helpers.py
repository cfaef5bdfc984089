"""Reading what a visitor sees of the cooperation pages."""

import re
from html import unescape

INLINE = re.compile(r"</?(?:span|a|strong|em|abbr|time|q|mark|b|i|small)\b[^>]*>")


def text(html: str) -> str:
    """Visible text of an HTML fragment: inline tags dropped, others a space, entities
    decoded, spaces collapsed."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", INLINE.sub("", html))).split())


def main_html(response) -> str:
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def main_text(response) -> str:
    return text(main_html(response))


def listed_titles(response) -> list[str]:
    """The titles of the actions listed, in order."""
    return [
        text(title)
        for title in re.findall(
            r'<article class="item-summary action-summary">\s*<h3>(.*?)</h3>',
            response.content.decode(),
            re.S,
        )
    ]


def links(response) -> list[str]:
    return [unescape(href) for href in re.findall(r'href="([^"]*)"', main_html(response))]
