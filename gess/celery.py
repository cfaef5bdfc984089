"""The portal's Celery application.

Tasks live in each app's ``tasks.py`` and are discovered here. Broker, eager
mode, serialisation and time limits come from the ``CELERY_*`` settings.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gess.settings.dev")

app = Celery("gess")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
