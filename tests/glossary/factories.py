import factory
from factory.django import DjangoModelFactory

from glossary.models import Category, Suggestion, Term
from tests.factories import UserFactory


class CategoryFactory(DjangoModelFactory):
    class Meta:
        model = Category
        django_get_or_create = ("slug",)

    name_en = "Health protection"
    name_fr = "Protection de la santé"
    name_es = "Protección de la salud"
    slug = factory.LazyAttribute(lambda o: o.name_en.lower().replace(" ", "-"))


class TermFactory(DjangoModelFactory):
    """A published term filled in in English, French and Spanish."""

    class Meta:
        model = Term
        skip_postgeneration_save = True

    term_en = factory.Sequence(lambda n: f"Term number {n}")
    term_fr = factory.LazyAttribute(lambda o: f"{o.term_en} (fr)")
    term_es = factory.LazyAttribute(lambda o: f"{o.term_en} (es)")
    definition_en = factory.LazyAttribute(lambda o: f"What {o.term_en} means.")
    definition_fr = factory.LazyAttribute(lambda o: f"Ce que {o.term_fr} veut dire.")
    definition_es = factory.LazyAttribute(lambda o: f"Lo que {o.term_es} significa.")
    slug = factory.LazyAttribute(
        lambda o: "".join(c if c.isalnum() else "-" for c in o.term_en.lower()).strip("-")
    )
    status = Term.Status.PUBLISHED

    @factory.post_generation
    def related(self, create, extracted, **kwargs):
        if create and extracted:
            self.related.add(*extracted)


class SuggestionFactory(DjangoModelFactory):
    class Meta:
        model = Suggestion

    suggested_by = factory.SubFactory(UserFactory)
    term_en = "Health savings account"
    definition_en = "Money set aside by a household to pay for care."
