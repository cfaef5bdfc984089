import io

import factory
from django.core.files.base import ContentFile
from django.utils import timezone
from factory.django import DjangoModelFactory
from PIL import Image

from newsletters.models import CommunityNews
from tests.factories import UserFactory


def image_bytes(image_format: str = "PNG", size: tuple[int, int] = (40, 30), **save) -> bytes:
    """A real picture in ``image_format`` (``save`` is passed to Pillow, e.g. ``exif=``)."""
    out = io.BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(out, format=image_format, **save)
    return out.getvalue()


class CommunityNewsFactory(DjangoModelFactory):
    """A community news item waiting for review; pass ``status=...`` for others
    (a published one gets ``published_at``), ``image=True`` for a stored picture."""

    class Meta:
        model = CommunityNews
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"A mutual health organisation opens in Thiès ({n})")
    text = "Four hundred families joined in the first month.\n\nThe commune pays half."
    country = "SN"
    language = "en"
    author = factory.SubFactory(UserFactory)
    status = CommunityNews.Status.PENDING
    published_at = factory.LazyAttribute(
        lambda o: timezone.now() if o.status == CommunityNews.Status.PUBLISHED else None
    )

    @factory.post_generation
    def image(self, create, extracted, **kwargs):
        if create and extracted:
            # Stored as the portal stores it: re-encoded to WebP.
            self.image.save("news.webp", ContentFile(image_bytes("WEBP")), save=False)
            self.image_alt = self.image_alt or "Families queueing at the health centre"
            self.save()
