"""OpenAPI 3.x / Swagger 2.0 → anker: one ``api`` building block per document.

Identity: the document has no identifier of its own, so its location is the record's
identity: importing the same location again updates that block (a new release of the
spec changes it in place). Owner: ``--org``, else the organisation named as the
document's contact; without either the document is rejected with that reason.

Each import also scores the document as published against the API Design Rules
(``adr``): a new ``ApiDesignScore`` whenever the document differs from the one last
scored, so the block keeps a score history."""

from __future__ import annotations

import logging
import re
from dataclasses import asdict
from dataclasses import fields as dataclass_fields
from pathlib import Path
from typing import Any

from django.db import transaction

from anker.catalogue.models import (
    ApiDesignScore,
    ApiSpecification,
    BlockDescription,
    BuildingBlock,
    Tag,
)
from anker.interop.blocks import upsert_block
from anker.interop.openapi import adr

# The parser keeps only the resolved document; the design rules read it as published.
from anker.interop.openapi.parser import ApiSpec, OpenApiError, load_published, parse
from anker.interop.provenance import record_hash
from anker.interop.registry import Format, ImportContext, register
from anker.interop.report import ImportReport, Outcome
from anker.organisations.models import Organisation

FORMAT = "openapi"
SHORT = 300
logger = logging.getLogger(__name__)


def import_openapi(source: str, data: bytes, context: ImportContext) -> ImportReport:
    """Import one API document; it imports whole or not at all."""
    report = ImportReport(format=FORMAT, source=source)
    record = Path(source).name
    try:
        spec = parse(data)
    except OpenApiError as error:
        return report.reject(record, error)
    report.warnings.extend(spec.warnings)
    with transaction.atomic():
        owner = context.owner or _contact_organisation(spec)
        if owner is None:
            report.add(
                Outcome(
                    record=spec.title,
                    status="rejected",
                    field="/info/contact",
                    reason="no owner: the document names no contact organisation "
                    "known to anker; give one with --org",
                )
            )
            return report
        status, block = upsert_block(
            format=FORMAT,
            external_id=source,
            source=source,
            digest=record_hash(_facts(spec)),
            owner=owner,
            fields=_fields(spec, source),
            defaults={"lifecycle": "production"},
            set_related=lambda block: _set_details(block, spec),
            context=context,
        )
        _score_design(block, data, report)
    report.add(Outcome(record=spec.title, status=status, entity=f"building block {block.slug}"))
    return report


def _contact_organisation(spec: ApiSpec) -> Organisation | None:
    """The contact's organisation, if anker knows it by name or official identifier: a
    contact name is often a team or a person, so no organisation is made up from it."""
    name = spec.contact_name.strip()
    if not name:
        return None
    return (
        Organisation.objects.filter(name__iexact=name, merged_into__isnull=True).first()
        or Organisation.objects.filter(identifiers__value__iexact=name).first()
    )


SPDX_LIKE = re.compile(r"^[A-Za-z][A-Za-z0-9.+-]*$")
IN_BRACKETS = re.compile(r"\(([A-Za-z][A-Za-z0-9.+-]*)\)")


def _licence(spec: ApiSpec) -> str:
    """The SPDX identifier: given (3.1), in brackets ("… (EUPL-1.2)"), or a short name
    such as "EUPL 1.2" or "Apache 2.0" written as an identifier. Else none is guessed."""
    if spec.licence_identifier:
        return spec.licence_identifier[:100]
    name = spec.licence_name.strip()
    bracketed = IN_BRACKETS.search(name)
    if bracketed:
        return bracketed.group(1)[:100]
    candidate = name.replace(" ", "-")
    return candidate[:100] if name.count(" ") <= 1 and SPDX_LIKE.match(candidate) else ""


def _url(value: str) -> str:
    return value[:500] if value.startswith(("http://", "https://")) else ""


def _fields(spec: ApiSpec, source: str) -> dict[str, Any]:
    return {
        "name": spec.title[:300],
        "kind": "api",
        "version": spec.version[:50],
        "licence": _licence(spec),
        "docs_url": _url(spec.external_docs_url),
        "homepage_url": _url(spec.contact_url),
        "spec_url": _url(source),
        "contact_name": spec.contact_name[:200],
        "contact_email": spec.contact_email[:254] if "@" in spec.contact_email else "",
    }


def _facts(spec: ApiSpec) -> dict[str, Any]:
    """What is hashed: everything but the resolved document (asdict would copy it)."""
    return {f.name: getattr(spec, f.name) for f in dataclass_fields(spec) if f.name != "document"}


def _set_details(block: BuildingBlock, spec: ApiSpec) -> None:
    short = spec.summary or spec.description.strip().split("\n", 1)[0]
    BlockDescription.objects.update_or_create(
        block=block,
        language="en",
        defaults={"short_description": short[:SHORT], "long_description": spec.description.strip()},
    )
    names = sorted({tag.strip().lower()[:100] for tag in spec.tags if tag.strip()})[:50]
    block.tags.set([Tag.objects.get_or_create(name=name)[0] for name in names])
    ApiSpecification.objects.update_or_create(
        block=block,
        defaults={
            "family": spec.family,
            "spec_version": spec.spec_version[:20],
            "paths": spec.paths,
            "operations": spec.operations,
            "servers": [asdict(server) for server in spec.servers][:50],
            "security_schemes": [asdict(scheme) for scheme in spec.security_schemes][:50],
        },
    )


def _score_design(block: BuildingBlock, data: bytes, report: ImportReport) -> None:
    """Score the document as published, unless this very document was scored last. A
    fault in the scoring is logged and reported; it never costs the import itself."""
    try:
        published = load_published(data)  # parse() has read these bytes already
    except Exception as error:  # noqa: BLE001
        _not_scored(block, report, error)
        return
    digest = record_hash(published)
    last = (
        ApiDesignScore.objects.filter(block=block, ruleset=adr.RULESET)
        .order_by("-created", "-id")
        .values_list("source_hash", flat=True)
        .first()
    )
    if last == digest:
        return
    try:
        result = adr.score(published)
    except Exception as error:  # noqa: BLE001
        _not_scored(block, report, error)
        return
    ApiDesignScore.objects.create(
        block=block,
        ruleset=result.ruleset,
        score=result.score,
        rules_checked=result.rules_checked,
        rules_failed=len(result.rules_failed),
        findings=result.grouped_findings(),
        source_hash=digest,
    )


def _not_scored(block: BuildingBlock, report: ImportReport, error: Exception) -> None:
    logger.exception("API design rules not scored for %s", block.slug)
    report.warnings.append(f"/: API design rules not scored ({type(error).__name__})")


register(
    Format(
        name=FORMAT,
        label="OpenAPI / Swagger",
        suffixes=(".yaml", ".yml", ".json"),
        importer=import_openapi,
    )
)
