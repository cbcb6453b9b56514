"""Both parties hear of every step of an exchange, in the app; the person who took the
step does not; an owner without organisation administrators leaves it to the
coordinators."""

from __future__ import annotations

import pytest

from anker.notifications.models import Notification
from anker.reuse import services
from tests.factories import BlockFactory, MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def recipients(kind: str) -> set[str]:
    return set(Notification.objects.filter(kind=kind).values_list("recipient__username", flat=True))


def test_each_step_reaches_both_sides_but_not_the_actor(actors, other_admin):
    block = BlockFactory(owner=actors.owner, name="Zaaksysteem")
    exchange = services.exchange_request_create(
        actor=actors.other_editor, block=block, requester=actors.other, purpose="Permits."
    )
    # The owner's deciders, and the requester's other editors and admins.
    assert recipients("exchange-requested") == {"org_admin", "other_admin"}
    exchange = services.exchange_request_approve(actor=actors.org_admin, exchange=exchange)
    # The asker hears of the decision even though they took the first step.
    assert recipients("exchange-approved") == {"other_editor", "other_admin"}
    exchange = services.exchange_request_activate(actor=other_admin, exchange=exchange)
    assert recipients("exchange-active") == {"org_admin", "other_editor"}
    services.exchange_request_end(actor=actors.coordinator, exchange=exchange, reason="Merged.")
    assert recipients("exchange-ended") == {"org_admin", "other_editor", "other_admin"}
    # Viewers and the owner's editors are not disturbed.
    assert not Notification.objects.filter(recipient__in=[actors.viewer, actors.editor]).exists()


def test_the_message_names_the_parties_and_links_to_the_request(actors):
    block = BlockFactory(owner=actors.owner, name="Zaaksysteem")
    exchange = services.exchange_request_create(
        actor=actors.other_editor, block=block, requester=actors.other, purpose="Permits."
    )
    notification = Notification.objects.get(recipient=actors.org_admin)
    assert (
        notification.message == "Gemeente Ander asks Gemeente Eigenaar for access to Zaaksysteem."
    )
    assert notification.url == f"/reuse/exchange/{exchange.uuid}/"
    assert notification.organisation == actors.owner


def test_without_organisation_administrators_the_coordinators_hear_of_it(actors):
    lonely = OrganisationFactory()
    MembershipFactory(organisation=lonely, role="editor")
    block = BlockFactory(owner=lonely)
    services.exchange_request_create(
        actor=actors.other_editor, block=block, requester=actors.other, purpose="Permits."
    )
    assert recipients("exchange-requested") == {"coordinator"}
    assert Notification.objects.get().organisation == lonely


def test_rejection_and_withdrawal(actors):
    block = BlockFactory(owner=actors.owner)
    first = services.exchange_request_create(
        actor=actors.other_editor, block=block, requester=actors.other, purpose="x"
    )
    services.exchange_request_reject(actor=actors.org_admin, exchange=first, reason="No.")
    assert recipients("exchange-rejected") == {"other_editor"}
    second = services.exchange_request_create(
        actor=actors.other_editor, block=block, requester=actors.other, purpose="x"
    )
    services.exchange_request_withdraw(actor=actors.other_editor, exchange=second)
    assert recipients("exchange-withdrawn") == {"org_admin"}
