import datetime

import factory
from factory.django import DjangoModelFactory

from cooperation.models import (
    Action,
    AssistanceType,
    Milestone,
    PartnerInstitution,
    Programme,
    Result,
    ResultIndicator,
)


class AssistanceTypeFactory(DjangoModelFactory):
    class Meta:
        model = AssistanceType
        django_get_or_create = ("slug",)

    name = "Policy development"
    name_fr = "Élaboration de politiques"
    name_es = "Desarrollo de políticas"
    slug = factory.LazyAttribute(lambda o: o.name.lower().replace(" ", "-").replace("&", "and"))


class ProgrammeFactory(DjangoModelFactory):
    class Meta:
        model = Programme
        django_get_or_create = ("slug",)

    name = "SOCIEUX+ EU Expertise on Social Protection, Labour and Employment"
    acronym = "SOCIEUX+"
    slug = "socieux"
    funders = "European Union"


class PartnerFactory(DjangoModelFactory):
    class Meta:
        model = PartnerInstitution

    name = "Ministry of Employment and Social Protection"
    acronym = "MEPS"
    name_local = ""
    country = "CI"


class ActionFactory(DjangoModelFactory):
    """An ongoing action; pass types=[...] for its types of assistance."""

    class Meta:
        model = Action
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Definition of a national social security policy {n}")
    slug = factory.Sequence(lambda n: f"action-{n}")
    country = "CI"
    partner = factory.SubFactory(PartnerFactory)
    programme = factory.SubFactory(ProgrammeFactory)
    start_date = datetime.date(2019, 3, 1)
    end_date = datetime.date(2020, 6, 30)
    status = Action.Status.COMPLETED
    summary = "The partner institution has now available a roadmap for social security."

    @factory.post_generation
    def types(self, create, extracted, **kwargs):
        if create and extracted:
            self.assistance_types.set(extracted)


def result(action, code: str, kind: str = "outcome", statement: str = "", **fields) -> Result:
    return Result.objects.create(
        action=action,
        code=code,
        kind=kind,
        statement=statement or f"{kind.capitalize()} statement {code}",
        **fields,
    )


def indicator(result_row, name: str, baseline=0, target=10, **fields) -> ResultIndicator:
    return ResultIndicator.objects.create(
        result=result_row, name=name, baseline=baseline, target=target, **fields
    )


def milestone(indicator_row, due: datetime.date, planned, actual=None, **fields) -> Milestone:
    return Milestone.objects.create(
        indicator=indicator_row, due_date=due, planned=planned, actual=actual, **fields
    )
