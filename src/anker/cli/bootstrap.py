"""Django set-up for the command line, and gettext that works before set-up too."""

from __future__ import annotations

import os

DEFAULT_SETTINGS = "anker.conf.base"


def setup_django() -> None:
    """Configure Django with anker's settings unless the caller chose others.

    A broken setting (say ANKER_DEBUG=maybe) surfaces here; it becomes one line
    for the user rather than a traceback from deep inside the settings module."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", DEFAULT_SETTINGS)
    import django

    from anker.cli.errors import CliError, first_line

    try:
        django.setup()
    except Exception as error:  # noqa: BLE001 -- every settings failure is reported alike
        raise CliError(
            _("The configuration is not valid: %(error)s") % {"error": first_line(error)}
        ) from error


def _(message: str) -> str:
    """Translate a message shown to the user. Before Django is set up (or when the
    settings themselves are broken) the English text is shown."""
    try:
        from django.utils.translation import gettext

        return gettext(message)
    except Exception:  # noqa: BLE001 -- any set-up problem: fall back to English
        return message
