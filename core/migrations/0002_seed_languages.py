from django.db import migrations

from core.languages import spoken_languages


def seed(apps, schema_editor):
    Language = apps.get_model("core", "Language")
    for code, name in spoken_languages():
        Language.objects.update_or_create(code=code, defaults={"name": name})


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
