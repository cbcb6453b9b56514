"""Writes to accounts: API tokens (made, checked, revoked).

A token is shown once, when it is made; only its SHA-256 is stored, so a copy of the
database does not hand out working keys. The key starts with a short recognisable
prefix (``ank_``) so that secret scanners and people can tell what leaked."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from anker.accounts import permissions
from anker.accounts.models import ApiToken, PlatformRole, User

KEY_PREFIX = "ank_"
# Writing last_used on every request would turn each read into a write; once a
# minute is precise enough to tell a live token from a forgotten one.
LAST_USED_PRECISION = timedelta(minutes=1)


def token_hash(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()


@transaction.atomic
def token_create(*, user: User, name: str) -> tuple[ApiToken, str]:
    """Make a token for ``user``; returns the token and the raw key (shown once)."""
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": [_("Give the token a name.")]})
    raw_key = KEY_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user,
        name=name[:100],
        key_hash=token_hash(raw_key),
        prefix=raw_key[:8],
    )
    return token, raw_key


@transaction.atomic
def token_revoke(*, actor: Any, token: ApiToken) -> None:
    """Delete a token. Its owner may, and so may a platform administrator."""
    is_admin = permissions.is_signed_in(actor) and (
        actor.is_superuser or actor.platform_role == PlatformRole.ADMIN
    )
    permissions.require(
        permissions.is_signed_in(actor) and (actor.id == token.user_id or is_admin),
        _("You may only revoke your own tokens."),
    )
    token.delete()


def token_authenticate(raw_key: str) -> User | None:
    """The active user a raw key belongs to, or None; notes when the token was used."""
    if not raw_key or not raw_key.startswith(KEY_PREFIX) or len(raw_key) > 200:
        return None
    token = ApiToken.objects.select_related("user").filter(key_hash=token_hash(raw_key)).first()
    if token is None or not token.user.is_active:
        return None
    now = timezone.now()
    if token.last_used is None or now - token.last_used > LAST_USED_PRECISION:
        ApiToken.objects.filter(id=token.id).update(last_used=now)
        token.last_used = now
    return token.user
