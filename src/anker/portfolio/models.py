"""Initiatives: the portfolio items that carry an innovation from idea to anchored
standard, with every stage-gate decision, their goals, KPIs with dated measurements, the
building blocks they produce or use and the skills they need."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, URLValidator
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from anker.core.models import BaseModel, ProvenancedModel
from anker.portfolio.stages import (
    DecisionKind,
    EvidenceLevel,
    Stage,
    allowed_targets,
    is_evidence_gated,
)

# A pilot that has not moved for this long is "stalled" (PRODUCT.md §4).
STALLED_AFTER_DAYS = 365
MAX_LINKS = 10


def duration_label(days: int) -> str:
    """A span of days as people say it: "9 days", "3 weeks", "5 months", "1 year, 2 months"
    (a board reads better than "444 days" or "11 months, 4 weeks")."""
    if days < 14:
        return ngettext("%(n)d day", "%(n)d days", days) % {"n": days}
    if days < 61:
        weeks = days // 7
        return ngettext("%(n)d week", "%(n)d weeks", weeks) % {"n": weeks}
    months = round(days / 30.44)
    years, months = divmod(months, 12)
    parts = [ngettext("%(n)d year", "%(n)d years", years) % {"n": years}] if years else []
    if months:
        parts.append(ngettext("%(n)d month", "%(n)d months", months) % {"n": months})
    return ", ".join(parts)


class Skill(models.Model):
    """A skill an initiative needs (e.g. "user research", "procurement"). A shared
    vocabulary rather than free text per initiative, so that initiatives can be found by
    skill and matched against people's expertise."""

    name = models.CharField(_("name"), max_length=100)

    class Meta:
        verbose_name = _("skill")
        verbose_name_plural = _("skills")
        ordering = ["name", "id"]
        constraints = [models.UniqueConstraint(Lower("name"), name="unique_skill_name")]

    def __str__(self) -> str:
        return self.name


class BlockRole(models.TextChoices):
    PRODUCES = "produces", _("Produces")
    USES = "uses", _("Uses")


class Initiative(ProvenancedModel):
    """A portfolio item. ``stage`` only changes through a ``StageDecision``;
    ``stage_since`` is the date of the last decision that changed it (or the start), so
    "time in the current stage" is one subtraction for the board and for insights."""

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    name = models.CharField(_("name"), max_length=300)
    summary = models.CharField(
        _("summary"), max_length=300, blank=True, help_text=_("One sentence: what it changes.")
    )
    description = models.TextField(_("description"), blank=True)
    owner = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("owner"),
        on_delete=models.PROTECT,
        related_name="initiatives",
    )
    partners = models.ManyToManyField(
        "organisations.Organisation",
        verbose_name=_("partner organisations"),
        blank=True,
        related_name="partner_initiatives",
    )
    stage = models.CharField(_("stage"), max_length=20, choices=Stage.choices, default=Stage.IDEA)
    stage_since = models.DateField(
        _("in this stage since"),
        help_text=_("The date of the last stage change; kept by the stage decisions."),
    )
    started_on = models.DateField(_("started on"))
    goals = models.JSONField(
        _("goals"), default=list, blank=True, help_text=_("What the initiative aims for.")
    )
    homepage_url = models.URLField(_("home page"), max_length=500, blank=True)
    skills = models.ManyToManyField(
        Skill, verbose_name=_("skills needed"), blank=True, related_name="initiatives"
    )
    capabilities = models.ManyToManyField(
        "architecture.Capability",
        verbose_name=_("capabilities"),
        blank=True,
        related_name="initiatives",
        help_text=_("The capabilities of the reference architecture it works on."),
    )
    blocks = models.ManyToManyField(
        "catalogue.BuildingBlock",
        verbose_name=_("building blocks"),
        through="InitiativeBlock",
        blank=True,
        related_name="initiatives",
    )
    citizen_services = models.ManyToManyField(
        "citizenservices.CitizenService",
        verbose_name=_("citizen services it improves"),
        blank=True,
        related_name="initiatives",
    )

    class Meta:
        verbose_name = _("initiative")
        verbose_name_plural = _("initiatives")
        ordering = ["name", "id"]
        indexes = [
            models.Index(fields=["stage", "stage_since"]),
            models.Index(fields=["owner", "stage"]),
            models.Index(fields=["external_id"]),
            models.Index(fields=["modified"]),
        ]

    def get_absolute_url(self) -> str:
        return reverse("portfolio:detail", kwargs={"slug": self.slug})

    def days_in_stage(self, today: dt.date | None = None) -> int:
        return ((today or timezone.localdate()) - self.stage_since).days

    @property
    def time_in_stage(self) -> str:
        return duration_label(self.days_in_stage())

    @property
    def is_stalled(self) -> bool:
        return self.stage == Stage.PILOT and self.days_in_stage() > STALLED_AFTER_DAYS

    def clean(self) -> None:
        if not isinstance(self.goals, list) or not all(isinstance(g, str) for g in self.goals):
            raise ValidationError({"goals": [_("Goals are a list of texts.")]})
        if self.started_on and self.started_on > timezone.localdate():
            raise ValidationError({"started_on": [_("The start lies in the future.")]})


class InitiativeBlock(models.Model):
    """An initiative produces or uses a building block. What it produced, and who reuses
    that, is the evidence that it scaled."""

    initiative = models.ForeignKey(
        Initiative,
        verbose_name=_("initiative"),
        on_delete=models.CASCADE,
        related_name="block_links",
    )
    block = models.ForeignKey(
        "catalogue.BuildingBlock",
        verbose_name=_("building block"),
        on_delete=models.CASCADE,
        related_name="initiative_links",
    )
    role = models.CharField(_("role"), max_length=10, choices=BlockRole.choices)

    class Meta:
        verbose_name = _("building block of an initiative")
        verbose_name_plural = _("building blocks of initiatives")
        ordering = ["role", "id"]
        constraints = [
            models.UniqueConstraint(fields=["initiative", "block"], name="one_role_per_block"),
        ]
        indexes = [models.Index(fields=["block", "role"])]

    def __str__(self) -> str:
        return f"{self.initiative_id} {self.role} {self.block_id}"


class KpiDirection(models.TextChoices):
    HIGHER = "higher", _("Higher is better")
    LOWER = "lower", _("Lower is better")


class Kpi(BaseModel):
    """A key performance indicator of an initiative, measured over time."""

    initiative = models.ForeignKey(
        Initiative, verbose_name=_("initiative"), on_delete=models.CASCADE, related_name="kpis"
    )
    name = models.CharField(_("name"), max_length=200)
    unit = models.CharField(
        _("unit"), max_length=50, blank=True, help_text=_("e.g. %, days, euros, requests")
    )
    direction = models.CharField(
        _("direction"), max_length=10, choices=KpiDirection.choices, default=KpiDirection.HIGHER
    )
    baseline = models.DecimalField(
        _("baseline"), max_digits=16, decimal_places=4, null=True, blank=True
    )
    target = models.DecimalField(
        _("target"), max_digits=16, decimal_places=4, null=True, blank=True
    )
    position = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("KPI")
        verbose_name_plural = _("KPIs")
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["initiative", "name"], name="unique_kpi_name"),
        ]


class KpiMeasurement(BaseModel):
    """One dated value of a KPI. One per KPI and date: a correction replaces the value."""

    kpi = models.ForeignKey(
        Kpi, verbose_name=_("KPI"), on_delete=models.CASCADE, related_name="measurements"
    )
    measured_on = models.DateField(_("measured on"))
    value = models.DecimalField(_("value"), max_digits=16, decimal_places=4)
    note = models.CharField(_("note"), max_length=500, blank=True)
    recorded_by = models.ForeignKey(
        "accounts.User",
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("KPI measurement")
        verbose_name_plural = _("KPI measurements")
        ordering = ["measured_on", "id"]
        constraints = [
            models.UniqueConstraint(fields=["kpi", "measured_on"], name="one_value_per_kpi_date"),
        ]

    def __str__(self) -> str:
        return f"{self.measured_on}: {self.value}"

    def clean(self) -> None:
        if self.measured_on and self.measured_on > timezone.localdate():
            raise ValidationError({"measured_on": [_("A measurement cannot lie in the future.")]})


class StageDecision(ProvenancedModel):
    """A stage gate: from, to, the decision, when, who, why and on what evidence.

    Decisions are a record and are never changed afterwards; a wrong decision is
    corrected by the next one. The evidence check's warnings and the facts it saw are
    stored with the decision, so that a later reader knows what the decider was told."""

    initiative = models.ForeignKey(
        Initiative,
        verbose_name=_("initiative"),
        on_delete=models.CASCADE,
        related_name="decisions",
    )
    from_stage = models.CharField(_("from stage"), max_length=20, choices=Stage.choices)
    to_stage = models.CharField(_("to stage"), max_length=20, choices=Stage.choices)
    decision = models.CharField(_("decision"), max_length=10, choices=DecisionKind.choices)
    decided_on = models.DateField(_("decided on"))
    decided_by = models.ForeignKey(
        "accounts.User",
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_by_name = models.CharField(_("recorded by (name)"), max_length=200, blank=True)
    decision_maker = models.CharField(
        _("decided by"),
        max_length=200,
        blank=True,
        help_text=_("Who took the decision, e.g. the portfolio board; empty: who recorded it."),
    )
    rationale = models.TextField(_("rationale"))
    evidence_level = models.PositiveSmallIntegerField(
        _("evidence level"),
        choices=EvidenceLevel.choices,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    evidence = models.TextField(
        _("evidence"),
        blank=True,
        help_text=_("What shows it works, e.g. which organisations reuse what it produced."),
    )
    links = models.JSONField(_("links"), default=list, blank=True)
    warnings = models.JSONField(_("warnings"), default=list, blank=True)
    facts = models.JSONField(_("facts checked"), null=True, blank=True)

    class Meta:
        verbose_name = _("stage decision")
        verbose_name_plural = _("stage decisions")
        ordering = ["decided_on", "id"]
        indexes = [
            models.Index(fields=["initiative", "decided_on"]),
            models.Index(fields=["to_stage", "decided_on"]),
            models.Index(fields=["decision", "decided_on"]),
        ]

    def __str__(self) -> str:
        return f"{self.decided_on} {self.decision}: {self.from_stage} → {self.to_stage}"

    @property
    def warning_messages(self) -> list[str]:
        """The stored warnings in the reader's language."""
        from anker.portfolio.evidence import describe_warnings

        return describe_warnings(self.warnings)

    @property
    def changes_stage(self) -> bool:
        return self.decision != DecisionKind.HOLD

    def clean(self) -> None:
        errors: dict[str, list[str]] = {}
        if self.to_stage not in allowed_targets(self.from_stage, self.decision):
            errors["to_stage"] = [
                _("A %(decision)s decision cannot move an initiative from %(from)s to %(to)s.")
                % {"decision": self.decision, "from": self.from_stage, "to": self.to_stage}
            ]
        if not (self.rationale or "").strip():
            errors["rationale"] = [_("Say why: every gate decision has a rationale.")]
        if is_evidence_gated(self.decision, self.to_stage) and not (self.evidence or "").strip():
            errors["evidence"] = [
                _(
                    "A move to %(stage)s needs evidence, e.g. which organisations reuse "
                    "what it produced."
                )
                % {"stage": Stage(self.to_stage).label}
            ]
        if self.decided_on and self.decided_on > timezone.localdate():
            errors["decided_on"] = [_("A decision cannot lie in the future.")]
        if link_errors := _link_errors(self.links):
            errors["links"] = link_errors
        if errors:
            raise ValidationError(errors)


def _link_errors(links: object) -> list[str]:
    if not isinstance(links, list):
        return [_("Links are a list of addresses.")]
    if len(links) > MAX_LINKS:
        return [_("At most %(n)d links.") % {"n": MAX_LINKS}]
    validate = URLValidator(schemes=["http", "https"])
    for link in links:
        try:
            if not isinstance(link, str) or len(link) > 500:
                raise ValidationError("")
            validate(link)
        except ValidationError:
            return [_("%(link)r is not a web address.") % {"link": str(link)[:100]}]
    return []
