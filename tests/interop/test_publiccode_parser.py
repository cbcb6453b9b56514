"""publiccode.yml parser: every real file of ../shared/data/publiccode, each version and its
quirks, errors that name the key and the line, hostile input, and fuzzing. No database."""

from __future__ import annotations

import pickle
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from anker.interop.publiccode.parser import (
    MAX_BYTES,
    Contact,
    Dependency,
    PubliccodeError,
    Software,
    parse,
)

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "publiccode"
REAL_FILES = sorted(SHARED.glob("*.y*ml")) if SHARED.is_dir() else []
needs_real_files = pytest.mark.skipif(not REAL_FILES, reason=f"{SHARED} is missing")

# The outcome on the real files: these are rejected (reason substring), all others parse.
REJECTED = {
    "Azienda-USL-di-Bologna__DAE-RespondER.yml": "invalid YAML: could not find expected ':'"
}
PARSED = 59

MINIMAL = 'publiccodeYmlVersion: "0.4"\nname: Medusa\nurl: "https://example.org/medusa.git"\n'


def real(name: str) -> Software:
    return parse((SHARED / name).read_bytes())


def rejection(text: str | bytes) -> PubliccodeError:
    with pytest.raises(PubliccodeError) as caught:
        parse(text)
    return caught.value


# --- the real files -------------------------------------------------------------------------


@needs_real_files
def test_every_real_file_parses_or_is_rejected_for_the_expected_reason():
    parsed, rejected = 0, {}
    for path in REAL_FILES:
        try:
            software = parse(path.read_bytes())
        except PubliccodeError as error:
            rejected[path.name] = error
            continue
        assert isinstance(software, Software) and software.name and software.url
        parsed += 1
    assert len(REAL_FILES) == 60
    assert sorted(rejected) == sorted(REJECTED)
    for name, error in rejected.items():
        assert REJECTED[name] in str(error)
    assert parsed == PARSED


@needs_real_files
def test_the_invalid_yaml_file_is_rejected_at_its_line():
    error = rejection((SHARED / "Azienda-USL-di-Bologna__DAE-RespondER.yml").read_bytes())
    assert (error.path, error.line) == ("", 64)
    assert str(error) == "line 64: invalid YAML: could not find expected ':'"


@needs_real_files
@pytest.mark.parametrize(
    ("name", "version"),
    [
        ("CommonGateway__KissBundle.yml", "0.1"),
        ("5Tsrl__emma-backend.yml", "0.2"),
        ("Cetriq__CuraNexus.yml", "0.3"),
        ("moda-gov-tw__code-gov-tw.yml", "0.3"),  # unquoted 0.3.0
        ("ARPALit__SIAPI.yml", "0.4"),  # unquoted 0.4.0
        ("Aitema-gmbh__terminvergabe.yml", "0.4"),  # unquoted 0.4: a YAML float
        ("4science__glam.yml", "0.5"),
        ("BureauArchitectuurDigitaleOverheid__bouwmeester.yml", "0.7"),
        ("CatalaLang__catala.yml", "0"),
    ],
)
def test_real_versions_are_normalised(name, version):
    assert real(name).standard_version == version


@needs_real_files
def test_real_language_keys_and_upper_case_country_section():
    theme = real("italia__design-comuni-wordpress-theme.yml")  # IT: and it-IT:
    assert [d.language for d in theme.descriptions] == ["it"]
    assert "it" in theme.country_sections and theme.ipa_code == "pcm"  # organisation.uri
    assert [d.language for d in real("moda-gov-tw__code-gov-tw.yml").descriptions] == ["zh"]
    assert real("5Tsrl__emma-backend.yml").ipa_code == "5t_piem"  # it.riuso.codiceIPA


@needs_real_files
def test_real_used_by_duplicates_are_dropped():
    decidim = real("decidim__decidim.yml")
    assert len(decidim.used_by) == 462 and decidim.used_by.count("Touraine") == 1
    assert "usedBy: 2 duplicate names dropped" in decidim.warnings
    pod = real("EsupPortail__Esup-Pod.yml")  # multi-line names become one line
    assert (
        pod.used_by[0].startswith("Ministère de l'Éducation Nationale")
        and "\n" not in pod.used_by[0]
    )


@needs_real_files
def test_real_quirks_become_warnings():
    kiss = real("CommonGateway__KissBundle.yml")
    assert 'softwareType: unknown value "softwareAddon"' in kiss.warnings
    assert kiss.contacts[0].email == "info@conduction.nl"  # an unquoted \x64
    assert kiss.depends_on[0] == Dependency("CommonGateway", "open", "1.2", "1.3", "1.2.47")
    pdc = real("ConductionNL__OpenPdc.yml")
    assert pdc.release_date is None
    assert 'releaseDate: not a date (YYYY-MM-DD): "2021-31-01"' in pdc.warnings
    assert 'maintenance.type: unknown value "external"' in pdc.warnings
    assert real("public-ui__kolibri.yml").software_version == "1.7.25"  # "version:"
    assert real("Catalogies__MyFirstComponent.yml").warnings[0] == "legal.license: missing"


@needs_real_files
def test_real_flat_and_bare_descriptions_are_read():
    chain = real("CS78-open__CUPChain.yml")  # description keys at the top level
    assert chain.descriptions[0].language == "it" and len(chain.descriptions[0].features) == 4
    assert chain.landing_url == "https://github.com/marcopingitore/cupchain#readme"
    referto = real("CS78-open__chiaro-referto.yml")  # description.it is a bare text
    assert referto.descriptions[0].long.startswith("ChiaroReferto")


@needs_real_files
def test_codegouvfr_files_are_accepted_and_mapped():
    vitam = real("codegouvfr__awesome-codegouvfr__vitam.yml")
    assert (vitam.name, vitam.licence, len(vitam.used_by)) == ("Vitam", "cecill-2.1", 8)
    assert vitam.contacts == (Contact(email="contact@programmevitam.fr"),)
    assert any(w.startswith("latestRelease: codegouvfr") for w in vitam.warnings)
    demarches = real("codegouvfr__awesome-codegouvfr__demarchesSimplifiees.yml")
    assert demarches.contacts == () and demarches.software_type == ""
    assert "maintenance.contacts[0]: empty contact, ignored" in demarches.warnings


# --- versions and their quirks --------------------------------------------------------------

V01 = """\
publiccodeYmlVersion: '0.1'
name: Alpha
url: https://github.com/example/alpha
softwareType: standalone
developmentStatus: Beta
platforms: web
legal: {license: MIT}
maintenance: {type: community, contacts: [{name: Ada, phone: 3912345}]}
it:
  riuso: {codiceIPA: c_h501}
"""


def test_version_0_1():
    software = parse(V01)
    assert (software.standard_version, software.software_type) == ("0.1", "standalone")
    assert (software.development_status, software.lifecycle) == ("beta", "pilot")
    assert software.platforms == ("web",) and software.ipa_code == "c_h501"
    assert software.contacts == (Contact("Ada", phone="3912345"),)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [('"0.2"', "0.2"), ("'0.3'", "0.3"), ("0.4", "0.4"), ("0.4.0", "0.4"), ('"0"', "0")],
)
def test_version_values(raw, expected):
    assert parse(MINIMAL.replace('"0.4"', raw)).standard_version == expected


def test_version_0_4_full_file():
    software = parse(
        MINIMAL
        + """\
landingURL: https://example.org
softwareVersion: 1.0
releaseDate: 2024-02-29
platforms: [web, linux, web]
categories: [collaboration, made-up]
developmentStatus: stable
softwareType: standalone/web
description:
  en-GB: {shortDescription: Short, longDescription: Long text, features: [A, B]}
  it-IT: {shortDescription: Breve, genericName: Editor}
legal: {license: EUPL-1.2, mainCopyrightOwner: City, repoOwner: Repo, authorsFile: AUTHORS}
maintenance:
  type: contract
  contractors: [{name: Firm, until: 2030-01-01}]
usedBy: ["  Comune di Roma ", Comune di Roma, comune di roma, Comune di Milano]
"""
    )
    assert (software.software_version, software.release_date) == ("1.0", date(2024, 2, 29))
    assert software.platforms == ("web", "linux")
    assert software.categories == ("collaboration", "made-up")
    assert 'categories: unknown value "made-up"' in software.warnings
    assert [(d.language, d.short, d.features) for d in software.descriptions] == [
        ("en", "Short", ("A", "B")),
        ("it", "Breve", ()),
    ]
    assert software.used_by == ("Comune di Roma", "Comune di Milano")
    assert (software.maintenance_type, software.contractors) == ("contract", ("Firm",))
    assert (software.licence, software.authors_file) == ("EUPL-1.2", "AUTHORS")


DRAFT = """\
publiccode-yaml-version: "http://w3id.org/publiccode/version/0.1"
name: Medusa
url: "https://example.com/italia/medusa.git"
softwareType: "standalone"
developmentStatus: development
tags: [content-management]
description:
  ENG: {localisedName: Medusa, summary: A short one, featureList: [Fast]}
  ita: {shortDescription: Breve}
legal: {license: AGPL-3.0-or-later}
maintenance: {type: "contract", contractors: [{name: Fornitore, until: "2019-01-01"}]}
dependencies:
  open: [{name: MySQL, versionMin: "1.1", optional: yes}]
it:
  riuso: {codiceIPA: c_h501}
"""


def test_italian_draft():
    software = parse(DRAFT)
    assert software.standard_version == "draft"
    assert software.categories == ("content-management",)
    english, italian = software.descriptions
    assert (english.language, english.short, english.features) == ("en", "A short one", ("Fast",))
    assert (italian.language, italian.short) == ("it", "Breve")
    assert software.depends_on == (Dependency("MySQL", "open", version_min="1.1", optional=True),)
    assert software.ipa_code == "c_h501"
    assert "tags: non-standard or old key, read as categories" in software.warnings


def test_draft_without_top_level_name_uses_the_localised_name():
    software = parse(DRAFT.replace("name: Medusa\n", ""))
    assert software.name == "Medusa"
    assert "name: missing, read description.ENG.localisedName" in software.warnings


@pytest.mark.parametrize("key", ["it", "IT"])
def test_country_key_in_either_case(key):
    software = parse(MINIMAL + f"{key}:\n  riuso:\n    codiceIPA: agid\nNL: {{x: 1}}\n")
    assert software.ipa_code == "agid"
    assert software.country_sections == {"it": {"riuso": {"codiceIPA": "agid"}}, "nl": {"x": 1}}


def test_depends_on_kinds():
    software = parse(
        MINIMAL
        + """\
dependsOn:
  open: [{name: PostgreSQL, version: 16}, Redis]
  proprietary: [{name: Oracle, versionMax: "19", optional: "yes"}]
  hardware: {name: NFC reader, optional: true}
  imaginary: [{name: Nothing}]
"""
    )
    assert software.depends_on == (
        Dependency("PostgreSQL", "open", version="16"),
        Dependency("Redis", "open"),
        Dependency("Oracle", "proprietary", version_max="19", optional=True),
        Dependency("NFC reader", "hardware", optional=True),
    )
    assert "dependsOn.imaginary: unknown kind of dependency, ignored" in software.warnings
    assert 'dependsOn.proprietary[0].optional: expected true or false, got "yes"' in (
        software.warnings
    )


def test_wrong_types_are_warnings_not_errors():
    software = parse(
        MINIMAL
        + """\
platforms: {web: true}
usedBy: A single name
legal: [MIT]
description: {en: [not, fields], '12': {shortDescription: s}, fr: {features: x}}
maintenance: {type: [internal], contacts: {name: Solo}}
releaseDate: 2024
"""
    )
    assert software.used_by == ("A single name",) and software.platforms == ()
    assert software.contacts == (Contact("Solo"),)
    assert [(d.language, d.features) for d in software.descriptions] == [("fr", ("x",))]
    for warning in (
        "platforms: expected a list, got a mapping",
        "legal: expected a mapping, got a list",
        "description.en: expected a mapping, got a list",
        "description.12: not a language tag, ignored",
        "maintenance.type: expected text, got a list",
        "releaseDate: not a date (YYYY-MM-DD): 2024",
    ):
        assert warning in software.warnings


# --- errors: key path and line --------------------------------------------------------------


def test_missing_name_and_url():
    assert rejection("url: https://x.org/a\n").path == "name"
    assert str(rejection("name: A\n")) == "url: missing"


def test_invalid_url_names_the_key_and_its_line():
    error = rejection('publiccodeYmlVersion: "0.4"\nname: A\n\nurl: not a url\n')
    assert (error.path, error.line) == ("url", 4)
    assert str(error) == 'line 4: url: not a URL: "not a url"'


def test_name_of_the_wrong_type_names_its_line():
    error = rejection("url: https://x.org/a\nname:\n  - A\n")
    assert (error.path, error.reason, error.line) == ("name", "empty or not text", 2)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("- a\n- b\n", "the document is a list, not a mapping"),
        ("just text\n", "the document is a str, not a mapping"),
        ("", "the document is empty"),
        ("a: 1\n---\nb: 2\n", "invalid YAML: but found another document"),
        ("a: [1, 2\n", "invalid YAML"),
        ("a: !!python/object:os.system x\n", "invalid YAML: could not determine a constructor"),
    ],
)
def test_files_that_are_not_a_yaml_mapping(text, reason):
    assert reason in str(rejection(text))


def test_undecodable_bytes_and_control_characters_are_rejected_with_their_line():
    error = rejection(b"name: A\nurl: \xff\xfe\n")
    assert (error.line, error.reason) == (2, "not UTF-8 text: byte 0xff at offset 13")
    assert rejection("name: A\n\nurl: \x00\n").line == 3
    assert "not UTF-8" in rejection(MINIMAL.encode("utf-16")).reason
    assert parse(b"\xef\xbb\xbf" + MINIMAL.encode()).name == "Medusa"  # a UTF-8 BOM is fine


def test_error_reads_line_path_reason_and_pickles():
    error = PubliccodeError("description.it", "too short", 12)
    assert str(error) == "line 12: description.it: too short"
    assert str(pickle.loads(pickle.dumps(error))) == str(error)


# --- hostile input --------------------------------------------------------------------------

BILLION_LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi", strict=True)
)


def test_billion_laughs_is_rejected_fast_without_expanding():
    started = time.perf_counter()
    error = rejection(MINIMAL + BILLION_LAUGHS)
    assert "aliases expand beyond" in error.reason and error.line is not None
    assert time.perf_counter() - started < 1


def test_many_aliases_recursive_and_deep_documents_are_rejected():
    many = MINIMAL + "x: &x 1\nusedBy: [" + ", ".join(["*x"] * 101) + "]\n"
    assert "more than 100 aliases" in rejection(many).reason
    assert "is undefined or recursive" in rejection(MINIMAL + "loop: &l [*l]\n").reason
    assert "nested deeper than" in rejection(MINIMAL + "deep: " + "[" * 150 + "]" * 150).reason
    assert parse(MINIMAL + "x: &x Roma\nusedBy: [*x, *x]\n").used_by == ("Roma",)


@pytest.mark.parametrize("kind", [bytes, str])
def test_oversized_input_is_rejected_before_reading(kind):
    data = MINIMAL + "#" * MAX_BYTES
    error = rejection(data.encode() if kind is bytes else data)
    assert error.reason.startswith("file too large")


def test_warnings_are_capped():
    warnings = parse(MINIMAL + "platforms: [" + ", ".join(["[x]"] * 500) + "]\n").warnings
    assert len(warnings) == 101 and warnings[-1].startswith("warnings: ")


def test_impossible_dates_and_huge_numbers_stay_text():
    software = parse(MINIMAL + "releaseDate: 2021-31-01\nsoftwareVersion: " + "9" * 5000 + "\n")
    assert software.release_date is None and len(software.software_version) == 5000


# --- fuzzing --------------------------------------------------------------------------------

FUZZ = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def parses_or_rejects(data: bytes) -> None:
    try:
        assert isinstance(parse(data), Software)
    except PubliccodeError:
        pass


@FUZZ
@given(st.binary(max_size=3000) | st.text(max_size=3000).map(str.encode))
def test_random_bytes_parse_or_are_rejected(data):
    parses_or_rejects(data)


SEEDS = [path.read_bytes() for path in REAL_FILES] or [(MINIMAL + DRAFT).encode()]


@FUZZ
@given(
    st.sampled_from(SEEDS),
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=8),
    st.integers(0, 10**6),
)
def test_mutated_real_files_parse_or_are_rejected(seed, flips, cut):
    data = bytearray(seed)
    for position, value in flips:
        data[position % len(data)] = value
    parses_or_rejects(bytes(data[: max(1, cut % (len(data) + 1))]))
