"""Turning the slugs a request names into the objects services expect.

A slug in the request body that points nowhere is invalid input (422, naming the
field), not a missing resource: the address itself was found. A block the caller may
not see is reported exactly like one that does not exist, so that restricted blocks
are never revealed by probing."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from anker.architecture.models import Capability
from anker.catalogue.models import BuildingBlock
from anker.catalogue.selectors import visible_blocks
from anker.organisations.models import Organisation


def _unknown(field: str, slug: str, what: str) -> ValidationError:
    return ValidationError(
        {
            field: [
                ValidationError(
                    _("There is no %(what)s %(slug)r.") % {"what": what, "slug": slug},
                    code="unknown",
                )
            ]
        }
    )


def organisation_ref(slug: str, *, field: str) -> Organisation:
    """An active organisation (not one merged away) by slug."""
    try:
        return Organisation.objects.get(slug=slug, merged_into__isnull=True)
    except Organisation.DoesNotExist:
        raise _unknown(field, slug, _("organisation")) from None


def block_ref(user: Any, slug: str, *, field: str) -> BuildingBlock:
    """A block the caller may see, by slug."""
    try:
        return visible_blocks(user).select_related("owner").get(slug=slug)
    except BuildingBlock.DoesNotExist:
        raise _unknown(field, slug, _("building block")) from None


def capability_ref(slug: str, *, field: str) -> Capability:
    try:
        return Capability.objects.get(slug=slug)
    except Capability.DoesNotExist:
        raise _unknown(field, slug, _("capability")) from None


def capability_refs(slugs: Iterable[str], *, field: str) -> list[Capability]:
    wanted = list(dict.fromkeys(slugs))
    found = {c.slug: c for c in Capability.objects.filter(slug__in=wanted)}
    for slug in wanted:
        if slug not in found:
            raise _unknown(field, slug, _("capability"))
    return [found[slug] for slug in wanted]
