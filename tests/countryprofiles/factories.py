import factory
from factory.django import DjangoModelFactory
from wagtail.models import Page

from countryprofiles.models import (
    CountryProfileIndexPage,
    CountryProfilePage,
    Curatorship,
    Indicator,
    IndicatorValue,
)
from tests.factories import UserFactory


def profile_index() -> CountryProfileIndexPage:
    """The one container of country profiles, created under the tree's root."""
    existing = CountryProfileIndexPage.objects.first()
    if existing:
        return existing
    root = Page.get_first_root_node()
    index = CountryProfileIndexPage(title="Country profiles", slug="country-profiles")
    root.add_child(instance=index)
    return index


def make_profile(code: str, title: str = "", live: bool = True, **fields) -> CountryProfilePage:
    """A country profile page under the container; published unless live=False."""
    from django_countries import countries

    page = CountryProfilePage(
        title=title or str(countries.name(code)),
        slug=code.lower(),
        country=code.upper(),
        live=live,
        **fields,
    )
    profile_index().add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
        page.refresh_from_db()
    return page


class IndicatorFactory(DjangoModelFactory):
    class Meta:
        model = Indicator
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"indicator-{n}")
    name = factory.Sequence(lambda n: f"Indicator {n}")
    name_fr = factory.Sequence(lambda n: f"Indicateur {n}")
    name_es = factory.Sequence(lambda n: f"Indicador {n}")
    unit = "%"
    decimals = 1


class IndicatorValueFactory(DjangoModelFactory):
    class Meta:
        model = IndicatorValue

    indicator = factory.SubFactory(IndicatorFactory)
    country = "SN"
    year = 2020
    value = 10
    source = "ILO World Social Protection Database"


class CuratorshipFactory(DjangoModelFactory):
    class Meta:
        model = Curatorship

    user = factory.SubFactory(UserFactory)
    country = "SN"
