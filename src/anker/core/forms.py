"""Form helpers shared by every app: turning a service's ValidationError into form errors."""

from __future__ import annotations

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError


def add_service_errors(form: forms.BaseForm, error: ValidationError) -> None:
    """Show a service's validation error on the field it names, or above the form."""
    if hasattr(error, "error_dict"):
        for field, messages in error.message_dict.items():
            target = field if field in form.fields else NON_FIELD_ERRORS
            for message in messages:
                form.add_error(None if target == NON_FIELD_ERRORS else target, message)
    else:
        for message in error.messages:
            form.add_error(None, message)


def is_htmx(request) -> bool:
    return request.headers.get("HX-Request") == "true"


def anker_formfield(field, **kwargs):
    """Model form fields as Django makes them, with links assumed to be https."""
    from django.db import models

    if isinstance(field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return field.formfield(**kwargs)
