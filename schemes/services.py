"""What happens to schemes: proposals, review, the yearly figures.

Views and the demo go through these functions; nothing else writes a scheme.
"""

from django.db.models import Max

from .models import Scheme, SchemeYear


def refresh_latest(scheme: Scheme) -> None:
    """Copy the latest reported year's figures onto the scheme (for lists and sorting)."""
    latest = SchemeYear.objects.filter(scheme=scheme).order_by("-year").first()
    scheme.latest_year = latest.year if latest else None
    scheme.latest_members = latest.members if latest else None
    scheme.latest_beneficiaries = latest.beneficiaries if latest else None
    Scheme.objects.filter(pk=scheme.pk).update(
        latest_year=scheme.latest_year,
        latest_members=scheme.latest_members,
        latest_beneficiaries=scheme.latest_beneficiaries,
    )


def country_population(country_code: str, year: int | None = None) -> int | None:
    """The country's population from its profile's "population" indicator: the value
    of ``year`` or, failing that, the latest year before it (None when unknown)."""
    from countryprofiles.models import IndicatorValue

    values = IndicatorValue.objects.filter(
        indicator__code="population", country=str(country_code).upper()
    )
    if year is not None:
        before = values.filter(year__lte=year)
        if before.exists():
            values = before
    latest = values.aggregate(Max("year"))["year__max"]
    if latest is None:
        return None
    return int(values.get(year=latest).value)
