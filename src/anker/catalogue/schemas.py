"""API schemas of building blocks and dependencies."""

from __future__ import annotations

from datetime import date as date_type
from datetime import datetime
from typing import Annotated, Any, Literal
from uuid import UUID

from ninja import Field, Schema
from pydantic import StringConstraints, field_validator

from anker.api.pagination import PageQuery, page_schema
from anker.api.schemas import SLUG_PATTERN, BlockRef, Input, OrganisationRef, unset
from anker.catalogue.models import BlockKind, BuildingBlock, Lifecycle, Maintenance, Openness
from anker.catalogue.selectors import ORDERINGS
from anker.catalogue.services import MAX_TAGS

BlockOrdering = Literal[(*ORDERINGS, "relevance")]  # type: ignore[valid-type]
LANGUAGE = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"
Tag = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]


class Description(Schema):
    """A block's description in one language."""

    language: str = Field(..., description="Language code, e.g. `nl` or `en`.")
    short_description: str = Field(..., description="One line.")
    long_description: str = Field(..., description="As long as it needs to be.")


class DescriptionIn(Input):
    """A block's description in one language, as sent."""

    language: str = Field(
        ..., max_length=10, pattern=LANGUAGE, description="Language code, e.g. `nl` or `en`."
    )
    short_description: str = Field("", max_length=300, description="One line.")
    long_description: str = Field("", description="As long as it needs to be.")


def _one_per_language(descriptions: list[DescriptionIn] | None) -> list[DescriptionIn] | None:
    from django.utils.translation import gettext as _

    languages = [d.language for d in descriptions or []]
    if len(languages) != len(set(languages)):
        raise ValueError(_("Give each language once."))
    return descriptions


class BlockOut(Schema):
    """A building block: what can be reused."""

    uuid: UUID = Field(..., description="Stable identifier.")
    slug: str = Field(..., description="The block's address in anker.")
    name: str = Field(..., description="The block's name.")
    kind: BlockKind = Field(..., description="What kind of block it is.")
    owner: OrganisationRef = Field(..., description="The organisation that provides it.")
    lifecycle: Lifecycle = Field(..., description="Where the block stands, from idea to retired.")
    openness: Openness = Field(..., description="Who may see it.")
    licence: str = Field(..., description="SPDX licence identifier.")
    homepage_url: str = Field(..., description="Home page.")
    code_url: str = Field(..., description="Source code.")
    docs_url: str = Field(..., description="Documentation.")
    spec_url: str = Field(..., description="Specification.")
    version: str = Field(..., description="The current version.")
    default_language: str = Field(..., description="Language of the description shown by default.")
    maintenance: Maintenance = Field(..., description="Who maintains it.")
    contact_name: str = Field(..., description="Contact person.")
    contact_email: str = Field(..., description="Contact e-mail address.")
    descriptions: list[Description] = Field(..., description="The description per language.")
    tags: list[str] = Field(..., description="Keywords, alphabetically.")
    capabilities: list[str] = Field(..., description="Slugs of the capabilities it realises.")
    reuse_count: int = Field(
        ..., description="Organisations that reuse it (stopped reuse left out)."
    )
    last_verified_at: datetime | None = Field(
        None, description="When a person last confirmed the data."
    )
    source_format: str = Field(..., description="Where the record came from: manual, or a format.")
    source_url: str = Field(..., description="The file or address it was imported from.")
    external_id: str = Field(..., description="The record's own identifier in its source.")
    imported_at: datetime | None = Field(None, description="When it was last imported.")
    created: datetime = Field(..., description="When the record was made.")
    modified: datetime = Field(..., description="When the record last changed.")

    @staticmethod
    def resolve_descriptions(obj: BuildingBlock) -> list[Any]:
        prefetched = getattr(obj, "all_descriptions", None)
        return list(prefetched if prefetched is not None else obj.descriptions.all())

    @staticmethod
    def resolve_tags(obj: BuildingBlock) -> list[str]:
        return sorted(tag.name for tag in obj.tags.all())

    @staticmethod
    def resolve_capabilities(obj: BuildingBlock) -> list[str]:
        return sorted(capability.slug for capability in obj.capabilities.all())


class ComplianceOut(Schema):
    """Comply or explain: how the block relates to one standard."""

    standard: str = Field(..., description="Slug of the standard (a block of kind standard).")
    status: str = Field(..., description="complies, partially, or explained (does not comply).")
    explanation: str = Field(..., description="Why it does not (fully) comply.")

    @staticmethod
    def resolve_standard(obj: Any) -> str:
        return obj.standard.slug


class EvidenceOut(Schema):
    """Security or privacy evidence."""

    kind: str = Field(..., description="dpia, pentest, accessibility or other.")
    date: date_type = Field(..., description="When it was established.")
    url: str = Field(..., description="Link to the report.")
    note: str = Field(..., description="What it covers.")


class DesignFindingOut(Schema):
    """One rule of the API Design Rules the document breaks, with where (up to 20)."""

    rule: str = Field(..., description="The rule's code in the ruleset.")
    severity: str = Field(..., description="error (counts in the score) or warn (advice).")
    count: int = Field(..., description="How many places break it.")
    items: list[dict[str, str]] = Field(..., description="Up to 20 places: path and message.")


class DesignScoreOut(Schema):
    """The latest check of an API block's OpenAPI document against the automatable
    Dutch API Design Rules."""

    ruleset: str = Field(..., description="The ruleset and its version.")
    score: int = Field(..., description="Percent of the applicable error rules passed.")
    rules_checked: int = Field(..., description="Rules that apply to the document.")
    rules_failed: int = Field(..., description="Rules with at least one error finding.")
    checked: datetime = Field(..., description="When the document was checked.")
    findings: list[DesignFindingOut] = Field(..., description="Every rule broken.")

    @staticmethod
    def resolve_checked(obj: Any) -> datetime:
        return obj.created


class BlockDetailOut(BlockOut):
    """A building block with its standards compliance and security evidence."""

    compliance: list[ComplianceOut] = Field(..., description="Standards it complies with or not.")
    evidence: list[EvidenceOut] = Field(..., description="Security and privacy evidence.")
    design_score: DesignScoreOut | None = Field(
        None, description="API blocks: the latest API Design Rules score, if scored."
    )

    @staticmethod
    def resolve_design_score(obj: BuildingBlock) -> Any:
        # Set by the endpoint from the newest ApiDesignScore.
        return getattr(obj, "design_score", None)

    @staticmethod
    def resolve_compliance(obj: BuildingBlock) -> list[Any]:
        # Set by the endpoint, with standards the reader may not see left out.
        return getattr(obj, "visible_compliance", [])

    @staticmethod
    def resolve_evidence(obj: BuildingBlock) -> list[Any]:
        return list(obj.evidence.all())


class FacetValueOut(Schema):
    """How many blocks match one value of a facet."""

    value: str = Field(..., description="The value to filter on.")
    label: str = Field(..., description="The value for display.")
    count: int = Field(..., description="Matching blocks.")
    selected: bool = Field(..., description="Whether the request filters on this value.")


BlockPage = page_schema(
    BlockOut,
    "BlockPage",
    facets=(
        dict[str, list[FacetValueOut]] | None,
        Field(None, description="Per facet, the count for each value (with `facets=true`)."),
    ),
)


class BlockFilters(PageQuery):
    """Search, filters and ordering of the building block list. A filter given more
    than once matches any of its values."""

    q: str | None = Field(
        None, max_length=200, description="Full-text search; every word must match."
    )
    kind: list[BlockKind] = Field([], description="Kind.")
    lifecycle: list[Lifecycle] = Field([], description="Lifecycle stage.")
    openness: list[Openness] = Field([], description="Openness.")
    owner: list[str] = Field([], description="Owner organisation slug.")
    capability: list[str] = Field([], description="Capability slug.")
    licence: list[str] = Field([], description="SPDX licence identifier.")
    country: list[str] = Field([], description="Owner's country (ISO 3166-1 alpha-2).")
    ordering: BlockOrdering | None = Field(
        None,
        description="Sort order. Default: `relevance` with `q`, else `name`.",
    )
    facets: bool = Field(False, description="Also count the blocks per facet value.")


class BlockCreate(Input):
    """A new building block."""

    name: str = Field(..., min_length=1, max_length=300, description="The block's name.")
    kind: BlockKind = Field(..., description="What kind of block it is.")
    owner: str = Field(..., description="Slug of the organisation that provides it.")
    slug: str | None = Field(
        None, max_length=120, pattern=SLUG_PATTERN, description="Default: made from the name."
    )
    lifecycle: Lifecycle = Field(Lifecycle.PRODUCTION, description="Lifecycle stage.")
    openness: Openness = Field(Openness.OPEN, description="Who may see it.")
    licence: str = Field("", max_length=100, description="SPDX licence identifier.")
    homepage_url: str = Field("", max_length=500, description="Home page.")
    code_url: str = Field("", max_length=500, description="Source code.")
    docs_url: str = Field("", max_length=500, description="Documentation.")
    spec_url: str = Field("", max_length=500, description="Specification.")
    version: str = Field("", max_length=50, description="The current version.")
    default_language: str = Field(
        "en", max_length=10, pattern=LANGUAGE, description="Default language."
    )
    maintenance: Maintenance = Field(Maintenance.INTERNAL, description="Who maintains it.")
    contact_name: str = Field("", max_length=200, description="Contact person.")
    contact_email: str = Field("", max_length=254, description="Contact e-mail address.")
    descriptions: list[DescriptionIn] = Field([], description="The description per language.")
    tags: list[Tag] = Field([], max_length=MAX_TAGS, description="Keywords.")
    capabilities: list[str] = Field([], description="Slugs of the capabilities it realises.")

    _descriptions = field_validator("descriptions")(_one_per_language)


class BlockUpdate(Input):
    """Changes to a building block; leave a field out to keep it. Lists replace."""

    name: str = unset("The block's name.", min_length=1, max_length=300)
    kind: BlockKind = unset("What kind of block it is.")
    owner: str = unset("Slug of the organisation to hand the block to.")
    lifecycle: Lifecycle = unset("Lifecycle stage.")
    openness: Openness = unset("Who may see it.")
    licence: str = unset("SPDX licence identifier.", max_length=100)
    homepage_url: str = unset("Home page.", max_length=500)
    code_url: str = unset("Source code.", max_length=500)
    docs_url: str = unset("Documentation.", max_length=500)
    spec_url: str = unset("Specification.", max_length=500)
    version: str = unset("The current version.", max_length=50)
    default_language: str = unset("Default language.", max_length=10, pattern=LANGUAGE)
    maintenance: Maintenance = unset("Who maintains it.")
    contact_name: str = unset("Contact person.", max_length=200)
    contact_email: str = unset("Contact e-mail address.", max_length=254)
    descriptions: list[DescriptionIn] = unset("The description per language; replaces all.")
    tags: list[Tag] = unset("Keywords; replaces all.", max_length=MAX_TAGS)
    capabilities: list[str] = unset("Slugs of the capabilities it realises; replaces all.")

    _descriptions = field_validator("descriptions")(_one_per_language)


class DependencyOut(Schema):
    """``dependent`` needs ``dependency`` to work."""

    uuid: UUID = Field(..., description="Stable identifier.")
    dependent: BlockRef = Field(..., description="The block that needs the other.")
    dependency: BlockRef = Field(..., description="The block it needs.")
    note: str = Field(..., description="How or why.")
    created: datetime = Field(..., description="When the dependency was recorded.")


DependencyPage = page_schema(DependencyOut, "DependencyPage")


class DependencyFilters(PageQuery):
    """Filters of the dependency list."""

    block: str | None = Field(None, description="Dependencies from or to this block (slug).")
    dependent: str | None = Field(None, description="Only what this block (slug) depends on.")
    dependency: str | None = Field(None, description="Only what depends on this block (slug).")


class DependencyCreate(Input):
    """A new dependency: ``dependent`` needs ``dependency``."""

    dependent: str = Field(..., description="Slug of the block that needs the other.")
    dependency: str = Field(..., description="Slug of the block it needs.")
    note: str = Field("", max_length=500, description="How or why.")
