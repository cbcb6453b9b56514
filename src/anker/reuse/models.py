"""Reuse: the heart of anker, the dated two-sided edge that proves an innovation scaled."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from anker.core.models import ProvenancedModel


class ReuseMode(models.TextChoices):
    AS_IS = "as-is", _("As is")
    ADAPTED = "adapted", _("Adapted")
    FORKED = "forked", _("Forked")
    SHARED_SERVICE = "shared-service", _("Shared service")


class ReuseStatus(models.TextChoices):
    EVALUATING = "evaluating", _("Evaluating")
    PILOTING = "piloting", _("Piloting")
    IN_USE = "in-use", _("In use")
    STOPPED = "stopped", _("Stopped")


class DeclaredBy(models.TextChoices):
    PROVIDER = "provider", _("Provider (a claim)")
    REUSER = "reuser", _("Reuser (a confirmation)")


class Reuse(ProvenancedModel):
    """Organisation ``organisation`` reuses ``block``.

    Two-sided: the provider may claim it (as publiccode.yml's ``usedBy`` does) and the
    reuser confirms; ``confirmed_at`` is set once the reuser has. One edge per pair;
    its history lives in the audit log."""

    block = models.ForeignKey(
        "catalogue.BuildingBlock",
        verbose_name=_("building block"),
        on_delete=models.CASCADE,
        related_name="reuses",
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("reusing organisation"),
        on_delete=models.CASCADE,
        related_name="reuses",
    )
    mode = models.CharField(
        _("mode"), max_length=20, choices=ReuseMode.choices, default=ReuseMode.AS_IS
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ReuseStatus.choices,
        default=ReuseStatus.IN_USE,
    )
    since = models.DateField(_("since"), null=True, blank=True)
    until = models.DateField(_("until"), null=True, blank=True)
    stop_reason = models.TextField(_("reason for stopping"), blank=True)
    evidence_url = models.URLField(_("evidence link"), max_length=500, blank=True)
    evidence_note = models.CharField(_("evidence"), max_length=500, blank=True)
    declared_by = models.CharField(
        _("declared by"),
        max_length=10,
        choices=DeclaredBy.choices,
        default=DeclaredBy.REUSER,
    )
    confirmed_at = models.DateTimeField(
        _("confirmed by the reuser at"),
        null=True,
        blank=True,
        help_text=_("Empty while a provider's claim waits for the reuser's confirmation."),
    )

    class Meta:
        verbose_name = _("reuse")
        verbose_name_plural = _("reuses")
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["block", "organisation"], name="one_reuse_per_pair"),
        ]
        indexes = [
            models.Index(fields=["block", "status"]),
            models.Index(fields=["organisation", "status"]),
            models.Index(fields=["since"]),
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} reuses {self.block_id}"

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None

    def clean(self) -> None:
        errors: dict[str, list[str]] = {}
        if self.since and self.until and self.until < self.since:
            errors["until"] = [_("The end date lies before the start date.")]
        if self.status == ReuseStatus.STOPPED and not self.stop_reason.strip():
            errors["stop_reason"] = [_("Say why the reuse stopped.")]
        if self.status != ReuseStatus.STOPPED and self.until:
            errors["until"] = [_("Only a stopped reuse has an end date.")]
        if self.block_id and self.organisation_id and self.block.owner_id == self.organisation_id:
            errors["organisation"] = [_("An organisation does not reuse its own block.")]
        if errors:
            raise ValidationError(errors)
