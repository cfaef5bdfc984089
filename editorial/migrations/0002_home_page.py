"""Put a HomePage at the site root in place of Wagtail's welcome page."""

from django.db import migrations


def create_home_page(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    HomePage = apps.get_model("editorial", "HomePage")

    if HomePage.objects.exists():
        return
    # Wagtail's own initial migration created a "Welcome" page at depth 2.
    Page.objects.filter(depth=2, content_type__app_label="wagtailcore").delete()
    locale = Locale.objects.order_by("pk").first()
    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="editorial")
    root = Page.objects.get(depth=1)
    home = HomePage.objects.create(
        title="GESS",
        draft_title="GESS",
        slug="home",
        content_type=content_type,
        path=f"{root.path}0001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=locale,
        live=True,
        has_unpublished_changes=False,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page_id=home.pk, is_default_site=True, site_name="GESS"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(create_home_page, migrations.RunPython.noop)]
