"""Duplication analytics (PRODUCT.md §4, Insights): where organisations built the same
thing twice.

* **Convergence candidates**: a capability realised by two or more blocks of the same
  kind, of different owners, that neither depend on each other nor are reused by each
  other's owner: the places where one block could serve everyone.
* **Near-duplicates**: pairs of blocks of different owners whose name and descriptions
  read alike, scored by the cosine similarity of TF-IDF vectors over character 3- to
  5-grams (scikit-learn). Character n-grams need no stemmer or stop-word list, so Dutch,
  English, Italian and French text is treated alike, and cognates such as *afspraken* /
  *appointments* do not need to match as whole words.

Only blocks the reader may see take part. Retired and deprecated blocks are on their way
out already and take no part either."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from anker.catalogue.models import Lifecycle
from anker.insights.refs import BlockRef, CapabilityRef, block_refs

# Calibrated on the demo: its real near-duplicates (two tree registers, two waste-calendar
# APIs, two appointment planners) score 0.35 to 0.46; unrelated blocks stay below 0.3.
DEFAULT_THRESHOLD = 0.35
SETTLED = frozenset({str(Lifecycle.RETIRED), str(Lifecycle.DEPRECATED)})
# Rows of the similarity matrix computed at once: bounds memory at large catalogues.
ROWS_PER_STEP = 500


@dataclass(frozen=True)
class SimilarPair:
    """Two blocks of different owners whose texts are alike; ``score`` in [0, 1]."""

    first: BlockRef
    second: BlockRef
    score: float


@dataclass(frozen=True)
class ConvergenceCandidate:
    """Blocks of one ``kind`` realising ``capability``, each of a different owner than at
    least one other of them it is unrelated to. ``pairs``: the unrelated pairs of
    different owners; ``best_score``: the highest text similarity among those pairs."""

    capability: CapabilityRef
    kind: str
    blocks: list[BlockRef]
    owners: int
    pairs: int
    best_score: float


@dataclass
class Duplication:
    """The duplication part of the dashboard; near-duplicates scored ``threshold`` or
    more, best first."""

    threshold: float
    candidates: list[ConvergenceCandidate]
    near_duplicates: list[SimilarPair]
    blocks_compared: int


def block_texts(block_ids: Iterable[int], blocks: dict[int, BlockRef]) -> dict[int, str]:
    """Each block's name followed by its short and long descriptions in every language."""
    from anker.catalogue.models import BlockDescription

    texts = {pk: [blocks[pk].name] for pk in block_ids}
    rows = BlockDescription.objects.filter(block_id__in=list(texts)).values_list(
        "block_id", "short_description", "long_description"
    )
    for block, short, long in rows.order_by("block_id", "language"):
        texts[block] += [short, long]
    return {pk: " ".join(part for part in parts if part) for pk, parts in texts.items()}


class TextIndex:
    """TF-IDF vectors of block texts: character 3- to 5-grams within word boundaries,
    accents folded, sub-linear term frequency (a long description does not outweigh a
    name), each vector of length 1 so that a dot product is the cosine similarity."""

    def __init__(self, texts: dict[int, str]) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.ids = sorted(texts)
        self.row = {pk: index for index, pk in enumerate(self.ids)}
        self.matrix = None
        if self.ids:
            vectorizer = TfidfVectorizer(
                analyzer="char_wb", ngram_range=(3, 5), strip_accents="unicode", sublinear_tf=True
            )
            self.matrix = vectorizer.fit_transform([texts[pk] for pk in self.ids])

    def score(self, first: int, second: int) -> float:
        """The cosine similarity of two blocks' texts."""
        if self.matrix is None or first not in self.row or second not in self.row:
            return 0.0
        product = self.matrix[self.row[first]].multiply(self.matrix[self.row[second]]).sum()
        return round(float(product), 4)

    def similar(self, threshold: float) -> dict[frozenset[int], float]:
        """Every pair scoring at least ``threshold``. Time grows with the square of the
        number of texts; ``ROWS_PER_STEP`` rows of the matrix are computed at a time."""
        found: dict[frozenset[int], float] = {}
        if self.matrix is None:
            return found
        for start in range(0, len(self.ids), ROWS_PER_STEP):
            block = (self.matrix[start : start + ROWS_PER_STEP] @ self.matrix.T).tocoo()
            for row, column, score in zip(block.row, block.col, block.data, strict=True):
                first = start + int(row)
                if first < column and score >= threshold:
                    found[frozenset((self.ids[first], self.ids[column]))] = round(float(score), 4)
        return found


def related_pairs(block_ids: Iterable[int]) -> set[frozenset[int]]:
    """Pairs of ``block_ids`` where one depends directly on the other, or the owner of one
    reuses the other (any status but stopped)."""
    from anker.catalogue.models import BuildingBlock, Dependency
    from anker.reuse.models import Reuse, ReuseStatus

    ids = list(block_ids)
    pairs = {
        frozenset(pair)
        for pair in Dependency.objects.filter(
            dependent_id__in=ids, dependency_id__in=ids
        ).values_list("dependent_id", "dependency_id")
    }
    owned_by: dict[int, list[int]] = defaultdict(list)
    for pk, owner in BuildingBlock.objects.filter(id__in=ids).values_list("id", "owner_id"):
        owned_by[owner].append(pk)
    reuse = (
        Reuse.objects.filter(block_id__in=ids, organisation_id__in=list(owned_by))
        .exclude(status=ReuseStatus.STOPPED)
        .values_list("block_id", "organisation_id")
    )
    for block, organisation in reuse:
        pairs.update(frozenset((block, own)) for own in owned_by[organisation] if own != block)
    return pairs


def convergence_candidates(
    blocks: dict[int, BlockRef], index: TextIndex
) -> list[ConvergenceCandidate]:
    """Each (capability, kind) with an unrelated pair of blocks of different owners, the
    most similar first (then the most blocks, then by capability name)."""
    from anker.architecture.models import Capability
    from anker.catalogue.models import BuildingBlock

    groups: dict[tuple[int, str], list[int]] = defaultdict(list)
    links = BuildingBlock.capabilities.through.objects.values_list(
        "capability_id", "buildingblock_id"
    )
    for capability, block in links.order_by("capability_id", "buildingblock_id"):
        if block in blocks and blocks[block].lifecycle not in SETTLED:
            groups[(capability, blocks[block].kind)].append(block)
    groups = {key: ids for key, ids in groups.items() if len({blocks[i].owner for i in ids}) > 1}
    related = related_pairs({pk for ids in groups.values() for pk in ids})
    capabilities = {
        pk: CapabilityRef(slug, name, name_nl)
        for pk, slug, name, name_nl in Capability.objects.filter(
            id__in={capability for capability, _kind in groups}
        ).values_list("id", "slug", "name", "name_nl")
    }
    candidates = []
    for (capability, kind), ids in groups.items():
        unrelated = [
            frozenset(pair)
            for pair in combinations(ids, 2)
            if blocks[pair[0]].owner != blocks[pair[1]].owner and frozenset(pair) not in related
        ]
        if not unrelated:
            continue
        members = sorted({pk for pair in unrelated for pk in pair}, key=lambda pk: blocks[pk].name)
        candidates.append(
            ConvergenceCandidate(
                capability=capabilities[capability],
                kind=kind,
                blocks=[blocks[pk] for pk in members],
                owners=len({blocks[pk].owner for pk in members}),
                pairs=len(unrelated),
                best_score=max(index.score(*pair) for pair in unrelated),
            )
        )
    candidates.sort(key=lambda c: (-c.best_score, -len(c.blocks), c.capability.name, c.kind))
    return candidates


def duplication(user: Any, *, threshold: float = DEFAULT_THRESHOLD) -> Duplication:
    """Convergence candidates and near-duplicate pairs (score ≥ ``threshold``, different
    owners) among the blocks ``user`` may see that are not retired or deprecated."""
    blocks = block_refs(user)
    active = [pk for pk, block in blocks.items() if block.lifecycle not in SETTLED]
    index = TextIndex(block_texts(active, blocks))
    pairs = []
    for pair, score in index.similar(threshold).items():
        first, second = sorted(pair, key=lambda pk: (blocks[pk].name, blocks[pk].slug))
        if score >= threshold and blocks[first].owner != blocks[second].owner:
            pairs.append(SimilarPair(blocks[first], blocks[second], score))
    pairs.sort(key=lambda p: (-p.score, p.first.name, p.second.name))
    return Duplication(
        threshold=threshold,
        candidates=convergence_candidates(blocks, index),
        near_duplicates=pairs,
        blocks_compared=len(active),
    )
