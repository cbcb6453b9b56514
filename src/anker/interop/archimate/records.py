"""Writing what an ArchiMate element became: an organisation, a capability, a building
block or an external element, each found again by the element's identifier, left alone
when its facts are unchanged, and audited when written.

Why elements that carry ``anker:uuid`` are special: they are anker's own records coming
back (an export opened in Archi and imported again). Such a record is found by its UUID
and is not overwritten: its master is where it came from (typed in, the demo, a
publiccode.yml), and an import must not fight that source. An organisation is also found
by an official identifier or its exact name, as the publiccode importer finds them, since
organisations are the same in every source; blocks and capabilities are not found by
name, because names repeat across models."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.text import slugify

from anker.accounts.audit import audit_record, snapshot
from anker.accounts.models import AuditAction
from anker.architecture.models import Capability
from anker.catalogue.models import BlockDescription, BlockKind, BuildingBlock, Tag
from anker.catalogue.services import unique_slug
from anker.interop.archimate.mapping import Mapping, Target
from anker.interop.archimate.parser import Concept
from anker.interop.blocks import upsert_block
from anker.interop.models import ExternalElement, ExternalProperty
from anker.interop.provenance import provenance, record_hash
from anker.interop.publiccode.importer import KIND_BY_PREFIX
from anker.interop.registry import ImportContext
from anker.organisations.models import (
    PUBLIC_SECTOR_KINDS,
    IdentifierScheme,
    Organisation,
    OrganisationIdentifier,
    OrganisationKind,
)
from anker.organisations.services import organisation_snapshot

FORMAT = "archimate"
OWN = "anker:"  # anker's own properties: written fresh by every export, never kept
Warn = Callable[[str], None]


@dataclass(frozen=True)
class Element:
    """An element ready to be written: what it becomes, the values its properties give,
    the properties kept as they are, and the hash of all of it."""

    concept: Concept
    target: Target
    name: str
    fields: dict[str, Any]
    kept: tuple[tuple[str, str], ...]
    digest: str
    uuid: uuid.UUID | None = None
    slug: str = ""
    tags: tuple[str, ...] = ()
    identifiers: tuple[tuple[str, str], ...] = field(default=())

    @property
    def documentation(self) -> dict[str, str]:
        """Documentation by language (as the file writes it); a text without one counts
        as English."""
        texts: dict[str, str] = {}
        for lang, text in self.concept.documentation:
            if text:
                texts.setdefault(lang or "en", text)
        return texts


def prepare(concept: Concept, target: Target, mapping: Mapping, warn: Warn) -> Element:
    """The element's values: mapped fields converted (a bad value is warned about and
    left out), anker's identity properties read, every other property kept."""
    mapped = mapping.fields.get(target.entity, {})
    values: dict[str, Any] = {}
    for key, value in concept.properties:
        if key in mapped and value:
            converted = convert(mapped[key], value)
            if converted is None:
                warn(f"{concept.label()}: {key}: {value!r} is not a valid {mapped[key]}; ignored")
            else:
                values[mapped[key]] = converted
    own = [(key, value) for key, value in concept.properties if key.startswith(OWN)]
    kept = tuple((k, v) for k, v in concept.properties if not k.startswith(OWN) and k not in mapped)
    return Element(
        concept=concept,
        target=target,
        name=concept.name[:300],
        fields=values,
        kept=kept,
        digest=record_hash(
            {
                "target": str(target),
                "names": sorted({(lang or "en", text) for lang, text in concept.names}),
                "documentation": sorted(_documentation(concept)),
                "properties": list(concept.properties),
            }
        ),
        uuid=_uuid(dict(own).get("anker:uuid", "")),
        slug=_slug(dict(own).get("anker:slug", "")),
        tags=tuple(value[:100] for key, value in own if key == "anker:tag" and value),
        identifiers=tuple(_identifiers(value for key, value in own if key == "anker:identifier")),
    )


def _documentation(concept: Concept) -> set[tuple[str, str]]:
    return {(lang or "en", text) for lang, text in concept.documentation if text}


def _slug(value: str) -> str:
    """anker's exported slug, if it is one (a slug that came in edited is not used)."""
    return value if value and len(value) <= 120 and slugify(value) == value else ""


def _uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value.strip())
    except (ValueError, AttributeError):
        return None


def _identifiers(values: Iterable[str]) -> Iterable[tuple[str, str]]:
    for value in values:
        scheme, _, code = value.partition(":")
        if scheme.strip().lower() in IdentifierScheme.values and code.strip():
            yield scheme.strip().lower(), code.strip()[:100]


# --- values of mapped fields -------------------------------------------------------------------

CHOICES = {
    "kind": tuple(OrganisationKind.values),
    "lifecycle": ("idea", "experiment", "pilot", "production", "anchored", "deprecated", "retired"),
    "openness": ("open", "public-sector", "restricted"),
    "maintenance": ("internal", "contract", "community", "none"),
}
LENGTHS = {
    "licence": 100, "version": 50, "contact_name": 200, "default_language": 10, "country": 2,
}  # fmt: skip
URLS = ("website", "homepage_url", "code_url", "docs_url", "spec_url")
TRUE, FALSE = ("true", "yes", "ja", "1"), ("false", "no", "nee", "0")


def convert(name: str, value: str) -> Any:
    """The value for field ``name``, or None when ``value`` does not fit it."""
    value = value.strip()
    if name in CHOICES:
        return value.lower() if value.lower() in CHOICES[name] else None
    if name in URLS:
        fits = value.startswith(("http://", "https://")) and len(value) <= 500 and " " not in value
        return value if fits else None
    if name == "is_public_sector":
        lowered = value.lower()
        return True if lowered in TRUE else False if lowered in FALSE else None
    if name == "position":
        return int(value) if value.isdigit() and len(value) < 9 else None
    if name == "contact_email":
        return value if "@" in value and len(value) <= 254 and " " not in value else None
    if name == "country":
        return value.upper() if len(value) == 2 and value.isalpha() else None
    return value[: LENGTHS.get(name, 300)]


# --- kept properties ----------------------------------------------------------------------------


def keep_properties(
    instance: models.Model, pairs: Iterable[tuple[str, str]], *, new: bool = False
) -> bool:
    """Store ``pairs`` as the instance's ArchiMate properties, replacing earlier ones;
    False when they were already exactly these. ``new``: the instance was just created,
    so there is nothing to compare or replace (a large model saves thousands of queries)."""
    content_type = ContentType.objects.get_for_model(type(instance))
    wanted = [(key[:300], value) for key, value in pairs]
    if new and not wanted:
        return False
    if not new:
        rows = ExternalProperty.objects.filter(
            content_type=content_type, object_id=instance.pk, source_format=FORMAT
        )
        if list(rows.order_by("position", "id").values_list("key", "value")) == wanted:
            return False
        rows.delete()
    ExternalProperty.objects.bulk_create(
        ExternalProperty(
            content_type=content_type,
            object_id=instance.pk,
            source_format=FORMAT,
            key=key,
            value=value,
            position=position,
        )
        for position, (key, value) in enumerate(wanted)
    )
    return True


def _anker_own(model: type[models.Model], element: Element) -> Any:
    """The record anker exported as this element, when it was not imported from it."""
    if element.uuid is None:
        return None
    return model.objects.filter(uuid=element.uuid).first()


def _adopted(instance: Any, element: Element) -> tuple[str, Any]:
    """A record the model describes but does not own: only its kept properties change."""
    return ("updated" if keep_properties(instance, element.kept) else "unchanged"), instance


def _new_identity(model: type[models.Model], element: Element) -> dict[str, Any]:
    """The exported UUID and slug for a new record, where still free: a round trip into
    an empty database then keeps anker's addresses."""
    identity: dict[str, Any] = {}
    if element.uuid and not model.objects.filter(uuid=element.uuid).exists():
        identity["uuid"] = element.uuid
    if element.slug and not model.objects.filter(slug=element.slug).exists():
        identity["slug"] = element.slug
    return identity


def _found(model: type[models.Model], element: Element) -> Any:
    return model.objects.filter(
        source_format=FORMAT, external_id=element.concept.identifier[:500]
    ).first()


def _save(
    model: type[models.Model],
    found: Any,
    element: Element,
    values: dict[str, Any],
    source: str,
    context: ImportContext,
    take_snapshot: Callable[[Any], dict[str, Any]] = snapshot,
) -> tuple[str, Any]:
    """Create or update a record with provenance, audit it, keep its properties."""
    values = {
        **values,
        **provenance(
            format=FORMAT,
            source=source,
            external_id=element.concept.identifier,
            digest=element.digest,
        ),
    }
    before = take_snapshot(found) if found else None
    if found is None:
        identity = _new_identity(model, element)
        found = model(slug=identity.pop("slug", "") or unique_slug(model, values["name"]))
        for name, value in identity.items():
            setattr(found, name, value)
    for name, value in values.items():
        setattr(found, name, value)
    found.save()
    keep_properties(found, element.kept, new=before is None)
    audit_record(
        actor=context.actor,
        action=AuditAction.UPDATE if before else AuditAction.CREATE,
        instance=found,
        before=before,
        after=take_snapshot(found),
        via=context.via,
    )
    return ("updated" if before else "accepted"), found


# --- the records ------------------------------------------------------------------------------


def write_organisation(element: Element, source: str, context: ImportContext) -> tuple[str, Any]:
    found = _found(Organisation, element)
    if found is None:
        other = _anker_own(Organisation, element) or _organisation_known(element)
        if other is not None:
            return _adopted(other, element)
    elif found.source_hash == element.digest:
        return "unchanged", found
    kind = element.fields.get("kind") or _guessed_kind(element.name)
    values = {
        "name": element.name,
        "description": "\n\n".join(element.documentation.values()),
        "kind": kind,
        "is_public_sector": element.fields.get("is_public_sector", kind in PUBLIC_SECTOR_KINDS),
        "country": element.fields.get("country", found.country if found else ""),
        "website": element.fields.get("website", found.website if found else ""),
    }
    status, organisation = _save(
        Organisation, found, element, values, source, context, organisation_snapshot
    )
    for scheme, code in element.identifiers:
        OrganisationIdentifier.objects.get_or_create(
            scheme=scheme, value=code, defaults={"organisation": organisation}
        )
    return status, organisation


def _organisation_known(element: Element) -> Organisation | None:
    """The organisation anker already knows under an official identifier or this name.
    Not by the name of one an ArchiMate model made: two actors of one model that share a
    name stay two."""
    for scheme, code in element.identifiers:
        known = OrganisationIdentifier.objects.filter(scheme=scheme, value=code).first()
        if known:
            return known.organisation
    known = Organisation.objects.filter(name__iexact=element.name, merged_into__isnull=True)
    return known.exclude(source_format=FORMAT).first()


def _guessed_kind(name: str) -> str:
    """From the name's first words as the publiccode importer guesses; else "agency",
    anker's kind for a public body it cannot place."""
    lowered = name.lower()
    return next((kind for prefix, kind in KIND_BY_PREFIX.items() if lowered.startswith(prefix)),
                "agency")  # fmt: skip


def write_capability(element: Element, source: str, context: ImportContext) -> tuple[str, Any]:
    found = _found(Capability, element)
    if found is None:
        other = _anker_own(Capability, element)
        if other is not None:
            return _adopted(other, element)
    elif found.source_hash == element.digest:
        return "unchanged", found
    concept = element.concept
    values = {
        "name": (concept.name_in("en") or concept.name)[:200],
        "name_nl": concept.name_in("nl")[:200],
        "description": element.documentation.get("en")
        or next(iter(element.documentation.values()), ""),
        "position": element.fields.get("position", found.position if found else 0),
    }
    return _save(Capability, found, element, values, source, context)


def write_block(
    element: Element, owner: Organisation, source: str, context: ImportContext
) -> tuple[str, Any]:
    identifier = element.concept.identifier
    if element.uuid is not None:  # perhaps anker's own block coming back
        mine = BuildingBlock.objects.filter(source_format=FORMAT, external_id=identifier[:500])
        other = None if mine.exists() else _anker_own(BuildingBlock, element)
        if other is not None:
            return _adopted(other, element)
    languages = list(element.documentation)
    fields = {"name": element.name, "kind": element.target.kind or BlockKind.SOFTWARE}
    if languages and "default_language" not in element.fields:
        fields["default_language"] = "en" if "en" in languages else languages[0][:10]
    free = element.uuid and "uuid" in _new_identity(BuildingBlock, element)
    defaults = {"uuid": element.uuid} if free else {}
    return upsert_block(
        format=FORMAT,
        external_id=identifier,
        source=source,
        digest=element.digest,
        owner=owner,
        fields={**fields, **element.fields},
        defaults=defaults,
        set_related=lambda block: _set_block_details(block, element),
        context=context,
    )


def _set_block_details(block: BuildingBlock, element: Element) -> None:
    block.descriptions.all().delete()
    BlockDescription.objects.bulk_create(
        BlockDescription(block=block, language=language[:10], **split_documentation(text))
        for language, text in element.documentation.items()
    )
    if element.tags:
        block.tags.set([Tag.objects.get_or_create(name=name)[0] for name in element.tags])
    keep_properties(block, element.kept)


def split_documentation(text: str) -> dict[str, str]:
    """A short description (the first paragraph, when it fits) and the long one (the
    rest); the exporter writes them back as ``short + blank line + long``."""
    first, _, rest = text.strip().partition("\n\n")
    if len(first) <= 300:
        return {"short_description": first, "long_description": rest.strip()}
    return {"short_description": first[:299].rstrip() + "…", "long_description": text.strip()}


def write_external(element: Element, source: str) -> tuple[str, Any]:
    """An element anker has no model for yet, kept whole for the feature that will."""
    identifier = element.concept.identifier[:500]
    found = ExternalElement.objects.filter(source_format=FORMAT, external_id=identifier).first()
    if found is not None and found.source_hash == element.digest:
        return "unchanged", found
    concept = element.concept
    values = {
        "source_url": source[:1000],
        "element_type": concept.type[:100],
        "name": element.name[:500],
        "source_hash": element.digest,
        "data": {
            "names": [list(pair) for pair in concept.names],
            "documentation": [list(pair) for pair in concept.documentation],
            "properties": [list(pair) for pair in concept.properties],
        },
    }
    external, created = ExternalElement.objects.update_or_create(
        source_format=FORMAT, external_id=identifier, defaults=values
    )
    return ("accepted" if created else "updated"), external
