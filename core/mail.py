"""Small helpers for the e-mails the portal sends."""

import re

_LINE_BREAKS = re.compile(r"[ \t]*[\r\n]+[ \t]*|[ \t]{2,}")


def one_line(subject: str) -> str:
    """A subject on one line (templates end with a newline; a header must not have one).

    Only ASCII spaces, tabs and line breaks are collapsed: the non-breaking spaces of
    French typography ("GESS : …") stay as they are."""
    return _LINE_BREAKS.sub(" ", subject).strip(" \t\r\n")


# How a task that sends an e-mail retries when the SMTP server cannot be reached or
# refuses the message (smtplib's errors are OSErrors): with exponential backoff from
# 30 seconds to an hour, eight times.
RETRY_ON_SMTP_ERROR = {
    "autoretry_for": (OSError,),
    "retry_backoff": 30,
    "retry_backoff_max": 3600,
    "max_retries": 8,
}


def absolute_url(path: str) -> str:
    """The portal's full address of ``path`` (for e-mails and feeds, read outside the
    portal), from ``WAGTAILADMIN_BASE_URL``."""
    from django.conf import settings

    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
