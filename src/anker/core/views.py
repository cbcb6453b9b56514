"""The home page and the error pages."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from anker.core import selectors


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "core/pages/home.html", selectors.home_overview(user=request.user))


def forbidden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    message = str(exception) if exception and str(exception) else ""
    return render(request, "core/pages/403.html", {"message": message}, status=403)


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "core/pages/404.html", status=404)
