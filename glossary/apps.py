from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GlossaryConfig(AppConfig):
    name = "glossary"
    verbose_name = _("Glossary")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_migrate, post_save

        from accounts import roles
        from core import search

        from . import links
        from .models import Term
        from .search import search_glossary

        # The role groups get the glossary's permissions once they exist, i.e.
        # after this app's migrations (accounts' own run comes before them).
        post_migrate.connect(roles.ensure_role_groups, sender=self)
        post_save.connect(links.invalidate, sender=Term, dispatch_uid="glossary-links-save")
        post_delete.connect(links.invalidate, sender=Term, dispatch_uid="glossary-links-delete")

        search.register(
            search.Provider(key="glossary", label=_("Glossary"), search=search_glossary, order=20)
        )
