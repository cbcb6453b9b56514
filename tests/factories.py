"""factory-boy factories for every entity, shared by all tests."""

from __future__ import annotations

import factory

from anker.accounts.models import MemberRole, Membership, User
from anker.architecture.models import Capability
from anker.catalogue.models import (
    BlockDescription,
    BlockKind,
    BuildingBlock,
    Dependency,
    Lifecycle,
    Openness,
)
from anker.organisations.models import Organisation, OrganisationKind
from anker.reuse.models import Reuse, ReuseStatus


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@anker.example")
    password = factory.PostGenerationMethodCall("set_password", "correct-horse-battery")

    @factory.post_generation
    def saved(obj, create, extracted, **kwargs):  # noqa: N805
        if create:
            obj.save()


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Gemeente Test {n}")
    slug = factory.Sequence(lambda n: f"gemeente-test-{n}")
    kind = OrganisationKind.LOCAL
    is_public_sector = True
    country = "NL"


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = MemberRole.EDITOR


class CapabilityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Capability

    name = factory.Sequence(lambda n: f"Capability {n}")
    name_nl = factory.Sequence(lambda n: f"Vermogen {n}")
    slug = factory.Sequence(lambda n: f"capability-{n}")


class BlockFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BuildingBlock
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Block {n}")
    slug = factory.Sequence(lambda n: f"block-{n}")
    kind = BlockKind.SOFTWARE
    owner = factory.SubFactory(OrganisationFactory)
    lifecycle = Lifecycle.PRODUCTION
    openness = Openness.OPEN
    licence = "EUPL-1.2"

    @factory.post_generation
    def indexed(obj, create, extracted, **kwargs):  # noqa: N805
        """Keep the full-text document current, as the services do."""
        if create:
            from anker.catalogue.services import refresh_search_document

            refresh_search_document(obj)


class DescriptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BlockDescription

    block = factory.SubFactory(BlockFactory)
    language = "en"
    short_description = "A short description."
    long_description = "A longer description."


class DependencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Dependency

    dependent = factory.SubFactory(BlockFactory)
    dependency = factory.SubFactory(BlockFactory)


class ReuseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Reuse
        skip_postgeneration_save = True

    block = factory.SubFactory(BlockFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    status = ReuseStatus.IN_USE

    @factory.post_generation
    def counted(obj, create, extracted, **kwargs):  # noqa: N805
        """Keep the block's reuse count current, as the services do."""
        if create:
            from anker.reuse.services import reuse_counts_refresh

            reuse_counts_refresh(block_ids=[obj.block_id])


# --- citizen services -------------------------------------------------------------------


class LifeEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "citizenservices.LifeEvent"

    name = factory.Sequence(lambda n: f"Life event {n}")
    name_nl = factory.Sequence(lambda n: f"Levensgebeurtenis {n}")
    slug = factory.Sequence(lambda n: f"life-event-{n}")


class ServiceTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "citizenservices.ServiceType"

    name = factory.Sequence(lambda n: f"Service type {n}")
    name_nl = factory.Sequence(lambda n: f"Dienstsoort {n}")
    slug = factory.Sequence(lambda n: f"service-type-{n}")


class CitizenServiceFactory(factory.django.DjangoModelFactory):
    """A service; ``organisations=[…]`` sets the responsible organisations (default: a
    new one), ``life_events=[…]`` and ``blocks=[…]`` its other relations."""

    class Meta:
        model = "citizenservices.CitizenService"
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Dienst {n}")
    slug = factory.Sequence(lambda n: f"dienst-{n}")
    language = "nl"

    @factory.post_generation
    def organisations(obj, create, extracted, **kwargs):  # noqa: N805
        if create:
            obj.organisations.set(extracted if extracted is not None else [OrganisationFactory()])

    @factory.post_generation
    def life_events(obj, create, extracted, **kwargs):  # noqa: N805
        if create and extracted:
            obj.life_events.set(extracted)

    @factory.post_generation
    def blocks(obj, create, extracted, **kwargs):  # noqa: N805
        if create and extracted:
            obj.blocks.set(extracted)


class ServiceChannelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "citizenservices.ServiceChannel"

    service = factory.SubFactory(CitizenServiceFactory)
    kind = "online"
    always_available = True
    service_level_value = 5
    service_level_unit = "working-days"
    languages = factory.LazyFunction(lambda: ["nl", "en"])


def _month(n: int):
    """A past month for sequence number ``n`` (2015 to 2024, round and round)."""
    import datetime

    n %= 120
    return datetime.date(2015 + n // 12, n % 12 + 1, 1)


class ChannelFiguresFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "citizenservices.ChannelFigures"

    channel = factory.SubFactory(ServiceChannelFactory)
    month = factory.Sequence(_month)
    requests = 1000
    completion_rate = 92
    satisfaction = 81
    cost_per_transaction = 4


# --- exchange requests and notifications ------------------------------------------------------


class ExchangeRequestFactory(factory.django.DjangoModelFactory):
    """A pending request by another organisation; pass ``status`` and the matching dates
    (or use the services) for later states."""

    class Meta:
        model = "reuse.ExchangeRequest"

    block = factory.SubFactory(BlockFactory)
    requester = factory.SubFactory(OrganisationFactory)
    purpose = "We want to use it for our citizens' requests."
    terms = "EUPL-1.2; support by the owner during office hours."


class NotificationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "notifications.Notification"

    recipient = factory.SubFactory(UserFactory)
    kind = "test"
    text = "Something happened to %(thing)s."
    params = factory.LazyFunction(lambda: {"thing": "a block"})
    url = "/blocks/"


# --- portfolio ---------------------------------------------------------------------------

import datetime as dt  # noqa: E402 - the portfolio section is appended, with its own import


class InitiativeFactory(factory.django.DjangoModelFactory):
    """An initiative at ``stage`` since its start (no decisions yet)."""

    class Meta:
        model = "portfolio.Initiative"

    name = factory.Sequence(lambda n: f"Initiative {n}")
    slug = factory.Sequence(lambda n: f"initiative-{n}")
    owner = factory.SubFactory(OrganisationFactory)
    stage = "idea"
    started_on = dt.date(2025, 1, 6)
    stage_since = factory.LazyAttribute(lambda i: i.started_on)


class KpiFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "portfolio.Kpi"

    initiative = factory.SubFactory(InitiativeFactory)
    name = factory.Sequence(lambda n: f"KPI {n}")
    unit = "%"
    direction = "higher"


class KpiMeasurementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "portfolio.KpiMeasurement"

    kpi = factory.SubFactory(KpiFactory)
    measured_on = factory.Sequence(lambda n: dt.date(2025, 1, 1) + dt.timedelta(days=n))
    value = 10


# --- co-creation -------------------------------------------------------------------------


class IdeaFactory(factory.django.DjangoModelFactory):
    """A published new idea, by default about a new building block; pass ``about_service``,
    ``about_initiative`` or ``about_organisation`` (with ``about_block=None``) instead."""

    class Meta:
        model = "cocreation.Idea"

    title = factory.Sequence(lambda n: f"Idea {n}")
    body = "Make it easier."
    about_block = factory.SubFactory(BlockFactory)
    submitter_name = "Anna"
    submitter_email = factory.Sequence(lambda n: f"citizen{n}@mail.example")


class IdeaVoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "cocreation.IdeaVote"

    idea = factory.SubFactory(IdeaFactory)
    voter_key = factory.Sequence(lambda n: f"{n:064x}")


class IdeaCommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "cocreation.IdeaComment"

    idea = factory.SubFactory(IdeaFactory)
    author_name = "Bert"
    body = factory.Sequence(lambda n: f"Comment {n}")
