from django.conf import settings

from . import navigation


def portal(request):
    """What every page's layout needs: navigation and the portal's name."""
    return {
        "PORTAL_NAME": settings.PORTAL_NAME,
        "main_nav": navigation.resolve(path=request.path),
    }
