"""Capabilities: the tree of what government must be able to do."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from anker.core.models import ProvenancedModel


class Capability(ProvenancedModel):
    """A node of the reference architecture (identify citizens, take payments…).

    Names are kept in English and Dutch because the capability map is shared
    vocabulary that every page shows in the reader's language."""

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    name = models.CharField(_("name (English)"), max_length=200)
    name_nl = models.CharField(_("name (Dutch)"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent capability"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    position = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("capability")
        verbose_name_plural = _("capabilities")
        ordering = ["position", "name", "id"]
        indexes = [models.Index(fields=["parent", "position"])]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        """The name in the active language."""
        if (get_language() or "en").startswith("nl") and self.name_nl:
            return self.name_nl
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("architecture:capability", kwargs={"slug": self.slug})
