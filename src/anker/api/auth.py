"""Who is calling: a bearer token, a signed-in session, or nobody.

Reads are open to everyone (the visibility rules decide what each reader sees);
writes need a valid token, or a session together with Django's CSRF token. A token
that is sent but not valid is always refused with 401: a typo in a key must not
silently turn a caller into an anonymous reader that sees less."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja.errors import AuthenticationError, HttpError
from ninja.security import APIKeyCookie, HttpBearer
from ninja.utils import check_csrf

from anker.accounts.services import token_authenticate


def _bearer_user(request: HttpRequest) -> Any | None:
    """The token's user if an Authorization header is sent; raises 401 if it is not a
    valid bearer token; None without the header."""
    header = request.headers.get("Authorization")
    if header is None:
        return None
    scheme, _sep, key = header.strip().partition(" ")
    if scheme.lower() != "bearer" or not key.strip():
        raise AuthenticationError(message=_("Use 'Authorization: Bearer <token>'."))
    user = token_authenticate(key.strip())
    if user is None:
        raise AuthenticationError(message=_("This API token is not valid (any more)."))
    return user


class BearerToken(HttpBearer):
    """An API token made on the account page: ``Authorization: Bearer ank_…``."""

    openapi_bearerFormat = "anker API token"  # noqa: N815 - OpenAPI's name

    def __call__(self, request: HttpRequest) -> Any | None:
        return _bearer_user(request)

    def authenticate(self, request: HttpRequest, token: str) -> Any | None:  # pragma: no cover
        return token_authenticate(token)


class SessionCookie(APIKeyCookie):
    """The web UI's session, for scripts in the browser. Writes also need the CSRF
    token (header X-CSRFToken), checked only once a session is found, so that a
    caller without any credentials gets 401 rather than a CSRF complaint."""

    param_name = settings.SESSION_COOKIE_NAME

    def __init__(self) -> None:
        super().__init__(csrf=True)

    def _get_key(self, request: HttpRequest) -> str | None:
        return request.COOKIES.get(self.param_name)

    def authenticate(self, request: HttpRequest, key: str | None) -> Any | None:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        if check_csrf(request) is not None:
            raise HttpError(403, "CSRF check failed")
        return user


class Reader:
    """Reads: the token's user, else the session's user, else an anonymous reader.

    Not an OpenAPI security scheme by itself: read operations declare that the token is
    optional (see ``OPTIONAL_SECURITY``)."""

    def __call__(self, request: HttpRequest) -> Any:
        user = _bearer_user(request)
        if user is not None:
            return user
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return user
        return AnonymousUser()


READ = [Reader()]
WRITE = [BearerToken(), SessionCookie()]
# OpenAPI: reads accept a token or a session but need neither (the empty requirement).
OPTIONAL_SECURITY: dict[str, Any] = {"security": [{"BearerToken": []}, {"SessionCookie": []}, {}]}
