"""URLs under /api/: version 1 at /api/v1/, and the document and its interactive docs
also at /api/openapi.json and /api/docs (the same document, generated once per request).

Mounted by the project with ``path("api/", include("anker.api.urls"))`` (no namespace:
the API's own namespace, ``api-v1``, must stay top-level for its reverse() calls)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial, wraps
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.urls import URLPattern, path, re_path
from django.utils.translation import gettext as _
from ninja.openapi.views import openapi_json, openapi_view

from anker.api.api import API_VERSION, api
from anker.api.errors import problem

View = Callable[..., HttpResponse]


def versioned(view: View) -> View:
    """Every answer under /api/ carries API-Version and, when it is an error Django or
    ninja made outside the API's handlers (404 from a resolver, 405), problem+json."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            response = view(request, *args, **kwargs)
        except Http404:
            response = problem(404, _("There is nothing at this address, or you may not see it."))
        if response.status_code == 405 and "json" not in response.get("Content-Type", ""):
            allowed = response.get("Allow", "")
            response = problem(405, _("Allowed here: %(methods)s.") % {"methods": allowed})
            response["Allow"] = allowed
        response["API-Version"] = API_VERSION
        return response

    return wrapper


def _nothing_here(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
    raise Http404


def _version_1() -> tuple[list[URLPattern], str, str]:
    patterns, app_name, namespace = api.urls
    wrapped = [
        URLPattern(p.pattern, versioned(p.callback), p.default_args, p.name) for p in patterns
    ]
    return wrapped, app_name, namespace


urlpatterns = [
    path("v1/", _version_1()),
    path("openapi.json", versioned(partial(openapi_json, api=api)), name="api-openapi"),
    path("docs", versioned(partial(openapi_view, api=api)), name="api-docs"),
    # Anything else under /api/ is a problem+json 404, never the HTML error page.
    re_path(r"^", versioned(_nothing_here)),
]
