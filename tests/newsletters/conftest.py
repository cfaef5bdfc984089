"""Fixtures shared by the newsletters tests (community news, issues, platform news)."""

from pathlib import Path

import pytest

from newsletters.models import CommunityNews, Reader
from tests.factories import UserFactory
from tests.newsletters.factories import CommunityNewsFactory


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Each test stores its files in a folder of its own, to see exactly what is left there."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return Path(settings.MEDIA_ROOT)


@pytest.fixture
def community_news(db):
    """``community_news(status=..., author=..., country=..., image=True, ...)`` makes an
    item (waiting for review unless told otherwise)."""
    return CommunityNewsFactory


@pytest.fixture
def published_news(db):
    """``published_news(**kwargs)`` makes a published item."""

    def make(**kwargs) -> CommunityNews:
        return CommunityNewsFactory(status=CommunityNews.Status.PUBLISHED, **kwargs)

    return make


@pytest.fixture
def reader(db):
    """``reader(language="fr", platform_news=True, **user_fields)`` makes an active member
    who receives the newsletter (``Reader(newsletter=True)``)."""

    def make(*, newsletter: bool = True, platform_news: bool = False, **user_fields):
        user = UserFactory(**user_fields)
        Reader.objects.create(user=user, newsletter=newsletter, platform_news=platform_news)
        return user

    return make
