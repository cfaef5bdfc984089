from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewslettersConfig(AppConfig):
    name = "newsletters"
    verbose_name = _("Newsletters")

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from accounts import roles

        # The renderers of the newsletter, platform-news and community-news e-mails,
        # their unsubscribe scopes, the country section and the search provider.
        from . import community, issues, platform, rules  # noqa: F401

        # Editors and Administrators get this app's model permissions once they exist.
        post_migrate.connect(roles.ensure_role_groups, sender=self)
