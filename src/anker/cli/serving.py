"""Serving anker with gunicorn, started from Python rather than from gunicorn's own CLI."""

from __future__ import annotations

import errno
import os
import socket
from typing import Any

from gunicorn.app.base import BaseApplication

from anker.cli.bootstrap import _
from anker.cli.errors import CliError


def default_workers() -> int:
    return max(2, min(os.cpu_count() or 1, 8))


def bind_address(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def check_port_free(host: str, port: int) -> None:
    """Fail with one clear line when the address is taken, before any slow start-up work
    (gunicorn itself would retry for five seconds and then log several lines)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        socket.create_server((host, port), family=family).close()
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            message = _(
                "Port %(port)s on %(host)s is already in use: stop the other server or "
                "choose another port with --port."
            )
        else:
            message = _("Cannot listen on %(host)s port %(port)s: %(error)s")
        raise CliError(message % {"host": host, "port": port, "error": error.strerror}) from error


def check_project() -> None:
    """Run Django's system checks (URLs, models, settings) before serving, as
    runserver does: a broken project then fails here, not on the first request."""
    from django.core import checks
    from django.core.management.base import SystemCheckError

    serious = [m for m in checks.run_checks() if m.is_serious() and not m.is_silenced()]
    if serious:
        raise SystemCheckError("\n".join(str(message) for message in serious))


class AnkerServer(BaseApplication):
    """gunicorn with anker's WSGI application, preloaded once in the master process."""

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            # Older gunicorn releases lack some settings (e.g. the control socket).
            if key in self.cfg.settings:
                self.cfg.set(key, value)

    def load(self) -> Any:
        from anker.conf.wsgi import application

        return application


def serve(*, host: str, port: int, workers: int) -> None:
    """Serve until stopped (Ctrl+C or SIGTERM): blocks."""
    from django.db import connections

    # Connections opened by migrate or the demo load must not be shared by forked workers.
    connections.close_all()
    AnkerServer(
        {
            "bind": bind_address(host, port),
            "workers": workers,
            "worker_class": "gthread",
            "threads": 4,
            "preload_app": True,
            "accesslog": "-",
            "errorlog": "-",
            "loglevel": "info",
            "proc_name": "anker",
            "control_socket_disable": True,
        }
    ).run()
