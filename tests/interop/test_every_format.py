"""Every registered format, whatever bytes it is given: a clean report (every rejection
with a reason), never an exception, and nothing half-written. Random bytes and real
files mutated byte by byte are fed to each importer through the same path a harvest
takes."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from anker.interop import registry
from anker.interop.registry import ImportContext
from anker.interop.report import STATUSES, ImportReport

pytestmark = pytest.mark.django_db
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
registry.load()
IMPORTABLE = sorted(name for name, fmt in registry.FORMATS.items() if fmt.importer)
FOLDERS = {
    "publiccode": "publiccode",
    "openapi": "openapi",
    "dcat": "dcat",
    "archimate": "archimate",
}


def _samples(format_name: str) -> list[bytes]:
    folder = SHARED / FOLDERS.get(format_name, "-")
    files = sorted(folder.iterdir()) if folder.is_dir() else []
    return [file.read_bytes()[:20_000] for file in files[:6]] or [b"name,slug\nA,a\n"]


@st.composite
def mutated(draw, samples: list[bytes]) -> bytes:
    data = bytearray(draw(st.sampled_from(samples)))
    for _ in range(draw(st.integers(1, 8))):
        if not data:
            break
        position = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "cut", "insert"]))
        if action == "flip":
            data[position] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[position : position + draw(st.integers(1, 200))]
        else:
            data[position:position] = draw(st.binary(min_size=1, max_size=20))
    return bytes(data)


def test_every_format_in_shared_data_is_registered() -> None:
    assert {"publiccode", "openapi"} <= set(IMPORTABLE)


@pytest.mark.parametrize("format_name", IMPORTABLE)
def test_any_bytes_give_a_clean_report(format_name: str) -> None:
    fmt = registry.get(format_name)

    @settings(
        max_examples=25,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(st.one_of(st.binary(max_size=2000), mutated(_samples(format_name))))
    def check(data: bytes) -> None:
        report = fmt.importer("fuzz.bin", data, ImportContext())
        assert isinstance(report, ImportReport)
        for outcome in report.outcomes:
            assert outcome.status in STATUSES
            if outcome.status == "rejected":
                assert outcome.reason.strip(), outcome

    check()
