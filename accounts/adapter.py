from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.utils import get_next_redirect_url
from allauth.core import context as allauth_context
from django.conf import settings
from django.contrib.auth.models import Group
from django.shortcuts import resolve_url
from django.utils import translation

from .roles import MEMBERS

# The page a new member signed up from (``?next=``, e.g. a workspace invitation), kept
# in the session until they have confirmed their address and signed in.
NEXT_AFTER_SIGNUP = "accounts_next_after_signup"


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
        following = get_next_redirect_url(request)
        if following:
            request.session[NEXT_AFTER_SIGNUP] = following
        return user

    def get_email_verification_redirect_url(self, email_address) -> str:
        """Confirming the address leads to the sign-in page; it then leads on to the
        page the member signed up from (allauth would forget it there)."""
        url = super().get_email_verification_redirect_url(email_address)
        following = self.request.session.pop(NEXT_AFTER_SIGNUP, None)
        if following and not self.request.user.is_authenticated:
            return f"{resolve_url(url)}?{urlencode({'next': following})}"
        return following or url

    def get_login_redirect_url(self, request) -> str:
        following = request.session.pop(NEXT_AFTER_SIGNUP, None)
        return following or super().get_login_redirect_url(request)

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        request = context.get("request") or allauth_context.request
        if request is not None:
            domain = request.get_host()
        else:
            domain = urlsplit(settings.WAGTAILADMIN_BASE_URL).netloc
        context = {**context, "current_site": PortalSite(settings.PORTAL_NAME, domain)}
        super().send_mail(template_prefix, email, context)
