"""Factories for schemes. Risks come from the data migration: ``risk("maternity")``."""

from decimal import Decimal

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from schemes import services
from schemes.models import Network, Risk, Scheme, SchemeYear


def risk(slug: str) -> Risk:
    return Risk.objects.get(slug=slug)


class NetworkFactory(DjangoModelFactory):
    class Meta:
        model = Network
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Union of health mutuals {n}")
    acronym = factory.Sequence(lambda n: f"UHM{n}")


class SchemeFactory(DjangoModelFactory):
    """A published scheme. ``risks=["maternity", …]`` (slugs), ``managers=[user, …]``,
    ``networks=[network, …]``; pass ``status=Scheme.Status.PENDING`` for others."""

    class Meta:
        model = Scheme
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Mutuelle de santé {n}")
    country = "SN"
    locality = "Thiès"
    scheme_type = Scheme.Type.HEALTH_MUTUAL
    legal_status = Scheme.LegalStatus.MUTUAL
    year_started = 2001
    promoter = "Union des mutuelles de Thiès"
    target_population = "Farmers and traders of the district and their families."
    contribution_amount = Decimal("1000")
    contribution_currency = "XOF"
    contribution_frequency = Scheme.Frequency.MONTHLY
    contribution_basis = Scheme.Basis.PERSON
    benefits_package = "Consultations, deliveries, essential generic medicines."
    status = Scheme.Status.PUBLISHED
    published = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def risks(self, create, extracted, **kwargs):
        if create and extracted:
            self.risks.set([risk(slug) if isinstance(slug, str) else slug for slug in extracted])

    @factory.post_generation
    def managers(self, create, extracted, **kwargs):
        if create and extracted:
            self.managers.set(extracted)

    @factory.post_generation
    def networks(self, create, extracted, **kwargs):
        if create and extracted:
            self.networks.set(extracted)


class SchemeYearFactory(DjangoModelFactory):
    """A year of figures; the scheme's latest figures are refreshed after it is saved."""

    class Meta:
        model = SchemeYear
        skip_postgeneration_save = True

    scheme = factory.SubFactory(SchemeFactory)
    year = 2024
    members = 1200
    beneficiaries = 4800
    contributions_collected = Decimal("14400000")
    claims_paid = Decimal("9800000")
    currency = "XOF"

    @factory.post_generation
    def refresh(self, create, extracted, **kwargs):
        if create:
            services.refresh_latest(self.scheme)
