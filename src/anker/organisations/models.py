"""Organisations: the public bodies and the partners of the ecosystem."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from anker.core.models import ProvenancedModel


class OrganisationKind(models.TextChoices):
    CENTRAL = "central", _("Central government")
    REGIONAL = "regional", _("Regional government")
    LOCAL = "local", _("Local government")
    AGENCY = "agency", _("Agency")
    PUBLIC_ENTERPRISE = "public-enterprise", _("Public enterprise")
    HEALTHCARE = "healthcare", _("Healthcare")
    EDUCATION = "education", _("Education")
    PRIVATE = "private", _("Private partner")
    NON_PROFIT = "non-profit", _("Non-profit")
    ACADEMIC = "academic", _("Academic")


PUBLIC_SECTOR_KINDS = frozenset(
    {
        OrganisationKind.CENTRAL,
        OrganisationKind.REGIONAL,
        OrganisationKind.LOCAL,
        OrganisationKind.AGENCY,
        OrganisationKind.PUBLIC_ENTERPRISE,
        OrganisationKind.HEALTHCARE,
        OrganisationKind.EDUCATION,
    }
)


class IdentifierScheme(models.TextChoices):
    OIN = "oin", _("OIN (Dutch government organisation number)")
    TOOI = "tooi", _("TOOI (Dutch government organisation identifier)")
    KVK = "kvk", _("KvK (Dutch chamber of commerce number)")
    KBO = "kbo", _("KBO (Belgian enterprise number)")
    IPA = "ipa", _("IPA (Italian public administration code)")
    OTHER = "other", _("Other")


class Organisation(ProvenancedModel):
    """A public body or a partner. Partners are organisations too: the ecosystem
    crosses the public-sector boundary. A record merged into another keeps existing as
    a pointer (``merged_into``) so that old links and imports still resolve."""

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    name = models.CharField(_("name"), max_length=300)
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices)
    is_public_sector = models.BooleanField(
        _("public sector"),
        default=True,
        help_text=_(
            "Members of public-sector organisations see blocks shared with the public sector."
        ),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )
    country = models.CharField(
        _("country"),
        max_length=2,
        default="NL",
        help_text=_("ISO 3166-1 alpha-2 code, e.g. NL, BE, IT."),
    )
    website = models.URLField(_("website"), max_length=500, blank=True)
    description = models.TextField(_("description"), blank=True)
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_records",
    )

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name", "id"]
        indexes = [
            models.Index(fields=["kind", "name"]),
            models.Index(fields=["country"]),
            models.Index(fields=["external_id"]),
            models.Index(fields=["modified"]),
        ]

    def get_absolute_url(self) -> str:
        return reverse("organisations:detail", kwargs={"slug": self.slug})


class OrganisationIdentifier(models.Model):
    """An official identifier (OIN, KvK, KBO, IPA…) by which imports recognise an organisation."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="identifiers",
    )
    scheme = models.CharField(_("scheme"), max_length=10, choices=IdentifierScheme.choices)
    value = models.CharField(_("value"), max_length=100)

    class Meta:
        verbose_name = _("official identifier")
        verbose_name_plural = _("official identifiers")
        ordering = ["scheme", "value"]
        constraints = [
            models.UniqueConstraint(
                fields=["scheme", "value"], name="unique_identifier_per_scheme"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_scheme_display()}: {self.value}"
