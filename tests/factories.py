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
