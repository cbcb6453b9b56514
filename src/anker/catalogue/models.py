"""Building blocks and what hangs on them: descriptions per language, tags,
dependencies, standards compliance and security/privacy evidence."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from anker.core.models import BaseModel, ProvenancedModel


class BlockKind(models.TextChoices):
    SOFTWARE = "software", _("Software")
    API = "api", _("API")
    DATASET = "dataset", _("Dataset")
    PLATFORM = "platform", _("Platform (shared service)")
    STANDARD = "standard", _("Standard")
    ORGANISATIONAL = "organisational", _("Organisational")


class Lifecycle(models.TextChoices):
    IDEA = "idea", _("Idea")
    EXPERIMENT = "experiment", _("Experiment")
    PILOT = "pilot", _("Pilot")
    PRODUCTION = "production", _("Production")
    ANCHORED = "anchored", _("Anchored (recommended standard)")
    DEPRECATED = "deprecated", _("Deprecated")
    RETIRED = "retired", _("Retired")


class Openness(models.TextChoices):
    OPEN = "open", _("Open to everyone")
    PUBLIC_SECTOR = "public-sector", _("Public sector only")
    RESTRICTED = "restricted", _("Restricted")


class Maintenance(models.TextChoices):
    INTERNAL = "internal", _("Internal")
    CONTRACT = "contract", _("Under contract")
    COMMUNITY = "community", _("Community")
    NONE = "none", _("Not maintained")


class Tag(models.Model):
    """A free keyword (publiccode.yml categories, DCAT keywords)."""

    name = models.CharField(_("name"), max_length=100, unique=True)

    class Meta:
        verbose_name = _("tag")
        verbose_name_plural = _("tags")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class BuildingBlock(ProvenancedModel):
    """What can be reused: software, an API, a dataset, a shared platform, a standard or
    an organisational asset (process, contract template, training, governance model)."""

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    name = models.CharField(_("name"), max_length=300)
    kind = models.CharField(_("kind"), max_length=20, choices=BlockKind.choices)
    owner = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("owner"),
        on_delete=models.PROTECT,
        related_name="blocks",
    )
    lifecycle = models.CharField(
        _("lifecycle"),
        max_length=20,
        choices=Lifecycle.choices,
        default=Lifecycle.PRODUCTION,
    )
    openness = models.CharField(
        _("openness"),
        max_length=20,
        choices=Openness.choices,
        default=Openness.OPEN,
    )
    licence = models.CharField(
        _("licence"),
        max_length=100,
        blank=True,
        help_text=_("An SPDX identifier, e.g. EUPL-1.2."),
    )
    homepage_url = models.URLField(_("home page"), max_length=500, blank=True)
    code_url = models.URLField(_("source code"), max_length=500, blank=True)
    docs_url = models.URLField(_("documentation"), max_length=500, blank=True)
    spec_url = models.URLField(_("specification"), max_length=500, blank=True)
    version = models.CharField(_("version"), max_length=50, blank=True)
    default_language = models.CharField(
        _("default language"),
        max_length=10,
        default="en",
        help_text=_("The language of the description shown when none exists in the reader's."),
    )
    maintenance = models.CharField(
        _("maintenance"),
        max_length=20,
        choices=Maintenance.choices,
        default=Maintenance.INTERNAL,
    )
    contact_name = models.CharField(_("contact name"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    tags = models.ManyToManyField(Tag, verbose_name=_("tags"), blank=True, related_name="blocks")
    capabilities = models.ManyToManyField(
        "architecture.Capability",
        verbose_name=_("capabilities realised"),
        blank=True,
        related_name="blocks",
    )
    last_verified_at = models.DateTimeField(_("last verified"), null=True, blank=True)
    last_verified_by = models.ForeignKey(
        "accounts.User",
        verbose_name=_("last verified by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reuse_count = models.PositiveIntegerField(
        _("active reusers"),
        default=0,
        editable=False,
        help_text=_(
            "Organisations whose reuse has not stopped; kept current by the reuse services."
        ),
    )
    search_document = models.TextField(
        _("search document"),
        blank=True,
        editable=False,
        help_text=_("Name, tags, owner and descriptions in every language, for full-text search."),
    )

    class Meta:
        verbose_name = _("building block")
        verbose_name_plural = _("building blocks")
        ordering = ["name", "id"]
        # Each facet column leads an index that also holds the visibility columns, so a
        # facet count is an index-only scan even at 100,000 blocks.
        indexes = [
            models.Index(fields=["name", "id"]),
            models.Index(fields=["owner", "openness"]),
            models.Index(fields=["kind", "openness", "owner"]),
            models.Index(fields=["lifecycle", "openness", "owner"]),
            models.Index(fields=["licence", "openness", "owner"]),
            models.Index(fields=["openness", "owner", "reuse_count"]),
            models.Index(fields=["-reuse_count", "name", "id"]),
            models.Index(fields=["modified"]),
            models.Index(fields=["last_verified_at"]),
            models.Index(fields=["external_id"]),
        ]

    def get_absolute_url(self) -> str:
        return reverse("catalogue:block", kwargs={"slug": self.slug})


class BlockDescription(models.Model):
    """A block's description in one language (publiccode.yml keeps them the same way)."""

    block = models.ForeignKey(
        BuildingBlock,
        verbose_name=_("building block"),
        on_delete=models.CASCADE,
        related_name="descriptions",
    )
    language = models.CharField(_("language"), max_length=10)
    short_description = models.CharField(_("short description"), max_length=300, blank=True)
    long_description = models.TextField(_("long description"), blank=True)

    class Meta:
        verbose_name = _("description")
        verbose_name_plural = _("descriptions")
        ordering = ["language"]
        constraints = [
            models.UniqueConstraint(
                fields=["block", "language"], name="one_description_per_language"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.block_id} [{self.language}]"


class Dependency(ProvenancedModel):
    """``dependent`` needs ``dependency`` to work. The edge of the dependency graph."""

    dependent = models.ForeignKey(
        BuildingBlock,
        verbose_name=_("dependent block"),
        on_delete=models.CASCADE,
        related_name="dependencies",
    )
    dependency = models.ForeignKey(
        BuildingBlock,
        verbose_name=_("depends on"),
        on_delete=models.CASCADE,
        related_name="dependents",
    )
    note = models.CharField(_("note"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("dependency")
        verbose_name_plural = _("dependencies")
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["dependent", "dependency"], name="unique_dependency"),
            models.CheckConstraint(
                condition=~models.Q(dependent=models.F("dependency")),
                name="no_self_dependency",
            ),
        ]
        indexes = [models.Index(fields=["dependency", "dependent"])]

    def __str__(self) -> str:
        return f"{self.dependent_id} → {self.dependency_id}"


class ComplianceStatus(models.TextChoices):
    COMPLIES = "complies", _("Complies")
    PARTIALLY = "partially", _("Partially complies")
    EXPLAINED = "explained", _("Does not comply (explained)")


class StandardCompliance(BaseModel):
    """Comply or explain: how a block relates to a standard (itself a block of kind standard)."""

    block = models.ForeignKey(
        BuildingBlock,
        verbose_name=_("building block"),
        on_delete=models.CASCADE,
        related_name="compliance",
    )
    standard = models.ForeignKey(
        BuildingBlock,
        verbose_name=_("standard"),
        on_delete=models.CASCADE,
        related_name="complying_blocks",
        limit_choices_to={"kind": BlockKind.STANDARD},
    )
    status = models.CharField(_("status"), max_length=20, choices=ComplianceStatus.choices)
    explanation = models.TextField(_("explanation"), blank=True)

    class Meta:
        verbose_name = _("standards compliance")
        verbose_name_plural = _("standards compliance")
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["block", "standard"], name="one_compliance_per_standard"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.block_id} / {self.standard_id}: {self.status}"


class EvidenceKind(models.TextChoices):
    DPIA = "dpia", _("Data protection impact assessment (DPIA)")
    PENTEST = "pentest", _("Penetration test")
    ACCESSIBILITY = "accessibility", _("Accessibility audit")
    OTHER = "other", _("Other evidence")


class SecurityEvidence(BaseModel):
    """Security and privacy evidence for a block, with the date it was established."""

    block = models.ForeignKey(
        BuildingBlock,
        verbose_name=_("building block"),
        on_delete=models.CASCADE,
        related_name="evidence",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=EvidenceKind.choices)
    date = models.DateField(_("date"))
    url = models.URLField(_("link"), max_length=500, blank=True)
    note = models.CharField(_("note"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("security or privacy evidence")
        verbose_name_plural = _("security and privacy evidence")
        ordering = ["-date", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.date}"


class ApiSpecification(BaseModel):
    """What an API block's OpenAPI or Swagger document says: one per api block, refreshed
    by every import of the document."""

    block = models.OneToOneField(
        BuildingBlock,
        verbose_name=_("building block"),
        on_delete=models.CASCADE,
        related_name="api_specification",
    )
    family = models.CharField(_("specification family"), max_length=20)
    spec_version = models.CharField(_("specification version"), max_length=20)
    paths = models.PositiveIntegerField(_("paths"), default=0)
    operations = models.PositiveIntegerField(_("operations"), default=0)
    servers = models.JSONField(_("servers"), default=list, blank=True)
    security_schemes = models.JSONField(_("security schemes"), default=list, blank=True)

    class Meta:
        verbose_name = _("API specification")
        verbose_name_plural = _("API specifications")

    def __str__(self) -> str:
        return f"{self.block_id}: {self.family} {self.spec_version}"


class LinkKind(models.TextChoices):
    LANDING = "landing", _("Landing page")
    ACCESS = "access", _("Access address")
    DOWNLOAD = "download", _("Download")
    DOCUMENTATION = "documentation", _("Documentation")
    ENDPOINT = "endpoint", _("Endpoint")
    OTHER = "other", _("Other link")


class BlockLink(BaseModel):
    """A further address of a block beyond its fixed ones: a DCAT distribution's access
    or download URL, an API's endpoint, with what the source says about it."""

    block = models.ForeignKey(
        BuildingBlock,
        verbose_name=_("building block"),
        on_delete=models.CASCADE,
        related_name="links",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=LinkKind.choices)
    url = models.URLField(_("address"), max_length=1000)
    title = models.CharField(_("title"), max_length=300, blank=True)
    media_type = models.CharField(_("media type"), max_length=100, blank=True)
    licence = models.CharField(_("licence"), max_length=300, blank=True)
    position = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("link")
        verbose_name_plural = _("links")
        ordering = ["block", "position", "id"]

    def __str__(self) -> str:
        return self.url


class ApiDesignScore(BaseModel):
    """One check of an API block's OpenAPI document against the automatable Dutch API
    Design Rules, kept per import so the page can show how the score moved."""

    block = models.ForeignKey(
        BuildingBlock,
        verbose_name=_("building block"),
        on_delete=models.CASCADE,
        related_name="api_design_scores",
    )
    ruleset = models.CharField(_("ruleset"), max_length=50)
    score = models.PositiveSmallIntegerField(_("score (percent of rules passed)"))
    rules_checked = models.PositiveSmallIntegerField(_("rules checked"), default=0)
    rules_failed = models.PositiveSmallIntegerField(_("rules failed"), default=0)
    findings = models.JSONField(_("findings"), default=list, blank=True)
    source_hash = models.CharField(_("document hash"), max_length=64, blank=True)

    class Meta:
        verbose_name = _("API design rules score")
        verbose_name_plural = _("API design rules scores")
        ordering = ["block", "-created", "-id"]

    def __str__(self) -> str:
        return f"{self.block_id}: {self.score}% ({self.ruleset})"
