from django.conf import settings
from django.utils import timezone


class LastSeenMiddleware:
    """Record when a signed-in member was last seen, for "Online now".

    The write is throttled: at most one UPDATE per member per
    ``LAST_SEEN_WRITE_INTERVAL_SECONDS``, and none on anonymous requests.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = timezone.now()
            interval = settings.LAST_SEEN_WRITE_INTERVAL_SECONDS
            if user.last_seen is None or (now - user.last_seen).total_seconds() >= interval:
                user._meta.model.objects.filter(pk=user.pk).update(last_seen=now)
                user.last_seen = now
        return response
