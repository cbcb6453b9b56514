"""The demo's citizen services show what PRODUCT.md §7 and the issue promise: 30+ services
across the demo organisations, one service type offered by several municipalities with
different channels and targets, some digital-only on purpose, 24 months of figures."""

from __future__ import annotations

import pytest
from django.db.models import Count

from anker.citizenservices import selectors
from anker.citizenservices.models import (
    ChannelFigures,
    CitizenService,
    LifeEvent,
    ServiceChannel,
    ServiceType,
)
from anker.demo.data.blocks import BLOCKS
from anker.demo.data.citizen_services import SERVICE_TYPES, SERVICES
from anker.demo.data.organisations import ORGANISATIONS
from anker.demo.load import load_demo

pytestmark = pytest.mark.django_db


def test_the_data_names_only_what_exists():
    organisations = {item["slug"] for item in ORGANISATIONS}
    blocks = {item["slug"] for item in BLOCKS}
    types = {item["slug"] for item in SERVICE_TYPES}
    life_events = set(LifeEvent.objects.values_list("slug", flat=True)) | {"turning-18"}
    for item in SERVICES:
        assert set(item["organisations"]) <= organisations, item["slug"]
        assert set(item["blocks"]) <= blocks, item["slug"]
        assert set(item["life_events"]) <= life_events, item["slug"]
        assert item.get("type") is None or item["type"] in types, item["slug"]
        kinds = [channel["kind"] for channel in item["channels"]]
        assert kinds and len(kinds) == len(set(kinds)), item["slug"]


@pytest.fixture
def demo(demo_ecosystem):
    """What the demo loaded; it loads once for the module (tests/conftest.py)."""
    return demo_ecosystem


def test_the_demo_keeps_the_promise(demo):
    assert demo["citizen services"] >= 30
    assert CitizenService.objects.values("organisations").distinct().count() >= 20
    shared = ServiceType.objects.annotate(n=Count("services__organisations", distinct=True))
    assert shared.filter(n__gte=3).count() >= 3
    assert 4 <= selectors.service_list(digital_only=True).count() <= 12
    assert set(ServiceChannel.objects.values_list("kind", flat=True)) == {
        "online", "app", "phone", "counter", "post", "email", "chat", "assisted-digital"
    }  # fmt: skip
    assert ChannelFigures.objects.values("month").distinct().count() == 24
    # The same type, different targets: the comparison across organisations shows it.
    parking = ServiceType.objects.get(slug="parking-permit")
    spread = selectors.service_level_spread(list(selectors.services_of_type(parking)))
    assert any(not level.is_consistent for level in spread)
    # Life events light up, one of them with digital-only services.
    events = {event.slug: event for event in selectors.life_event_list()}
    assert events["moving-house"].service_count >= 10
    assert events["moving-house"].digital_only_count >= 2


def test_every_demo_service_is_valid(demo):
    for model in (CitizenService, ServiceChannel, LifeEvent, ServiceType):
        for instance in model.objects.all():
            instance.full_clean()
    for figures in ChannelFigures.objects.all()[:300]:
        figures.full_clean()


def test_reloading_the_demo_gives_the_same_services(demo):
    assert load_demo(reset=True) == demo
    assert LifeEvent.objects.filter(slug="turning-18", is_standard=False).count() == 1
