"""The portal's main navigation, modelled on the old GESS/GIMI menus.

Entries name URL patterns. An entry whose pattern is not installed yet is
shown as "coming soon", as the old sites did, instead of a dead link.
"""

from dataclasses import dataclass, field

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class NavEntry:
    key: str
    label: str
    url_name: str = ""
    url_args: tuple = ()
    children: tuple["NavEntry", ...] = field(default_factory=tuple)


MAIN_NAV = (
    NavEntry("home", _("Home"), "wagtail_serve", url_args=("",)),
    NavEntry(
        "resources",
        _("Resources"),
        children=(
            NavEntry("library", _("Library"), "library:index"),
            NavEntry("glossary", _("Glossary"), "glossary:index"),
            NavEntry("experts", _("Experts"), "experts:index"),
            NavEntry("schemes", _("Schemes"), "schemes:index"),
        ),
    ),
    NavEntry("countries", _("Countries"), "countryprofiles:index"),
    NavEntry("workspaces", _("Workspaces"), "workspaces:index"),
    NavEntry(
        "news",
        _("News & Events"),
        children=(
            NavEntry("news-events", _("News and events"), "editorial:news"),
            NavEntry("community-news", _("Community news"), "newsletters:community"),
            NavEntry("newsletter", _("Newsletter"), "newsletters:index"),
        ),
    ),
    NavEntry("forum", _("Forum"), "forum:index"),
    NavEntry(
        "assistance",
        _("Assistance"),
        children=(
            NavEntry("cooperation", _("Technical cooperation"), "cooperation:index"),
            NavEntry("requests", _("Ask for assistance"), "assistance:index"),
        ),
    ),
)


@dataclass
class ResolvedEntry:
    key: str
    label: str
    url: str | None
    active: bool
    children: list["ResolvedEntry"]


def _url(url_name: str, args: tuple = ()) -> str | None:
    if not url_name:
        return None
    try:
        return reverse(url_name, args=args)
    except NoReverseMatch:
        return None


def resolve(entries=MAIN_NAV, path: str = "") -> list[ResolvedEntry]:
    resolved = []
    for entry in entries:
        url = _url(entry.url_name, entry.url_args)
        children = resolve(entry.children, path)
        home = entry.key == "home"
        active = bool(url) and (path == url if home else path.startswith(url))
        active = active or any(child.active for child in children)
        resolved.append(ResolvedEntry(entry.key, entry.label, url, active, children))
    return resolved
