"""The rules of citizen services: who may change what, what a valid channel and month
of figures is, what "digital-only" means, and that every write is audited."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from anker.accounts.models import AuditEvent
from anker.citizenservices import selectors, services
from anker.citizenservices.models import CitizenService, LifeEvent
from anker.citizenservices.standard import STANDARD_LIFE_EVENTS
from tests.factories import (
    BlockFactory,
    CitizenServiceFactory,
    ServiceChannelFactory,
)

pytestmark = pytest.mark.django_db


def offered_through(*kinds: str) -> CitizenService:
    service = CitizenServiceFactory()
    for kind in kinds:
        ServiceChannelFactory(service=service, kind=kind)
    return service


@pytest.mark.parametrize(
    ("kinds", "digital_only"),
    [
        (("online",), True),
        (("online", "app", "email", "chat"), True),
        (("online", "assisted-digital"), False),
        (("online", "phone"), False),
        (("counter",), False),
        ((), False),  # no channel recorded: unknown, not digital-only
    ],
)
def test_digital_only_is_computed_the_same_in_python_and_in_the_database(kinds, digital_only):
    service = offered_through(*kinds)
    assert service.is_digital_only is digital_only
    assert selectors.service_list(digital_only=True).filter(pk=service.pk).exists() is digital_only
    assert selectors.service_list(digital_only=False).filter(pk=service.pk).exists() is not (
        digital_only
    )


def test_an_editor_creates_a_service_for_their_own_organisation_only(actors):
    created = services.service_create(
        actor=actors.editor, organisations=[actors.owner], name="Parkeervergunning"
    )
    assert list(created.organisations.all()) == [actors.owner]
    assert AuditEvent.objects.filter(entity_uuid=created.uuid, action="create").exists()
    with pytest.raises(PermissionDenied):
        services.service_create(
            actor=actors.editor, organisations=[actors.owner, actors.other], name="Samen"
        )
    with pytest.raises(ValidationError):
        services.service_create(actor=actors.coordinator, organisations=[], name="Niemands")


def test_a_joint_service_is_edited_by_either_side_and_deleted_only_by_both(actors):
    joint = CitizenServiceFactory(organisations=[actors.owner, actors.other])
    services.service_update(actor=actors.other_editor, service=joint, name="Gewijzigd")
    with pytest.raises(PermissionDenied):
        services.service_update(
            actor=actors.other_editor, service=joint, organisations=[actors.other]
        )
    with pytest.raises(PermissionDenied):
        services.service_delete(actor=actors.editor, service=joint)
    # An editor may withdraw their own organisation; the other stays responsible.
    services.service_update(actor=actors.other_editor, service=joint, organisations=[actors.owner])
    assert list(joint.organisations.all()) == [actors.owner]
    services.service_delete(actor=actors.editor, service=joint)
    assert not CitizenService.objects.filter(pk=joint.pk).exists()


def test_viewers_and_other_editors_change_nothing(actors):
    service = CitizenServiceFactory(organisations=[actors.owner])
    for actor in (None, actors.viewer, actors.other_editor):
        with pytest.raises(PermissionDenied):
            services.service_update(actor=actor, service=service, name="Nee")
        with pytest.raises(PermissionDenied):
            services.channel_add(actor=actor, service=service, kind="phone")
    assert CitizenService.objects.get(pk=service.pk).name == service.name


def test_blocks_hidden_from_the_editor_stay_linked(actors):
    secret = BlockFactory(owner=actors.other, openness="restricted")
    public = BlockFactory(owner=actors.other)
    service = CitizenServiceFactory(organisations=[actors.owner], blocks=[secret])
    services.service_update(actor=actors.editor, service=service, blocks=[public])
    assert set(service.blocks.all()) == {secret, public}
    with pytest.raises(ValidationError):
        services.service_update(actor=actors.editor, service=service, blocks=[secret])


def test_a_service_has_one_channel_of_each_kind(actors):
    service = CitizenServiceFactory(organisations=[actors.owner])
    services.channel_add(actor=actors.editor, service=service, kind="phone")
    with pytest.raises(ValidationError) as refused:
        services.channel_add(actor=actors.editor, service=service, kind="phone")
    assert "kind" in refused.value.message_dict


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"service_level_value": 5}, "service_level_unit"),
        ({"service_level_unit": "days"}, "service_level_unit"),
        ({"languages": ["nederlands"]}, "languages"),
        ({"currency": "euro"}, "currency"),
        ({"accessibility_status": "F"}, "accessibility_status"),
        ({"cost": -1}, "cost"),
    ],
)
def test_a_channel_is_validated(actors, fields, field):
    service = CitizenServiceFactory(organisations=[actors.owner])
    with pytest.raises(ValidationError) as refused:
        services.channel_add(actor=actors.editor, service=service, kind="online", **fields)
    assert field in refused.value.message_dict


def test_languages_are_kept_as_sorted_lower_case_codes(actors):
    service = CitizenServiceFactory(organisations=[actors.owner])
    channel = services.channel_add(
        actor=actors.editor, service=service, kind="phone", languages=["NL", "en", "nl"]
    )
    assert channel.languages == ["en", "nl"]


def test_a_months_figures_are_recorded_once_and_then_replaced(actors):
    channel = ServiceChannelFactory(service=CitizenServiceFactory(organisations=[actors.owner]))
    figures, created = services.figures_record(
        actor=actors.editor, channel=channel, month=dt.date(2025, 3, 17), requests=100
    )
    assert created and figures.month == dt.date(2025, 3, 1)
    again, created = services.figures_record(
        actor=actors.editor, channel=channel, month=dt.date(2025, 3, 1), satisfaction=80
    )
    assert not created and again.pk == figures.pk
    assert (again.requests, again.satisfaction) == (100, 80)
    assert AuditEvent.objects.filter(entity_uuid=figures.uuid).count() == 2
    assert AuditEvent.objects.filter(related_uuid=channel.service.uuid).count() == 2


@pytest.mark.parametrize(
    ("month", "fields", "field"),
    [
        (dt.date.today() + dt.timedelta(days=40), {"requests": 1}, "month"),
        (dt.date(2025, 1, 1), {}, "requests"),
        (dt.date(2025, 1, 1), {"completion_rate": 101}, "completion_rate"),
    ],
)
def test_figures_are_validated(actors, month, fields, field):
    channel = ServiceChannelFactory(service=CitizenServiceFactory(organisations=[actors.owner]))
    with pytest.raises(ValidationError) as refused:
        services.figures_record(actor=actors.editor, channel=channel, month=month, **fields)
    assert field in refused.value.message_dict


def test_the_standard_life_events_exist_and_cannot_be_deleted(actors):
    assert {e.slug for e in STANDARD_LIFE_EVENTS} <= set(
        LifeEvent.objects.values_list("slug", flat=True)
    )
    assert services.life_events_ensure_standard() == 0
    birth = LifeEvent.objects.get(slug="birth")
    with pytest.raises(ValidationError):
        services.life_event_delete(actor=actors.coordinator, life_event=birth)
    custom = services.life_event_create(actor=actors.coordinator, name="Turning 18")
    services.life_event_delete(actor=actors.coordinator, life_event=custom)
    assert not LifeEvent.objects.filter(pk=custom.pk).exists()


def test_only_coordinators_keep_the_vocabulary(actors):
    for actor in (actors.editor, actors.org_admin, actors.viewer, None):
        with pytest.raises(PermissionDenied):
            services.life_event_create(actor=actor, name="Verhuizen naar het buitenland")
        with pytest.raises(PermissionDenied):
            services.service_type_create(actor=actor, name="Parkeervergunning")
    kind = services.service_type_create(actor=actors.coordinator, name="Parking permit")
    assert kind.slug == "parking-permit"


def test_a_slug_never_takes_a_page_address(actors):
    service = services.service_create(actor=actors.editor, organisations=[actors.owner], name="New")
    assert service.slug != "new"


def test_responsibilities_move_with_an_organisation_merge(actors):
    moved = CitizenServiceFactory(organisations=[actors.other])
    both = CitizenServiceFactory(organisations=[actors.other, actors.owner])
    assert services.responsibilities_merge(source=actors.other, target=actors.owner) == 2
    assert list(moved.organisations.all()) == [actors.owner]
    assert list(both.organisations.all()) == [actors.owner]


def test_the_service_level_spread_shows_where_organisations_differ():
    first, second = offered_through("online"), offered_through("online", "counter")
    first.channels.update(service_level_value=10)
    spread = selectors.service_level_spread(
        list(
            CitizenService.objects.prefetch_related("channels").filter(pk__in=[first.pk, second.pk])
        )
    )
    by_kind = {level.kind: level for level in spread}
    assert not by_kind["online"].is_consistent and by_kind["counter"].is_consistent
