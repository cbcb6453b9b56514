"""Lists: filters, ordering, stable pagination and query budgets (no N+1)."""

from __future__ import annotations

import pytest

from anker.catalogue.models import BlockKind, Lifecycle, Openness
from anker.organisations.models import OrganisationKind
from anker.reuse.models import ReuseStatus
from tests.factories import (
    BlockFactory,
    CapabilityFactory,
    DependencyFactory,
    DescriptionFactory,
    OrganisationFactory,
    ReuseFactory,
)

pytestmark = pytest.mark.django_db
LIST_SIZE = 30


def slugs(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["slug"] for item in response.json()["results"]]


def walk(client, path: str, params: dict) -> list[dict]:
    """Every item of a list, following the ``next`` links."""
    items: list[dict] = []
    response = client.get(path, params)
    while True:
        assert response.status_code == 200, response.content
        body = response.json()
        items += body["results"]
        if not body["next"]:
            return items
        response = client.get(body["next"])


@pytest.fixture
def catalogue(actors):
    """A varied catalogue: kinds, lifecycles, licences, countries, a capability."""
    belgian = OrganisationFactory(slug="stad-gent", name="Stad Gent", country="BE")
    payments = CapabilityFactory(slug="payments", name="Payments")
    blocks = {
        "alpha-api": BlockFactory(
            slug="alpha-api",
            name="Alpha",
            kind=BlockKind.API,
            owner=actors.owner,
            lifecycle=Lifecycle.PILOT,
            licence="MIT",
        ),
        "beta-data": BlockFactory(
            slug="beta-data",
            name="Beta",
            kind=BlockKind.DATASET,
            owner=actors.owner,
            lifecycle=Lifecycle.PRODUCTION,
            licence="CC-BY-4.0",
        ),
        "gamma-soft": BlockFactory(
            slug="gamma-soft",
            name="Gamma",
            kind=BlockKind.SOFTWARE,
            owner=belgian,
            lifecycle=Lifecycle.ANCHORED,
            licence="EUPL-1.2",
        ),
        "delta-std": BlockFactory(
            slug="delta-std",
            name="Delta",
            kind=BlockKind.STANDARD,
            owner=belgian,
            lifecycle=Lifecycle.PRODUCTION,
            licence="EUPL-1.2",
            openness=Openness.PUBLIC_SECTOR,
        ),
    }
    blocks["gamma-soft"].capabilities.add(payments)
    DescriptionFactory(
        block=blocks["beta-data"], short_description="Kadastrale percelen en adressen"
    )
    from anker.catalogue.services import refresh_search_document

    refresh_search_document(blocks["beta-data"])
    return blocks


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["alpha-api", "beta-data", "delta-std", "gamma-soft"]),
        ({"kind": "api"}, ["alpha-api"]),
        ({"kind": ["api", "dataset"]}, ["alpha-api", "beta-data"]),
        ({"lifecycle": "production"}, ["beta-data", "delta-std"]),
        ({"openness": "public-sector"}, ["delta-std"]),
        ({"owner": "stad-gent"}, ["delta-std", "gamma-soft"]),
        ({"capability": "payments"}, ["gamma-soft"]),
        ({"licence": "EUPL-1.2"}, ["delta-std", "gamma-soft"]),
        ({"country": "BE", "lifecycle": "anchored"}, ["gamma-soft"]),
        ({"q": "percel"}, ["beta-data"]),
        ({"q": "gamma"}, ["gamma-soft"]),
        ({"q": '"; DROP TABLE --'}, []),
        ({"ordering": "-name"}, ["gamma-soft", "delta-std", "beta-data", "alpha-api"]),
    ],
)
def test_block_filters_and_ordering(api_as, catalogue, params, expected):
    assert slugs(api_as("editor").get("/building-blocks", params)) == expected


def test_block_facets_on_request(api_as, catalogue):
    body = api_as("editor").get("/building-blocks", {"facets": "true", "kind": "api"}).json()
    kinds = {f["value"]: (f["count"], f["selected"]) for f in body["facets"]["kind"]}
    assert kinds["api"] == (1, True) and kinds["software"] == (1, False)
    assert api_as("editor").get("/building-blocks").json()["facets"] is None


def test_organisation_filters(api_as, actors):
    OrganisationFactory(
        slug="rabo", name="Rabobank", kind=OrganisationKind.PRIVATE, is_public_sector=False
    )
    OrganisationFactory(slug="gent", name="Gent", country="BE")
    client = api_as("anonymous")
    assert slugs(client.get("/organisations", {"kind": "private"})) == ["rabo"]
    assert slugs(client.get("/organisations", {"country": "be"})) == ["gent"]
    assert slugs(client.get("/organisations", {"q": "eigen"})) == [actors.owner.slug]
    assert slugs(client.get("/organisations", {"ordering": "-name"}))[0] == "rabo"


def test_reuse_filters(api_as, actors, catalogue):
    in_use = ReuseFactory(block=catalogue["gamma-soft"], organisation=actors.owner)
    stopped = ReuseFactory(
        block=catalogue["gamma-soft"],
        organisation=actors.other,
        status=ReuseStatus.STOPPED,
        stop_reason="Replaced",
    )
    other = ReuseFactory(
        block=catalogue["alpha-api"], organisation=actors.other, status=ReuseStatus.PILOTING
    )
    client = api_as("anonymous")

    def uuids(**params):
        return {r["uuid"] for r in client.get("/reuses", params).json()["results"]}

    assert uuids(block="gamma-soft") == {str(in_use.uuid), str(stopped.uuid)}
    assert uuids(organisation=actors.other.slug) == {str(stopped.uuid), str(other.uuid)}
    assert uuids(status="stopped") == {str(stopped.uuid)}
    assert uuids(status=["piloting", "in-use"]) == {str(in_use.uuid), str(other.uuid)}
    assert uuids(block="gamma-soft", organisation=actors.owner.slug) == {str(in_use.uuid)}


@pytest.mark.parametrize("ordering", ["name", "-name", "updated", "reuse"])
def test_pages_are_stable_without_duplicates_or_gaps(api_as, actors, ordering):
    # Many equal names and equal reuse counts: only the id tie-break keeps pages apart.
    for number in range(23):
        BlockFactory(name=f"Same name {number % 3}", owner=actors.owner)
    client = api_as("anonymous")
    everything = [
        b["slug"]
        for b in client.get("/building-blocks", {"page_size": 100, "ordering": ordering}).json()[
            "results"
        ]
    ]
    paged = [
        b["slug"] for b in walk(client, "/building-blocks", {"page_size": 5, "ordering": ordering})
    ]
    assert paged == everything
    assert len(set(paged)) == len(paged) == 23


def test_page_links_and_count(api_as, actors):
    for _number in range(7):
        BlockFactory(owner=actors.owner)
    client = api_as("anonymous")
    first = client.get("/building-blocks", {"page_size": 3, "kind": "software"}).json()
    assert first["count"] == 7 and first["previous"] is None
    assert (
        "page=2" in first["next"]
        and "kind=software" in first["next"]
        and "page_size=3" in first["next"]
    )
    last = client.get("/building-blocks", {"page_size": 3, "page": 3}).json()
    assert len(last["results"]) == 1 and last["next"] is None and "page=2" in last["previous"]


def test_default_and_maximum_page_size(api_as, actors, settings):
    settings.PAGE_SIZE = 4
    for _number in range(6):
        BlockFactory(owner=actors.owner)
    assert len(api_as("anonymous").get("/building-blocks").json()["results"]) == 4
    assert len(api_as("anonymous").get("/organisations").json()["results"]) == 2


def test_empty_list_is_an_empty_first_page(api_as, db):
    body = api_as("anonymous").get("/reuses").json()
    assert body == {"count": 0, "next": None, "previous": None, "results": []}


# --- query budgets ------------------------------------------------------------------


@pytest.fixture
def crowded(actors):
    """LIST_SIZE of everything, each with the relations its list item shows."""
    capabilities = [CapabilityFactory(parent=None) for _ in range(3)]
    children = [CapabilityFactory(parent=capabilities[n % 3]) for n in range(LIST_SIZE - 3)]
    organisations = [OrganisationFactory(parent=actors.other) for _ in range(LIST_SIZE - 2)]
    blocks = []
    for number in range(LIST_SIZE):
        block = BlockFactory(
            owner=organisations[number % len(organisations)], openness=Openness.OPEN
        )
        DescriptionFactory(block=block, language="nl")
        DescriptionFactory(block=block, language="en")
        block.capabilities.add(children[number % len(children)])
        block.tags.create(name=f"tag-{number}")
        ReuseFactory(block=block, organisation=actors.owner)
        blocks.append(block)
    for number in range(LIST_SIZE):
        DependencyFactory(dependent=blocks[number], dependency=blocks[(number + 1) % LIST_SIZE])
    for organisation in organisations:
        organisation.identifiers.create(scheme="other", value=f"id-{organisation.slug}")


# An editor's request: token (1) and memberships (1), public-sector check per
# visibility condition (1 each), count (1), page (1), and one per prefetched relation.
@pytest.mark.parametrize(
    ("path", "budget"),
    [
        ("/building-blocks", 9),  # + owners, descriptions, tags, capabilities
        ("/organisations", 4),  # + identifiers; no visibility check
        ("/reuses", 5),
        ("/dependencies", 6),  # both ends' visibility
        ("/capabilities", 3),  # no visibility check, no membership lookup
    ],
)
def test_list_query_budget(api_as, crowded, django_assert_max_num_queries, path, budget):
    client = api_as("editor")
    client.get(path)  # the token's first use writes last_used; measure a steady request
    with django_assert_max_num_queries(budget):
        response = client.get(path, {"page_size": LIST_SIZE})
    assert response.status_code == 200
    assert len(response.json()["results"]) == LIST_SIZE
