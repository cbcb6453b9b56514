"""A large synthetic ecosystem for benchmarks: thousands of organisations, 100,000
building blocks, a million reuse links. Deterministic for a given seed.

Popularity follows a power law, as in real ecosystems: a few blocks are reused by
hundreds of organisations, most by none."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.db import transaction

from anker.architecture.models import Capability
from anker.catalogue.models import BlockDescription, BuildingBlock, Dependency
from anker.catalogue.search import build_search_document
from anker.core.models import SourceFormat
from anker.organisations.models import Organisation
from anker.reuse.models import Reuse
from anker.reuse.services import reuse_counts_refresh

SYNTHETIC = SourceFormat.DEMO
BATCH = 5000
KINDS = (
    ["software"] * 4 + ["api"] * 3 + ["dataset"] * 2 + ["platform", "standard", "organisational"]
)
LIFECYCLES = [
    "idea",
    "experiment",
    "pilot",
    "production",
    "production",
    "production",
    "anchored",
    "deprecated",
    "retired",
]
OPENNESS = ["open"] * 6 + ["public-sector"] * 3 + ["restricted"]
LICENCES = [
    "EUPL-1.2",
    "EUPL-1.2",
    "MIT",
    "Apache-2.0",
    "AGPL-3.0-or-later",
    "CC-BY-4.0",
    "CC0-1.0",
    "",
]
WORDS = (
    "zaak document betaal afspraak melding vergunning register adres identiteit notificatie "
    "portaal archief geo kaart parkeer afval subsidie belasting jeugd zorg klant contact "
    "case payment appointment permit address identity notice portal archive map parking "
    "waste grant tax youth care customer data service platform gateway broker"
).split()
STATUSES = ["in-use"] * 6 + ["piloting", "evaluating", "stopped"]
Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class Size:
    organisations: int = 2000
    capabilities: int = 300
    blocks: int = 100_000
    reuse: int = 1_000_000
    max_dependencies: int = 3


def _batched(items: Iterator, size: int = BATCH) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _organisations(rng: random.Random, count: int) -> list[int]:
    kinds = ["local"] * 6 + ["central", "regional", "agency", "private", "academic", "non-profit"]
    rows = []
    for number in range(count):
        kind = rng.choice(kinds)
        rows.append(
            Organisation(
                slug=f"syn-org-{number}",
                name=f"Synthetic organisation {number}",
                kind=kind,
                is_public_sector=kind not in {"private", "academic", "non-profit"},
                country=rng.choice(["NL", "NL", "NL", "BE", "IT"]),
                source_format=SYNTHETIC,
            )
        )
    Organisation.objects.bulk_create(rows, batch_size=BATCH)
    return list(
        Organisation.objects.filter(slug__startswith="syn-org-").values_list("id", flat=True)
    )


def _capabilities(count: int) -> list[int]:
    roots = Capability.objects.bulk_create(
        [
            Capability(
                slug=f"syn-cap-{n}",
                name=f"Domain {n}",
                name_nl=f"Domein {n}",
                source_format=SYNTHETIC,
            )
            for n in range(max(1, count // 10))
        ]
    )
    Capability.objects.bulk_create(
        [
            Capability(
                slug=f"syn-cap-{len(roots) + n}",
                name=f"Capability {n}",
                name_nl=f"Vermogen {n}",
                parent=roots[n % len(roots)],
                source_format=SYNTHETIC,
            )
            for n in range(count - len(roots))
        ],
        batch_size=BATCH,
    )
    return list(Capability.objects.filter(slug__startswith="syn-cap-").values_list("id", flat=True))


def _block_rows(rng: random.Random, count: int, owners: list[int]) -> Iterator[BuildingBlock]:
    for number in range(count):
        words = rng.sample(WORDS, 3)
        name = f"{words[0].capitalize()} {words[1]} {number}"
        yield BuildingBlock(
            slug=f"syn-block-{number}",
            name=name,
            kind=rng.choice(KINDS),
            owner_id=owners[int(len(owners) * rng.random() ** 2)],
            lifecycle=rng.choice(LIFECYCLES),
            openness=rng.choice(OPENNESS),
            licence=rng.choice(LICENCES),
            source_format=SYNTHETIC,
            search_document=build_search_document(
                name=name, slug=f"syn-block-{number}", owner="", tags=words
            ),
        )


def _blocks(
    rng: random.Random, size: Size, owners: list[int], capabilities: list[int], say: Progress
) -> list[int]:
    for batch in _batched(_block_rows(rng, size.blocks, owners)):
        BuildingBlock.objects.bulk_create(batch)
        say("blocks", len(batch))
    ids = list(
        BuildingBlock.objects.filter(slug__startswith="syn-block-")
        .order_by("id")
        .values_list("id", flat=True)
    )
    through = BuildingBlock.capabilities.through
    links = (
        through(buildingblock_id=block, capability_id=rng.choice(capabilities)) for block in ids
    )
    for batch in _batched(links):
        through.objects.bulk_create(batch, ignore_conflicts=True)
    descriptions = (
        BlockDescription(
            block_id=block, language="en", short_description=f"Synthetic building block {index}."
        )
        for index, block in enumerate(ids)
    )
    for batch in _batched(descriptions):
        BlockDescription.objects.bulk_create(batch)
    return ids


def _dependencies(rng: random.Random, blocks: list[int], most: int) -> Iterator[Dependency]:
    for index, block in enumerate(blocks[1:], start=1):
        targets = {blocks[rng.randrange(index)] for _ in range(rng.randint(0, most))}
        for target in targets:
            yield Dependency(dependent_id=block, dependency_id=target, source_format=SYNTHETIC)


def _reuse(
    rng: random.Random, count: int, blocks: list[int], owners: list[int], owner_of: dict[int, int]
) -> Iterator[Reuse]:
    # Two in five blocks are never reused; among the rest, low ranks are far more popular.
    reusable = rng.sample(blocks, k=len(blocks) * 3 // 5)
    seen: set[tuple[int, int]] = set()
    attempts = 0
    while len(seen) < count and attempts < count * 3:
        attempts += 1
        block = reusable[int(len(reusable) * rng.random() ** 3)]
        organisation = rng.choice(owners)
        if organisation == owner_of[block] or (block, organisation) in seen:
            continue
        seen.add((block, organisation))
        status = rng.choice(STATUSES)
        yield Reuse(
            block_id=block,
            organisation_id=organisation,
            status=status,
            stop_reason="Replaced" if status == "stopped" else "",
            declared_by=rng.choice(["provider", "reuser"]),
            source_format=SYNTHETIC,
        )


def generate(
    *, size: Size = Size(), seed: int = 2026, progress: Progress | None = None
) -> dict[str, int]:
    """Add a synthetic ecosystem of ``size`` next to whatever is in the database."""
    rng = random.Random(seed)
    say = progress or (lambda _what, _n: None)
    with transaction.atomic():
        owners = _organisations(rng, size.organisations)
        capabilities = _capabilities(size.capabilities)
        blocks = _blocks(rng, size, owners, capabilities, say)
    owner_of = dict(BuildingBlock.objects.filter(id__in=blocks).values_list("id", "owner_id"))
    for batch in _batched(_dependencies(rng, blocks, size.max_dependencies)):
        with transaction.atomic():
            Dependency.objects.bulk_create(batch, ignore_conflicts=True)
    for batch in _batched(_reuse(rng, size.reuse, blocks, owners, owner_of)):
        with transaction.atomic():
            Reuse.objects.bulk_create(batch, ignore_conflicts=True)
        say("reuse", len(batch))
    reuse_counts_refresh(block_ids=None)
    return {
        "organisations": len(owners),
        "capabilities": len(capabilities),
        "blocks": len(blocks),
        "dependencies": Dependency.objects.count(),
        "reuse": Reuse.objects.count(),
    }
