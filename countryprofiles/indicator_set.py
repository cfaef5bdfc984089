# ruff: noqa: E501  (sentences in three languages read better unbroken)
"""The standard indicator set: the old GESS profile's indicators and today's.

A data migration creates these on every installation; editors may change
their wording or add indicators in the admin afterwards. Codes are stable
(CSV imports and URLs use them); names, units and descriptions are data.
"""

# code, order, decimals, higher_is_better, minimum, maximum,
# (name en, fr, es), (unit en, fr, es), (description en, fr, es)
STANDARD_INDICATORS = [
    (
        "population",
        10,
        0,
        None,
        0,
        None,
        ("Total population", "Population totale", "Población total"),
        ("people", "habitants", "habitantes"),
        (
            "Everyone living in the country, whatever their legal status or citizenship.",
            "Toutes les personnes qui vivent dans le pays, quels que soient leur statut juridique ou leur nationalité.",
            "Todas las personas que viven en el país, sea cual sea su situación jurídica o su nacionalidad.",
        ),
    ),
    (
        "gdp-per-capita-ppp",
        20,
        0,
        True,
        0,
        None,
        ("GDP per capita (PPP)", "PIB par habitant (PPA)", "PIB per cápita (PPA)"),
        ("international $", "dollars internationaux", "dólares internacionales"),
        (
            "Gross domestic product divided by the population, converted at purchasing power parity.",
            "Produit intérieur brut divisé par la population, converti en parité de pouvoir d'achat.",
            "Producto interno bruto dividido por la población, convertido según la paridad del poder adquisitivo.",
        ),
    ),
    (
        "gdp-growth",
        30,
        1,
        True,
        -100,
        100,
        ("GDP growth", "Croissance du PIB", "Crecimiento del PIB"),
        ("% per year", "% par an", "% anual"),
        (
            "Annual change of gross domestic product at constant prices.",
            "Variation annuelle du produit intérieur brut à prix constants.",
            "Variación anual del producto interno bruto a precios constantes.",
        ),
    ),
    (
        "hdi",
        40,
        3,
        True,
        0,
        1,
        (
            "Human Development Index (HDI)",
            "Indice de développement humain (IDH)",
            "Índice de Desarrollo Humano (IDH)",
        ),
        ("index from 0 to 1", "indice de 0 à 1", "índice de 0 a 1"),
        (
            "UNDP's summary of life expectancy, education and income.",
            "Synthèse du PNUD sur l'espérance de vie, l'éducation et le revenu.",
            "Síntesis del PNUD sobre esperanza de vida, educación e ingresos.",
        ),
    ),
    (
        "hdi-rank",
        45,
        0,
        False,
        1,
        250,
        ("HDI rank", "Rang selon l'IDH", "Posición según el IDH"),
        ("rank", "rang", "posición"),
        (
            "The country's place in UNDP's ranking; 1 is the highest human development.",
            "La place du pays dans le classement du PNUD ; 1 correspond au développement humain le plus élevé.",
            "El lugar del país en la clasificación del PNUD; 1 es el desarrollo humano más alto.",
        ),
    ),
    (
        "informal-economy",
        50,
        0,
        False,
        0,
        100,
        (
            "Informal economy workers",
            "Travailleurs de l'économie informelle",
            "Trabajadores de la economía informal",
        ),
        ("% of the labour force", "% de la population active", "% de la fuerza de trabajo"),
        (
            "Share of workers whose jobs are not covered, in law or in practice, by formal arrangements.",
            "Part des travailleurs dont l'emploi n'est pas couvert, en droit ou en pratique, par des dispositifs formels.",
            "Proporción de trabajadores cuyo empleo no está cubierto, en la ley o en la práctica, por mecanismos formales.",
        ),
    ),
    (
        "govt-health-expenditure",
        60,
        1,
        True,
        0,
        100,
        (
            "Government expenditure on health",
            "Dépenses publiques de santé",
            "Gasto público en salud",
        ),
        ("% of government expenditure", "% des dépenses publiques", "% del gasto público"),
        (
            "What the government spends on health, as a share of all its spending.",
            "Ce que l'État consacre à la santé, en part de l'ensemble de ses dépenses.",
            "Lo que el Estado destina a la salud, como proporción de todo su gasto.",
        ),
    ),
    (
        "health-expenditure-gdp",
        70,
        1,
        None,
        0,
        100,
        ("Total expenditure on health", "Dépenses totales de santé", "Gasto total en salud"),
        ("% of GDP", "% du PIB", "% del PIB"),
        (
            "Public and private spending on health, as a share of gross domestic product.",
            "Dépenses de santé publiques et privées, en part du produit intérieur brut.",
            "Gasto en salud público y privado, como proporción del producto interno bruto.",
        ),
    ),
    (
        "sp-coverage",
        80,
        1,
        True,
        0,
        100,
        (
            "Population covered by at least one social protection benefit (SDG 1.3.1)",
            "Population couverte par au moins une prestation de protection sociale (ODD 1.3.1)",
            "Población cubierta por al menos una prestación de protección social (ODS 1.3.1)",
        ),
        ("% of the population", "% de la population", "% de la población"),
        (
            "Share of the population receiving, or protected by, at least one contributory or non-contributory benefit.",
            "Part de la population qui perçoit au moins une prestation, contributive ou non, ou qui y a droit.",
            "Proporción de la población que recibe al menos una prestación, contributiva o no, o que tiene derecho a ella.",
        ),
    ),
    (
        "sp-expenditure",
        90,
        1,
        True,
        0,
        100,
        (
            "Public social protection expenditure (excluding health)",
            "Dépenses publiques de protection sociale (hors santé)",
            "Gasto público en protección social (excluida la salud)",
        ),
        ("% of GDP", "% du PIB", "% del PIB"),
        (
            "Public spending on social protection benefits other than health care.",
            "Dépenses publiques consacrées aux prestations de protection sociale autres que les soins de santé.",
            "Gasto público en prestaciones de protección social distintas de la atención de salud.",
        ),
    ),
    (
        "health-coverage",
        100,
        1,
        True,
        0,
        100,
        (
            "Health protection coverage",
            "Couverture de la protection de la santé",
            "Cobertura de protección de la salud",
        ),
        ("% of the population", "% de la population", "% de la población"),
        (
            "Share of the population protected by a health insurance scheme or a national health service.",
            "Part de la population protégée par un régime d'assurance maladie ou un service national de santé.",
            "Proporción de la población protegida por un seguro de salud o un servicio nacional de salud.",
        ),
    ),
]


def ensure_standard_indicators(Indicator) -> None:
    """Create the standard indicators that are missing; never overwrite edits."""
    for (
        code,
        order,
        decimals,
        higher,
        minimum,
        maximum,
        names,
        units,
        descriptions,
    ) in STANDARD_INDICATORS:
        Indicator.objects.get_or_create(
            code=code,
            defaults={
                "sort_order": order,
                "decimals": decimals,
                "higher_is_better": higher,
                "minimum": minimum,
                "maximum": maximum,
                "name": names[0],
                "name_fr": names[1],
                "name_es": names[2],
                "unit": units[0],
                "unit_fr": units[1],
                "unit_es": units[2],
                "description": descriptions[0],
                "description_fr": descriptions[1],
                "description_es": descriptions[2],
            },
        )
