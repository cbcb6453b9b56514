"""The reuse form (who reuses, how, since when, with what evidence) and the exchange
request forms (asking for access, and the reason a workflow step needs)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from anker.core.forms import anker_formfield
from anker.reuse.models import TRANSITIONS, ExchangeAction, ExchangeRequest, Reuse
from anker.reuse.services import EDITABLE_FIELDS, EXCHANGE_FIELDS


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


class ExchangeRequestForm(forms.ModelForm):
    """Ask for access: on behalf of which organisation, why, and on what terms."""

    class Meta:
        model = ExchangeRequest
        formfield_callback = anker_formfield
        fields = ("requester", *EXCHANGE_FIELDS)
        widgets = {
            "purpose": forms.Textarea(attrs={"rows": 4}),
            "terms": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args: Any, organisations: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if organisations is None:
            del self.fields["requester"]
        else:
            self.fields["requester"].queryset = organisations
            if len(organisations) == 1:
                self.fields["requester"].initial = organisations[0]

    def _post_clean(self) -> None:
        # The service validates the request (owner, open requests) once, in one place.
        pass

    def service_fields(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in EXCHANGE_FIELDS}


class ExchangeStepForm(forms.Form):
    """A workflow step, with the reason it needs (rejecting, ending) or an optional note
    (approving)."""

    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)

    LABELS = {
        ExchangeAction.APPROVE: (_("Note with the approval"), _("Optional, e.g. conditions.")),
        ExchangeAction.REJECT: (_("Reason for rejecting"), _("The requester sees it.")),
        ExchangeAction.END: (_("Reason for ending"), _("It becomes the reason the reuse stopped.")),
    }

    def __init__(self, *args: Any, action: str, **kwargs: Any) -> None:
        kwargs.setdefault("prefix", action)
        super().__init__(*args, **kwargs)
        self.action = action
        self.needs_text = action in self.LABELS
        if not self.needs_text:
            del self.fields["text"]
            return
        label, help_text = self.LABELS[action]
        field = self.fields["text"]
        field.label, field.help_text = label, help_text
        field.required = TRANSITIONS[action].needs_reason

    def service_arguments(self) -> dict[str, Any]:
        if self.action == ExchangeAction.APPROVE:
            return {"note": self.cleaned_data["text"]}
        if self.needs_text:
            return {"reason": self.cleaned_data["text"]}
        return {}
