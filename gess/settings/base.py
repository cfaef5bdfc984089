"""Settings shared by every environment.

Everything that differs between machines is read from the environment (or a
``.env`` file beside ``manage.py``) through one reader, django-environ. With
nothing set the portal runs on embedded defaults: SQLite in ``var/``, a
local-memory cache and Celery tasks run inline.
"""

from pathlib import Path

import environ
from celery.schedules import crontab

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

# --- Core -----------------------------------------------------------------
DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])
SITE_ID = 1
ROOT_URLCONF = "gess.urls"
WSGI_APPLICATION = "gess.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

DJANGO_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.humanize",
]
THIRD_PARTY_APPS = [
    "allauth",
    "allauth.account",
    "taggit",
    "django_countries",
    "rules.apps.AutodiscoverRulesConfig",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "accounts.wagtail_users.GessUsersAppConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.locales",
    "wagtail",
    "modelcluster",
]
LOCAL_APPS = [
    "core",
    "accounts",
    "editorial",
    "library",
    "countryprofiles",
    "cooperation",
    "experts",
    "schemes",
    "workspaces",
    "glossary",
    "notifications",
    "forums",
    "newsletters",
]
INSTALLED_APPS = DJANGO_APPS + THIRD_PARTY_APPS + LOCAL_APPS

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "core.middleware.LastSeenMiddleware",
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "core.context_processors.portal",
            ],
        },
    }
]

# --- Database ---------------------------------------------------------------
# DATABASE_URL=postgres://user@host:5432/name switches to PostgreSQL (psycopg 3).
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

# --- Cache ------------------------------------------------------------------
REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    # core.cache.RedisCache treats an unreachable Redis as an empty cache, so pages are
    # still served while Redis restarts; the timeouts keep a lost server from holding
    # a request for long.
    CACHES = {
        "default": {
            "BACKEND": "core.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", default="gess"),
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Celery -----------------------------------------------------------------
# Without REDIS_URL tasks run inline (eagerly) in the web process.
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default=REDIS_URL or "memory://")
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=not REDIS_URL)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "UTC"
CELERY_TASK_TIME_LIMIT = 5 * 60
CELERY_TASK_SOFT_TIME_LIMIT = 60
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
# Tasks named "*.send_*" go to the e-mail queue so slow SMTP never delays other work.
CELERY_TASK_ROUTES = {"*.send_*": {"queue": "email"}}
CELERY_TASK_DEFAULT_QUEUE = "celery"
# Periodic tasks, sent by the one `celery -A gess beat` (README).
CELERY_BEAT_SCHEDULE = {
    # Experts whose profile has not changed for a year are asked to update it (once a year).
    "experts-cv-reminders": {
        "task": "experts.send_cv_reminders",
        "schedule": 24 * 60 * 60,  # daily
    },
    # Outgoing e-mails that wait (the broker was down, a worker died, SMTP refused).
    "notifications-sweep-outbox": {
        "task": "notifications.sweep_outbox",
        "schedule": 60,
    },
    "notifications-daily-digests": {
        "task": "notifications.send_digests",
        "schedule": crontab(hour=6, minute=0),
        "kwargs": {"period": "daily"},
    },
    "notifications-weekly-digests": {
        "task": "notifications.send_digests",
        "schedule": crontab(hour=6, minute=0, day_of_week="mon"),
        "kwargs": {"period": "weekly"},
    },
    # The weekly platform news (MINI-NEWS) of the week that just ended.
    "newsletters-platform-news": {
        "task": "newsletters.send_platform_news",
        "schedule": crontab(hour=7, minute=0, day_of_week="mon"),
    },
}
# How long a worker's claim on an outgoing e-mail holds before the sweep takes it for
# abandoned (the worker died), in seconds.
NOTIFICATIONS_CLAIM_LEASE = env.int("NOTIFICATIONS_CLAIM_LEASE", default=600)

# --- Passwords and accounts ---------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "core:dashboard"
LOGOUT_REDIRECT_URL = "/"

ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupExtraForm"
ACCOUNT_EMAIL_VERIFICATION = env("ACCOUNT_EMAIL_VERIFICATION", default="mandatory")
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[GESS] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = env("ACCOUNT_DEFAULT_HTTP_PROTOCOL", default="http")
ACCOUNT_PRESERVE_USERNAME_CASING = False

# --- Internationalisation ---------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("fr", "Français"), ("es", "Español")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# --- Static and media files ---------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = env("DJANGO_STATIC_ROOT", default=str(VAR_DIR / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env("DJANGO_MEDIA_ROOT", default=str(VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Uploads larger than this are refused before they reach a form's clean().
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_PERMISSIONS = 0o640
AVATAR_MAX_BYTES = env.int("AVATAR_MAX_BYTES", default=2 * 1024 * 1024)
AVATAR_MAX_PIXELS = 40_000_000
WORKSPACE_COVER_MAX_BYTES = env.int("WORKSPACE_COVER_MAX_BYTES", default=4 * 1024 * 1024)

# --- E-mail -------------------------------------------------------------------
# EMAIL_URL takes precedence, e.g. smtp+tls://user:password@smtp.example.org:587
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="GESS <noreply@gess.localhost>")
SERVER_EMAIL = env("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)
EMAIL_TIMEOUT = 20
_email = env.email_url("EMAIL_URL", default="consolemail://")
EMAIL_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_HOST = _email.get("EMAIL_HOST", "localhost")
EMAIL_PORT = _email.get("EMAIL_PORT", 25)
EMAIL_HOST_USER = _email.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = _email.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _email.get("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = _email.get("EMAIL_USE_SSL", False)

# --- Wagtail ------------------------------------------------------------------
WAGTAIL_SITE_NAME = "GESS"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
# Wagtail's search backend: editorial pages, and the library with
# LIBRARY_SEARCH_BACKEND=wagtail. WAGTAILSEARCH_BACKEND may name a cluster's backend
# (wagtail.search.backends.elasticsearch8, ...opensearch2, ...) at WAGTAILSEARCH_URLS,
# its indexes named with WAGTAILSEARCH_INDEX_PREFIX.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": env("WAGTAILSEARCH_BACKEND", default="wagtail.search.backends.database"),
    }
}
if env.list("WAGTAILSEARCH_URLS", default=[]):
    WAGTAILSEARCH_BACKENDS["default"].update(
        URLS=env.list("WAGTAILSEARCH_URLS"),
        INDEX_PREFIX=env("WAGTAILSEARCH_INDEX_PREFIX", default="gess_"),
    )
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "csv", "txt"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_PASSWORD_RESET_ENABLED = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True
TAGGIT_CASE_INSENSITIVE = True

# --- Portal -------------------------------------------------------------------
PORTAL_NAME = "GESS"
ONLINE_WINDOW_SECONDS = 5 * 60
LAST_SEEN_WRITE_INTERVAL_SECONDS = 60
CONTACT_MESSAGES_PER_HOUR = env.int("CONTACT_MESSAGES_PER_HOUR", default=5)
DIRECTORY_PAGE_SIZE = 24
# Library uploads: the largest file a member may submit, and how much of a file's
# text the extraction task reads (pages, characters, seconds) before it stops.
LIBRARY_MAX_UPLOAD_BYTES = env.int("LIBRARY_MAX_UPLOAD_BYTES", default=50 * 1024 * 1024)
LIBRARY_EXTRACT_MAX_PAGES = env.int("LIBRARY_EXTRACT_MAX_PAGES", default=300)
LIBRARY_EXTRACT_MAX_CHARS = env.int("LIBRARY_EXTRACT_MAX_CHARS", default=500_000)
LIBRARY_EXTRACT_SECONDS = env.int("LIBRARY_EXTRACT_SECONDS", default=90)
# Who matches the words of a library search (library.search_backends): "database"
# (PostgreSQL's full text in three languages, or LIKE on SQLite) or "wagtail" (Wagtail's
# search backend above). After a change: manage.py reindex_library.
LIBRARY_SEARCH_BACKEND = env("LIBRARY_SEARCH_BACKEND", default="database")

# --- Security defaults that hold everywhere ---------------------------------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}
