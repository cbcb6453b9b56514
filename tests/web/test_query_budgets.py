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


# --- exchange requests and notifications (signed-in pages) ----------------------------------


def populate_exchange(count: int) -> None:
    """``count`` more requests for blocks of "owner", in several statuses, each with a
    notification for the owner's org-admin."""
    from django.utils import timezone

    from anker.notifications.services import notify_users
    from tests.factories import ExchangeRequestFactory, MembershipFactory

    owner = OrganisationFactory._meta.model.objects.filter(slug="owner").first()
    owner = owner or OrganisationFactory(slug="owner")
    admin = owner.memberships.filter(role="org-admin").first()
    admin = admin.user if admin else MembershipFactory(organisation=owner, role="org-admin").user
    statuses = ("requested", "approved", "rejected")
    for index in range(count):
        status = statuses[index % len(statuses)]
        if status == "approved":  # the owner's own request, waiting for it to start
            ExchangeRequestFactory(requester=owner, status=status, decided_at=timezone.now())
        else:
            ExchangeRequestFactory(block=BlockFactory(owner=owner), status=status)
        notify_users(users=[admin], text="%(block)s", params={"block": "x"}, url="/blocks/")


def test_exchange_and_notification_pages_do_not_grow_with_rows(client: Client) -> None:
    from anker.reuse.models import ExchangeRequest

    populate_exchange(3)
    admin = OrganisationFactory._meta.model.objects.get(slug="owner").memberships.get().user
    client.force_login(admin)
    exchange = ExchangeRequest.objects.filter(status="requested").first()
    urls = [
        "/reuse/exchange/",
        "/reuse/exchange/waiting/",
        f"/reuse/exchange/{exchange.uuid}/",
        "/notifications/",
    ]
    few = {url: queries(url, client) for url in urls}
    populate_exchange(27)
    for url in urls:
        many = queries(url, client)
        assert many == few[url], f"{url}: {few[url]} queries for few rows, {many} for many"
        assert few[url] <= 20, f"{url}: {few[url]} queries"


# --- citizen services -------------------------------------------------------------------


def populate_services(count: int) -> None:
    """Add ``count`` services of one type in the life event "moving house", each with two
    organisations, three channels with two months of figures and a block; the hub service
    gets ``count`` more blocks and a month of figures more per channel."""
    import datetime as dt

    from anker.citizenservices.models import CitizenService, LifeEvent
    from tests.factories import (
        ChannelFiguresFactory,
        CitizenServiceFactory,
        ServiceChannelFactory,
        ServiceTypeFactory,
    )

    moving = LifeEvent.objects.get(slug="moving-house")
    kind = ServiceTypeFactory._meta.model.objects.filter(slug="budget-type").first()
    kind = kind or ServiceTypeFactory(slug="budget-type")
    hub = CitizenService.objects.filter(slug="budget-service").first()
    if hub is None:
        hub = CitizenServiceFactory(slug="budget-service", service_type=kind, life_events=[moving])
        for channel_kind in ("online", "phone", "counter"):
            ServiceChannelFactory(service=hub, kind=channel_kind)
    for _ in range(count):
        service = CitizenServiceFactory(
            service_type=kind,
            life_events=[moving],
            organisations=[OrganisationFactory(), OrganisationFactory()],
            blocks=[BlockFactory()],
        )
        for channel_kind in ("online", "app", "counter"):
            channel = ServiceChannelFactory(service=service, kind=channel_kind)
            ChannelFiguresFactory.create_batch(2, channel=channel)
        hub.blocks.add(BlockFactory())
    for channel in hub.channels.all():
        latest = channel.figures.order_by("-month").first()
        newest = dt.date.today().replace(day=1) - dt.timedelta(days=1)  # last month: shown
        month = latest.month - dt.timedelta(days=1) if latest else newest
        ChannelFiguresFactory(channel=channel, month=month.replace(day=1))


@pytest.mark.parametrize(
    "url",
    [
        "/services/",
        "/services/?digital_only=no&life_event=moving-house&channel=online",
        "/services/budget-service/",
        "/life-events/",
        "/life-events/moving-house/",
        "/service-types/",
        "/service-types/budget-type/",
        "/api/v1/citizen-services",
        "/api/v1/service-channels",
        "/api/v1/channel-figures",
        "/api/v1/life-events",
        "/api/v1/service-types",
    ],
)
def test_citizen_service_queries_do_not_grow_with_rows(client: Client, url: str) -> None:
    populate_services(3)
    few = queries(url, client)
    populate_services(12)
    many = queries(url, client)
    assert many == few, f"{url}: {few} queries for few rows, {many} for many"
    assert few <= 20, f"{url}: {few} queries"


# --- portfolio ----------------------------------------------------------------------------


def populate_portfolio(count: int) -> None:
    """``count`` more initiatives in each stage: partners, a capability, a skill, a produced
    and a used block, a KPI with measurements and two stage decisions each; "hub" gets
    ``count`` more KPIs, decisions and blocks."""
    import datetime as dt

    from anker.portfolio.models import Skill, StageDecision
    from tests.factories import InitiativeFactory, KpiFactory, KpiMeasurementFactory

    capability = CapabilityFactory._meta.model.objects.filter(slug="pf-cap").first()
    capability = capability or CapabilityFactory(slug="pf-cap")
    owner = OrganisationFactory._meta.model.objects.filter(slug="pf-owner").first()
    owner = owner or OrganisationFactory(slug="pf-owner")
    hub = InitiativeFactory._meta.model.objects.filter(slug="hub").first()
    hub = hub or InitiativeFactory(slug="hub", owner=owner, stage="pilot")
    for index in range(count):
        for stage in ("idea", "experiment", "pilot", "scaling", "anchored", "stopped"):
            initiative = InitiativeFactory(owner=owner, stage=stage)
            initiative.partners.add(OrganisationFactory())
            initiative.capabilities.add(capability)
            initiative.skills.add(Skill.objects.get_or_create(name=f"skill {index}")[0])
            initiative.block_links.create(block=BlockFactory(owner=owner), role="produces")
        hub.block_links.create(block=BlockFactory(owner=owner), role="produces")
        hub.block_links.create(block=BlockFactory(), role="uses")
        kpi = KpiFactory(initiative=hub)
        for _ in range(3):
            KpiMeasurementFactory(kpi=kpi)
        for decision in ("hold", "hold"):
            StageDecision.objects.create(
                initiative=hub,
                from_stage="pilot",
                to_stage="pilot",
                decision=decision,
                decided_on=dt.date(2025, 6, 1),
                rationale="Review.",
                evidence_level=2,
                warnings=[{"code": "no-reuse", "params": {"level": 2}}],
            )


@pytest.mark.parametrize(
    "url",
    [
        "/portfolio/",
        "/portfolio/?organisation=pf-owner&capability=pf-cap",
        "/portfolio/?stage=pilot",
        "/portfolio/?stalled=1",
        "/portfolio/hub/",
        "/api/v1/initiatives",
        "/api/v1/stage-decisions",
        "/api/v1/kpis",
        "/api/v1/kpi-measurements",
        "/api/v1/skills",
    ],
)
def test_portfolio_queries_do_not_grow_with_rows(client: Client, url: str) -> None:
    populate_portfolio(2)
    few = queries(url, client)
    populate_portfolio(6)
    many = queries(url, client)
    assert many == few, f"{url}: {few} queries for few rows, {many} for many"
    assert few <= 20, f"{url}: {few} queries"


# --- co-creation ------------------------------------------------------------------------


def populate_ideas(count: int) -> None:
    """``count`` more ideas about each kind of target, each with votes, a comment and a
    status change; the idea "hub" (accepted into an initiative with decisions, blocks
    and services) gets ``count`` more comments, votes and decisions."""
    import datetime as dt

    from anker.cocreation.models import Idea, IdeaStatusChange
    from anker.portfolio.models import StageDecision
    from tests.factories import (
        CitizenServiceFactory,
        IdeaCommentFactory,
        IdeaFactory,
        IdeaVoteFactory,
        InitiativeFactory,
        UserFactory,
    )

    hub = Idea.objects.filter(external_id="hub").first()
    if hub is None:
        initiative = InitiativeFactory(slug="idea-initiative")
        hub = IdeaFactory(
            external_id="hub", status="accepted", initiative=initiative, submitter=UserFactory()
        )
        for status in ("under-review", "accepted"):
            IdeaStatusChange.objects.create(
                idea=hub, from_status="new", to_status=status, initiative=initiative
            )
    initiative = hub.initiative
    for _ in range(count):
        for about in (
            {"about_block": BlockFactory()},
            {"about_block": None, "about_service": CitizenServiceFactory()},
            {"about_block": None, "about_initiative": InitiativeFactory()},
            {"about_block": None, "about_organisation": OrganisationFactory()},
        ):
            idea = IdeaFactory(submitter=UserFactory(), **about)
            IdeaVoteFactory(idea=idea)
            IdeaCommentFactory(idea=idea, author=UserFactory())
            IdeaStatusChange.objects.create(idea=idea, from_status="new", to_status="new")
        IdeaCommentFactory(idea=hub, author=UserFactory())
        IdeaVoteFactory(idea=hub)
        StageDecision.objects.create(
            initiative=initiative,
            from_stage="idea",
            to_stage="idea",
            decision="hold",
            decided_on=dt.date(2025, 6, 1),
            rationale="Review.",
            evidence_level=1,
        )
        initiative.block_links.create(block=BlockFactory(), role="uses")
        initiative.citizen_services.add(CitizenServiceFactory())


@pytest.mark.parametrize("signed_in", [False, True])
def test_idea_queries_do_not_grow_with_rows(client: Client, signed_in: bool) -> None:
    from anker.cocreation.models import Idea
    from tests.factories import UserFactory

    if signed_in:
        client.force_login(UserFactory(platform_role="coordinator"))
    populate_ideas(2)
    hub = Idea.objects.get(external_id="hub").uuid
    urls = [
        "/ideas/",
        "/ideas/?status=new&kind=block&q=idea&ordering=-created",
        f"/ideas/{hub}/",
        "/api/v1/ideas",
        f"/api/v1/ideas/{hub}/comments",
        f"/api/v1/ideas/{hub}/status-changes",
    ]
    if signed_in:
        urls.append("/ideas/moderation/")
    few = {url: queries(url, client) for url in urls}
    populate_ideas(6)
    for url in urls:
        many = queries(url, client)
        assert many == few[url], f"{url}: {few[url]} queries for few rows, {many} for many"
        assert few[url] <= 20, f"{url}: {few[url]} queries"
