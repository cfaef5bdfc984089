"""The contact form's round trip, shared by every "Contact …" page (a member, an expert,
a scheme's contact person): on a valid POST, relay the message; a refusal
(``ContactRefused``: too many messages, the person no longer accepts them…) becomes
the form's error, success a message and a redirect."""

from collections.abc import Callable

from django.contrib import messages
from django.shortcuts import redirect

from .services import ContactRefused


def relay(request, form, *, send: Callable[..., object], sent: str, back: str):
    """Send ``form``'s message with ``send(subject=, body=)`` and answer with a redirect
    to ``back`` saying ``sent``; None when there is nothing to send or it was refused
    (the view shows the form again, with the reason)."""
    if request.method != "POST" or not form.is_valid():
        return None
    try:
        send(subject=form.cleaned_data["subject"], body=form.cleaned_data["body"])
    except ContactRefused as refused:
        form.add_error(None, str(refused))
        return None
    messages.success(request, sent)
    return redirect(back)
