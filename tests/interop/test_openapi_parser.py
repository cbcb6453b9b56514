"""The OpenAPI / Swagger parser: the six real files of ../shared/data/openapi give exactly
the outcome counted independently (a short script plus reading the files), hostile input
(alias and $ref bombs, cycles, oversized or undecodable data) fails fast and cleanly,
and random or mutated input only ever yields an ApiSpec or an OpenApiError."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from anker.interop.openapi.parser import MAX_BYTES, ApiSpec, OpenApiError, Server, parse

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "openapi"
needs_shared = pytest.mark.skipif(
    not SHARED.is_dir(), reason="../shared/data/openapi is not beside the project"
)
ZAKEN = "open-zaak__open-zaak__zaken-openapi.yaml"
# file: (title, family, spec_version, paths, operations)
REAL = {
    "BRP-API__Haal-Centraal-BRP-bevragen__resolved-openapi.yaml": (
        "BRP API Personen",
        "openapi3",
        "3.1.0",
        1,
        1,
    ),
    "alphagov__pay-publicapi__publicapi_spec.json": ("GOV.UK Pay API", "openapi3", "3.0.1", 13, 16),
    "italia__developers-italia-api__software-catalog-api.oas.yaml": (
        "Software Catalog API",
        "openapi3",
        "3.0.0",
        21,
        42,
    ),
    "open-zaak__open-notificaties__swagger2.0.json": (
        "Open Notificaties API",
        "swagger2",
        "2.0",
        5,
        10,
    ),
    ZAKEN: ("Zaken API", "openapi3", "3.0.3", 36, 78),
}
INVALID_JSON = "GSA__open-gsa-redesign__datadotgov-v1-openapi.json"


def real(name: str) -> bytes:
    return (SHARED / name).read_bytes()


def minimal(extra: str = "", version: str = "openapi: 3.0.3") -> str:
    return f"{version}\ninfo: {{title: T, version: '1'}}\n{extra}"


def count_refs(node: object) -> int:
    """$ref objects left in a (DAG-shaped) resolved document, each object counted once."""
    seen: set[int] = set()
    stack, found = [node], 0
    while stack:
        item = stack.pop()
        if not isinstance(item, dict | list) or id(item) in seen:
            continue
        seen.add(id(item))
        found += isinstance(item, dict) and "$ref" in item
        stack.extend(item.values() if isinstance(item, dict) else item)
    return found


# --- the real files --------------------------------------------------------------------


@needs_shared
@pytest.mark.parametrize("name", sorted(REAL))
def test_real_file_outcome(name: str) -> None:
    spec = parse(real(name))
    assert (spec.title, spec.family, spec.spec_version, spec.paths, spec.operations) == REAL[name]
    json.dumps(spec.document)  # resolved, yet a tree: serialisable


@needs_shared
def test_trailing_comma_json_is_rejected_with_its_line() -> None:
    with pytest.raises(OpenApiError) as caught:
        parse(real(INVALID_JSON))
    assert caught.value.line == 8
    assert caught.value.path == ""
    assert str(caught.value).startswith("line 8: invalid JSON")


@needs_shared
def test_open_zaak_keeps_its_external_ref() -> None:
    # How fast it parses is measured in benchmarks/interop.py, not asserted here.
    spec = parse(real(ZAKEN))
    assert count_refs(spec.document) == 1  # 1,593 local refs resolved, one external kept
    assert any("external $ref 'https://raw.githubusercontent.com" in w for w in spec.warnings)
    assert spec.servers == (Server(url="/zaken/api/v1", description=""),)
    assert (spec.contact_name, spec.licence_name) == ("Maykin", "EUPL 1.2")
    assert [(s.name, s.type, s.scheme) for s in spec.security_schemes] == [
        ("JWT-Claims", "http", "bearer")
    ]


@needs_shared
def test_gov_uk_pay_adds_undeclared_operation_tags_in_order() -> None:
    spec = parse(real("alphagov__pay-publicapi__publicapi_spec.json"))
    assert spec.tags == (
        "Agreements",
        "Card payments",
        "Refunding card payments",
        "Authorise card payments",
        "Disputes",
    )
    assert "/info/license: missing" in spec.warnings


@needs_shared
def test_italia_contact_licence_and_servers() -> None:
    spec = parse(real("italia__developers-italia-api__software-catalog-api.oas.yaml"))
    assert spec.contact_email == "contatti@developers.italia.it"
    assert (spec.licence_name, spec.licence_identifier) == ("Apache", "")
    assert [s.url for s in spec.servers] == [
        "https://api.developers.italia.it/v1",
        "https://api-staging.developers.italia.it/v1",
    ]


@needs_shared
def test_open_notificaties_swagger_base_path_and_odd_scheme_type() -> None:
    spec = parse(real("open-zaak__open-notificaties__swagger2.0.json"))
    assert spec.servers == (Server(url="/api/v1", description=""),)
    assert "/securityDefinitions/JWT-Claims/type: 'http' is not a swagger2" in spec.warnings[0]


@needs_shared
def test_brp_openapi_31_fields() -> None:
    spec = parse(real("BRP-API__Haal-Centraal-BRP-bevragen__resolved-openapi.yaml"))
    assert spec.external_docs_url == "https://developer.rvig.nl/brp-api/overview/"
    assert spec.licence_url == "https://eupl.eu/1.2/nl/"
    assert spec.servers[0].description == "Proef omgeving"
    assert spec.warnings == ()


# --- contract details ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "urls"),
    [
        (
            "host: api.example.org\nbasePath: /v1\nschemes: [http, wss, https]\n",
            ["https://api.example.org/v1", "http://api.example.org/v1", "wss://api.example.org/v1"],
        ),
        ("host: api.example.org\n", ["//api.example.org"]),
        ("basePath: /api\nschemes: [https]\n", ["/api"]),
        ("", []),
    ],
)
def test_swagger2_servers(extra: str, urls: list[str]) -> None:
    spec = parse(minimal(extra, version='swagger: "2.0"'))
    assert spec.family == "swagger2"
    assert [server.url for server in spec.servers] == urls


def test_licence_identifier_only_from_31() -> None:
    licence = "  license: {name: EUPL, identifier: EUPL-1.2}\n"
    doc = "info:\n  title: T\n  version: '1'\n" + licence
    assert parse("openapi: 3.1.0\n" + doc).licence_identifier == "EUPL-1.2"
    older = parse("openapi: 3.0.3\n" + doc)
    assert older.licence_identifier == ""
    assert "/info/license/identifier: only defined from OpenAPI 3.1; ignored" in older.warnings


def test_ref_cycles_end_and_stay_references() -> None:
    text = minimal(
        "components:\n  schemas:\n"
        "    A: {properties: {b: {$ref: '#/components/schemas/B'}}}\n"
        "    B: {properties: {a: {$ref: '#/components/schemas/A'}}}\n"
        "    C: {$ref: '#/components/schemas/C'}\n"
        "    D: {items: {$ref: '#'}}\n"
    )
    spec = parse(text)
    schemas = spec.document["components"]["schemas"]
    assert schemas["A"]["properties"]["b"]["properties"]["a"] == {"$ref": "#/components/schemas/A"}
    assert schemas["C"] == {"$ref": "#/components/schemas/C"}
    json.dumps(spec.document)


def test_path_item_refs_count_and_siblings_merge() -> None:
    spec = parse(
        "openapi: 3.1.0\ninfo: {title: T}\n"
        "paths:\n  /a: {$ref: '#/components/pathItems/A', summary: here}\n  x-note: 1\n"
        "components:\n  pathItems:\n    A: {get: {tags: [t]}, post: {}, summary: there}\n"
    )
    assert (spec.paths, spec.operations, spec.tags) == (1, 2, ("t",))
    assert spec.document["paths"]["/a"]["summary"] == "here"


def test_external_and_broken_refs_are_left_alone_with_warnings() -> None:
    spec = parse(
        minimal(
            "components:\n  schemas:\n"
            "    X: {$ref: 'common.yaml#/components/schemas/X'}\n"
            "    Y: {$ref: '#/nope'}\n"
            "    Z: {$ref: '#anchor'}\n"
        )
    )
    schemas = spec.document["components"]["schemas"]
    assert schemas["X"] == {"$ref": "common.yaml#/components/schemas/X"}
    assert schemas["Y"] == {"$ref": "#/nope"}
    assert (
        "/components/schemas/X: external $ref 'common.yaml#/components/schemas/X' left unresolved"
        in spec.warnings
    )
    assert "/components/schemas/Y: unresolvable $ref '#/nope'" in spec.warnings
    assert any(w.startswith("/components/schemas/Z: $ref '#anchor'") for w in spec.warnings)


def test_targets_are_shared_not_copied() -> None:
    """Why the 800 KB spec is fast: one resolved object per target (a DAG, not a tree)."""
    spec = parse(minimal("s: {type: object}\nx: {$ref: '#/s'}\ny: {$ref: '#/s'}\n"))
    assert spec.document["x"] is spec.document["y"] is spec.document["s"]


def test_list_index_refs_and_absurd_ones() -> None:
    huge = "9" * 5000  # beyond Python's int() digit limit: must not escape as ValueError
    spec = parse(minimal(f"a: [zero, one]\nb: {{$ref: '#/a/1'}}\nc: {{$ref: '#/a/{huge}'}}\n"))
    assert spec.document["b"] == "one"
    assert spec.document["c"] == {"$ref": f"#/a/{huge}"}
    assert all(len(warning) <= 500 for warning in spec.warnings)


def test_security_schemes_resolved() -> None:
    spec = parse(
        minimal(
            "components:\n  securitySchemes:\n"
            "    key: {type: apiKey, in: header, name: X-Key}\n"
            "    bearer: {$ref: '#/x-shared/bearer'}\n"
            "x-shared:\n  bearer: {type: http, scheme: Bearer}\n"
        )
    )
    assert [(s.name, s.type, s.scheme, s.location) for s in spec.security_schemes] == [
        ("key", "apiKey", "", "header"),
        ("bearer", "http", "bearer", ""),
    ]


def test_yaml_core_schema_scalars() -> None:
    spec = parse(
        minimal("paths:\n  /a:\n    get: {tags: [yes, on], responses: {200: {description: ok}}}\n")
    )
    assert spec.tags == ("yes", "on")
    assert list(spec.document["paths"]["/a"]["get"]["responses"]) == ["200"]


def test_numeric_versions_are_kept_with_warnings() -> None:
    spec = parse("swagger: 2.0\ninfo: {title: T, version: 1.0}\n")
    assert (spec.spec_version, spec.version) == ("2.0", "1.0")
    assert any(w.startswith("/swagger: should be the string") for w in spec.warnings)


# --- rejections ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "path", "fragment"),
    [
        ("- a\n- b\n", "", "not a mapping"),
        ("", "", "not a mapping"),
        ("info: {title: T}\n", "", "neither"),
        ('swagger: "1.2"\ninfo: {title: T}\n', "/swagger", "'1.2'"),
        ('openapi: "2.0"\ninfo: {title: T}\n', "/openapi", "'2.0'"),
        ("openapi: 3.0.0\n", "/info/title", "no info object"),
        ("openapi: 3.0.0\ninfo: {title: '  '}\n", "/info/title", "non-empty"),
        (b"openapi: 3.0.0\ninfo: {title: \xff}\n", "", "not UTF-8"),
        ("openapi: 3.0.0\ninfo: {title: T}\na: &a [*a]\n", "/a/0", "recursive"),
        ("openapi: 3.0.0\ninfo: {title: !!python/object/apply:os.system [ls]}\n", "", "YAML"),
        ("openapi: 3.0.0\na: " + "[" * 300 + "]" * 300, "", ""),
    ],
)
def test_rejections(data: str | bytes, path: str, fragment: str) -> None:
    with pytest.raises(OpenApiError) as caught:
        parse(data)
    assert caught.value.path.startswith(path)
    assert fragment in caught.value.reason


@pytest.mark.parametrize(
    "value",
    ["!!bool abc", "!!timestamp abc", "!!float ''", "!!int 0x", "!!omap [a]", "9" * 5000],
)
def test_bad_explicitly_typed_yaml_values_are_rejected(value: str) -> None:
    with pytest.raises(OpenApiError, match="invalid YAML"):
        parse(minimal(f"x: {value}\n"))


def test_yaml_error_reports_its_line() -> None:
    with pytest.raises(OpenApiError) as caught:
        parse("openapi: 3.0.0\ninfo:\n  title: T\n   bad: x\n")
    assert caught.value.line == 4
    assert str(caught.value).startswith("line 4: invalid YAML")


def test_error_string_format() -> None:
    assert str(OpenApiError("/info", "reason", 7)) == "line 7: /info: reason"
    assert str(OpenApiError("", "reason")) == "reason"


def test_billion_laughs_is_refused_quickly() -> None:
    lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, 10):
        previous, name = chr(96 + level), chr(97 + level)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 10) + "]")
    started = time.perf_counter()
    with pytest.raises(OpenApiError, match="alias bomb"):
        parse(minimal("\n".join(lines) + "\n"))
    assert time.perf_counter() - started < 1


def test_ref_bomb_is_refused_quickly() -> None:
    lines = ["bomb:", "  l0: {text: '" + "x" * 200 + "'}"]
    for level in range(1, 30):
        ref = f"{{$ref: '#/bomb/l{level - 1}'}}"
        lines.append(f"  l{level}: [" + ", ".join([ref] * 10) + "]")
    started = time.perf_counter()
    with pytest.raises(OpenApiError, match="expand"):
        parse(minimal("\n".join(lines) + "\n"))
    assert time.perf_counter() - started < 2


@pytest.mark.parametrize("kind", [bytes, str])
def test_oversized_input_is_refused(kind: type) -> None:
    body = minimal() + "#" * MAX_BYTES
    with pytest.raises(OpenApiError, match="larger than"):
        parse(body.encode() if kind is bytes else body)


# --- fuzzing ---------------------------------------------------------------------------


def _fuzz_bases() -> list[bytes]:
    """Real files small enough to parse 200 times in seconds; Open Zaak as a prefix."""
    if not SHARED.is_dir():
        return [minimal().encode()]
    bases = [real(name) for name in sorted(REAL) if name != ZAKEN]
    return [*bases, real(INVALID_JSON), real(ZAKEN)[:60_000]]


BASES = _fuzz_bases()


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(BASES)))
    for _ in range(draw(st.integers(0, 8))):
        byte = draw(st.sampled_from(b' \n:-{}[]",&*!#') | st.integers(0, 255))
        data[draw(st.integers(0, len(data) - 1))] = byte
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return bytes(data)


TOKENS = [" ", "\n", "  ", ": ", "- ", ",", "{", "}", "[", "]", "'", '"', "#", "a", "0", "1.5"]
TOKENS += [
    "&a ",
    "*a",
    "<<: ",
    "? ",
    "|",
    ">",
    "~",
    "!!bool ",
    "!!float ",
    "!!int ",
    "!!timestamp ",
]
TOKENS += ["!!binary ", "!!set ", "!!omap ", "$ref: ", "'#/a'", "'#'", "x.yaml", "\t", "%", "---"]
yamlish = st.lists(st.sampled_from(TOKENS), max_size=60).map(
    lambda tokens: ("openapi: 3.0.0\ninfo: {title: T}\n" + "".join(tokens)).encode()
)


@settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.one_of(st.binary(max_size=2000), yamlish, mutated()))
def test_fuzz_only_apispec_or_openapierror(data: bytes) -> None:
    try:
        result = parse(data)
    except OpenApiError:
        return
    assert isinstance(result, ApiSpec)
    json.dumps(result.document)


refs = st.sampled_from(["#", "#/a", "#/a/b", "#/b", "#/b/0", "#/c", "x.yaml#/a", "#/nope"])
json_like = st.recursive(
    st.none() | st.integers() | st.text(max_size=3) | refs.map(lambda ref: {"$ref": ref}),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(["a", "b", "c", "$ref"]), children, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=100, deadline=None, database=None)
@given(st.dictionaries(st.sampled_from(["a", "b", "c"]), json_like, max_size=3))
def test_fuzz_random_ref_graphs_resolve_to_trees(body: dict) -> None:
    document = {"openapi": "3.1.0", "info": {"title": "T"}, **body}
    try:
        spec = parse(json.dumps(document))
    except OpenApiError as error:
        assert "expand" in error.reason  # the only refusal a small ref graph may earn
        return
    json.dumps(spec.document)
