from functools import wraps

from django.contrib.auth.decorators import login_required
from rules.contrib.views import permission_required


def member_permission_required(perm: str, fn=None):
    """Anonymous visitors go to the sign-in page; members lacking ``perm`` get a 403.

    Sign-in is checked first, so an anonymous visitor cannot probe which
    objects exist.
    """

    def decorator(view):
        checked = login_required(permission_required(perm, fn=fn, raise_exception=True)(view))
        return wraps(view)(checked)

    return decorator
