"""publiccode.yml → anker: one software building block per file, its dependencies
(``dependsOn``) and the organisations that use it (``usedBy``, as provider claims).

Identity: a block is found again by its repository ``url``, which publiccode.yml makes
globally unique, so the same file imported from a folder or a URL is one block.
Placeholders: a dependency that matches no block by name becomes a block owned by the
organisation "Unknown provider"; a ``usedBy`` name that matches no organisation (by name
or official identifier) becomes an organisation whose kind is guessed from its name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.db import transaction

from anker.catalogue.models import BlockDescription, BuildingBlock, Dependency, Tag
from anker.catalogue.services import refresh_search_document, unique_slug
from anker.interop.blocks import upsert_block
from anker.interop.provenance import provenance, record_hash
from anker.interop.publiccode.blocks import export_folder
from anker.interop.publiccode.parser import PubliccodeError, Software, parse
from anker.interop.registry import Format, ImportContext, register
from anker.interop.report import ImportReport, Outcome
from anker.organisations.models import Organisation, OrganisationIdentifier
from anker.reuse.models import DeclaredBy, Reuse
from anker.reuse.services import reuse_counts_refresh

FORMAT = "publiccode"
UNKNOWN_PROVIDER = "unknown-provider"
KIND_BY_PREFIX = {
    "comune": "local",
    "gemeente": "local",
    "municipality": "local",
    "city of": "local",
    "stad": "local",
    "ville": "local",
    "commune": "local",
    "città": "local",
    "regione": "regional",
    "provincia": "regional",
    "provincie": "regional",
    "region": "regional",
    "ministero": "central",
    "ministerie": "central",
    "ministry": "central",
    "ministère": "central",
    "università": "academic",
    "universiteit": "academic",
    "university": "academic",
    "azienda sanitaria": "healthcare",
    "asl": "healthcare",
    "ausl": "healthcare",
}


def import_publiccode(source: str, data: bytes, context: ImportContext) -> ImportReport:
    """Import one publiccode.yml file; it imports whole or not at all."""
    report = ImportReport(format=FORMAT, source=source)
    record = Path(source).name
    try:
        software = parse(data)
    except PubliccodeError as error:
        return report.reject(record, error)
    report.warnings.extend(software.warnings)
    with transaction.atomic():
        owner = context.owner or _owner(software, report)
        if owner is None:
            report.add(
                Outcome(
                    record=software.name,
                    status="rejected",
                    field="legal.repoOwner",
                    reason="no owner: the file names none; give one with --org",
                )
            )
            return report
        status, block = upsert_block(
            format=FORMAT,
            external_id=software.url,
            source=source,
            digest=record_hash(software),
            owner=owner,
            fields=_fields(software),
            set_related=lambda block: _set_texts(block, software),
            context=context,
        )
        if status != "unchanged":
            _set_dependencies(block, software, source)
            _set_used_by(block, software, source, report)
            reuse_counts_refresh(block_ids=[block.id])
    report.add(Outcome(record=software.name, status=status, entity=f"building block {block.slug}"))
    return report


def _owner(software: Software, report: ImportReport) -> Organisation | None:
    """The owner: known by IPA code, else named by the file (legal owner, then the
    affiliation of an internal maintainer), else the account that hosts the repository,
    which is said in a warning because it is a guess."""
    if software.ipa_code:
        identifier = OrganisationIdentifier.objects.filter(
            scheme="ipa", value=software.ipa_code
        ).first()
        if identifier:
            return identifier.organisation
    name = _owner_name(software)
    if not name:
        name = _repository_account(software.url)
        if not name:
            return None
        report.warnings.append(
            f"legal.repoOwner: missing; owner taken from the repository URL: {name}"
        )
    organisation = _organisation_named(name, _country(software))
    if software.ipa_code:
        OrganisationIdentifier.objects.get_or_create(
            scheme="ipa", value=software.ipa_code, defaults={"organisation": organisation}
        )
    return organisation


def _owner_name(software: Software) -> str:
    if software.main_copyright_owner or software.repo_owner:
        return software.main_copyright_owner or software.repo_owner
    if software.maintenance_type == "internal":
        affiliations = [c.affiliation for c in software.contacts if c.affiliation.strip()]
        if affiliations:
            return affiliations[0]
    return ""


def _repository_account(url: str) -> str:
    """github.com/AUSL-ReggioEmilia/Matilde → AUSL-ReggioEmilia."""
    parts = [part for part in url.split("://", 1)[-1].split("/") if part]
    return parts[1] if len(parts) >= 3 else ""


def _organisation_named(name: str, country: str = "") -> Organisation:
    """An organisation by exact name (any case) or official identifier, else a new one."""
    name = name.strip()[:300]
    found = (
        Organisation.objects.filter(name__iexact=name, merged_into__isnull=True).first()
        or Organisation.objects.filter(identifiers__value__iexact=name).first()
    )
    if found:
        return found
    lowered = name.lower()
    kind = next(
        (kind for prefix, kind in KIND_BY_PREFIX.items() if lowered.startswith(prefix)), "agency"
    )
    return Organisation.objects.create(
        slug=unique_slug(Organisation, name),
        name=name,
        kind=kind,
        is_public_sector=kind not in ("private", "non-profit", "academic"),
        country=country,
        **provenance(format=FORMAT, source="", external_id=f"name:{name}"),
    )


def _country(software: Software) -> str:
    """The country of a file with exactly one country section (it:, nl:…), else unknown."""
    countries = [code for code in software.country_sections if len(code) == 2]
    return countries[0].upper() if len(countries) == 1 else ""


def _fields(software: Software) -> dict[str, Any]:
    maintenance = (
        software.maintenance_type
        if software.maintenance_type in ("internal", "contract", "community", "none")
        else "internal"
    )
    contact = software.contacts[0] if software.contacts else None
    languages = [d.language for d in software.descriptions]
    return {
        "name": software.name[:300],
        "kind": "software",
        "lifecycle": software.lifecycle,
        "licence": software.licence[:100],
        "homepage_url": _url(software.landing_url),
        "code_url": _url(software.url),
        "version": software.software_version[:50],
        "maintenance": maintenance,
        "contact_name": (contact.name if contact else "")[:200],
        "contact_email": (contact.email if contact and "@" in contact.email else "")[:254],
        "default_language": "en" if "en" in languages or not languages else languages[0],
    }


def _url(value: str) -> str:
    return value[:500] if value.startswith(("http://", "https://")) else ""


def _set_texts(block: BuildingBlock, software: Software) -> None:
    block.descriptions.all().delete()
    BlockDescription.objects.bulk_create(
        [
            BlockDescription(
                block=block,
                language=d.language[:10],
                short_description=d.short[:300],
                long_description=_long(d),
            )
            for d in {d.language: d for d in software.descriptions}.values()
        ]
    )
    names = sorted({tag.strip().lower()[:100] for tag in software.categories if tag.strip()})
    block.tags.set([Tag.objects.get_or_create(name=name)[0] for name in names])


def _long(description: Any) -> str:
    features = "\n".join(f"- {feature}" for feature in description.features)
    return "\n\n".join(part for part in (description.long.strip(), features) if part)


def _unknown_provider() -> Organisation:
    provider, _created = Organisation.objects.get_or_create(
        slug=UNKNOWN_PROVIDER,
        defaults={
            "name": "Unknown provider",
            "kind": "private",
            "is_public_sector": False,
            "country": "",
            "source_format": FORMAT,
            "description": "Owner of blocks named as dependencies in imported files.",
        },
    )
    return provider


def _dependency_block(name: str) -> BuildingBlock:
    found = BuildingBlock.objects.filter(name__iexact=name.strip()).order_by("id").first()
    if found:
        return found
    placeholder = BuildingBlock.objects.create(
        slug=unique_slug(BuildingBlock, name),
        name=name.strip()[:300],
        kind="software",
        owner=_unknown_provider(),
        lifecycle="production",
        **provenance(format=FORMAT, source="", external_id=f"dependency:{name.strip()}"),
    )
    refresh_search_document(placeholder)  # a new block must be findable
    return placeholder


def _set_dependencies(block: BuildingBlock, software: Software, source: str) -> None:
    """The file's dependsOn, replacing what an earlier import of it recorded."""
    block.dependencies.filter(source_format=FORMAT).delete()
    for dependency in {d.name.strip(): d for d in software.depends_on if d.name.strip()}.values():
        target = _dependency_block(dependency.name)
        if target.id != block.id:
            Dependency.objects.get_or_create(
                dependent=block,
                dependency=target,
                defaults=provenance(
                    format=FORMAT,
                    source=source,
                    external_id=f"{software.url}#dependsOn:{dependency.name}",
                ),
            )


def _set_used_by(
    block: BuildingBlock, software: Software, source: str, report: ImportReport
) -> None:
    """usedBy becomes provider claims. Claims the file no longer makes are withdrawn,
    unless the reuser has confirmed them meanwhile."""
    listed = set()
    for name in software.used_by:
        organisation = _organisation_named(name, _country(software))
        if organisation.id == block.owner_id:
            report.warnings.append(f"usedBy: {name!r} is the owner itself; not recorded as reuse")
            continue
        listed.add(organisation.id)
        Reuse.objects.get_or_create(
            block=block,
            organisation=organisation,
            defaults={
                "declared_by": DeclaredBy.PROVIDER,
                "status": "in-use",
                **provenance(
                    format=FORMAT, source=source, external_id=f"{software.url}#usedBy:{name}"
                ),
            },
        )
    block.reuses.filter(source_format=FORMAT, confirmed_at__isnull=True).exclude(
        organisation_id__in=listed
    ).delete()


register(
    Format(
        name=FORMAT,
        label="publiccode.yml",
        suffixes=(".yml", ".yaml"),
        importer=import_publiccode,
        exporter=export_folder,
    )
)
