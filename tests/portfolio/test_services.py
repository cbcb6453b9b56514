"""The portfolio services: initiatives and their relations, the gate's rules beyond the
transition table, KPIs and measurements, and the audit they leave."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from anker.accounts.models import AuditEvent
from anker.portfolio import services
from anker.portfolio.models import Initiative, KpiMeasurement, Skill, StageDecision
from tests.factories import BlockFactory, CapabilityFactory, OrganisationFactory, ReuseFactory

pytestmark = pytest.mark.django_db


def test_create_with_every_relation(actors):
    capability = CapabilityFactory(slug="betalen")
    produced = BlockFactory(owner=actors.owner)
    partner_block = BlockFactory(owner=actors.other)
    used = BlockFactory()
    initiative = services.initiative_create(
        actor=actors.editor,
        owner=actors.owner,
        name="Betalen zonder gedoe",
        stage="pilot",
        started_on=dt.date(2025, 2, 1),
        goals=["  Pay   in one step ", "", "Fewer reminders"],
        skills=["User research", "user research", "Procurement"],
        partners=[actors.other, actors.owner],
        capabilities=[capability],
        produces=[produced, partner_block],
        uses=[used],
    )
    assert initiative.slug == "betalen-zonder-gedoe"
    assert initiative.stage == "pilot" and initiative.stage_since == dt.date(2025, 2, 1)
    assert initiative.goals == ["Pay in one step", "Fewer reminders"]
    assert sorted(s.name for s in initiative.skills.all()) == ["Procurement", "User research"]
    assert list(initiative.partners.all()) == [actors.other]  # the owner is no partner
    roles = dict(initiative.block_links.values_list("block_id", "role"))
    assert roles == {produced.id: "produces", partner_block.id: "produces", used.id: "uses"}
    event = AuditEvent.objects.get(entity_uuid=initiative.uuid)
    assert event.after["produces"] == sorted([produced.slug, partner_block.slug])


def test_skills_are_one_vocabulary_regardless_of_case(actors):
    services.initiative_create(actor=actors.editor, owner=actors.owner, name="A", skills=["GIS"])
    services.initiative_create(actor=actors.editor, owner=actors.owner, name="B", skills=["gis"])
    assert Skill.objects.count() == 1


def test_an_initiative_produces_only_blocks_of_its_owner_or_partners(actors):
    stranger = BlockFactory(owner=OrganisationFactory())
    with pytest.raises(ValidationError) as refused:
        services.initiative_create(
            actor=actors.coordinator, owner=actors.owner, name="Leen", produces=[stranger]
        )
    assert "produces" in refused.value.message_dict
    # ...but it may use anyone's.
    services.initiative_create(
        actor=actors.coordinator, owner=actors.owner, name="Gebruik", uses=[stranger]
    )


def test_dropping_a_partner_whose_block_it_produced_is_refused(portfolio):
    services.initiative_update(
        actor=portfolio.actors.editor,
        initiative=portfolio.initiative,
        produces=[portfolio.block, portfolio.other_block],
    )
    with pytest.raises(ValidationError):
        services.initiative_update(
            actor=portfolio.actors.editor, initiative=portfolio.initiative, partners=[]
        )


def test_a_block_is_produced_or_used_not_both(portfolio):
    with pytest.raises(ValidationError):
        services.initiative_update(
            actor=portfolio.actors.editor, initiative=portfolio.initiative, uses=[portfolio.block]
        )


def test_the_stage_is_not_an_editable_field(portfolio):
    with pytest.raises(ValidationError) as refused:
        services.initiative_update(
            actor=portfolio.actors.editor, initiative=portfolio.initiative, stage="anchored"
        )
    assert "stage" in refused.value.message_dict


def test_a_new_initiative_is_not_stopped_and_does_not_start_in_the_future(actors):
    with pytest.raises(ValidationError):
        services.initiative_create(
            actor=actors.editor, owner=actors.owner, name="Dood", stage="stopped"
        )
    with pytest.raises(ValidationError):
        services.initiative_create(
            actor=actors.editor,
            owner=actors.owner,
            name="Later",
            started_on=timezone.localdate() + dt.timedelta(days=1),
        )


@pytest.mark.parametrize("name", ["New", "KPIs", "Measurements"])
def test_slugs_never_take_a_page_address(actors, name):
    initiative = services.initiative_create(actor=actors.editor, owner=actors.owner, name=name)
    assert initiative.slug not in services.RESERVED_SLUGS


def test_handing_an_initiative_to_an_organisation_one_does_not_edit_for(portfolio):
    with pytest.raises(PermissionDenied):
        services.initiative_update(
            actor=portfolio.actors.editor,
            initiative=portfolio.initiative,
            owner=portfolio.actors.other,
        )


def _decide(portfolio, **overrides):
    arguments = {
        "actor": portfolio.actors.editor,
        "initiative": portfolio.initiative,
        "decision": "go",
        "evidence_level": 2,
        "rationale": "It works.",
        "decided_on": dt.date(2025, 9, 1),
    }
    arguments.update(overrides)
    return services.stage_decide(**arguments)


def test_a_decision_records_who_when_why_and_moves_the_initiative(portfolio):
    decision = _decide(
        portfolio,
        decision_maker="Portfolioraad",
        links=["https://example.org/minutes", " "],
        evidence="Forty reports a month.",
    )
    portfolio.initiative.refresh_from_db()
    assert portfolio.initiative.stage == "pilot"
    assert portfolio.initiative.stage_since == dt.date(2025, 9, 1)
    assert decision.decided_by == portfolio.actors.editor
    assert decision.decided_by_name == "editor"
    assert decision.links == ["https://example.org/minutes"]
    assert decision.warnings == [] and decision.facts is None  # no gate check below scaling
    actions = set(
        AuditEvent.objects.filter(related_uuid=portfolio.initiative.uuid).values_list(
            "entity_type", "action"
        )
    )
    assert ("portfolio.stagedecision", "create") in actions
    update = AuditEvent.objects.get(entity_uuid=portfolio.initiative.uuid, action="update")
    assert (update.before["stage"], update.after["stage"]) == ("experiment", "pilot")


@pytest.mark.parametrize(
    ("field", "overrides"),
    [
        ("rationale", {"rationale": "   "}),
        ("evidence_level", {"evidence_level": 6}),
        ("evidence_level", {"evidence_level": None}),
        ("links", {"links": ["not a link"]}),
        ("links", {"links": [f"https://example.org/{n}" for n in range(11)]}),
        ("decided_on", {"decided_on": timezone.localdate() + dt.timedelta(days=1)}),
        ("decided_on", {"decided_on": dt.date(2025, 3, 2)}),  # before the start
        ("decision", {"decision": "recycle", "to_stage": None, "initiative_stage": "idea"}),
    ],
)
def test_a_decision_is_refused_when(portfolio, field, overrides):
    if stage := overrides.pop("initiative_stage", None):
        portfolio.initiative.stage = stage
        portfolio.initiative.save()
    with pytest.raises(ValidationError) as refused:
        _decide(portfolio, **overrides)
    assert field in refused.value.message_dict
    assert not StageDecision.objects.exists()


def test_decisions_keep_their_order(portfolio):
    _decide(portfolio, decided_on=dt.date(2025, 9, 1))
    with pytest.raises(ValidationError) as refused:
        _decide(portfolio, decision="hold", decided_on=dt.date(2025, 8, 1))
    assert "decided_on" in refused.value.message_dict


def test_time_in_stage_runs_from_the_last_move_not_the_last_hold(portfolio):
    _decide(portfolio, decided_on=dt.date(2025, 9, 1))
    _decide(portfolio, decision="hold", decided_on=dt.date(2026, 3, 1))
    portfolio.initiative.refresh_from_db()
    assert portfolio.initiative.stage_since == dt.date(2025, 9, 1)
    assert portfolio.initiative.days_in_stage(dt.date(2026, 9, 2)) == 366
    assert portfolio.initiative.is_stalled is (timezone.localdate() > dt.date(2026, 9, 1))


def _to_scaling(portfolio, **overrides):
    portfolio.initiative.stage = "pilot"
    portfolio.initiative.save()
    arguments = {"evidence_level": 4, "evidence": "An evaluation.", **overrides}
    return _decide(portfolio, **arguments)


def test_scaling_needs_evidence(portfolio):
    with pytest.raises(ValidationError) as refused:
        _to_scaling(portfolio, evidence="", acknowledge_warnings=True)
    assert "evidence" in refused.value.message_dict


def test_contradicting_data_need_an_acknowledgement_and_are_stored(portfolio):
    with pytest.raises(ValidationError) as refused:
        _to_scaling(portfolio)
    errors = refused.value.error_dict["acknowledge_warnings"]
    assert "no-reuse" in {error.code for error in errors}
    assert any(
        "claims evidence level 4 but none of the blocks it produced is reused by another "
        "organisation" in message.lower()
        for message in refused.value.message_dict["acknowledge_warnings"]
    )
    assert not StageDecision.objects.exists()

    decision = _to_scaling(portfolio, acknowledge_warnings=True)
    assert "no-reuse" in [w["code"] for w in decision.warnings]
    assert decision.facts["produced_blocks"] == 1
    assert "no-reuse" in AuditEvent.objects.get(entity_uuid=decision.uuid).after["warnings"]
    portfolio.initiative.refresh_from_db()
    assert portfolio.initiative.stage == "scaling"


def test_a_well_evidenced_move_passes_without_warnings(portfolio):
    for _ in range(3):
        ReuseFactory(
            block=portfolio.block,
            organisation=OrganisationFactory(),
            since=dt.date(2025, 1, 1),
            confirmed_at=timezone.now(),
        )
    portfolio.kpi.measurements.create(measured_on=dt.date(2025, 8, 1), value=80)
    decision = _to_scaling(portfolio)
    assert decision.warnings == []
    assert len(decision.facts["reusers"]) == 3


def test_kpi_and_measurement_rules(portfolio):
    editor = portfolio.actors.editor
    with pytest.raises(ValidationError) as refused:
        services.kpi_create(
            actor=editor, initiative=portfolio.initiative, name="meldingen per MAAND"
        )
    assert "name" in refused.value.message_dict
    kpi = services.kpi_create(
        actor=editor, initiative=portfolio.initiative, name="Doorlooptijd", direction="lower"
    )
    assert kpi.position == 1
    with pytest.raises(ValidationError):
        services.measurement_record(
            actor=editor, kpi=kpi, measured_on=timezone.localdate() + dt.timedelta(days=1), value=3
        )
    services.measurement_record(actor=editor, kpi=kpi, measured_on=dt.date(2025, 5, 1), value=12.5)
    with pytest.raises(ValidationError) as refused:
        services.measurement_record(actor=editor, kpi=kpi, measured_on=dt.date(2025, 5, 1), value=9)
    assert "measured_on" in refused.value.message_dict
    services.kpi_delete(actor=editor, kpi=kpi)
    assert not KpiMeasurement.objects.filter(kpi__name="Doorlooptijd").exists()


def test_a_partner_removes_only_the_measurements_they_recorded(portfolio):
    partner = portfolio.actors.other_editor
    own = services.measurement_record(
        actor=partner, kpi=portfolio.kpi, measured_on=dt.date(2025, 7, 1), value=41
    )
    assert own.recorded_by == partner
    with pytest.raises(PermissionDenied):
        services.measurement_delete(actor=partner, measurement=portfolio.measurement)
    services.measurement_delete(actor=partner, measurement=own)


def test_deleting_an_initiative_takes_its_history_along(portfolio):
    _decide(portfolio)
    services.initiative_delete(actor=portfolio.actors.org_admin, initiative=portfolio.initiative)
    assert not Initiative.objects.exists() and not StageDecision.objects.exists()
    assert AuditEvent.objects.filter(action="delete", entity_type="portfolio.initiative").exists()


def test_the_citizen_services_it_improves(portfolio):
    from tests.factories import CitizenServiceFactory

    service = CitizenServiceFactory(slug="verhuizing", name="Verhuizing doorgeven")
    services.initiative_update(
        actor=portfolio.actors.editor, initiative=portfolio.initiative, citizen_services=[service]
    )
    assert list(service.initiatives.all()) == [portfolio.initiative]
    event = AuditEvent.objects.get(entity_uuid=portfolio.initiative.uuid, action="update")
    assert event.after["citizen_services"] == ["verhuizing"]
