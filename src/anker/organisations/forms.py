"""Forms for an organisation record, its identifiers, and a merge."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from anker.core.forms import anker_formfield
from anker.organisations.models import IdentifierScheme, Organisation
from anker.organisations.services import EDITABLE_FIELDS


class OrganisationForm(forms.ModelForm):
    identifiers_text = forms.CharField(
        label=_("Official identifiers"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "One per line as scheme:value, e.g. oin:00000001234567890000. Schemes: %(schemes)s."
        )
        % {"schemes": ", ".join(IdentifierScheme.values)},
    )

    class Meta:
        model = Organisation
        formfield_callback = anker_formfield
        fields = EDITABLE_FIELDS

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        parents = Organisation.objects.filter(merged_into__isnull=True).order_by("name")
        if self.instance.pk:
            parents = parents.exclude(pk=self.instance.pk)
            self.fields["identifiers_text"].initial = "\n".join(
                f"{i.scheme}:{i.value}" for i in self.instance.identifiers.all()
            )
        self.fields["parent"].queryset = parents

    def clean_identifiers_text(self) -> list[tuple[str, str]]:
        identifiers = []
        for number, line in enumerate(self.cleaned_data["identifiers_text"].splitlines(), start=1):
            if not line.strip():
                continue
            scheme, _sep, value = line.strip().partition(":")
            if scheme.strip().lower() not in IdentifierScheme.values or not value.strip():
                raise forms.ValidationError(
                    _("Line %(n)d: write scheme:value with a known scheme.") % {"n": number}
                )
            identifiers.append((scheme.strip().lower(), value.strip()))
        return identifiers

    def _post_clean(self) -> None:
        # The service validates the record once, in one place.
        pass

    def service_arguments(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "identifiers": data["identifiers_text"],
            **{name: data[name] for name in EDITABLE_FIELDS},
        }


class MergeForm(forms.Form):
    target = forms.ModelChoiceField(
        label=_("Merge into"),
        queryset=Organisation.objects.none(),
        help_text=_(
            "This record's blocks, reuse, identifiers and members move to the organisation "
            "you choose."
        ),
    )

    def __init__(self, *args: Any, source: Organisation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = (
            Organisation.objects.filter(merged_into__isnull=True)
            .exclude(pk=source.pk)
            .order_by("name")
        )
