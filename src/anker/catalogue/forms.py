"""Forms of the catalogue: a building block, a dependency, the search."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from anker.architecture.models import Capability
from anker.catalogue.models import BuildingBlock, ComplianceStatus, SecurityEvidence
from anker.catalogue.services import EDITABLE_FIELDS
from anker.core.forms import anker_formfield
from anker.organisations.models import Organisation

LANGUAGES = (("en", _("English")), ("nl", _("Dutch")))


class BlockForm(forms.ModelForm):
    """The block's own fields, its owner (only organisations the user edits for), its
    capabilities, tags and a description in English and Dutch."""

    tags_text = forms.CharField(
        label=_("Tags"),
        required=False,
        max_length=1000,
        help_text=_("Separate tags with commas, e.g. appointments, citizen portal."),
    )
    short_en = forms.CharField(
        label=_("Short description (English)"), required=False, max_length=300
    )
    long_en = forms.CharField(
        label=_("Description (English)"), required=False, widget=forms.Textarea
    )
    short_nl = forms.CharField(label=_("Short description (Dutch)"), required=False, max_length=300)
    long_nl = forms.CharField(label=_("Description (Dutch)"), required=False, widget=forms.Textarea)

    class Meta:
        model = BuildingBlock
        formfield_callback = anker_formfield
        fields = ("owner", *EDITABLE_FIELDS, "capabilities")
        widgets = {"capabilities": forms.CheckboxSelectMultiple}

    def __init__(self, *args: Any, owners: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = owners
        self.fields["capabilities"].queryset = Capability.objects.order_by("position", "name")
        self.fields["capabilities"].label_from_instance = lambda capability: capability.label
        if self.instance.pk:
            self.fields["tags_text"].initial = ", ".join(t.name for t in self.instance.tags.all())
            for description in self.instance.descriptions.all():
                if description.language in ("en", "nl"):
                    self.fields[
                        f"short_{description.language}"
                    ].initial = description.short_description
                    self.fields[
                        f"long_{description.language}"
                    ].initial = description.long_description

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if not any(data.get(f"short_{code}") for code, _label in LANGUAGES):
            self.add_error("short_en", _("Give a short description in at least one language."))
        return data

    def service_arguments(self) -> dict[str, Any]:
        """The cleaned data in the shape block_create/block_update take."""
        data = self.cleaned_data
        fields = {name: data[name] for name in EDITABLE_FIELDS}
        descriptions = {
            code: (data[f"short_{code}"], data[f"long_{code}"])
            for code, _label in LANGUAGES
            if data[f"short_{code}"] or data[f"long_{code}"]
        }
        tags = [tag for tag in data["tags_text"].split(",") if tag.strip()]
        return {
            "owner": data["owner"],
            "descriptions": descriptions,
            "tags": tags,
            "capabilities": list(data["capabilities"]),
            **fields,
        }


def find_block(text: str, visible: Any) -> BuildingBlock:
    """A block by slug, or by its exact name when that is unambiguous."""
    text = text.strip()
    matches = list(visible.filter(Q(slug=text) | Q(name__iexact=text))[:3])
    exact = [block for block in matches if block.slug == text]
    if exact:
        return exact[0]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise forms.ValidationError(_("Several blocks have this name; give the slug instead."))
    raise forms.ValidationError(_("No building block with this name or slug."))


class DependencyForm(forms.Form):
    dependency = forms.CharField(
        label=_("Depends on"),
        max_length=300,
        help_text=_("The name or slug of the building block this one needs."),
        # Progressive enhancement: htmx fills the datalist with matches as the user types.
        widget=forms.TextInput(
            attrs={
                "list": "block-suggestions",
                "autocomplete": "off",
                "hx-get": "/blocks/suggest/",
                "hx-trigger": "input changed delay:250ms",
                "hx-target": "#block-suggestions",
            }
        ),
    )
    note = forms.CharField(label=_("Note"), required=False, max_length=500)

    def __init__(self, *args: Any, visible: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.visible = visible

    def clean_dependency(self) -> BuildingBlock:
        return find_block(self.cleaned_data["dependency"], self.visible)


def owner_choices(organisation_ids: set[int] | None) -> Any:
    """Organisations a user may add blocks for; None means all (coordinators)."""
    organisations = Organisation.objects.filter(merged_into__isnull=True).order_by("name")
    return (
        organisations if organisation_ids is None else organisations.filter(id__in=organisation_ids)
    )


class ComplianceForm(forms.Form):
    """Comply or explain: how the block relates to one standard."""

    standard = forms.CharField(
        label=_("Standard"),
        max_length=300,
        help_text=_("The name or slug of a building block of kind standard."),
        widget=forms.TextInput(attrs={"list": "standard-choices", "autocomplete": "off"}),
    )
    status = forms.ChoiceField(label=_("Status"), choices=ComplianceStatus.choices)
    explanation = forms.CharField(
        label=_("Explanation"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when the block does not comply: say why, and until when."),
    )

    def __init__(self, *args: Any, standards: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.standards = standards

    def clean_standard(self) -> BuildingBlock:
        return find_block(self.cleaned_data["standard"], self.standards)


class EvidenceForm(forms.ModelForm):
    class Meta:
        model = SecurityEvidence
        formfield_callback = anker_formfield
        fields = ("kind", "date", "url", "note")
        widgets = {"date": forms.DateInput(attrs={"type": "date"})}

    def _post_clean(self) -> None:
        # The service validates the record once, in one place.
        pass
