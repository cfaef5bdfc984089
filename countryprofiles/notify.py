"""Following a country: its profile's followers hear when the profile changes.

A country is followed through its profile page (and so it is also what a library
item about the country is filed under, see ``library.notify``). Its followers
hear when a version of the page goes live (Wagtail's ``page_published``, whoever
publishes it: an editor, the moderation workflow, a scheduled publication) and
when an import changes the indicator values the page shows.
"""

from collections.abc import Iterable

from django.utils.translation import gettext_lazy as _

from notifications import registry
from notifications.publish import publish

from .models import CountryProfilePage

VERB = "country-updated"


def _is_live(user, page: CountryProfilePage) -> bool:
    return page.live


def _name(page: CountryProfilePage) -> str:
    """The country's name in the active language (the page's title is English)."""
    return page.country_name


def register() -> None:
    """Called by ``CountryProfilesConfig.ready``."""
    registry.register(
        registry.Followable(
            model=CountryProfilePage,
            key="country",
            label=_("the country"),
            kind=_("Country"),
            may_read=_is_live,
            name=_name,
        )
    )
    registry.register_verb(
        VERB,
        sentence=_("The country profile of {source} was updated."),
        subject=_("Country profile updated: {source}"),
    )


def profile_updated(page: CountryProfilePage, actor=None) -> None:
    """Tell the followers of a live profile that it changed (inside that change's
    transaction); a page that is not live tells nobody."""
    if not page.live:
        return
    publish(verb=VERB, title=page.title, source=page, target=page, actor=actor)


def page_published(sender, instance: CountryProfilePage, revision=None, **kwargs) -> None:
    """Wagtail's ``page_published``, sent inside the publication's transaction, also
    when a publication is only scheduled (the page is not live then: nothing is said).
    The revision's author made the change and does not need telling."""
    profile_updated(instance, actor=revision.user if revision is not None else None)


def values_imported(codes: Iterable[str]) -> None:
    """Tell the followers of each country whose indicator values an import changed."""
    codes = {str(code).upper() for code in codes}
    if codes:
        for page in CountryProfilePage.objects.live().filter(country__in=codes).order_by("pk"):
            profile_updated(page)
