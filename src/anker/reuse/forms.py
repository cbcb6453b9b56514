"""The reuse form: who reuses, how, since when, with what evidence."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from anker.core.forms import anker_formfield
from anker.reuse.models import Reuse
from anker.reuse.services import EDITABLE_FIELDS


class ReuseForm(forms.ModelForm):
    class Meta:
        model = Reuse
        formfield_callback = anker_formfield
        fields = ("organisation", *EDITABLE_FIELDS)
        widgets = {
            "since": forms.DateInput(attrs={"type": "date"}),
            "until": forms.DateInput(attrs={"type": "date"}),
            "stop_reason": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "until": _("Only for a reuse that stopped."),
            "evidence_url": _("A link that shows the reuse, e.g. a decision or a contract."),
        }

    def __init__(self, *args: Any, organisations: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if organisations is None:
            del self.fields["organisation"]
        else:
            self.fields["organisation"].queryset = organisations

    def _post_clean(self) -> None:
        # The service validates the whole edge (dates, reason, owner) once, in one place.
        pass

    def service_fields(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in EDITABLE_FIELDS}
