import factory
from django.core.files.base import ContentFile
from django.utils import timezone
from factory.django import DjangoModelFactory

from core.demo.documents import make_pdf
from library.models import Item, ItemCountry, ResourceType, Topic


class ResourceTypeFactory(DjangoModelFactory):
    class Meta:
        model = ResourceType
        django_get_or_create = ("slug",)

    name = "Report"
    name_fr = "Rapport"
    name_es = "Informe"
    slug = factory.LazyAttribute(lambda o: o.name.lower().replace(" ", "-"))


class TopicFactory(DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.LazyAttribute(lambda o: o.name.lower().replace(" ", "-"))


class ItemFactory(DjangoModelFactory):
    """A published library item; pass status=... for others, file_text=[...] for a PDF."""

    class Meta:
        model = Item
        skip_postgeneration_save = True

    resource_type = factory.SubFactory(ResourceTypeFactory)
    title = factory.Sequence(lambda n: f"Extending social health protection, study {n}")
    abstract = "How mutual health organisations can join national health insurance."
    authors = "Diallo, Aminata; Rojas, Carlos"
    publisher = "ILO"
    publication_year = 2023
    status = Item.Status.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def file_text(self, create, extracted, **kwargs):
        """``file_text=["paragraph", ...]`` attaches a real PDF with that text."""
        if create and extracted:
            data = make_pdf(list(extracted), title=self.title)
            self.file.save("document.pdf", ContentFile(data), save=False)
            self.file_name = "document.pdf"
            self.file_size = len(data)
            self.file_type = "pdf"
            self.save()

    @factory.post_generation
    def countries(self, create, extracted, **kwargs):
        if create and extracted:
            for code in extracted:
                ItemCountry.objects.create(item=self, country=code)

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.add(*extracted)

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.add(*extracted)
