"""The abstract base every anker entity shares: identity, timestamps and provenance."""

from __future__ import annotations

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


class SourceFormat(models.TextChoices):
    MANUAL = "manual", _("Entered by hand")
    PUBLICCODE = "publiccode", _("publiccode.yml")
    OPENAPI = "openapi", _("OpenAPI")
    DCAT = "dcat", _("DCAT-AP")
    ARCHIMATE = "archimate", _("ArchiMate")
    CSV = "csv", _("CSV")
    DEMO = "demo", _("Demo ecosystem")


class BaseModel(models.Model):
    """Identity and timestamps.

    The primary key is a 64-bit integer: at a million reuse edges the joins and indexes
    stay small, which UUID text keys on SQLite would not. The UUID is the stable public
    identifier used in the API, audit log and exports.
    """

    uuid = models.UUIDField(_("UUID"), default=uuid.uuid4, unique=True, editable=False)
    created = models.DateTimeField(_("created"), auto_now_add=True)
    modified = models.DateTimeField(_("modified"), auto_now=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return str(getattr(self, "name", None) or self.uuid)


class ProvenancedModel(BaseModel):
    """An entity that remembers where it came from: by hand, or an import."""

    source_format = models.CharField(
        _("source format"),
        max_length=20,
        choices=SourceFormat.choices,
        default=SourceFormat.MANUAL,
    )
    source_url = models.CharField(
        _("source URL"),
        max_length=1000,
        blank=True,
        help_text=_("The file or address the record was imported from."),
    )
    external_id = models.CharField(
        _("external identifier"),
        max_length=500,
        blank=True,
        help_text=_("The record's own identifier in its source."),
    )
    imported_at = models.DateTimeField(_("imported at"), null=True, blank=True)
    source_hash = models.CharField(
        _("source hash"),
        max_length=64,
        blank=True,
        help_text=_("SHA-256 of the source record, so a re-harvest tells changed from unchanged."),
    )

    class Meta:
        abstract = True

    @property
    def is_imported(self) -> bool:
        return self.source_format not in (SourceFormat.MANUAL, "")
