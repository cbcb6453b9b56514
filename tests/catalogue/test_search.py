"""Full-text search and facets on crafted data, on SQLite FTS5 and PostgreSQL alike."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser

from anker.catalogue import services
from anker.catalogue.selectors import block_search
from anker.organisations.models import OrganisationKind
from tests.factories import BlockFactory, CapabilityFactory, DescriptionFactory, OrganisationFactory

pytestmark = pytest.mark.django_db
ANONYMOUS = AnonymousUser()


@pytest.fixture
def catalogue():
    """Five blocks with known words, kinds, owners, capabilities and licences."""
    amsterdam = OrganisationFactory(name="Gemeente Waterveen", slug="waterveen", country="NL")
    gent = OrganisationFactory(name="Stad Brugwijk", slug="brugwijk", country="BE")
    payments = CapabilityFactory(name="Payments", name_nl="Betalen", slug="payments")
    appointments = CapabilityFactory(name="Appointments", name_nl="Afspraken", slug="appointments")
    blocks = {
        "booking": BlockFactory(
            name="Afsprakenplanner",
            slug="booking",
            owner=amsterdam,
            kind="software",
            licence="EUPL-1.2",
        ),
        "booking2": BlockFactory(
            name="Appointment booking", slug="booking2", owner=gent, kind="software", licence="MIT"
        ),
        "pay": BlockFactory(
            name="Betaalplatform", slug="pay", owner=amsterdam, kind="platform", licence="EUPL-1.2"
        ),
        "payapi": BlockFactory(
            name="Payment API", slug="payapi", owner=gent, kind="api", licence=""
        ),
        "secret": BlockFactory(
            name="Internal appointment ledger",
            slug="secret",
            owner=gent,
            kind="dataset",
            openness="restricted",
        ),
    }
    DescriptionFactory(
        block=blocks["booking"],
        language="nl",
        short_description="Burgers plannen zelf een afspraak bij het stadhuis.",
    )
    DescriptionFactory(
        block=blocks["booking2"],
        language="en",
        short_description="Citizens book an appointment at the town hall.",
    )
    DescriptionFactory(
        block=blocks["pay"], language="en", short_description="Take payments by iDEAL and card."
    )
    for slug, capability in (
        ("booking", appointments),
        ("booking2", appointments),
        ("pay", payments),
        ("payapi", payments),
    ):
        blocks[slug].capabilities.add(capability)
    for block in blocks.values():
        services.refresh_search_document(block)
    return blocks


def slugs(result) -> set[str]:
    return {block.slug for block in result.page.object_list}


def test_words_match_as_prefixes_across_name_description_and_languages(catalogue):
    assert slugs(block_search(user=ANONYMOUS, query="stadh")) == {"booking"}
    # Capability names in both languages are searchable too.
    assert slugs(block_search(user=ANONYMOUS, query="afspr")) == {"booking", "booking2"}
    assert slugs(block_search(user=ANONYMOUS, query="appointment")) == {"booking", "booking2"}
    assert slugs(block_search(user=ANONYMOUS, query="town hall")) == {"booking2"}
    assert slugs(block_search(user=ANONYMOUS, query="betalen")) == {"pay", "payapi"}


def test_every_word_must_match(catalogue):
    assert slugs(block_search(user=ANONYMOUS, query="payment api")) == {"payapi"}
    assert block_search(user=ANONYMOUS, query="payment zebra").total == 0


def test_query_syntax_in_user_input_is_harmless(catalogue):
    for query in ['"', "pay*", "NOT OR AND", "a:b", "(((", "'; DROP TABLE x; --", "ü"]:
        block_search(user=ANONYMOUS, query=query)  # must not raise


def test_relevance_puts_name_matches_first(catalogue):
    result = block_search(user=ANONYMOUS, query="appointment")
    assert result.ordering == "relevance"
    assert result.page.object_list[0].slug == "booking2"


def test_restricted_blocks_are_not_found_by_anonymous(catalogue):
    assert block_search(user=ANONYMOUS, query="ledger").total == 0


def test_facet_counts_on_the_whole_catalogue(catalogue):
    facets = block_search(user=ANONYMOUS).facets
    counts = {name: {f.value: f.count for f in values} for name, values in facets.items()}
    assert counts["kind"] == {"software": 2, "platform": 1, "api": 1}
    assert counts["owner"] == {"waterveen": 2, "brugwijk": 2}
    assert counts["capability"] == {"appointments": 2, "payments": 2}
    assert counts["licence"] == {"EUPL-1.2": 2, "MIT": 1}
    assert counts["country"] == {"NL": 2, "BE": 2}
    assert counts["openness"] == {"open": 4}


def test_filters_combine_and_facets_ignore_their_own_filter(catalogue):
    result = block_search(user=ANONYMOUS, filters={"kind": ["software"], "country": ["NL"]})
    assert slugs(result) == {"booking"}
    kind_counts = {f.value: f.count for f in result.facets["kind"]}
    # Kind counts keep the country filter but not the kind filter, so alternatives show.
    assert kind_counts == {"software": 1, "platform": 1}
    assert [f.value for f in result.facets["kind"] if f.selected] == ["software"]


def test_several_values_of_one_facet_are_alternatives(catalogue):
    result = block_search(user=ANONYMOUS, filters={"kind": ["api", "platform"]})
    assert slugs(result) == {"pay", "payapi"}


def test_capability_filter_with_search(catalogue):
    result = block_search(user=ANONYMOUS, query="town", filters={"capability": ["appointments"]})
    assert slugs(result) == {"booking2"}


def test_pagination_is_stable_and_complete(db):
    owner = OrganisationFactory(kind=OrganisationKind.LOCAL)
    for number in range(23):
        BlockFactory(name="Same name", slug=f"same-{number:02d}", owner=owner)
    seen = []
    for page in (1, 2, 3):
        seen += [
            b.slug for b in block_search(user=ANONYMOUS, page=page, page_size=10).page.object_list
        ]
    assert len(seen) == 23 and len(set(seen)) == 23
