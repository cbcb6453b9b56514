"""Settings for the test suite: a throw-away data directory, fast hashing, static files
served from the apps (no collectstatic). ANKER_DATABASE_URL picks SQLite or PostgreSQL."""

import os
import tempfile

os.environ.setdefault("ANKER_DATA_DIR", tempfile.mkdtemp(prefix="anker-test-"))
os.environ.setdefault("ANKER_SECRET_KEY", "test-only-secret-key-not-for-production")

from anker.conf.base import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
ALLOWED_HOSTS = ["*"]
