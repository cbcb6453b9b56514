"""The demo ecosystem loads into the database and shows what PRODUCT.md §7 promises."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db.models import Count, F, Max, Q

from anker.catalogue.models import BlockKind, BuildingBlock, Lifecycle
from anker.catalogue.selectors import block_search
from anker.demo.load import load_demo
from anker.organisations.models import Organisation
from anker.reuse.models import Reuse

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(demo_ecosystem):
    """What the demo loaded; it loads once for the module (tests/conftest.py)."""
    return demo_ecosystem


def test_counts_meet_the_product_promise(demo):
    assert demo["building blocks"] >= 100 and demo["capabilities"] >= 30
    assert Organisation.objects.filter(kind="local").count() >= 12
    assert {kind for kind in BlockKind.values} == set(
        BuildingBlock.objects.values_list("kind", flat=True)
    )
    assert {stage for stage in Lifecycle.values} == set(
        BuildingBlock.objects.values_list("lifecycle", flat=True)
    )
    for kind in ("central", "agency", "private", "academic"):
        assert Organisation.objects.filter(kind=kind).exists(), kind


def test_reuse_is_realistic(demo):
    municipalities = Organisation.objects.filter(kind="local").count()
    widely = BuildingBlock.objects.annotate(
        n=Count("reuses", filter=~Q(reuses__status="stopped"))
    ).filter(n__gte=municipalities // 2)
    assert widely.count() >= 3
    assert BuildingBlock.objects.filter(reuses__isnull=True).count() >= 20
    assert Reuse.objects.filter(confirmed_at__isnull=True, declared_by="provider").exists()
    assert not Reuse.objects.filter(block__owner=F("organisation")).exists()
    # The stored reuse counts agree with the edges.
    for block in BuildingBlock.objects.annotate(
        n=Count("reuses", filter=~Q(reuses__status="stopped"))
    )[:200]:
        assert block.reuse_count == block.n, block.slug


def test_dependencies_are_several_levels_deep(demo):
    from anker.catalogue.models import Dependency

    edges: dict[int, set[int]] = {}
    for dependent, dependency in Dependency.objects.values_list("dependent", "dependency"):
        edges.setdefault(dependent, set()).add(dependency)

    def depth(node: int, seen: frozenset = frozenset()) -> int:
        return 1 + max(
            (depth(n, seen | {node}) for n in edges.get(node, ()) if n not in seen), default=0
        )

    assert max(depth(node) for node in edges) >= 4


def test_every_demo_entity_is_valid(demo):
    for model in (Organisation, BuildingBlock, Reuse):
        for instance in model.objects.all():
            instance.full_clean()


def test_search_works_on_the_demo(demo):
    result = block_search(user=AnonymousUser(), query="afspra")
    assert result.total >= 2  # the near-duplicate appointment apps of two municipalities


def test_load_without_reset_leaves_existing_data_alone(demo):
    again = load_demo(reset=False)
    assert again == demo
    reloaded = load_demo(reset=True)
    assert reloaded == demo
    assert BuildingBlock.objects.aggregate(m=Max("reuse_count"))["m"] >= 10
