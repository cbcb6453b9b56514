"""Base settings. Every ANKER_* variable is read here through ``anker.conf.env``."""

from __future__ import annotations

import secrets
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from anker.conf.env import read, read_bool, read_list

PACKAGE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(read("ANKER_DATA_DIR")).expanduser()
DATA_DIR.mkdir(parents=True, exist_ok=True)


def _secret_key() -> str:
    configured = read("ANKER_SECRET_KEY")
    if configured:
        return configured
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()
DEBUG = read_bool("ANKER_DEBUG")
ALLOWED_HOSTS = read_list("ANKER_ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = read_list("ANKER_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.admin",
    "ninja",
    "django_tasks",
    "django_tasks_db",
    "anker.core",
    "anker.accounts",
    "anker.organisations",
    "anker.architecture",
    "anker.catalogue",
    "anker.reuse",
    "anker.notifications",
    "anker.portfolio",
    "anker.citizenservices",
    "anker.cocreation",
    "anker.insights",
    "anker.interop",
    "anker.demo",
]

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
    "anker.core.middleware.SecurityHeadersMiddleware",
]

ROOT_URLCONF = "anker.conf.urls"
WSGI_APPLICATION = "anker.conf.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "anker.core.context_processors.anker",
                "anker.notifications.context_processors.notifications",
            ],
        },
    }
]


def _database() -> dict:
    url = read("ANKER_DATABASE_URL") or f"sqlite:///{DATA_DIR / 'anker.sqlite3'}"
    config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["CONN_MAX_AGE"] = 0
        config["OPTIONS"] = {
            # WAL lets readers go on while one writer writes; IMMEDIATE avoids
            # "database is locked" upgrades of read transactions under gunicorn workers.
            # A 64 MiB page cache (the default is 2 MiB) keeps the indexes of a large
            # ecosystem in memory.
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;"
            ),
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    return config


DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

LANGUAGE_CODE = read("ANKER_LANGUAGE")
LANGUAGES = [("en", _("English")), ("nl", _("Dutch"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Amsterdam"

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Secure defaults; ANKER_HTTPS switches on what only makes sense behind TLS.
HTTPS = read_bool("ANKER_HTTPS")
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = 31536000 if HTTPS else 0
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Per-process memory cache for counts keyed by the ecosystem's version (anker.core.cache):
# exact, so nothing needs to be shared between app servers.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": 2000},
    }
}

PAGE_SIZE = int(read("ANKER_PAGE_SIZE"))

# Background work (scheduled harvests) is queued in the database and run by
# `anker worker`; no broker to install or operate.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
FRESHNESS_DAYS = int(read("ANKER_FRESHNESS_DAYS"))

# E-mail (co-creation news to anonymous followers): the console backend until a host is
# configured, so that a development set-up never sends real mail.
SITE_URL = read("ANKER_SITE_URL")
EMAIL_HOST = read("ANKER_EMAIL_HOST")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = int(read("ANKER_EMAIL_PORT"))
EMAIL_HOST_USER = read("ANKER_EMAIL_USER")
EMAIL_HOST_PASSWORD = read("ANKER_EMAIL_PASSWORD")
EMAIL_USE_TLS = read_bool("ANKER_EMAIL_TLS")
DEFAULT_FROM_EMAIL = read("ANKER_EMAIL_FROM")

# Rate limits of the ideas board per client (anker.cocreation.ratelimit), counted in a
# cache of their own so that the count cache's culling never resets them.
RATE_LIMITS = {
    "idea-submit": read("ANKER_RATE_LIMIT_IDEAS"),
    "idea-vote": read("ANKER_RATE_LIMIT_VOTES"),
    "idea-comment": read("ANKER_RATE_LIMIT_COMMENTS"),
}
RATE_LIMIT_CACHE = "ratelimit"
CACHES["ratelimit"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "anker-ratelimit",
    "OPTIONS": {"MAX_ENTRIES": 100000},
}
CLIENT_IP_HEADER = read("ANKER_CLIENT_IP_HEADER")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
