"""The one helper through which every ANKER_* environment variable is read.

Each variable is declared once in ``VARIABLES`` with its default and meaning, so that
docs/configuration.md can be generated from this list (``anker envdoc``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Variable:
    name: str
    default: str
    help: str


VARIABLES: dict[str, Variable] = {}


def declare(name: str, default: str, help: str) -> Variable:
    variable = Variable(name=name, default=default, help=help)
    VARIABLES[name] = variable
    return variable


def read(name: str) -> str:
    """The value of a declared variable from the environment, else its default."""
    return os.environ.get(name, VARIABLES[name].default)


def read_bool(name: str) -> bool:
    value = read(name).strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off", ""}:
        return False
    raise ValueError(f"{name} must be true or false, not {value!r}")


def read_list(name: str) -> list[str]:
    return [item.strip() for item in read(name).split(",") if item.strip()]


declare(
    "ANKER_DATA_DIR",
    str(Path.home() / ".local" / "share" / "anker"),
    "Directory for the SQLite database, collected static files and uploads.",
)
declare(
    "ANKER_DATABASE_URL",
    "",
    "Database URL, e.g. postgresql://user@host:5432/anker. "
    "Empty: a SQLite file anker.sqlite3 in ANKER_DATA_DIR (WAL mode).",
)
declare(
    "ANKER_SECRET_KEY",
    "",
    "Django secret key. Empty: a random key is generated once and kept in ANKER_DATA_DIR.",
)
declare("ANKER_DEBUG", "false", "Django debug mode. Never true in production.")
declare(
    "ANKER_ALLOWED_HOSTS", "127.0.0.1,localhost", "Comma-separated host names anker answers to."
)
declare(
    "ANKER_CSRF_TRUSTED_ORIGINS",
    "",
    "Comma-separated origins trusted for CSRF, e.g. https://anker.example.",
)
declare(
    "ANKER_HTTPS", "false", "Set to true behind HTTPS: secure cookies, HSTS and redirect to HTTPS."
)
declare("ANKER_LANGUAGE", "en", "Default interface language (en or nl).")
declare("ANKER_PAGE_SIZE", "25", "Items per page in lists and API pages.")
declare(
    "ANKER_FRESHNESS_DAYS", "365", "An entry not verified for this many days is flagged as stale."
)
declare(
    "ANKER_ADMIN_PASSWORD",
    "",
    "Password for `anker createadmin` when it runs without a terminal (scripts, containers).",
)
declare(
    "ANKER_SITE_URL",
    "http://127.0.0.1:8000",
    "The public address of anker, for links in e-mails (e.g. https://anker.example).",
)
declare(
    "ANKER_EMAIL_HOST",
    "",
    "SMTP server for e-mail (co-creation news). Empty: e-mails are printed to the console.",
)
declare("ANKER_EMAIL_PORT", "587", "SMTP port.")
declare("ANKER_EMAIL_USER", "", "SMTP user name.")
declare("ANKER_EMAIL_PASSWORD", "", "SMTP password.")
declare("ANKER_EMAIL_TLS", "true", "Use STARTTLS to the SMTP server.")
declare("ANKER_EMAIL_FROM", "anker <noreply@localhost>", "Sender address of anker's e-mails.")
declare(
    "ANKER_RATE_LIMIT_IDEAS",
    "5/hour",
    "Ideas one client may submit per period (N/second|minute|hour|day, or N/seconds). "
    "Empty: no limit.",
)
declare("ANKER_RATE_LIMIT_VOTES", "60/hour", "Votes one client may cast per period.")
declare("ANKER_RATE_LIMIT_COMMENTS", "20/hour", "Comments one client may post per period.")
declare(
    "ANKER_CLIENT_IP_HEADER",
    "",
    "Behind a reverse proxy: the header it puts the client address in (e.g. "
    "X-Forwarded-For; its last entry is used). Empty: the connection's address.",
)
declare(
    "ANKER_ANCHORING_WEIGHTS",
    "reuse=3,standards=2,freshness=1,channels=1,stages=1",
    "Weights of the anchoring score's factors (reuse, standards, freshness, channels, "
    "stages), as factor=number items; a factor left out keeps its default weight, 0 leaves "
    "it out of the score.",
)
declare(
    "ANKER_READINESS_WEIGHTS",
    "adoption=3,evidence=2,documentation=1,capabilities=1,time=1",
    "Weights of the scaling-readiness factors (adoption, evidence, documentation, "
    "capabilities, time), as factor=number items; a factor left out keeps its default weight.",
)
declare(
    "ANKER_STALLED_DAYS",
    "365",
    "Scaling insights: an initiative in experiment or pilot for longer than this many days "
    "without a new adopter of its blocks is stalled. (The portfolio board's stalled filter "
    "keeps its own year for pilots.)",
)
declare(
    "ANKER_PENDING_REQUEST_DAYS",
    "30",
    "Insights: an exchange request still waiting for a decision after more than this many "
    "days is overdue (0 to 3650; the API's and CLI's pending_days overrides it per request).",
)
declare(
    "ANKER_UNANSWERED_IDEA_DAYS",
    "30",
    "Insights: a published idea no moderator answered (still new, no moderator's comment) "
    "after more than this many days waits too long (0 to 3650; idea_days overrides it).",
)
