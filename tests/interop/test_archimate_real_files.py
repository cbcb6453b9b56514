"""Every file of ../shared/data/archimate imports with the counts measured here, or is
rejected with its specific reason; importing it again changes nothing.

Measured on the development machine (SQLite, first import / second import): Sparx 3.0
0.2 s / 0.06 s, Visual Paradigm 3.1 0.2 s / 0.06 s, Archi native v1.3 1.4 s / 0.6 s,
GEMMA (17.4 MB, 3,006 elements, 6,257 relationships) 21–30 s / 8 s, Archisurance
(either file) 0.5 s / 0.2 s, bp4mc2 (either file) 0.1 s / 0.03 s."""

from __future__ import annotations

from pathlib import Path

import pytest

from anker.architecture.models import Capability
from anker.catalogue.models import BuildingBlock, Dependency, StandardCompliance
from anker.interop.archimate.importer import import_archimate
from anker.interop.models import ExternalElement, ExternalProperty
from anker.interop.registry import ImportContext
from anker.organisations.models import Organisation
from anker.reuse.models import Reuse

pytestmark = pytest.mark.django_db
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "archimate"
GEMMA = "VNG-Realisatie__GEMMA-Archi-repository__derived-ameff.xml"

# file → (report counts, records: organisations, capabilities, blocks, external elements,
# dependencies, capabilities realised, compliance records, reuse edges, sub-capabilities,
# kept properties)
EXPECTED = {
    "Arktect-Co__archimate-model-importer__aoeff_3_0_sparx.xml": (
        (34, 0, 0), (3, 2, 20, 1, 7, 0, 0, 1, 0, 0)),
    "Arktect-Co__archimate-model-importer__aoeff_3_1_visual_paradigm.xml": (
        (34, 0, 0), (3, 2, 20, 1, 7, 0, 0, 1, 0, 0)),
    "Arktect-Co__archimate-model-importer__archi_v1.3.archimate": (
        (209, 2, 0), (1, 0, 96, 7, 105, 0, 0, 0, 0, 0)),
    GEMMA: ((3924, 75, 0), (37, 330, 1059, 405, 735, 193, 872, 1, 289, 7676)),
    "archimatetool__OpenGroupXMLExchange__archisurance.archimate": (
        (82, 0, 0), (17, 6, 30, 6, 23, 0, 0, 0, 0, 3)),
    "archimatetool__OpenGroupXMLExchange__archisurance.xml": (
        (82, 0, 0), (17, 6, 30, 6, 23, 0, 0, 0, 0, 3)),
    "bp4mc2__archimate2rdf__input.archimate": ((12, 0, 0), (1, 1, 7, 1, 2, 0, 0, 0, 0, 4)),
    "bp4mc2__archimate2rdf__input.xml": ((12, 0, 0), (1, 1, 7, 1, 2, 0, 0, 0, 0, 4)),
}  # fmt: skip
REJECTED = {
    "VNG-Realisatie__Softwarecatalogus__GEMMA.xml": (
        "not well-formed XML: Opening and ending tag mismatch: elements line 28 and model",
        54,
    ),
}


def records() -> tuple[int, ...]:
    return (
        Organisation.objects.filter(source_format="archimate").count(),
        Capability.objects.count(),
        BuildingBlock.objects.filter(source_format="archimate").count(),
        ExternalElement.objects.exclude(element_type="Model").count(),
        Dependency.objects.count(),
        BuildingBlock.capabilities.through.objects.count(),
        StandardCompliance.objects.count(),
        Reuse.objects.count(),
        Capability.objects.filter(parent__isnull=False).count(),
        ExternalProperty.objects.count(),
    )


def test_every_file_is_listed():
    assert sorted(p.name for p in SHARED.iterdir()) == sorted({*EXPECTED, *REJECTED})


@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=pytest.mark.slow) if n == GEMMA else n for n in sorted(EXPECTED)],
)
def test_a_real_model_imports_with_the_measured_counts_and_again_unchanged(name):
    data = (SHARED / name).read_bytes()
    report = import_archimate(name, data, ImportContext())
    counts = report.counts
    assert (counts["accepted"], counts["unchanged"], counts["rejected"]) == EXPECTED[name][0]
    assert records() == EXPECTED[name][1]
    again = import_archimate(f"https://example.org/{name}", data, ImportContext())
    assert again.counts["accepted"] == again.counts["updated"] == again.counts["rejected"] == 0
    assert records() == EXPECTED[name][1]


@pytest.mark.parametrize("name", sorted(REJECTED))
def test_a_broken_file_is_rejected_with_reason_and_line(name):
    (outcome,) = import_archimate(name, (SHARED / name).read_bytes(), ImportContext()).outcomes
    assert (outcome.status, outcome.reason, outcome.line) == ("rejected", *REJECTED[name])
    assert outcome.record == name


@pytest.mark.parametrize("model", ["archimatetool__OpenGroupXMLExchange__archisurance",
                                   "bp4mc2__archimate2rdf__input"])  # fmt: skip
def test_archis_own_file_and_its_exchange_export_are_the_same_records(model):
    import_archimate("x", (SHARED / f"{model}.xml").read_bytes(), ImportContext())
    before = records()
    native = import_archimate("y", (SHARED / f"{model}.archimate").read_bytes(), ImportContext())
    assert {o.status for o in native.outcomes} == {"unchanged"}
    assert records() == before


def test_gemma_types_map_as_the_default_mapping_says():
    """Spot checks on the GEMMA file (it is imported whole in the slow test above)."""
    from anker.interop.archimate.mapping import default_mapping
    from anker.interop.archimate.parser import parse

    model = parse((SHARED / GEMMA).read_bytes())
    mapping = default_mapping()
    made: dict[str, int] = {}
    for concept in model.elements:
        target = str(mapping.target(concept))
        made[target] = made.get(target, 0) + 1
    assert made["block standard"] == 200  # "GEMMA type: Standaard" on Constraints
    assert made["capability"] == 26 + 304  # Capabilities and BusinessFunctions
    assert made["organisation"] == 37
