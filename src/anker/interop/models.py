"""ImportRun: the stored report of one import of one source."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from anker.core.models import BaseModel


class ImportRun(BaseModel):
    """One source imported once: when, by whom, and what became of every record."""

    format = models.CharField(_("format"), max_length=20)
    source = models.CharField(_("source"), max_length=1000)
    actor = models.ForeignKey(
        "accounts.User",
        verbose_name=_("imported by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    via = models.CharField(_("via"), max_length=20, default="cli")
    finished = models.DateTimeField(_("finished"), null=True, blank=True)
    accepted = models.PositiveIntegerField(_("accepted"), default=0)
    updated = models.PositiveIntegerField(_("updated"), default=0)
    unchanged = models.PositiveIntegerField(_("unchanged"), default=0)
    rejected = models.PositiveIntegerField(_("rejected"), default=0)
    outcomes = models.JSONField(_("outcomes"), default=list, blank=True)
    warnings = models.JSONField(_("warnings"), default=list, blank=True)

    class Meta:
        verbose_name = _("import")
        verbose_name_plural = _("imports")
        ordering = ["-created", "-id"]
        indexes = [models.Index(fields=["format", "source"])]

    def __str__(self) -> str:
        return f"{self.format}: {self.source}"
