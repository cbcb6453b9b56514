"""ImportRun: the stored report of one import of one source; Source: a source to harvest;
ExternalProperty and ExternalElement: what a source said that anker does not model."""

from __future__ import annotations

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
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
    harvest_source = models.ForeignKey(
        "interop.Source",
        verbose_name=_("configured source"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="runs",
    )
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


class Schedule(models.TextChoices):
    MANUAL = "manual", _("Only when started")
    DAILY = "daily", _("Daily")
    WEEKLY = "weekly", _("Weekly")
    MONTHLY = "monthly", _("Monthly")


class Source(BaseModel):
    """A source the regisseur harvests: where, in which format, for which organisation
    and how often."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    url = models.CharField(_("address"), max_length=1000)
    format = models.CharField(_("format"), max_length=20)
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="harvest_sources",
        help_text=_("Owner of what the source describes, where the source does not say."),
    )
    schedule = models.CharField(
        _("schedule"), max_length=20, choices=Schedule.choices, default=Schedule.MANUAL
    )
    enabled = models.BooleanField(_("enabled"), default=True)
    last_harvested = models.DateTimeField(_("last harvested"), null=True, blank=True)
    queued_at = models.DateTimeField(
        _("harvest queued"),
        null=True,
        blank=True,
        help_text=_("Set while a harvest waits for the worker, so it is queued only once."),
    )

    class Meta:
        verbose_name = _("harvest source")
        verbose_name_plural = _("harvest sources")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ExternalProperty(models.Model):
    """A property a source gave an entity that anker does not map to a field (for example
    an ArchiMate property); kept so that nothing the source said is lost, and written
    back on export."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    entity = GenericForeignKey("content_type", "object_id")
    source_format = models.CharField(_("source format"), max_length=20)
    key = models.CharField(_("property"), max_length=300)
    value = models.TextField(_("value"), blank=True)
    position = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("external property")
        verbose_name_plural = _("external properties")
        ordering = ["content_type", "object_id", "position", "id"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.key}={self.value[:40]}"


class ExternalElement(BaseModel):
    """An element of a source that anker has no model for yet (an ArchiMate
    BusinessService before citizen services exist), kept with its identity so a later
    import or feature can take it up."""

    source_format = models.CharField(_("source format"), max_length=20)
    source_url = models.CharField(_("source URL"), max_length=1000, blank=True)
    external_id = models.CharField(_("external identifier"), max_length=500)
    element_type = models.CharField(_("element type"), max_length=100)
    name = models.CharField(_("name"), max_length=500, blank=True)
    data = models.JSONField(_("data"), default=dict, blank=True)
    source_hash = models.CharField(_("source record hash"), max_length=64, blank=True)

    class Meta:
        verbose_name = _("external element")
        verbose_name_plural = _("external elements")
        ordering = ["source_format", "element_type", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["source_format", "external_id"], name="one_external_element_per_id"
            )
        ]

    def __str__(self) -> str:
        return f"{self.element_type} {self.name or self.external_id}"
