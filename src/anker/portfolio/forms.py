"""Forms of the portfolio: an initiative, a stage decision at the gate, a KPI and a
measurement. They parse input only; the services validate and decide."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from anker.architecture.models import Capability
from anker.catalogue.forms import find_block
from anker.core.forms import anker_formfield
from anker.organisations.models import Organisation
from anker.portfolio.models import Initiative, Kpi
from anker.portfolio.services import EDITABLE_FIELDS, KPI_FIELDS
from anker.portfolio.stages import ACTIVE_STAGES, EvidenceLevel, Stage, is_evidence_gated

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def find_organisation(text: str) -> Organisation:
    """An active organisation by slug, or by its exact name."""
    matches = list(
        Organisation.objects.filter(merged_into__isnull=True).filter(
            Q(slug=text) | Q(name__iexact=text)
        )[:2]
    )
    exact = [o for o in matches if o.slug == text]
    if exact or len(matches) == 1:
        return (exact or matches)[0]
    if matches:
        raise forms.ValidationError(
            _("Several organisations are called %(name)s; give the slug.") % {"name": text}
        )
    raise forms.ValidationError(_("No organisation %(name)s.") % {"name": text})


def find_citizen_service(text: str) -> Any:
    """A citizen service by slug, or by its exact name when that is unambiguous."""
    from anker.citizenservices.models import CitizenService

    matches = list(CitizenService.objects.filter(Q(slug=text) | Q(name__iexact=text))[:2])
    exact = [service for service in matches if service.slug == text]
    if exact or len(matches) == 1:
        return (exact or matches)[0]
    if matches:
        raise forms.ValidationError(
            _("Several citizen services are called %(name)s; give the slug.") % {"name": text}
        )
    raise forms.ValidationError(_("No citizen service %(name)s.") % {"name": text})


class InitiativeForm(forms.ModelForm):
    """An initiative's own fields and its relations; partners and blocks are typed one per
    line (name or slug), which works for five organisations or five thousand."""

    stage = forms.ChoiceField(
        label=_("Stage"),
        choices=[(s, Stage(s).label) for s in ACTIVE_STAGES],
        help_text=_("Where it stands today; later moves are recorded as stage decisions."),
    )
    goals_text = forms.CharField(
        label=_("Goals"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One goal per line."),
    )
    partners_text = forms.CharField(
        label=_("Partner organisations"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One organisation per line, by name or slug."),
    )
    produces_text = forms.CharField(
        label=_("Building blocks it produces"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "One per line, by name or slug; blocks of the owner or a partner. Their reuse "
            "is the evidence that the initiative scales."
        ),
    )
    uses_text = forms.CharField(
        label=_("Building blocks it uses"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One per line, by name or slug."),
    )
    citizen_services_text = forms.CharField(
        label=_("Citizen services it improves"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("One per line, by name or slug."),
    )
    skills_text = forms.CharField(
        label=_("Skills it needs"),
        required=False,
        max_length=2000,
        help_text=_("Separate skills with commas, e.g. user research, procurement."),
    )

    class Meta:
        model = Initiative
        formfield_callback = anker_formfield
        fields = ("owner", *EDITABLE_FIELDS, "capabilities")
        widgets = {
            "capabilities": forms.CheckboxSelectMultiple,
            "started_on": DATE,
            "description": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args: Any, owners: Any, visible_blocks: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        del self.fields["goals"]
        self.visible_blocks = visible_blocks
        self.fields["owner"].queryset = owners
        self.fields["started_on"].required = False
        self.fields["started_on"].help_text = _("Empty: today.")
        self.fields["capabilities"].queryset = Capability.objects.order_by("position", "name")
        self.fields["capabilities"].label_from_instance = lambda capability: capability.label
        if self.instance.pk:
            del self.fields["stage"]
            self._fill_initial(self.instance)

    def _fill_initial(self, initiative: Initiative) -> None:
        self.fields["goals_text"].initial = "\n".join(initiative.goals)
        self.fields["partners_text"].initial = "\n".join(o.slug for o in initiative.partners.all())
        self.fields["skills_text"].initial = ", ".join(s.name for s in initiative.skills.all())
        self.fields["citizen_services_text"].initial = "\n".join(
            service.slug for service in initiative.citizen_services.all()
        )
        for role in ("produces", "uses"):
            slugs = initiative.block_links.filter(role=role).values_list("block__slug", flat=True)
            self.fields[f"{role}_text"].initial = "\n".join(slugs)

    def clean_partners_text(self) -> list[Organisation]:
        return [find_organisation(line) for line in _lines(self.cleaned_data["partners_text"])]

    def clean_citizen_services_text(self) -> list[Any]:
        return [
            find_citizen_service(line)
            for line in _lines(self.cleaned_data["citizen_services_text"])
        ]

    def _blocks(self, name: str) -> list[Any]:
        return [find_block(line, self.visible_blocks) for line in _lines(self.cleaned_data[name])]

    def clean_produces_text(self) -> list[Any]:
        return self._blocks("produces_text")

    def clean_uses_text(self) -> list[Any]:
        return self._blocks("uses_text")

    def _post_clean(self) -> None:
        # The service validates the initiative once, in one place.
        pass

    def service_arguments(self) -> dict[str, Any]:
        data = self.cleaned_data
        arguments = {name: data[name] for name in EDITABLE_FIELDS if name in data}
        arguments.update(
            owner=data["owner"],
            goals=_lines(data["goals_text"]),
            partners=data["partners_text"],
            produces=data["produces_text"],
            uses=data["uses_text"],
            skills=[s for s in data["skills_text"].split(",") if s.strip()],
            capabilities=list(data["capabilities"]),
            citizen_services=data["citizen_services_text"],
        )
        if "stage" in data:
            arguments["stage"] = data["stage"]
        return arguments


class DecisionForm(forms.Form):
    """A gate decision. The move is one choice ("go to pilot", "hold"…) drawn from the
    transition table, so that a forbidden move cannot even be offered."""

    move = forms.ChoiceField(label=_("Decision"), widget=forms.RadioSelect)
    evidence_level = forms.TypedChoiceField(
        label=_("Evidence level"),
        choices=EvidenceLevel.choices,
        coerce=int,
        widget=forms.RadioSelect,
    )
    evidence = forms.CharField(
        label=_("Evidence"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "What shows it works: measurements, evaluations, which organisations reuse what "
            "it produced. Needed for a move to scaling or anchored."
        ),
    )
    rationale = forms.CharField(
        label=_("Rationale"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Why this decision."),
    )
    decided_on = forms.DateField(label=_("Decided on"), widget=DATE)
    decision_maker = forms.CharField(
        label=_("Decided by"),
        required=False,
        max_length=200,
        help_text=_("Who took the decision, e.g. the portfolio board; empty: you."),
    )
    links_text = forms.CharField(
        label=_("Links"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Addresses of minutes, reports or evaluations; one per line."),
    )
    acknowledge_warnings = forms.BooleanField(
        label=_("If the evidence check warns: I have read the warnings and go ahead"),
        required=False,
        help_text=_("The warnings are stored with the decision."),
    )

    def __init__(self, *args: Any, moves: list[tuple[str, str]], **kwargs: Any) -> None:
        kwargs.setdefault("initial", {}).setdefault("decided_on", timezone.localdate())
        super().__init__(*args, **kwargs)
        self.fields["move"].choices = [(f"{d}:{s}", move_label(d, s)) for d, s in moves]
        if not any(is_evidence_gated(d, s) for d, s in moves):
            del self.fields["acknowledge_warnings"]

    def service_arguments(self) -> dict[str, Any]:
        data = self.cleaned_data
        decision, _sep, to_stage = data["move"].partition(":")
        return {
            "decision": decision,
            "to_stage": to_stage,
            "evidence_level": data["evidence_level"],
            "evidence": data["evidence"],
            "rationale": data["rationale"],
            "decided_on": data["decided_on"],
            "decision_maker": data["decision_maker"],
            "links": _lines(data["links_text"]),
            "acknowledge_warnings": data.get("acknowledge_warnings", False),
        }


def move_label(decision: str, to_stage: str) -> str:
    stage = Stage(to_stage).label
    labels = {
        "go": _("Go: move to %(stage)s"),
        "hold": _("Hold: stay at %(stage)s"),
        "recycle": _("Recycle: back to %(stage)s"),
        "stop": _("Stop the initiative"),
    }
    return str(labels[decision]) % {"stage": stage}


class KpiForm(forms.ModelForm):
    class Meta:
        model = Kpi
        formfield_callback = anker_formfield
        fields = KPI_FIELDS

    def _post_clean(self) -> None:
        # The service validates the KPI once, in one place.
        pass

    def service_arguments(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in KPI_FIELDS}


class MeasurementForm(forms.Form):
    measured_on = forms.DateField(label=_("Measured on"), widget=DATE)
    value = forms.DecimalField(label=_("Value"), max_digits=16, decimal_places=4)
    note = forms.CharField(label=_("Note"), required=False, max_length=500)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {}).setdefault("measured_on", timezone.localdate())
        super().__init__(*args, **kwargs)
