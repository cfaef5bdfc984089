"""Editorial pages for the tests: the home page from the migration, its translations, news."""

import pytest
from wagtail.models import Locale

from editorial.models import HomePage, NewsIndexPage

from .helpers import translate


@pytest.fixture(autouse=True)
def _fresh_cache(fresh_cache):
    """Every test of this folder starts with an empty cache (see tests/conftest.py)."""


@pytest.fixture
def locales(db):
    return {
        code: Locale.objects.get_or_create(language_code=code)[0] for code in ("en", "fr", "es")
    }


@pytest.fixture
def home(locales):
    """The English home page that migration editorial.0002 put at the site root."""
    return HomePage.objects.get(locale=locales["en"])


@pytest.fixture
def homes(home, locales):
    """The home page in English, French and Spanish, each with its own introduction."""
    home.intro = "<p>Welcome to the portal for the extension of social protection.</p>"
    home.save_revision().publish()
    return {
        "en": HomePage.objects.get(pk=home.pk),
        "fr": translate(home, locales["fr"], intro="<p>Bienvenue sur le portail.</p>"),
        "es": translate(home, locales["es"], intro="<p>Bienvenidos al portal.</p>"),
    }


@pytest.fixture
def news_index(homes):
    index = NewsIndexPage(title="News & Events", slug="news", intro="News from the community.")
    homes["en"].add_child(instance=index)
    return index
