"""Production settings refuse a weak secret key and pass Django's deployment checks.

Each check runs in a fresh interpreter with a clean environment, as a server
would start, so nothing from the test settings leaks in.
"""

import os
import secrets
import subprocess
import sys

import pytest
from django.conf import settings

ROOT = settings.BASE_DIR
LOAD_SETTINGS = "import django; django.setup(); from django.conf import settings; settings.DEBUG"


def run(args: list[str], **env: str) -> subprocess.CompletedProcess:
    clean_env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", str(ROOT)),
        "LANG": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        # Set, even if empty, so a developer's .env file cannot fill it in.
        "DJANGO_SECRET_KEY": "",
        "DJANGO_SETTINGS_MODULE": "gess.settings.production",
        **env,
    }
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=clean_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    "key",
    [
        pytest.param("", id="missing"),
        pytest.param(secrets.token_urlsafe(30)[:40], id="too-short"),
        pytest.param("django-insecure-" + secrets.token_urlsafe(48), id="marked-insecure"),
        pytest.param("a" * 64, id="not-random"),
    ],
)
def test_production_settings_refuse_to_load_without_a_real_secret_key(key):
    result = run(
        ["-c", LOAD_SETTINGS], DJANGO_SECRET_KEY=key, DJANGO_ALLOWED_HOSTS="gess.example.org"
    )
    assert result.returncode != 0
    assert (
        "django.core.exceptions.ImproperlyConfigured: DJANGO_SECRET_KEY must be set to a "
        "random value of at least 50 characters" in result.stderr
    ), result.stderr


def test_production_settings_load_with_a_random_key():
    key = secrets.token_urlsafe(48)
    assert len(key) == 64
    result = run(
        ["-c", LOAD_SETTINGS + "; print(settings.DEBUG, settings.ALLOWED_HOSTS)"],
        DJANGO_SECRET_KEY=key,
        DJANGO_ALLOWED_HOSTS="gess.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False ['gess.example.org']"


def test_production_settings_pass_check_deploy_with_no_warning():
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        DJANGO_SECRET_KEY=secrets.token_urlsafe(48),
        DJANGO_ALLOWED_HOSTS="gess.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
