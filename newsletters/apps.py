from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewslettersConfig(AppConfig):
    name = "newsletters"
    verbose_name = _("Newsletters")

    def ready(self) -> None:
        # The renderers of the newsletter and platform-news e-mails, and their
        # unsubscribe scopes.
        from . import community, issues, platform, rules  # noqa: F401
