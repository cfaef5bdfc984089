"""Wagtail's user administration, adapted to a user model without first/last name.

Only the AppConfig lives here (it is imported before models are ready); the
viewset is in ``accounts.wagtail_viewsets``.
"""

from wagtail.users.apps import WagtailUsersAppConfig


class GessUsersAppConfig(WagtailUsersAppConfig):
    user_viewset = "accounts.wagtail_viewsets.UserViewSet"
