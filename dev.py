#!/usr/bin/env python3
"""The portal's two commands, with nothing but Python 3.11+ needed to start.

    python3 dev.py run     create .venv, install, migrate, load the demo, serve on :8000
    python3 dev.py test    install what the tests need and run the whole suite

Extra arguments after ``test`` go to pytest (``python3 dev.py test -k directory``).
"""

import hashlib
import os
import secrets
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")

DEMO_LOGINS = """
Demo accounts (local use only; load_demo refuses to run with DEBUG off):
  admin@gess.example    demo-admin-2026    administrator (Wagtail /admin/, Django /django-admin/)
  editor@gess.example   demo-editor-2026   editor (Wagtail /admin/)
  expert@gess.example   demo-expert-2026   expert
  aminata@gess.example  demo-member-2026   member
  carlos@gess.example   demo-member-2026   member
"""


def say(message: str) -> None:
    print(f"\033[1m==> {message}\033[0m", flush=True)


def sh(*args, env: dict | None = None) -> None:
    full_env = {**os.environ, **(env or {})}
    result = subprocess.run([str(a) for a in args], cwd=ROOT, env=full_env)
    if result.returncode != 0:
        sys.exit(result.returncode)


def manage(*args, env: dict | None = None) -> None:
    sh(PYTHON, "manage.py", *args, env=env)


def ensure_venv(requirements: str) -> None:
    if sys.version_info < (3, 11):
        sys.exit(f"Python 3.11 or newer is needed (found {sys.version.split()[0]}).")
    if not PYTHON.exists():
        say("Creating the virtual environment in .venv")
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256()
    for name in ("requirements.txt", requirements):
        digest.update((ROOT / name).read_bytes())
    stamp = VENV / f".installed-{Path(requirements).stem}-{digest.hexdigest()[:16]}"
    if not stamp.exists():
        say(f"Installing {requirements}")
        sh(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        sh(PYTHON, "-m", "pip", "install", "--quiet", "-r", requirements)
        for old in VENV.glob(f".installed-{Path(requirements).stem}-*"):
            old.unlink()
        stamp.touch()
    (ROOT / "var").mkdir(exist_ok=True)


def run() -> None:
    ensure_venv("requirements.txt")
    env = {"DJANGO_SETTINGS_MODULE": "gess.settings.dev"}
    manage("compiletranslations", env=env)
    say("Migrating the database (SQLite in var/ unless DATABASE_URL is set)")
    manage("migrate", "--no-input", env=env)
    say("Loading the demo content")
    manage("load_demo", env=env)
    print(DEMO_LOGINS)
    say("Serving the portal at http://127.0.0.1:8000 (Ctrl+C to stop)")
    manage("runserver", "127.0.0.1:8000", env=env)


def test(pytest_args: list[str]) -> None:
    ensure_venv("requirements-dev.txt")
    test_env = {"DJANGO_SETTINGS_MODULE": "gess.settings.test"}
    manage("compiletranslations", env=test_env)
    say("ruff: lint and format")
    sh(BIN / "ruff", "check", ".")
    sh(BIN / "ruff", "format", "--check", ".")
    say("No model change without its migration")
    manage("makemigrations", "--check", "--dry-run", env=test_env)
    say("Production settings pass check --deploy with zero warnings")
    production_env = {
        "DJANGO_SETTINGS_MODULE": "gess.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
        "DJANGO_ALLOWED_HOSTS": "gess.example.org",
    }
    manage("check", "--deploy", "--fail-level", "WARNING", env=production_env)
    say("pytest")
    sh(PYTHON, "-m", "pytest", *pytest_args, env=test_env)


def main() -> None:
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "run":
        run()
    elif command == "test":
        test(sys.argv[2:])
    else:
        print(__doc__)
        sys.exit(2)


if __name__ == "__main__":
    main()
