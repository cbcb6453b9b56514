"""Load (or reload) the demo ecosystem from the code-reviewed data in ``demo/data``.

Bulk inserts in one transaction: the whole demo loads in about a second. Every entity
is marked with source format ``demo`` so that the catalogue says where it came from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from anker.accounts.models import AuditEvent, MemberRole, Membership, PlatformRole, User
from anker.architecture.models import Capability
from anker.catalogue.models import (
    BlockDescription,
    BuildingBlock,
    Dependency,
    SecurityEvidence,
    StandardCompliance,
    Tag,
)
from anker.catalogue.search import build_search_document
from anker.core.models import SourceFormat
from anker.organisations.models import Organisation, OrganisationIdentifier
from anker.reuse.models import Reuse
from anker.reuse.services import reuse_counts_refresh

DEMO = SourceFormat.DEMO
DEMO_PASSWORD = "anker-demo"
# username → (organisation slug or None, role, platform role); see README "Demo accounts".
DEMO_USERS: dict[str, tuple[str | None, str, str]] = {
    "regisseur": (None, MemberRole.VIEWER, PlatformRole.COORDINATOR),
}
DEMO_USERNAMES = ("regisseur", "orgadmin", "editor", "viewer")
Progress = Callable[[str], None]


def _aware(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    return timezone.make_aware(dt.datetime.fromisoformat(value).replace(hour=12))


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def wipe_ecosystem() -> None:
    """Delete every organisation, block, capability, reuse and audit event (users stay)."""
    from anker.citizenservices.demo import wipe_citizen_services
    from anker.cocreation.demo import wipe_ideas
    from anker.portfolio.demo import wipe_portfolio

    wipe_ideas()
    wipe_citizen_services()
    wipe_portfolio()  # initiatives protect their owner organisations
    Reuse.objects.all().delete()
    Dependency.objects.all().delete()
    BuildingBlock.objects.all().delete()
    Tag.objects.all().delete()
    Capability.objects.filter(parent__isnull=False).update(parent=None)
    Capability.objects.all().delete()
    Membership.objects.all().delete()
    OrganisationIdentifier.objects.all().delete()
    Organisation.objects.update(parent=None, merged_into=None)
    Organisation.objects.all().delete()
    AuditEvent.objects.all().delete()


def _load_organisations(data: list[dict[str, Any]]) -> dict[str, Organisation]:
    from anker.organisations.models import PUBLIC_SECTOR_KINDS

    organisations = Organisation.objects.bulk_create(
        [
            Organisation(
                slug=item["slug"],
                name=item["name"],
                kind=item["kind"],
                country=item["country"],
                is_public_sector=item["kind"] in PUBLIC_SECTOR_KINDS,
                website=item["website"],
                description=item["description"],
                source_format=DEMO,
                external_id=item["slug"],
            )
            for item in data
        ]
    )
    by_slug = {o.slug: o for o in organisations}
    for item in data:
        if item["parent"]:
            by_slug[item["slug"]].parent = by_slug[item["parent"]]
    Organisation.objects.bulk_update(organisations, ["parent"])
    OrganisationIdentifier.objects.bulk_create(
        [
            OrganisationIdentifier(organisation=by_slug[item["slug"]], scheme=scheme, value=value)
            for item in data
            for scheme, value in item["identifiers"]
        ]
    )
    return by_slug


def _load_capabilities(data: list[dict[str, Any]]) -> dict[str, Capability]:
    capabilities = Capability.objects.bulk_create(
        [
            Capability(
                slug=item["slug"],
                name=item["name"],
                name_nl=item["name_nl"],
                description=item["description"],
                position=index,
                source_format=DEMO,
                external_id=item["slug"],
            )
            for index, item in enumerate(data)
        ]
    )
    by_slug = {c.slug: c for c in capabilities}
    for item in data:
        if item["parent"]:
            by_slug[item["slug"]].parent = by_slug[item["parent"]]
    Capability.objects.bulk_update(capabilities, ["parent"])
    return by_slug


BLOCK_FIELDS = (
    "name",
    "kind",
    "lifecycle",
    "openness",
    "licence",
    "homepage_url",
    "code_url",
    "docs_url",
    "spec_url",
    "version",
    "maintenance",
    "contact_name",
    "contact_email",
    "default_language",
)


def _load_blocks(
    data: list[dict[str, Any]],
    organisations: dict[str, Organisation],
    capabilities: dict[str, Capability],
) -> dict[str, BuildingBlock]:
    blocks = BuildingBlock.objects.bulk_create(
        [
            BuildingBlock(
                slug=item["slug"],
                owner=organisations[item["owner"]],
                last_verified_at=_aware(item["last_verified"]),
                source_format=DEMO,
                external_id=item["slug"],
                **{name: item[name] for name in BLOCK_FIELDS},
            )
            for item in data
        ]
    )
    by_slug = {b.slug: b for b in blocks}
    tags = {
        name: Tag.objects.get_or_create(name=name)[0]
        for name in sorted({t for item in data for t in item["tags"]})
    }
    BuildingBlock.tags.through.objects.bulk_create(
        [
            BuildingBlock.tags.through(buildingblock=by_slug[item["slug"]], tag=tags[name])
            for item in data
            for name in item["tags"]
        ]
    )
    BuildingBlock.capabilities.through.objects.bulk_create(
        [
            BuildingBlock.capabilities.through(
                buildingblock=by_slug[item["slug"]], capability=capabilities[slug]
            )
            for item in data
            for slug in item["capabilities"]
        ]
    )
    BlockDescription.objects.bulk_create(
        [
            BlockDescription(
                block=by_slug[item["slug"]],
                language=language,
                short_description=short,
                long_description=long,
            )
            for item in data
            for language, (short, long) in item["descriptions"].items()
        ]
    )
    _load_block_edges(data, by_slug)
    for item in data:
        block = by_slug[item["slug"]]
        block.search_document = build_search_document(
            name=block.name,
            slug=block.slug,
            owner=block.owner.name,
            licence=block.licence,
            tags=item["tags"],
            capabilities=[
                (capabilities[c].name, capabilities[c].name_nl) for c in item["capabilities"]
            ],
            descriptions=item["descriptions"].values(),
        )
    BuildingBlock.objects.bulk_update(blocks, ["search_document"], batch_size=500)
    return by_slug


def _load_block_edges(data: list[dict[str, Any]], blocks: dict[str, BuildingBlock]) -> None:
    Dependency.objects.bulk_create(
        [
            Dependency(
                dependent=blocks[item["slug"]], dependency=blocks[target], source_format=DEMO
            )
            for item in data
            for target in item["depends_on"]
        ]
    )
    StandardCompliance.objects.bulk_create(
        [
            StandardCompliance(
                block=blocks[item["slug"]],
                standard=blocks[standard],
                status=status,
                explanation=explanation,
            )
            for item in data
            for standard, status, explanation in item["complies_with"]
        ]
    )
    SecurityEvidence.objects.bulk_create(
        [
            SecurityEvidence(
                block=blocks[item["slug"]], kind=kind, date=_date(date), url=url, note=note
            )
            for item in data
            for kind, date, url, note in item["evidence"]
        ]
    )


def _load_reuse(
    data: list[dict[str, Any]],
    organisations: dict[str, Organisation],
    blocks: dict[str, BuildingBlock],
) -> int:
    created = Reuse.objects.bulk_create(
        [
            Reuse(
                block=blocks[item["block"]],
                organisation=organisations[item["organisation"]],
                mode=item["mode"],
                status=item["status"],
                since=_date(item["since"]),
                until=_date(item["until"]),
                stop_reason=item["stop_reason"],
                declared_by=item["declared_by"],
                evidence_url=item["evidence_url"],
                confirmed_at=_aware(item["since"]) if item["confirmed"] else None,
                source_format=DEMO,
            )
            for item in data
        ],
        batch_size=1000,
    )
    return len(created)


def _load_users(organisations: dict[str, Organisation]) -> int:
    """Demo accounts (password ``anker-demo``): a coordinator, and an editor, org-admin and
    viewer for the first municipality in the data."""
    municipality = next(o for o in organisations.values() if o.kind == "local")
    users = dict(DEMO_USERS)
    users.update(
        {
            "editor": (municipality.slug, MemberRole.EDITOR, ""),
            "orgadmin": (municipality.slug, MemberRole.ORG_ADMIN, ""),
            "viewer": (municipality.slug, MemberRole.VIEWER, ""),
        }
    )
    password = make_password(DEMO_PASSWORD)  # hashed once: hashing is slow on purpose
    for username, (organisation_slug, role, platform_role) in users.items():
        user, _created = User.objects.get_or_create(username=username)
        user.platform_role = platform_role
        user.email = f"{username}@demo.anker.example"
        user.password = password
        user.save()
        if organisation_slug:
            Membership.objects.update_or_create(
                user=user, organisation=organisations[organisation_slug], defaults={"role": role}
            )
    return len(users)


@transaction.atomic
def load_demo(reset: bool = False, progress: Progress | None = None) -> dict[str, int]:
    """Load the demo ecosystem. Returns counts by entity. With ``reset`` the existing
    ecosystem is wiped first; without it, a database that already holds organisations
    is left alone (counts of what is there are returned)."""
    from anker.citizenservices.demo import load_citizen_services
    from anker.demo.data.blocks import BLOCKS
    from anker.demo.data.capabilities import CAPABILITIES
    from anker.demo.data.organisations import ORGANISATIONS
    from anker.demo.data.reuse import reuses
    from anker.reuse.demo import load_exchange_requests

    say = progress or (lambda _message: None)
    if reset:
        say("Removing the existing ecosystem")
        wipe_ecosystem()
    elif Organisation.objects.exists():
        return current_counts()
    say("Organisations")
    organisations = _load_organisations(ORGANISATIONS)
    say("Capability map")
    capabilities = _load_capabilities(CAPABILITIES)
    say("Building blocks")
    blocks = _load_blocks(BLOCKS, organisations, capabilities)
    say("Reuse")
    _load_reuse(reuses(), organisations, blocks)
    reuse_counts_refresh()
    say("Citizen services")
    load_citizen_services(organisations, blocks)
    say("Portfolio")
    _load_portfolio(organisations, blocks, capabilities)
    say("Demo accounts")
    _load_users(organisations)
    say("Exchange requests")
    load_exchange_requests(organisations, blocks)  # after the accounts: it notifies them
    say("Ideas")
    _load_ideas(organisations, blocks)  # after the portfolio and the accounts it names
    return current_counts()


def _load_ideas(organisations: dict[str, Organisation], blocks: dict[str, BuildingBlock]) -> None:
    from anker.cocreation.demo import load_ideas

    load_ideas(organisations, blocks)


def _load_portfolio(
    organisations: dict[str, Organisation],
    blocks: dict[str, BuildingBlock],
    capabilities: dict[str, Capability],
) -> None:
    """Initiatives after reuse: their stage gates check the reuse of what they produced."""
    from anker.demo.data.initiatives import INITIATIVES
    from anker.portfolio.demo import load_portfolio

    load_portfolio(
        INITIATIVES, organisations=organisations, blocks=blocks, capabilities=capabilities
    )


def current_counts() -> dict[str, int]:
    from anker.citizenservices.demo import citizen_service_counts
    from anker.cocreation.demo import idea_counts
    from anker.reuse.demo import exchange_counts

    return {
        "organisations": Organisation.objects.count(),
        "capabilities": Capability.objects.count(),
        "building blocks": BuildingBlock.objects.count(),
        "dependencies": Dependency.objects.count(),
        "reuse": Reuse.objects.count(),
        "users": User.objects.count(),
        **citizen_service_counts(),
        **exchange_counts(),
        **_portfolio_counts(),
        **idea_counts(),
    }


def _portfolio_counts() -> dict[str, int]:
    from anker.portfolio.models import Initiative, KpiMeasurement, StageDecision

    return {
        "initiatives": Initiative.objects.count(),
        "stage decisions": StageDecision.objects.count(),
        "KPI measurements": KpiMeasurement.objects.count(),
    }
