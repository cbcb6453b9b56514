"""Reuse: the heart of anker, the dated two-sided edge that proves an innovation scaled,
and the exchange request through which an organisation asks a block's owner for it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
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


# --- exchange requests ----------------------------------------------------------------------


class ExchangeStatus(models.TextChoices):
    REQUESTED = "requested", _("Requested")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    ACTIVE = "active", _("Active")
    ENDED = "ended", _("Ended")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# A pair (block, requesting organisation) has at most one request in these states.
OPEN_EXCHANGE_STATUSES = (ExchangeStatus.REQUESTED, ExchangeStatus.APPROVED, ExchangeStatus.ACTIVE)


class ExchangeAction(models.TextChoices):
    APPROVE = "approve", _("Approve")
    REJECT = "reject", _("Reject")
    WITHDRAW = "withdraw", _("Withdraw")
    ACTIVATE = "activate", _("Start using")
    END = "end", _("End")


@dataclass(frozen=True)
class Transition:
    """One step of the workflow: from any of ``sources`` to ``target``."""

    action: str
    sources: frozenset[str]
    target: str
    needs_reason: bool = False


# The whole state machine. Every other status change is refused; tests/reuse walks every
# pair of statuses against this table. Who may take each step is in accounts/permissions.py.
TRANSITIONS: dict[str, Transition] = {
    transition.action: transition
    for transition in (
        Transition(
            ExchangeAction.APPROVE, frozenset({ExchangeStatus.REQUESTED}), ExchangeStatus.APPROVED
        ),
        Transition(
            ExchangeAction.REJECT,
            frozenset({ExchangeStatus.REQUESTED}),
            ExchangeStatus.REJECTED,
            needs_reason=True,
        ),
        Transition(
            ExchangeAction.WITHDRAW,
            frozenset({ExchangeStatus.REQUESTED}),
            ExchangeStatus.WITHDRAWN,
        ),
        Transition(
            ExchangeAction.ACTIVATE, frozenset({ExchangeStatus.APPROVED}), ExchangeStatus.ACTIVE
        ),
        Transition(
            ExchangeAction.END,
            frozenset({ExchangeStatus.APPROVED, ExchangeStatus.ACTIVE}),
            ExchangeStatus.ENDED,
            needs_reason=True,
        ),
    )
}
ALLOWED_STATUS_CHANGES = frozenset(
    (source, transition.target)
    for transition in TRANSITIONS.values()
    for source in transition.sources
)


def _user_field(verbose_name: str) -> models.ForeignKey:
    # Who took a step stays readable in the audit log if the account is removed.
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


class ExchangeRequest(ProvenancedModel):
    """Organisation ``requester`` asks the owner of ``block`` for access, for a purpose and
    on proposed terms.

    requested → approved (agreed) → active (in use) → ended; or requested → rejected (with
    a reason) or withdrawn. Approval creates (or reopens) the Reuse edge, activation
    confirms it as in use, ending stops it. While active, the requester's members see the
    block whatever its openness (``permissions.visible_blocks_q``)."""

    block = models.ForeignKey(
        "catalogue.BuildingBlock",
        verbose_name=_("building block"),
        on_delete=models.CASCADE,
        related_name="exchange_requests",
    )
    requester = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("requesting organisation"),
        on_delete=models.CASCADE,
        related_name="exchange_requests",
    )
    purpose = models.TextField(
        _("purpose"), help_text=_("What the requesting organisation wants to use the block for.")
    )
    terms = models.TextField(
        _("proposed terms"),
        blank=True,
        help_text=_("For example the licence, costs, support, duration or data protection."),
    )
    mode = models.CharField(
        _("intended mode of reuse"),
        max_length=20,
        choices=ReuseMode.choices,
        default=ReuseMode.AS_IS,
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ExchangeStatus.choices,
        default=ExchangeStatus.REQUESTED,
    )
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    requested_by = _user_field(_("requested by"))
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = _user_field(_("decided by"))
    decision_note = models.TextField(
        _("decision note"),
        blank=True,
        help_text=_("The reason for a rejection, or a note with an approval."),
    )
    activated_at = models.DateTimeField(_("in use since"), null=True, blank=True)
    activated_by = _user_field(_("started by"))
    ended_at = models.DateTimeField(_("ended at"), null=True, blank=True)
    ended_by = _user_field(_("ended by"))
    end_reason = models.TextField(_("reason for ending"), blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    withdrawn_by = _user_field(_("withdrawn by"))
    reuse = models.ForeignKey(
        Reuse,
        verbose_name=_("reuse"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="exchange_requests",
        help_text=_("The reuse edge that approval created or reopened."),
    )

    class Meta:
        verbose_name = _("exchange request")
        verbose_name_plural = _("exchange requests")
        ordering = ["requested_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["block", "requester"],
                condition=models.Q(status__in=OPEN_EXCHANGE_STATUSES),
                name="one_open_exchange_per_pair",
                violation_error_message=_(
                    "This organisation already has an open request for this block."
                ),
            ),
        ]
        indexes = [
            models.Index(fields=["status", "requested_at"]),
            models.Index(fields=["requester", "status"]),
            models.Index(fields=["block", "status"]),
        ]

    def __str__(self) -> str:
        # Names, not ids: this is the label the audit log and the history show.
        return f"{self.requester.name} asks for {self.block.name}"

    def get_absolute_url(self) -> str:
        return reverse("reuse:exchange-detail", kwargs={"uuid": self.uuid})

    @property
    def age(self) -> dt.timedelta:
        """How long ago it was requested."""
        return timezone.now() - self.requested_at

    @property
    def age_days(self) -> int:
        return max(self.age.days, 0)

    def clean(self) -> None:
        errors: dict[str, list[str]] = {}
        if self.block_id and self.requester_id and self.block.owner_id == self.requester_id:
            errors["requester"] = [_("An organisation does not ask for its own block.")]
        if self.status == ExchangeStatus.REJECTED and not self.decision_note.strip():
            errors["decision_note"] = [_("Say why the request is rejected.")]
        if self.status == ExchangeStatus.ENDED and not self.end_reason.strip():
            errors["end_reason"] = [_("Say why the exchange ended.")]
        if errors:
            raise ValidationError(errors)
