"""Seed the areas of expertise, named in English, French and Spanish.

Editors keep them in the admin afterwards; an area already there (same slug) is
left as it is, so running this on a database that has them changes nothing.
"""

from django.db import migrations

AREAS = [
    ("health-insurance", "Health insurance", "Assurance maladie", "Seguro de salud"),
    ("pensions", "Pensions", "Pensions de retraite", "Pensiones"),
    ("actuarial-analysis", "Actuarial analysis", "Analyse actuarielle", "Análisis actuarial"),
    (
        "social-assistance",
        "Social assistance and cash transfers",
        "Assistance sociale et transferts monétaires",
        "Asistencia social y transferencias monetarias",
    ),
    (
        "micro-insurance",
        "Micro-insurance management",
        "Gestion de la micro-assurance",
        "Gestión de microseguros",
    ),
    ("legislation", "Legislation", "Législation", "Legislación"),
    ("financing", "Financing", "Financement", "Financiamiento"),
    (
        "information-systems",
        "Information systems",
        "Systèmes d'information",
        "Sistemas de información",
    ),
    (
        "monitoring-evaluation",
        "Monitoring and evaluation",
        "Suivi et évaluation",
        "Monitoreo y evaluación",
    ),
    ("training", "Training", "Formation", "Formación"),
    (
        "employment-injury",
        "Occupational injury",
        "Accidents du travail et maladies professionnelles",
        "Accidentes del trabajo y enfermedades profesionales",
    ),
    (
        "unemployment-protection",
        "Unemployment protection",
        "Protection contre le chômage",
        "Protección por desempleo",
    ),
    ("social-dialogue", "Social dialogue", "Dialogue social", "Diálogo social"),
]


def seed(apps, schema_editor):
    ExpertiseArea = apps.get_model("experts", "ExpertiseArea")
    for order, (slug, name, name_fr, name_es) in enumerate(AREAS, start=1):
        ExpertiseArea.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "name_fr": name_fr,
                "name_es": name_es,
                "sort_order": order * 10,
            },
        )


def unseed(apps, schema_editor):
    ExpertiseArea = apps.get_model("experts", "ExpertiseArea")
    ExpertiseArea.objects.filter(slug__in=[slug for slug, *_ in AREAS], experts=None).delete()


class Migration(migrations.Migration):
    dependencies = [("experts", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
