"""What the pages of this app share: saving a form through a service."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.forms import BaseForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from anker.core.forms import add_service_errors


def save_form(
    request: HttpRequest,
    form: BaseForm,
    *,
    save: Callable[[], Any],
    done: str,
    template: str,
    context: dict[str, Any],
    next_url: Callable[[Any], str] | None = None,
) -> HttpResponse:
    """On a valid POST call ``save`` (a service), then say ``done`` and redirect to what it
    returned (or ``next_url`` of it); otherwise show the form with the service's errors."""
    if request.method == "POST" and form.is_valid():
        try:
            saved = save()
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, done)
            return redirect(next_url(saved) if next_url else saved)
    return render(request, template, {"form": form, **context})
