from dataclasses import dataclass
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.conf import settings
from django.contrib.auth.models import Group
from django.utils import translation

from .roles import MEMBERS


@dataclass(frozen=True)
class PortalSite:
    """What allauth's e-mails call ``current_site``: the portal's name and address.

    django.contrib.sites still holds its "example.com" placeholder, which the
    e-mails would otherwise show.
    """

    name: str
    domain: str


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        language = translation.get_language() or settings.LANGUAGE_CODE
        if language in dict(settings.LANGUAGES):
            user.language = language
        if commit:
            user.save()
            members, _ = Group.objects.get_or_create(name=MEMBERS)
            user.groups.add(members)
        return user

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        request = context.get("request") or allauth_context.request
        if request is not None:
            domain = request.get_host()
        else:
            domain = urlsplit(settings.WAGTAILADMIN_BASE_URL).netloc
        context = {**context, "current_site": PortalSite(settings.PORTAL_NAME, domain)}
        super().send_mail(template_prefix, email, context)
