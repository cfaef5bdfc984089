"""Small helpers for the e-mails the portal sends."""

import re

_LINE_BREAKS = re.compile(r"[ \t]*[\r\n]+[ \t]*|[ \t]{2,}")


def one_line(subject: str) -> str:
    """A subject on one line (templates end with a newline; a header must not have one).

    Only ASCII spaces, tabs and line breaks are collapsed: the non-breaking spaces of
    French typography ("GESS : …") stay as they are."""
    return _LINE_BREAKS.sub(" ", subject).strip(" \t\r\n")
