"""Turning failures into one clear line for the user instead of a traceback."""

from __future__ import annotations

import re

from anker.cli.bootstrap import _

CHECK_MESSAGE = re.compile(r"\(\w+\.[EC]\d+\).*")


class CliError(Exception):
    """A failure whose message is already written for the user."""


def first_line(error: BaseException) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


def describe(error: BaseException) -> str:
    """One line that says what went wrong, in the user's words where we know them."""
    if isinstance(error, CliError):
        return str(error)
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management.base import SystemCheckError
    from django.db import DatabaseError, InterfaceError

    if isinstance(error, SystemCheckError):
        problems = CHECK_MESSAGE.findall(str(error)) or [first_line(error)]
        return _("The system checks failed: %(problems)s") % {"problems": "; ".join(problems)}
    if isinstance(error, DatabaseError | InterfaceError):
        return _(
            "The database cannot be used (is it running, and is ANKER_DATABASE_URL right?): "
            "%(error)s"
        ) % {"error": first_line(error)}
    from django.core.exceptions import ValidationError

    if isinstance(error, ValidationError):
        if hasattr(error, "error_dict"):
            return "; ".join(
                f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items()
            )
        return " ".join(error.messages)
    if isinstance(error, ImproperlyConfigured):
        return _("The configuration is not valid: %(error)s") % {"error": first_line(error)}
    return f"{type(error).__name__}: {first_line(error)}"
