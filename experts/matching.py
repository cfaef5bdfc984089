"""Rank the experts a member may see against a technical-assistance need.

The score adds up, in decreasing weight: the need's areas the expert covers,
experience in the need's country (or, failing that, in its ILO region), each
required working language spoken at least at a working level, and
availability. Years of experience break ties. Every point comes with a
sentence saying why, so an editor can judge the ranking rather than trust it.

Experts covering none of the need's areas are left out. The whole ranking costs
a fixed number of queries, whatever the number of experts.
"""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.regions import REGIONS, region_of

from .models import AssistanceNeed, ExpertLanguage, ExpertProfile

AREA_POINTS = 10
COUNTRY_POINTS = 6
REGION_POINTS = 3
LANGUAGE_POINTS = 3
AVAILABILITY_POINTS = {
    ExpertProfile.Availability.AVAILABLE: 3,
    ExpertProfile.Availability.PARTLY: 1,
    ExpertProfile.Availability.UNAVAILABLE: 0,
}
REGION_NAMES = dict(REGIONS)


@dataclass
class Match:
    expert: ExpertProfile
    score: int = 0
    reasons: list[str] = field(default_factory=list)


def candidates(user, area_ids):
    """The profiles ``user`` may see that cover at least one of ``area_ids``."""
    return (
        ExpertProfile.objects.visible_to(user)
        .filter(areas__in=area_ids)
        .distinct()
        .select_related("user")
        .prefetch_related(
            "areas",
            "countries",
            Prefetch(
                "languages",
                queryset=ExpertLanguage.objects.select_related("language"),
            ),
        )
    )


def _long_date(day: date) -> str:
    return date_format(day, "j F Y")


def _areas(need_areas: list, expert: ExpertProfile) -> tuple[int, str]:
    own = {area.pk for area in expert.areas.all()}
    common = [area for area in need_areas if area.pk in own]
    names = ", ".join(str(area) for area in common)
    sentence = ngettext(
        "%(count)d of %(total)d area: %(names)s",
        "%(count)d of %(total)d areas: %(names)s",
        len(need_areas),
    ) % {"count": len(common), "total": len(need_areas), "names": names}
    return len(common), sentence


def _place(need: AssistanceNeed, expert: ExpertProfile) -> tuple[int, str | None]:
    codes = {str(row.country.code) for row in expert.countries.all()}
    need_code = str(need.country.code)
    if need_code in codes:
        return COUNTRY_POINTS, _("Has worked in %(country)s") % {"country": need.country.name}
    region = region_of(need_code)
    if region and any(region_of(code) == region for code in codes):
        return REGION_POINTS, _("Has worked in the region (%(region)s)") % {
            "region": REGION_NAMES[region]
        }
    return 0, None


def _languages(required: list, expert: ExpertProfile) -> tuple[int, list[str]]:
    levels = {row.language_id: row for row in expert.languages.all()}
    points, reasons = 0, []
    for language in required:
        row = levels.get(language.pk)
        if row is not None and row.level >= ExpertLanguage.Level.WORKING:
            points += LANGUAGE_POINTS
            reasons.append(
                _("Works in %(language)s (%(level)s)")
                % {"language": language, "level": str(row.get_level_display()).lower()}
            )
        elif row is not None:
            reasons.append(_("Only basic %(language)s") % {"language": language})
        else:
            reasons.append(_("Missing language: %(language)s") % {"language": language})
    return points, reasons


def _availability(need: AssistanceNeed, expert: ExpertProfile) -> tuple[int, str]:
    points = AVAILABILITY_POINTS.get(expert.availability, 0)
    start, available_from = need.start_date, expert.available_from
    if points and available_from and start and available_from > start:
        return 0, _("Available only from %(date)s, after the need starts") % {
            "date": _long_date(available_from)
        }
    if points and available_from and available_from > timezone.localdate():
        return points, _("Available from %(date)s") % {"date": _long_date(available_from)}
    return points, str(expert.get_availability_display())


def match(need: AssistanceNeed, user) -> list[Match]:
    """The experts ``user`` may see who cover one of the need's areas, best first."""
    need_areas = list(need.areas.all())
    if not need_areas:
        return []
    required = list(need.languages.all())
    matches = []
    for expert in candidates(user, [area.pk for area in need_areas]):
        common, areas_reason = _areas(need_areas, expert)
        result = Match(expert=expert, score=common * AREA_POINTS, reasons=[areas_reason])
        points, place_reason = _place(need, expert)
        result.score += points
        if place_reason:
            result.reasons.append(place_reason)
        points, language_reasons = _languages(required, expert)
        result.score += points
        result.reasons.extend(language_reasons)
        points, availability_reason = _availability(need, expert)
        result.score += points
        result.reasons.append(availability_reason)
        matches.append(result)
    matches.sort(
        key=lambda m: (-m.score, -m.expert.years_of_experience, m.expert.user.display_name.lower())
    )
    return matches
