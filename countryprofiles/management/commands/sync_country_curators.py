"""``manage.py sync_country_curators``: rebuild the country curators' groups and
page permissions from the curatorships (see ``countryprofiles.curators``).

Safe to run at any time; it changes nothing when all is in order.
"""

from django.core.management.base import BaseCommand

from countryprofiles import curators


class Command(BaseCommand):
    help = "Bring the country curators' groups in line with the curatorships."

    def handle(self, *args, **options):
        done = curators.sync_all()
        self.stdout.write(f"{done['countries']} countries and {done['curators']} curators checked.")
