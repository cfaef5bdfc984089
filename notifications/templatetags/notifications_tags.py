"""``{% follow_button obj %}``: follow something from its own page.

``obj`` is a followable model instance, or a library browse subject (its facet is the
followable's key, its value a slug). Anonymous visitors get a "Sign in to follow" link
(no query); members a POST form (one query: their subscription). Nothing is shown for
what cannot be followed, or may not be by this member.
"""

from django import template

from .. import centre
from ..models import Delivery

register = template.Library()


@register.inclusion_tag("notifications/_follow.html", takes_context=True)
def follow_button(context, thing):
    request = context.get("request")
    user = getattr(request, "user", None)
    state = centre.follow_state(user, thing) if user is not None else None
    return {
        "state": state,
        "user": user,
        "here": request.get_full_path() if request is not None else "",
        "csrf_token": context.get("csrf_token"),
        "deliveries": Delivery.choices,
    }
