"""Query budgets: a list page costs the same number of queries for 3 rows as for 30,
so an N+1 regression fails here (NetBox's habit)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    BlockFactory,
    CapabilityFactory,
    DependencyFactory,
    DescriptionFactory,
    OrganisationFactory,
    ReuseFactory,
)

pytestmark = pytest.mark.django_db


def populate(count: int) -> None:
    """Add ``count`` blocks around the hub, each with a description, a capability, a
    dependency both ways and a reuser, and the hub gets ``count`` more reusers."""
    owner = OrganisationFactory._meta.model.objects.filter(slug="owner").first()
    owner = owner or OrganisationFactory(slug="owner")
    capability = CapabilityFactory._meta.model.objects.filter(slug="cap").first()
    capability = capability or CapabilityFactory(slug="cap")
    hub = BlockFactory._meta.model.objects.filter(slug="hub").first()
    hub = hub or BlockFactory(slug="hub", owner=owner)
    for _ in range(count):
        block = BlockFactory(owner=owner)
        block.capabilities.add(capability)
        DescriptionFactory(block=block)
        DependencyFactory(dependent=hub, dependency=block)
        DependencyFactory(dependent=block, dependency=hub)
        ReuseFactory(block=hub, organisation=OrganisationFactory())
        ReuseFactory(block=block, organisation=OrganisationFactory())


def queries(url: str, client: Client) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/blocks/",
        "/blocks/?q=block",
        "/blocks/?kind=software&capability=cap",
        "/blocks/hub/",
        "/organisations/",
        "/organisations/owner/",
        "/capabilities/",
        "/capabilities/cap/",
    ],
)
def test_queries_do_not_grow_with_rows(client: Client, url: str) -> None:
    populate(3)
    few = queries(url, client)
    populate(27)
    many = queries(url, client)
    assert many == few, f"{url}: {few} queries for few rows, {many} for many"
    assert few <= 20, f"{url}: {few} queries"
