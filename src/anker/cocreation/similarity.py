"""Suggestions while submitting an idea: similar ideas to join instead of duplicating,
and building blocks that may already do what the idea asks.

Ideas: a short list of candidates is fetched with plain ``icontains`` conditions on the
idea's significant words (the same SQL on SQLite and PostgreSQL), then scored in Python
with a weighted overlap of word stems (title words count double). Stems are the first
five letters of a word without accents: crude, but it treats Dutch compounds and
English, French or Dutch inflections alike (``parkeervergunning``/``parkeren``), needs
no language detection, and is easy to test.

Blocks: the catalogue's own full-text search (FTS5 / tsvector), one word at a time, so
that a block matching most of the idea's words comes first."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Any

from django.db.models import Q

from anker.accounts import permissions
from anker.catalogue import search
from anker.catalogue.models import BuildingBlock
from anker.cocreation.models import Idea, Moderation

WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
STEM_LENGTH = 5
MAX_QUERY_WORDS = 8
CANDIDATES = 200
THRESHOLD = 0.2
# Words that say nothing about what an idea is about, in the languages anker serves.
STOP_WORDS = frozenset(
    """
    the and for that with this from have are was were not but you your our can could
    should would will all any more less into about what when where which who why how
    een het van voor dat die met niet ook maar als bij naar door over wordt worden zijn
    kan kunnen moet moeten zou graag onze mijn heel veel meer nog wel dan dus iets
    les des une pour que qui avec dans sur pas plus par est sont nous vous
    idea idee idees ideas
    """.split()
)


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def significant_words(text: str) -> list[str]:
    """The words that carry meaning, lower-cased without accents, in order, once each."""
    words = (_plain(word) for word in WORD.findall(text or ""))
    return list(dict.fromkeys(word for word in words if word not in STOP_WORDS))


def stems(text: str) -> set[str]:
    return {word[:STEM_LENGTH] for word in significant_words(text)}


def similarity(title_a: str, body_a: str, title_b: str, body_b: str) -> float:
    """0 (nothing in common) to 1 (the same words): the overlap of the stems of two
    ideas, title stems counted twice, divided by the stems of either (weighted Jaccard)."""
    a = Counter({stem: 2 for stem in stems(title_a)}) + Counter(stems(body_a))
    b = Counter({stem: 2 for stem in stems(title_b)}) + Counter(stems(body_b))
    union = sum((a | b).values())
    return sum((a & b).values()) / union if union else 0.0


@dataclass
class Suggestion:
    idea: Idea
    score: float


def _query_words(title: str, body: str) -> list[str]:
    """Title words first, then the body's longest, as search terms (stems)."""
    title_words = significant_words(title)
    body_words = sorted(significant_words(body), key=len, reverse=True)
    picked = [word[:STEM_LENGTH] for word in title_words + body_words]
    return list(dict.fromkeys(picked))[:MAX_QUERY_WORDS]


def similar_ideas(
    *, user: Any, title: str, body: str = "", limit: int = 5, exclude: Idea | None = None
) -> list[Suggestion]:
    """Published ideas the user may see that resemble (title, body), best first."""
    words = _query_words(title, body)
    if not words:
        return []
    condition = Q()
    for word in words:
        condition |= Q(title__icontains=word) | Q(body__icontains=word)
    candidates = (
        Idea.objects.filter(permissions.visible_ideas_q(user), condition)
        .filter(moderation=Moderation.PUBLISHED)
        .only("uuid", "title", "body", "status", "vote_count", "created")
        .order_by("-vote_count", "-id")
    )
    if exclude is not None:
        candidates = candidates.exclude(pk=exclude.pk)
    scored = [
        Suggestion(idea, similarity(title, body, idea.title, idea.body))
        for idea in candidates[:CANDIDATES]
    ]
    scored = [s for s in scored if s.score >= THRESHOLD]
    scored.sort(key=lambda s: (-s.score, -s.idea.vote_count, -s.idea.pk))
    return scored[:limit]


def similar_blocks(*, user: Any, title: str, body: str = "", limit: int = 5) -> list[Any]:
    """Blocks the user may see that match the most of the idea's words (full-text)."""
    hits: Counter[int] = Counter()
    visible = permissions.visible_blocks(user, BuildingBlock.objects.all())
    for word in _query_words(title, body)[:5]:
        for block_id in search.match(visible, word).values_list("id", flat=True)[:50]:
            hits[block_id] += 1
    if not hits:
        return []
    blocks = BuildingBlock.objects.select_related("owner").in_bulk(list(hits))
    ranked = sorted(
        blocks.values(), key=lambda b: (-hits[b.id], -b.reuse_count, b.name.casefold(), b.id)
    )
    return ranked[:limit]
