"""Seed the risks and services schemes cover, named in English, French and Spanish.

Editors keep them in the admin afterwards; a risk already there (same slug) is
left as it is, so running this on a database that has them changes nothing.
"""

from django.db import migrations

RISKS = [
    ("primary-care", "Primary care", "Soins de santé primaires", "Atención primaria"),
    ("hospitalisation", "Hospitalisation", "Hospitalisation", "Hospitalización"),
    ("maternity", "Maternity", "Maternité", "Maternidad"),
    ("medicines", "Medicines", "Médicaments", "Medicamentos"),
    ("hiv-care", "HIV/AIDS care", "Prise en charge du VIH/sida", "Atención del VIH/sida"),
    ("life", "Life", "Décès (assurance vie)", "Vida"),
    ("disability", "Disability", "Invalidité", "Invalidez"),
    ("accident", "Accident", "Accident", "Accidentes"),
    ("old-age", "Old age", "Vieillesse", "Vejez"),
    ("funeral", "Funeral", "Frais funéraires", "Gastos funerarios"),
    ("property", "Property", "Biens", "Bienes"),
    ("crop", "Crop", "Récoltes", "Cosechas"),
    ("livestock", "Livestock", "Bétail", "Ganado"),
]


def seed(apps, schema_editor):
    Risk = apps.get_model("schemes", "Risk")
    for order, (slug, name, name_fr, name_es) in enumerate(RISKS, start=1):
        Risk.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "name_fr": name_fr,
                "name_es": name_es,
                "sort_order": order * 10,
            },
        )


def unseed(apps, schema_editor):
    Risk = apps.get_model("schemes", "Risk")
    Risk.objects.filter(slug__in=[slug for slug, *_ in RISKS], schemes=None).delete()


class Migration(migrations.Migration):
    dependencies = [("schemes", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
