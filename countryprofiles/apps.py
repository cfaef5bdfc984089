from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CountryProfilesConfig(AppConfig):
    name = "countryprofiles"
    verbose_name = _("Country profiles")
