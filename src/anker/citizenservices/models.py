"""Citizen services: what a citizen asks of government (register a birth, a parking
permit, a building permit), who is responsible, in which life events a citizen meets it,
the building blocks it runs on, and the channels through which it is offered, with their
service levels and the monthly figures public digital services report."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _

from anker.core.models import ProvenancedModel, SourceFormat

CPSV_AP = "cpsv-ap"


def _source_formats() -> list[tuple[str, str]]:
    """anker.core's SourceFormat does not name CPSV-AP (yet); the entities of this app
    can come from a CPSV-AP file and must say so. Once SourceFormat lists it, this adds
    nothing."""
    choices = list(SourceFormat.choices)
    if CPSV_AP not in SourceFormat.values:
        choices.append((CPSV_AP, _("CPSV-AP")))
    return choices


class ChannelKind(models.TextChoices):
    ONLINE = "online", _("Online")
    APP = "app", _("App")
    PHONE = "phone", _("Phone")
    COUNTER = "counter", _("Counter")
    POST = "post", _("Post")
    EMAIL = "email", _("E-mail")
    CHAT = "chat", _("Chat")
    ASSISTED_DIGITAL = "assisted-digital", _("Assisted digital")


# A service offered only through these is "digital-only": a citizen who cannot or will
# not go digital has no way in. Assisted digital (someone helps the citizen use the
# digital service) is the inclusive channel, so it does not count as digital here.
DIGITAL_CHANNELS = frozenset(
    str(kind) for kind in (ChannelKind.ONLINE, ChannelKind.APP, ChannelKind.EMAIL, ChannelKind.CHAT)
)
NON_DIGITAL_CHANNELS = frozenset(ChannelKind.values) - DIGITAL_CHANNELS
CHANNEL_ORDER: tuple[str, ...] = tuple(ChannelKind.values)


class ServiceLevelUnit(models.TextChoices):
    MINUTES = "minutes", _("minutes")
    HOURS = "hours", _("hours")
    DAYS = "days", _("days")
    WORKING_DAYS = "working-days", _("working days")
    WEEKS = "weeks", _("weeks")
    MONTHS = "months", _("months")


class AccessibilityStatus(models.TextChoices):
    """The status of a Dutch accessibility statement (toegankelijkheidsverklaring)."""

    A = "A", _("A – fully compliant")
    B = "B", _("B – partially compliant")
    C = "C", _("C – first measures taken")
    D = "D", _("D – not compliant")
    E = "E", _("E – no accessibility statement")


def _in_language(english: str, dutch: str = "", french: str = "") -> str:
    """The text in the active language where it exists, else the English one."""
    language = (get_language() or "en")[:2]
    return {"nl": dutch, "fr": french}.get(language) or english


class CitizenServicesModel(ProvenancedModel):
    """ProvenancedModel whose source format may also be CPSV-AP."""

    source_format = models.CharField(
        _("source format"),
        max_length=20,
        choices=_source_formats(),
        default=SourceFormat.MANUAL,
    )

    class Meta:
        abstract = True


class LifeEvent(CitizenServicesModel):
    """A moment in a citizen's life that brings them into contact with government
    (birth, moving house, retirement…). anker ships a standard list (``is_standard``)
    that coordinators extend; names are kept in English, Dutch and French because the
    list is shared vocabulary shown in the reader's language."""

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    name = models.CharField(_("name (English)"), max_length=200)
    name_nl = models.CharField(_("name (Dutch)"), max_length=200, blank=True)
    name_fr = models.CharField(_("name (French)"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveIntegerField(
        _("position"), default=100, help_text=_("Life events are listed by this number.")
    )
    is_standard = models.BooleanField(
        _("standard life event"),
        default=False,
        editable=False,
        help_text=_("Part of the list anker ships; it cannot be deleted."),
    )

    class Meta:
        verbose_name = _("life event")
        verbose_name_plural = _("life events")
        ordering = ["position", "name", "id"]
        indexes = [models.Index(fields=["position", "name", "id"])]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return _in_language(self.name, self.name_nl, self.name_fr)

    def get_absolute_url(self) -> str:
        return reverse("citizenservices:life-event", kwargs={"slug": self.slug})


class ServiceType(CitizenServicesModel):
    """What kind of service it is, whoever offers it: "parking permit" is one type that
    many municipalities offer, each as its own CitizenService. Comparing the services of
    one type shows where channels and service levels differ between organisations."""

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    name = models.CharField(_("name (English)"), max_length=200)
    name_nl = models.CharField(_("name (Dutch)"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("service type")
        verbose_name_plural = _("service types")
        ordering = ["name", "id"]
        indexes = [models.Index(fields=["name", "id"])]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return _in_language(self.name, self.name_nl)

    def get_absolute_url(self) -> str:
        return reverse("citizenservices:service-type", kwargs={"slug": self.slug})


class CitizenService(CitizenServicesModel):
    """A public service as one or more organisations offer it to citizens or businesses."""

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    name = models.CharField(_("name"), max_length=300)
    language = models.CharField(
        _("language"),
        max_length=10,
        default="nl",
        help_text=_("The language of the name and description, e.g. nl, en or fr."),
    )
    description = models.TextField(_("description"), blank=True)
    service_type = models.ForeignKey(
        ServiceType,
        verbose_name=_("service type"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="services",
        help_text=_("The same type offered by other organisations makes them comparable."),
    )
    homepage_url = models.URLField(_("web page"), max_length=500, blank=True)
    organisations = models.ManyToManyField(
        "organisations.Organisation",
        verbose_name=_("responsible organisations"),
        related_name="citizen_services",
    )
    life_events = models.ManyToManyField(
        LifeEvent, verbose_name=_("life events"), blank=True, related_name="services"
    )
    blocks = models.ManyToManyField(
        "catalogue.BuildingBlock",
        verbose_name=_("building blocks it runs on"),
        blank=True,
        related_name="citizen_services",
    )

    class Meta:
        verbose_name = _("citizen service")
        verbose_name_plural = _("citizen services")
        ordering = ["name", "id"]
        indexes = [
            models.Index(fields=["name", "id"]),
            models.Index(fields=["service_type", "name"]),
            models.Index(fields=["external_id"]),
            models.Index(fields=["modified"]),
        ]

    def get_absolute_url(self) -> str:
        return reverse("citizenservices:service", kwargs={"slug": self.slug})

    @property
    def channel_kinds(self) -> set[str]:
        """Uses prefetched channels when the selector prefetched them."""
        return {channel.kind for channel in self.channels.all()}

    @property
    def is_digital_only(self) -> bool:
        kinds = self.channel_kinds
        return bool(kinds) and kinds <= DIGITAL_CHANNELS


def _percentage() -> list:
    return [MinValueValidator(0), MaxValueValidator(100)]


class ServiceChannel(CitizenServicesModel):
    """One way a citizen reaches a service, with what they may expect of it. A service
    has at most one channel of each kind."""

    service = models.ForeignKey(
        CitizenService,
        verbose_name=_("citizen service"),
        on_delete=models.CASCADE,
        related_name="channels",
    )
    kind = models.CharField(_("channel"), max_length=20, choices=ChannelKind.choices)
    always_available = models.BooleanField(
        _("available 24/7"), default=False, help_text=_("Open day and night, every day.")
    )
    availability = models.CharField(
        _("availability"),
        max_length=300,
        blank=True,
        help_text=_("Opening hours in words, e.g. Monday to Friday 9:00–17:00."),
    )
    service_level_value = models.PositiveIntegerField(
        _("service-level target"),
        null=True,
        blank=True,
        help_text=_("The number of the target, e.g. 5 in “within 5 working days”."),
    )
    service_level_unit = models.CharField(
        _("service-level unit"), max_length=20, choices=ServiceLevelUnit.choices, blank=True
    )
    languages = models.JSONField(
        _("languages"),
        default=list,
        blank=True,
        help_text=_("ISO 639-1 codes of the languages the channel serves citizens in."),
    )
    accessibility_status = models.CharField(
        _("accessibility status"),
        max_length=1,
        choices=AccessibilityStatus.choices,
        blank=True,
        help_text=_("The status of the accessibility statement (A–E), for digital channels."),
    )
    accessibility_statement_url = models.URLField(
        _("accessibility statement"), max_length=500, blank=True
    )
    cost = models.DecimalField(
        _("cost to the citizen"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("In the currency below; 0 when free, empty when unknown."),
    )
    currency = models.CharField(
        _("currency"), max_length=3, default="EUR", help_text=_("ISO 4217 code.")
    )
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("service channel")
        verbose_name_plural = _("service channels")
        ordering = ["service", "kind", "id"]
        constraints = [
            models.UniqueConstraint(fields=["service", "kind"], name="one_channel_per_kind"),
        ]
        indexes = [models.Index(fields=["kind", "service"])]

    def __str__(self) -> str:
        return f"{self.service.name} – {self.get_kind_display()}"

    @property
    def is_digital(self) -> bool:
        return self.kind in DIGITAL_CHANNELS

    @property
    def service_level(self) -> str:
        """The target in words, e.g. "5 working days"; empty without one."""
        if self.service_level_value is None or not self.service_level_unit:
            return ""
        return service_level_text(self.service_level_value, self.service_level_unit)

    def clean(self) -> None:
        errors: dict[str, list[str]] = {}
        if (self.service_level_value is None) != (not self.service_level_unit):
            errors["service_level_unit"] = [
                _("Give the service-level target as a number and a unit, or neither.")
            ]
        if not isinstance(self.languages, list) or not all(
            isinstance(code, str) and 2 <= len(code) <= 3 and code.isalpha()
            for code in self.languages
        ):
            errors["languages"] = [_("Give languages as ISO 639-1 codes such as nl or en.")]
        if not (len(self.currency) == 3 and self.currency.isalpha() and self.currency.isupper()):
            errors["currency"] = [_("Give the currency as a three-letter code such as EUR.")]
        if errors:
            raise ValidationError(errors)


def service_level_text(value: int, unit: str) -> str:
    forms = {
        ServiceLevelUnit.MINUTES: ngettext("%(n)d minute", "%(n)d minutes", value),
        ServiceLevelUnit.HOURS: ngettext("%(n)d hour", "%(n)d hours", value),
        ServiceLevelUnit.DAYS: ngettext("%(n)d day", "%(n)d days", value),
        ServiceLevelUnit.WORKING_DAYS: ngettext("%(n)d working day", "%(n)d working days", value),
        ServiceLevelUnit.WEEKS: ngettext("%(n)d week", "%(n)d weeks", value),
        ServiceLevelUnit.MONTHS: ngettext("%(n)d month", "%(n)d months", value),
    }
    return forms.get(unit, f"{value} {unit}") % {"n": value}


class ChannelFigures(CitizenServicesModel):
    """A channel's figures for one month: the key performance indicators that public
    digital services report (requests, completion rate, user satisfaction, cost per
    transaction). Each may be missing; a month is stored as its first day."""

    channel = models.ForeignKey(
        ServiceChannel,
        verbose_name=_("service channel"),
        on_delete=models.CASCADE,
        related_name="figures",
    )
    month = models.DateField(_("month"), help_text=_("The first day of the month."))
    requests = models.PositiveIntegerField(_("requests"), null=True, blank=True)
    completion_rate = models.DecimalField(
        _("completion rate (%)"),
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        validators=_percentage(),
        help_text=_("Share of started requests that were completed, in per cent."),
    )
    satisfaction = models.DecimalField(
        _("user satisfaction (%)"),
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        validators=_percentage(),
        help_text=_("Share of users satisfied or very satisfied, in per cent."),
    )
    cost_per_transaction = models.DecimalField(
        _("cost per transaction"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("What one completed request costs the organisation, in euro."),
    )

    class Meta:
        verbose_name = _("monthly figures")
        verbose_name_plural = _("monthly figures")
        ordering = ["channel", "month", "id"]
        constraints = [
            models.UniqueConstraint(fields=["channel", "month"], name="one_figures_per_month"),
        ]
        indexes = [models.Index(fields=["month", "channel"])]

    def __str__(self) -> str:
        return f"{self.channel_id} {self.month:%Y-%m}"

    def clean(self) -> None:
        errors: dict[str, list[str]] = {}
        if self.month and self.month.day != 1:
            errors["month"] = [_("A month is stored as its first day.")]
        figures = (
            self.requests,
            self.completion_rate,
            self.satisfaction,
            self.cost_per_transaction,
        )
        if all(value is None for value in figures):
            errors["requests"] = [_("Give at least one figure for the month.")]
        if errors:
            raise ValidationError(errors)
