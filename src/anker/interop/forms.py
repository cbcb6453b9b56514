"""Forms for an upload and for a harvest source."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from anker.core.forms import anker_formfield
from anker.interop.models import Source
from anker.interop.services import SOURCE_FIELDS, importable_formats
from anker.interop.sources import limit
from anker.organisations.models import Organisation


def _format_choices() -> list[tuple[str, str]]:
    return [(fmt.name, f"{fmt.label} ({fmt.name})") for fmt in importable_formats()]


def _organisations():
    return Organisation.objects.filter(merged_into__isnull=True).order_by("name")


class UploadForm(forms.Form):
    format = forms.ChoiceField(label=_("Format"))
    file = forms.FileField(label=_("File"))
    organisation = forms.ModelChoiceField(
        label=_("Owner"),
        queryset=Organisation.objects.none(),
        required=False,
        help_text=_("Owner of what the file describes, where the file does not say."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["format"].choices = _format_choices()
        self.fields["organisation"].queryset = _organisations()
        largest = max((limit(fmt) for fmt in importable_formats()), default=0)
        self.fields["file"].help_text = _(
            "At most %(size)d MiB (the limit depends on the format)."
        ) % {"size": largest // (1024 * 1024)}


class SourceForm(forms.ModelForm):
    format = forms.ChoiceField(label=_("Format"))

    class Meta:
        model = Source
        formfield_callback = anker_formfield
        fields = SOURCE_FIELDS
        widgets = {"url": forms.URLInput()}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["format"].choices = _format_choices()
        self.fields["organisation"].queryset = _organisations()

    def _post_clean(self) -> None:
        # The service validates the record once, in one place.
        pass

    def service_arguments(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in SOURCE_FIELDS}
