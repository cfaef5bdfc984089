"""The demo glossary's data: its categories here, its terms in ``part_a``, ``part_b``
and ``part_c`` (written separately, each defining ``TERMS``).

A term is a dict with the keys of ``TERM_KEYS``: the slug, its category's slug, the
term, definition, abbreviations and synonyms in English, French and Spanish (lists
as text separated by "; "), the source, and ``related``, a list of slugs, possibly
of terms in another part.
"""

import importlib

# (slug, English, French, Spanish), in the order the glossary lists them.
CATEGORIES = [
    ("general-concepts", "General concepts", "Notions générales", "Conceptos generales"),
    (
        "benefits",
        "Benefits and contingencies",
        "Prestations et éventualités",
        "Prestaciones y contingencias",
    ),
    ("pensions", "Pensions", "Pensions", "Pensiones"),
    ("health-protection", "Health protection", "Protection de la santé", "Protección de la salud"),
    (
        "micro-insurance",
        "Micro-insurance and mutual organisations",
        "Micro-assurance et mutuelles",
        "Microseguros y mutuales",
    ),
    (
        "insurance-techniques",
        "Insurance techniques",
        "Techniques d'assurance",
        "Técnicas de seguro",
    ),
    ("financing", "Financing", "Financement", "Financiación"),
    ("social-assistance", "Social assistance", "Assistance sociale", "Asistencia social"),
    (
        "informal-economy",
        "Informal economy and coverage",
        "Économie informelle et couverture",
        "Economía informal y cobertura",
    ),
    (
        "governance",
        "Governance and administration",
        "Gouvernance et administration",
        "Gobernanza y administración",
    ),
    (
        "monitoring-evaluation",
        "Monitoring and evaluation",
        "Suivi et évaluation",
        "Seguimiento y evaluación",
    ),
]

PARTS = ("part_a", "part_b", "part_c")

TERM_KEYS = (
    "slug",
    "category",
    "term_en",
    "term_fr",
    "term_es",
    "definition_en",
    "definition_fr",
    "definition_es",
    "abbreviations_en",
    "abbreviations_fr",
    "abbreviations_es",
    "synonyms_en",
    "synonyms_fr",
    "synonyms_es",
    "source",
    "related",
)


def all_terms() -> list[dict]:
    """Every part's ``TERMS``, in part order; a part not written yet is skipped."""
    terms: list[dict] = []
    for part in PARTS:
        name = f"{__name__}.{part}"
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as missing:
            if missing.name != name:  # the part exists but imports something missing
                raise
            continue
        terms.extend(getattr(module, "TERMS", []))
    return terms
