"""Collecting static files into settings.STATIC_ROOT, where whitenoise serves them."""

from __future__ import annotations

from django.conf import settings
from django.core.management import call_command

from anker.cli import output
from anker.cli.bootstrap import _


def collect() -> None:
    with output.working(_("Collecting static files…")):
        call_command("collectstatic", interactive=False, verbosity=0)
    output.success(_("Static files ready in %(path)s.") % {"path": settings.STATIC_ROOT})
