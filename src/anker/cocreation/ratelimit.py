"""Rate limiting of the ideas board's writes, per client and action, on Django's cache.

A fixed window: the first hit of a client in a window creates a counter that expires
with the window, later hits increment it, and a hit over the limit is refused. That is
a small amount of code with predictable behaviour, and works on any Django cache
backend; django-ratelimit would add a dependency (and a system check that warns about
anker's per-process memory cache) for the same few lines.

Limits come from ``settings.RATE_LIMITS`` ("5/hour", "30/minute", "100/day" or
"10/600" for ten per 600 seconds) and are counted in ``settings.RATE_LIMIT_CACHE``. With
the default per-process memory cache each app server counts for itself: the limit then
holds per process (see docs/cocreation.md for a shared cache)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest
from django.utils.crypto import salted_hmac

PERIODS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}


@dataclass(frozen=True)
class Rate:
    limit: int
    window: int  # seconds


class RateLimited(Exception):
    """Too many hits of ``action``; ``retry_after`` seconds until the window ends."""

    def __init__(self, action: str, retry_after: int) -> None:
        super().__init__(action)
        self.action = action
        self.retry_after = max(retry_after, 1)


def parse_rate(text: str) -> Rate:
    """``"5/hour"`` → Rate(5, 3600); ``"10/600"`` → Rate(10, 600)."""
    count, _slash, period = text.strip().partition("/")
    period = period.strip().lower().rstrip("s") or "hour"
    window = PERIODS.get(period) or int(period)
    limit = int(count)
    if limit < 0 or window <= 0:
        raise ValueError(f"not a rate: {text!r}")
    return Rate(limit=limit, window=window)


def rate_for(action: str) -> Rate | None:
    """The configured rate of ``action``; None: not limited."""
    configured = getattr(settings, "RATE_LIMITS", {}).get(action)
    return parse_rate(configured) if configured else None


def hit(action: str, client_key: str, *, now: float | None = None) -> None:
    """Count one hit of ``client_key`` on ``action``; raise RateLimited over the limit."""
    rate = rate_for(action)
    if rate is None:
        return
    now = time.time() if now is None else now
    window_number = int(now // rate.window)
    key = f"ratelimit:{action}:{client_key}:{window_number}"
    cache = caches[getattr(settings, "RATE_LIMIT_CACHE", "default")]
    cache.add(key, 0, timeout=rate.window + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr: this hit opens a new window
        cache.set(key, 1, timeout=rate.window + 1)
        count = 1
    if count > rate.limit:
        raise RateLimited(action, int((window_number + 1) * rate.window - now))


# --- who the client is --------------------------------------------------------------------


def client_address(request: HttpRequest) -> str:
    """The client's network address: REMOTE_ADDR, or behind a reverse proxy the last
    address the proxy added to ``settings.CLIENT_IP_HEADER`` (the rightmost entry is the
    one the trusted proxy wrote; earlier entries are whatever the client claimed)."""
    header = getattr(settings, "CLIENT_IP_HEADER", "")
    if header:
        meta_name = "HTTP_" + header.upper().replace("-", "_")
        forwarded = [part.strip() for part in request.META.get(meta_name, "").split(",")]
        forwarded = [part for part in forwarded if part]
        if forwarded:
            return forwarded[-1]
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def _keyed_hash(purpose: str, value: str) -> str:
    """A keyed SHA-256 of ``value``: stable for one server secret, not reversible
    without it (the raw address is never stored)."""
    return salted_hmac(f"anker.cocreation.{purpose}", value, algorithm="sha256").hexdigest()


def client_key(request: HttpRequest, user: Any = None) -> str:
    """The rate-limit key: the user for a signed-in client (``user``, e.g. an API
    token's, or the session's), else the network address (not the browser: changing a
    user agent must not buy more submissions)."""
    user = user if user is not None else getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return f"user-{user.pk}"
    return "anon-" + _keyed_hash("rate", client_address(request))[:32]


def voter_key(request: HttpRequest) -> str:
    """An anonymous voter: network address and browser, hashed with the server's secret,
    so that people sharing one address with their own browsers each get a vote."""
    agent = request.META.get("HTTP_USER_AGENT", "")[:300]
    return _keyed_hash("voter", f"{client_address(request)}\n{agent}")
