from django.db import migrations


def create(apps, schema_editor):
    from countryprofiles.indicator_set import ensure_standard_indicators

    ensure_standard_indicators(apps.get_model("countryprofiles", "Indicator"))


class Migration(migrations.Migration):
    dependencies = [("countryprofiles", "0001_initial")]
    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
