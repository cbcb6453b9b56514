"""Creating the first administrator from the command line."""

from __future__ import annotations

import sys

import typer
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction

from anker.accounts.models import PlatformRole, User
from anker.cli.bootstrap import _
from anker.cli.errors import CliError
from anker.conf.env import read


def resolve_password(given: str | None) -> str:
    """The password from --password, else ANKER_ADMIN_PASSWORD, else a prompt on a terminal."""
    password = given or read("ANKER_ADMIN_PASSWORD")
    if password:
        return password
    if sys.stdin.isatty():
        return typer.prompt(_("Password"), hide_input=True, confirmation_prompt=True)
    raise CliError(
        _("No password given: use --password, set ANKER_ADMIN_PASSWORD, or run in a terminal.")
    )


def create_admin(*, username: str, email: str, password: str) -> User:
    """Create a superuser with the platform role "admin"; refuse an existing username."""
    if User.objects.filter(username=username).exists():
        raise CliError(_("A user named %(username)s already exists.") % {"username": username})
    try:
        validate_password(password, user=User(username=username, email=email))
    except ValidationError as error:
        raise CliError(" ".join(error.messages)) from error
    with transaction.atomic():
        return User.objects.create_superuser(
            username=username, email=email, password=password, platform_role=PlatformRole.ADMIN
        )
