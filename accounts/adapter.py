from allauth.account.adapter import DefaultAccountAdapter
from django.contrib.auth.models import Group
from django.utils import translation


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        language = translation.get_language() or "en"
        if language in {"en", "fr", "es"}:
            user.language = language
        if commit:
            user.save()
            members, _ = Group.objects.get_or_create(name="Members")
            user.groups.add(members)
        return user
