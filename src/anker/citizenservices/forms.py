"""Forms of citizen services: a service, a channel, a month's figures, and the shared
vocabulary (life events, service types). Each hands the service layer its arguments;
validation of the record itself happens once, in the services."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from anker.accounts import permissions
from anker.catalogue.selectors import visible_blocks
from anker.citizenservices.models import (
    ChannelFigures,
    ChannelKind,
    CitizenService,
    LifeEvent,
    ServiceChannel,
    ServiceType,
)
from anker.citizenservices.services import (
    CHANNEL_FIELDS,
    FIGURE_FIELDS,
    LIFE_EVENT_FIELDS,
    SERVICE_FIELDS,
    SERVICE_TYPE_FIELDS,
)
from anker.core.forms import anker_formfield
from anker.organisations.models import Organisation

_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
MAX_BLOCKS = 100


class ServiceModelForm(forms.ModelForm):
    """A model form whose model is validated by the service, not by the form."""

    def _post_clean(self) -> None:
        pass


class CitizenServiceForm(ServiceModelForm):
    """The service's fields, the organisations responsible (of those the user edits for;
    other organisations stay responsible), its life events and the blocks it runs on."""

    blocks_text = forms.CharField(
        label=_("Building blocks it runs on"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The slugs of the building blocks, separated by commas or new lines."),
    )

    class Meta:
        model = CitizenService
        formfield_callback = anker_formfield
        fields = (*SERVICE_FIELDS, "organisations", "life_events")
        widgets = {
            "organisations": forms.CheckboxSelectMultiple,
            "life_events": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        choosable = Organisation.objects.filter(merged_into__isnull=True).order_by("name", "id")
        if not permissions.is_coordinator(user):
            choosable = choosable.filter(id__in=permissions.editable_organisation_ids(user))
        self.fields["organisations"].queryset = choosable
        self.kept = []
        if self.instance.pk:
            choosable_ids = set(choosable.values_list("id", flat=True))
            current = list(self.instance.organisations.all())
            self.kept = [o for o in current if o.id not in choosable_ids]
            self.fields["blocks_text"].initial = ", ".join(
                b.slug for b in visible_blocks(user).filter(citizen_services=self.instance)
            )
        if self.kept:
            self.fields["organisations"].help_text = _(
                "Also responsible, and only changed by their own editors: %(names)s."
            ) % {"names": ", ".join(o.name for o in self.kept)}
        self.fields["organisations"].required = not self.kept
        self.fields["life_events"].queryset = LifeEvent.objects.order_by("position", "name")
        self.fields["life_events"].label_from_instance = lambda event: event.label
        self.fields["service_type"].queryset = ServiceType.objects.order_by("name")
        self.fields["service_type"].label_from_instance = lambda kind: kind.label

    def clean_blocks_text(self) -> list[Any]:
        slugs = [s.strip() for s in re.split(r"[,\s]+", self.cleaned_data["blocks_text"])]
        slugs = list(dict.fromkeys(s for s in slugs if s))
        if len(slugs) > MAX_BLOCKS:
            raise forms.ValidationError(_("At most %(n)d blocks.") % {"n": MAX_BLOCKS})
        found = {b.slug: b for b in visible_blocks(self.user).filter(slug__in=slugs)}
        unknown = [slug for slug in slugs if slug not in found]
        if unknown:
            raise forms.ValidationError(
                _("No building block with the slug %(slugs)s.") % {"slugs": ", ".join(unknown)}
            )
        return [found[slug] for slug in slugs]

    def service_arguments(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            **{name: data[name] for name in SERVICE_FIELDS},
            "organisations": [*data["organisations"], *self.kept],
            "life_events": list(data["life_events"]),
            "blocks": data["blocks_text"],
        }


def _languages(text: str) -> list[str]:
    codes = [code.strip().lower() for code in re.split(r"[,\s]+", text) if code.strip()]
    wrong = [code for code in codes if not _LANGUAGE.match(code)]
    if wrong:
        raise forms.ValidationError(
            _("Not a language code: %(codes)s. Use codes such as nl, en, fr.")
            % {"codes": ", ".join(wrong)}
        )
    return sorted(set(codes))


class ChannelForm(ServiceModelForm):
    languages_text = forms.CharField(
        label=_("Languages"),
        required=False,
        max_length=200,
        help_text=_("Language codes separated by commas, e.g. nl, en."),
    )

    class Meta:
        model = ServiceChannel
        formfield_callback = anker_formfield
        fields = ("kind", *(name for name in CHANNEL_FIELDS if name != "languages"))

    def __init__(self, *args: Any, taken: set[str] = frozenset(), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            del self.fields["kind"]
            self.fields["languages_text"].initial = ", ".join(self.instance.languages)
        else:
            self.fields["kind"].choices = [
                (value, label) for value, label in ChannelKind.choices if value not in taken
            ]

    def clean_languages_text(self) -> list[str]:
        return _languages(self.cleaned_data["languages_text"])

    def service_arguments(self) -> dict[str, Any]:
        data = self.cleaned_data
        arguments = {name: data[name] for name in CHANNEL_FIELDS if name != "languages"}
        arguments["languages"] = data["languages_text"]
        if "kind" in self.fields:
            arguments["kind"] = data["kind"]
        return arguments


class MonthInput(forms.DateInput):
    input_type = "month"

    def format_value(self, value: Any) -> str | None:
        if isinstance(value, dt.date):
            return value.strftime("%Y-%m")
        return value


class FiguresForm(ServiceModelForm):
    month = forms.DateField(
        label=_("Month"),
        input_formats=["%Y-%m", "%Y-%m-%d"],
        widget=MonthInput(),
        help_text=_("Year and month, e.g. 2025-03. Figures already there for it are replaced."),
    )

    class Meta:
        model = ChannelFigures
        formfield_callback = anker_formfield
        fields = ("month", *FIGURE_FIELDS)


class LifeEventForm(ServiceModelForm):
    class Meta:
        model = LifeEvent
        formfield_callback = anker_formfield
        fields = LIFE_EVENT_FIELDS


class ServiceTypeForm(ServiceModelForm):
    class Meta:
        model = ServiceType
        formfield_callback = anker_formfield
        fields = SERVICE_TYPE_FIELDS
