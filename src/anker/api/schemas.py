"""Schema building blocks every app's API shares: strict input, PATCH fields, references."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from ninja import Field, Schema
from pydantic import ConfigDict, field_validator

SLUG_PATTERN = r"^[-a-zA-Z0-9_]+$"


def no_nul(value: Any) -> Any:
    """Refuse NUL characters in text (also inside lists): PostgreSQL cannot store them,
    and no one means to send them."""
    if isinstance(value, str) and "\x00" in value:
        raise ValueError(_("Text may not contain NUL characters."))
    if isinstance(value, list):
        for item in value:
            no_nul(item)
    return value


class Input(Schema):
    """A request body. Unknown fields are refused (422) rather than ignored, so that a
    misspelt field name is noticed instead of silently changing nothing."""

    model_config = ConfigDict(extra="forbid")

    @field_validator("*")
    @classmethod
    def reject_nul_characters(cls, value: Any) -> Any:
        return no_nul(value)


def _without_default(schema: dict[str, Any]) -> None:
    schema.pop("default", None)


def unset(description: str, **constraints: Any) -> Any:
    """A PATCH field: leave it out to keep the current value. ``null`` is only accepted
    where the field's type allows it (e.g. clearing a parent)."""
    return Field(None, description=description, json_schema_extra=_without_default, **constraints)


class OrganisationRef(Schema):
    """An organisation named by its slug, with its name for display."""

    slug: str = Field(..., description="The organisation's slug.")
    name: str = Field(..., description="The organisation's name.")


class BlockRef(Schema):
    """A building block named by its slug, with its name for display."""

    slug: str = Field(..., description="The building block's slug.")
    name: str = Field(..., description="The building block's name.")
