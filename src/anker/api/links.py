"""Addresses of API resources, for the Location header of a 201 Created."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.urls import reverse

# The URL namespace of version 1; ``anker.api.urls`` mounts it at /api/v1/.
NAMESPACE = "api-v1"


def set_location(
    request: HttpRequest, response: HttpResponse, url_name: str, **kwargs: Any
) -> None:
    """Point the Location header at the operation ``url_name`` of this API."""
    path = reverse(f"{NAMESPACE}:{url_name}", kwargs=kwargs)
    response["Location"] = request.build_absolute_uri(path)
