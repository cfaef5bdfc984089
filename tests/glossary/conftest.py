import pytest

from glossary.models import Term

from .factories import CategoryFactory, TermFactory


@pytest.fixture(autouse=True)
def _fresh_cache(fresh_cache):
    """Every test of this folder starts with an empty cache (see tests/conftest.py)."""


@pytest.fixture
def health(db):
    return CategoryFactory()


@pytest.fixture
def mho(health):
    """A mutual health organisation: the glossary's classic example, with abbreviations."""
    return TermFactory(
        slug="mutual-health-organisation",
        category=health,
        term_en="Mutual health organisation",
        term_fr="Mutuelle de santé",
        term_es="Mutual de salud",
        abbreviations_en="MHO",
        synonyms_en="health mutual",
        definition_en="A voluntary, non-profit health insurance scheme run by its members.",
        definition_fr=(
            "Un système d'assurance santé volontaire, à but non lucratif, géré par ses membres."
        ),
        definition_es=(
            "Un sistema de seguro de salud voluntario y sin fines de lucro, "
            "gestionado por sus miembros."
        ),
        source="ILO STEP programme",
    )


@pytest.fixture
def cbhi(health):
    return TermFactory(
        slug="community-based-health-insurance",
        category=health,
        term_en="Community-based health insurance",
        term_fr="Assurance maladie à base communautaire",
        term_es="Seguro de salud comunitario",
        abbreviations_en="CBHI",
        abbreviations_fr="AMBC",
        definition_en="Health insurance organised by and for a community.",
        definition_fr="Une assurance maladie organisée par et pour une communauté.",
        definition_es="Un seguro de salud organizado por y para una comunidad.",
    )


@pytest.fixture
def draft(db):
    return TermFactory(
        slug="secret-draft",
        term_en="Zebra draft",
        term_fr="Zèbre brouillon",
        term_es="Cebra borrador",
        abbreviations_en="ZDT",
        definition_en="Never shown before an editor publishes it.",
        status=Term.Status.DRAFT,
    )
