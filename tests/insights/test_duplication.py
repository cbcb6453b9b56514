"""Duplication analytics: convergence candidates and near-duplicates on crafted data."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser

from anker.accounts.permissions import OPERATOR
from anker.catalogue.models import Dependency, Lifecycle, Openness
from anker.insights.duplication import TextIndex, duplication
from tests.factories import (
    BlockFactory,
    CapabilityFactory,
    DescriptionFactory,
    ReuseFactory,
)

pytestmark = pytest.mark.django_db


def realising(capability, **fields):
    block = BlockFactory(**fields)
    block.capabilities.add(capability)
    return block


@pytest.fixture
def capability():
    return CapabilityFactory(slug="appointments", name="Appointments")


def test_empty_ecosystem():
    result = duplication(OPERATOR)
    assert result.candidates == [] and result.near_duplicates == [] and result.blocks_compared == 0


def test_unrelated_blocks_of_one_kind_and_different_owners_are_a_candidate(capability):
    realising(capability, slug="a")
    realising(capability, slug="b")
    realising(capability, slug="api", kind="api")  # another kind: not in the group
    [candidate] = duplication(OPERATOR).candidates
    assert candidate.capability.slug == "appointments" and candidate.kind == "software"
    assert [block.slug for block in candidate.blocks] == ["a", "b"]
    assert (candidate.owners, candidate.pairs) == (2, 1)


@pytest.mark.parametrize("relation", ["dependency", "reuse", "same-owner", "retired"])
def test_related_or_settled_blocks_are_no_candidate(capability, relation):
    a = realising(capability, slug="a")
    if relation == "same-owner":
        realising(capability, slug="b", owner=a.owner)
    elif relation == "retired":
        realising(capability, slug="b", lifecycle=Lifecycle.RETIRED)
    else:
        b = realising(capability, slug="b")
        if relation == "dependency":
            Dependency.objects.create(dependent=b, dependency=a)
        else:
            ReuseFactory(block=a, organisation=b.owner)
    assert duplication(OPERATOR).candidates == []


def test_a_third_unrelated_block_keeps_the_group(capability):
    a, b = realising(capability, slug="a"), realising(capability, slug="b")
    realising(capability, slug="c")
    Dependency.objects.create(dependent=b, dependency=a)
    [candidate] = duplication(OPERATOR).candidates
    assert [block.slug for block in candidate.blocks] == ["a", "b", "c"]
    assert candidate.pairs == 2


TEXTS = {
    "afspraken-noord": (
        "Afsprakenplanner",
        "nl",
        "Inwoners maken online een afspraak bij de balie van de gemeente.",
    ),
    "afspraken-zuid": (
        "Afspraakmodule",
        "nl",
        "Inwoners maken online een afspraak aan de balie van hun gemeente.",
    ),
    "rendezvous": ("Prise de rendez-vous", "fr", "Les citoyens réservent un rendez-vous en ligne."),
    "trees": ("Tree register", "en", "Every municipal tree with species, height and condition."),
}


def described(slug, **fields):
    name, language, text = TEXTS[slug]
    block = BlockFactory(slug=slug, name=name, **fields)
    DescriptionFactory(block=block, language=language, short_description=text, long_description="")
    return block


def test_near_duplicates_of_different_owners_score_above_the_threshold():
    for slug in TEXTS:
        described(slug)
    result = duplication(OPERATOR, threshold=0.5)
    assert [(p.first.slug, p.second.slug) for p in result.near_duplicates] == [
        ("afspraken-zuid", "afspraken-noord")
    ]
    assert 0.5 <= result.near_duplicates[0].score <= 1
    assert duplication(OPERATOR, threshold=1.0).near_duplicates == []
    lowest = duplication(OPERATOR, threshold=0.0).near_duplicates
    # every pair with an n-gram in common (the French and the tree texts share none)
    assert len(lowest) == 5 and all(p.score > 0 for p in lowest)
    assert [p.score for p in lowest] == sorted((p.score for p in lowest), reverse=True)


def test_blocks_of_one_owner_are_no_near_duplicates():
    first = described("afspraken-noord")
    described("afspraken-zuid", owner=first.owner)
    assert duplication(OPERATOR, threshold=0.3).near_duplicates == []


def test_hidden_blocks_take_no_part():
    described("afspraken-noord")
    described("afspraken-zuid", openness=Openness.RESTRICTED)
    assert duplication(AnonymousUser(), threshold=0.3).near_duplicates == []
    assert len(duplication(OPERATOR, threshold=0.3).near_duplicates) == 1


def test_text_index_is_a_symmetric_cosine():
    index = TextIndex({1: "zaaksysteem voor gemeenten", 2: "zaaksysteem gemeente", 3: "kaart"})
    assert index.score(1, 2) == index.score(2, 1) > index.score(1, 3)
    assert index.score(1, 1) == pytest.approx(1.0, abs=1e-3)
    assert index.score(1, 99) == 0.0
    assert TextIndex({}).similar(0.1) == {}
