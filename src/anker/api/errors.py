"""Every API error as application/problem+json (RFC 9457), in the shape of the Dutch
API design rules' problem-details module: type, title, status, detail and, for invalid
input, ``invalidParams`` naming each field with a reason and a code.

Services raise Django's own exceptions (ValidationError, PermissionDenied,
DoesNotExist); the handlers here turn them into the right status so that views stay
thin and bad input never ends in a 500."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import (
    NON_FIELD_ERRORS,
    BadRequest,
    ObjectDoesNotExist,
    PermissionDenied,
    SuspiciousOperation,
)
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DataError, IntegrityError
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja import Field, NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from anker.api.messages import pydantic_reason

PROBLEM_CONTENT_TYPE = "application/problem+json"
RFC9110 = "https://www.rfc-editor.org/rfc/rfc9110#section-"
TYPES = {
    400: RFC9110 + "15.5.1",
    401: RFC9110 + "15.5.2",
    403: RFC9110 + "15.5.4",
    404: RFC9110 + "15.5.5",
    405: RFC9110 + "15.5.6",
    409: RFC9110 + "15.5.10",
    422: RFC9110 + "15.5.21",
    429: "https://www.rfc-editor.org/rfc/rfc6585#section-4",
    500: RFC9110 + "15.6.1",
}
TITLES = {
    400: gettext_lazy("The request could not be read."),
    401: gettext_lazy("Authentication is needed."),
    403: gettext_lazy("You may not do this."),
    404: gettext_lazy("Not found."),
    405: gettext_lazy("This method is not allowed here."),
    409: gettext_lazy("The change conflicts with existing data."),
    422: gettext_lazy("The request contains invalid values."),
    429: gettext_lazy("Too many requests."),
    500: gettext_lazy("Something went wrong on our side."),
}
# Request parameters live in one of these; the name a client needs is what follows.
PARAM_SOURCES = {"body", "query", "path", "header", "cookie", "form", "file"}
# By convention the views take a whole query schema as ``filters`` and a body as ``payload``;
# ninja sometimes puts that argument name into an error's location.
SCHEMA_ARGUMENTS = {"filters", "payload"}


class InvalidParam(Schema):
    """One invalid field of the request."""

    name: str = Field(
        ..., description="The field, dotted for nested values (e.g. `descriptions.0.language`)."
    )
    reason: str = Field(..., description="What is wrong, in the reader's language.")
    code: str = Field(
        ..., description="A stable machine-readable code, e.g. `missing`, `enum` or `unknown`."
    )


class Problem(Schema):
    """An error, as application/problem+json (RFC 9457)."""

    type: str = Field(..., description="A URI that identifies the kind of problem.")
    title: str = Field(..., description="A short summary of the kind of problem.")
    status: int = Field(..., description="The HTTP status code.")
    detail: str = Field("", description="What went wrong with this request.")
    invalidParams: list[InvalidParam] | None = Field(  # noqa: N815 - the NL API rules' name
        None,
        description="For invalid input (422): each field with its reason.",
    )


def problem(
    status: int,
    detail: str = "",
    invalid: Iterable[dict[str, str]] | None = None,
) -> HttpResponse:
    """A problem+json response for ``status``."""
    body: dict[str, Any] = {
        "type": TYPES.get(status, "about:blank"),
        "title": str(TITLES.get(status, "")),
        "status": status,
        "detail": str(detail),
    }
    if invalid is not None:
        body["invalidParams"] = list(invalid)
    return HttpResponse(
        json.dumps(body, cls=DjangoJSONEncoder, ensure_ascii=False),
        status=status,
        content_type=PROBLEM_CONTENT_TYPE,
    )


def _param_name(loc: tuple[Any, ...]) -> str:
    """``("body", "payload", "kind")`` → ``kind``; ``("query", "page")`` → ``page``."""
    parts = list(loc)
    if parts and parts[0] in PARAM_SOURCES:
        source = parts.pop(0)
        if parts and (source == "body" or parts[0] in SCHEMA_ARGUMENTS):
            parts.pop(0)  # the view's argument name is no part of the document
    return ".".join(str(part) for part in parts) or "body"


def _input_errors(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
    invalid = [
        {
            "name": _param_name(tuple(error.get("loc", ()))),
            "reason": pydantic_reason(error),
            "code": str(error.get("type", "invalid")),
        }
        for error in exc.errors
    ]
    return problem(422, _summary(invalid), invalid)


def _domain_errors(request: HttpRequest, exc: DjangoValidationError) -> HttpResponse:
    invalid: list[dict[str, str]] = []
    error_dict = (
        exc.error_dict if hasattr(exc, "error_dict") else {NON_FIELD_ERRORS: exc.error_list}
    )
    for field, errors in error_dict.items():
        name = "" if field == NON_FIELD_ERRORS else field
        for error in errors:
            for message in error.messages:
                invalid.append(
                    {"name": name, "reason": str(message), "code": error.code or "invalid"}
                )
    return problem(422, _summary(invalid), invalid)


def _summary(invalid: list[dict[str, str]]) -> str:
    return "; ".join(
        f"{item['name']}: {item['reason']}" if item["name"] else item["reason"] for item in invalid
    )


def _unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    detail = (
        exc.message
        if exc.message != "Unauthorized"
        else _("Send a valid API token as 'Authorization: Bearer <token>', or sign in.")
    )
    response = problem(401, detail)
    response.headers["WWW-Authenticate"] = 'Bearer realm="anker"'
    return response


def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    detail = exc.message
    if exc.status_code == 400:
        detail = _("The request body is not valid JSON.")
    elif exc.status_code == 403 and "CSRF" in exc.message:
        detail = _("The CSRF check failed: send the X-CSRFToken header with a session.")
    elif exc.status_code == 429:
        detail = _("Slow down and try again later.")
    return problem(exc.status_code, detail)


def _forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return problem(403, str(exc) or _("You may not do this."))


def _not_found(request: HttpRequest, exc: Exception) -> HttpResponse:
    return problem(404, _("There is nothing at this address, or you may not see it."))


def _bad_request(request: HttpRequest, exc: Exception) -> HttpResponse:
    return problem(400, _("The request cannot be processed as sent."))


def _unstorable(request: HttpRequest, exc: DataError) -> HttpResponse:
    # A safety net: input validation should have named the field already.
    return problem(400, _("The request contains a value the database cannot store."))


def _conflict(request: HttpRequest, exc: IntegrityError) -> HttpResponse:
    return problem(409, _("Someone else changed the same data at the same time; try again."))


def install(api: NinjaAPI) -> None:
    """Register every handler on ``api``."""
    api.add_exception_handler(NinjaValidationError, _input_errors)
    api.add_exception_handler(AuthenticationError, _unauthenticated)
    api.add_exception_handler(HttpError, _http_error)
    api.add_exception_handler(DjangoValidationError, _domain_errors)
    api.add_exception_handler(PermissionDenied, _forbidden)
    api.add_exception_handler(ObjectDoesNotExist, _not_found)
    api.add_exception_handler(Http404, _not_found)
    api.add_exception_handler(IntegrityError, _conflict)
    api.add_exception_handler(DataError, _unstorable)
    api.add_exception_handler(SuspiciousOperation, _bad_request)
    api.add_exception_handler(BadRequest, _bad_request)
