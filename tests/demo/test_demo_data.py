"""Integrity of the demo ecosystem data: plain pytest, no Django and no database.

The data in ``anker.demo.data`` is reviewed by hand; these tests keep it consistent with the
format ``anker.demo.load`` expects and with what the demo must show (popular blocks and a long
tail, stale entries, near-duplicates, a merge candidate...).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from urllib.parse import urlparse

import pytest

from anker.demo.data.blocks import BLOCKS
from anker.demo.data.capabilities import CAPABILITIES
from anker.demo.data.organisations import ORGANISATIONS
from anker.demo.data.reuse import reuses

ORGANISATION_KEYS = [
    "slug",
    "name",
    "kind",
    "parent",
    "country",
    "website",
    "identifiers",
    "description",
    "description_nl",
]
CAPABILITY_KEYS = ["slug", "name", "name_nl", "description", "parent"]
BLOCK_KEYS = [
    "slug",
    "name",
    "kind",
    "owner",
    "lifecycle",
    "openness",
    "licence",
    "homepage_url",
    "code_url",
    "docs_url",
    "spec_url",
    "version",
    "tags",
    "maintenance",
    "contact_name",
    "contact_email",
    "capabilities",
    "depends_on",
    "complies_with",
    "evidence",
    "last_verified",
    "default_language",
    "descriptions",
]
REUSE_KEYS = [
    "block",
    "organisation",
    "mode",
    "status",
    "since",
    "until",
    "stop_reason",
    "declared_by",
    "confirmed",
    "evidence_url",
]

ORGANISATION_KINDS = {
    "central",
    "regional",
    "local",
    "agency",
    "public-enterprise",
    "healthcare",
    "education",
    "private",
    "non-profit",
    "academic",
}
SCHEMES = {"oin", "tooi", "kvk", "kbo", "ipa", "other"}
BLOCK_KINDS = {"software", "api", "dataset", "platform", "standard", "organisational"}
LIFECYCLES = {"idea", "experiment", "pilot", "production", "anchored", "deprecated", "retired"}
OPENNESS = {"open", "public-sector", "restricted"}
MAINTENANCE = {"internal", "contract", "community", "none"}
COMPLIANCE = {"complies", "partially", "explained"}
EVIDENCE_KINDS = {"dpia", "pentest", "accessibility", "other"}
MODES = {"as-is", "adapted", "forked", "shared-service"}
STATUSES = {"evaluating", "piloting", "in-use", "stopped"}

EARLIEST, LATEST = dt.date(2019, 1, 1), dt.date(2026, 11, 1)
STALE_BEFORE = dt.date(2025, 5, 1)  # 18 months before the demo's "today"

# Blocks of one kind that different owners built for the same need.
NEAR_DUPLICATES = [
    ("notificatiedienst", "uwu-notificatieservice", "attenderingsdienst"),
    ("afspraakmodule-brugstede", "afsprakenplanner-zandhoeve", "afsprakentool-kempenhout"),
    ("afvalwijzer-api", "afvalkalender-api"),
    ("bomenregister-dijkhoven", "bomenbestand-eikenrode"),
]
# Two records of one body, and two municipalities about to merge.
MERGE_PAIRS = [
    ("gemeente-heemsloot", "heemsloot-ict"),
    ("gemeente-beekwolde", "gemeente-polderzijl"),
]

ORGS = {o["slug"]: o for o in ORGANISATIONS}
CAPS = {c["slug"]: c for c in CAPABILITIES}
BLOCKS_BY_SLUG = {b["slug"]: b for b in BLOCKS}
REUSES = reuses()


def is_date(value: object) -> bool:
    try:
        return EARLIEST <= dt.date.fromisoformat(value) <= LATEST  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def is_example_url(value: str) -> bool:
    url = urlparse(value)
    return url.scheme == "https" and bool(url.hostname) and url.hostname.endswith(".example")


def sentences(text: str) -> int:
    return len(re.findall(r"[.!?](?:\s|$)", text))


# --- organisations ---------------------------------------------------------------------------


def test_organisations_have_the_expected_keys_and_values():
    assert len(ORGS) == len(ORGANISATIONS), "organisation slugs must be unique"
    for org in ORGANISATIONS:
        assert list(org) == ORGANISATION_KEYS, org["slug"]
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", org["slug"])
        assert org["kind"] in ORGANISATION_KINDS, org["slug"]
        assert re.fullmatch(r"[A-Z]{2}", org["country"])
        assert is_example_url(org["website"]), org["slug"]
        for text in (org["description"], org["description_nl"]):
            assert text.strip() and text.endswith(".") and 1 <= sentences(text) <= 3, org["slug"]
        assert org["description"] != org["description_nl"]


def test_organisation_parents_exist_without_cycles():
    for org in ORGANISATIONS:
        seen = {org["slug"]}
        parent = org["parent"]
        while parent is not None:
            assert parent in ORGS, f"{org['slug']}: unknown parent {parent}"
            assert parent not in seen, f"{org['slug']}: parent cycle"
            seen.add(parent)
            parent = ORGS[parent]["parent"]


def kbo_is_valid(value: str) -> bool:
    if not re.fullmatch(r"[01]\d{3}\.\d{3}\.\d{3}", value):
        return False
    digits = value.replace(".", "")
    return 97 - int(digits[:8]) % 97 == int(digits[8:])


def rsin_is_valid(value: str) -> bool:
    digits = [int(c) for c in value]
    return sum(d * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) % 11 == digits[8]


def test_identifiers_are_format_valid_and_unique_per_scheme():
    seen: set[tuple[str, str]] = set()
    for org in ORGANISATIONS:
        assert org["identifiers"], f"{org['slug']} has no identifier"
        for scheme, value in org["identifiers"]:
            assert scheme in SCHEMES
            assert (scheme, value) not in seen, f"duplicate identifier {scheme}:{value}"
            seen.add((scheme, value))
            if scheme == "oin":
                assert re.fullmatch(r"\d{20}", value), value
                if value.startswith("00000001"):
                    assert rsin_is_valid(value[8:17]), value
            elif scheme == "kvk":
                assert re.fullmatch(r"\d{8}", value), value
            elif scheme == "kbo":
                assert kbo_is_valid(value), value
            elif scheme == "tooi":
                assert re.fullmatch(r"[a-z]+\d+", value), value


def test_the_ecosystem_has_every_required_kind_of_organisation():
    kinds = Counter(o["kind"] for o in ORGANISATIONS)
    assert kinds["central"] >= 4
    assert kinds["local"] >= 14
    assert kinds["public-enterprise"] >= 1 and kinds["healthcare"] >= 1
    assert kinds["private"] >= 3 and kinds["non-profit"] >= 1 and kinds["academic"] >= 1
    provinces = [
        o for o in ORGANISATIONS if o["kind"] == "regional" and o["name"].startswith("Provincie")
    ]
    assert len(provinces) == 2
    coordinating = ORGS["digitaal-bureau"]
    assert coordinating["kind"] == "agency"
    executive = [
        o
        for o in ORGANISATIONS
        if o["kind"] == "agency"
        and o["parent"]
        and ORGS[o["parent"]]["kind"] == "central"
        and o is not coordinating
    ]
    assert len(executive) >= 3
    belgian = [o for o in ORGANISATIONS if o["country"] == "BE"]
    assert len([o for o in belgian if o["kind"] == "local"]) >= 2
    assert all(any(s == "kbo" for s, _ in o["identifiers"]) for o in belgian)
    assert all(o["country"] in {"NL", "BE"} for o in ORGANISATIONS)


def test_merge_candidates_are_explained_in_their_descriptions():
    for first, second in MERGE_PAIRS:
        a, b = ORGS[first], ORGS[second]
        assert a["kind"] == b["kind"] == "local"
        place_a, place_b = a["name"].split()[-1], b["name"].split()[-1]
        assert place_b in a["description"] or place_a in b["description"]
    # The duplicate record is the same body: same website, no official identifier of its own.
    assert ORGS["heemsloot-ict"]["website"] == ORGS["gemeente-heemsloot"]["website"]
    assert {s for s, _ in ORGS["heemsloot-ict"]["identifiers"]} == {"other"}


# --- capabilities ----------------------------------------------------------------------------


def capability_depth(slug: str) -> int:
    depth, parent = 1, CAPS[slug]["parent"]
    while parent is not None:
        depth, parent = depth + 1, CAPS[parent]["parent"]
        assert depth <= 10, f"cycle at {slug}"
    return depth


def test_capabilities_form_a_tree_three_levels_deep():
    assert len(CAPS) == len(CAPABILITIES) >= 35
    for cap in CAPABILITIES:
        assert list(cap) == CAPABILITY_KEYS, cap["slug"]
        assert cap["name"] and cap["name_nl"] and cap["description"].endswith(".")
        assert cap["parent"] is None or cap["parent"] in CAPS, cap["slug"]
    depths = Counter(capability_depth(slug) for slug in CAPS)
    assert max(depths) == 3
    assert 7 <= depths[1] <= 12
    assert depths[3] >= 10


# --- building blocks -------------------------------------------------------------------------


def test_blocks_have_the_expected_keys_and_values():
    assert len(BLOCKS_BY_SLUG) == len(BLOCKS) >= 110, "block slugs must be unique"
    for block in BLOCKS:
        slug = block["slug"]
        assert list(block) == BLOCK_KEYS, slug
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug)
        assert block["kind"] in BLOCK_KINDS, slug
        assert block["owner"] in ORGS, slug
        assert block["lifecycle"] in LIFECYCLES, slug
        assert block["openness"] in OPENNESS, slug
        assert block["maintenance"] in MAINTENANCE, slug
        assert block["default_language"] in {"en", "nl"}, slug
        assert isinstance(block["version"], str)
        assert block["contact_name"] and re.fullmatch(
            r"[^@\s]+@[a-z0-9.-]+\.example", block["contact_email"]
        ), slug
        for key in ("homepage_url", "code_url", "docs_url", "spec_url"):
            assert block[key] == "" or is_example_url(block[key]), (slug, key)
        assert block["tags"] and len(set(block["tags"])) == len(block["tags"]), slug
        assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", tag) for tag in block["tags"]), slug
        assert block["capabilities"], slug
        assert all(cap in CAPS for cap in block["capabilities"]), slug
        assert block["last_verified"] is None or is_date(block["last_verified"]), slug


def test_licences_are_spdx_identifiers_or_empty():
    licences = Counter(b["licence"] for b in BLOCKS)
    for licence in licences:
        assert licence == "" or re.fullmatch(
            r"(LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9.+-]+)", licence
        )
        assert licence.lower() != "proprietary"
    assert len([licence for licence in licences if licence]) >= 6
    assert licences[""] >= 5 and licences["LicenseRef-proprietary"] >= 3


def test_every_kind_lifecycle_and_openness_is_present():
    kinds = Counter(b["kind"] for b in BLOCKS)
    assert all(kinds[kind] >= 8 for kind in BLOCK_KINDS), kinds
    for kind in ("software", "api", "platform"):
        assert {b["lifecycle"] for b in BLOCKS if b["kind"] == kind} == LIFECYCLES, kind
    assert {b["openness"] for b in BLOCKS} == OPENNESS


def test_descriptions_are_bilingual_short_and_concrete():
    for block in BLOCKS:
        assert set(block["descriptions"]) == {"en", "nl"}, block["slug"]
        for language, (short, long) in block["descriptions"].items():
            where = (block["slug"], language)
            assert 20 <= len(short) <= 150 and short.endswith("."), where
            assert sentences(short) == 1, where
            assert 2 <= sentences(long) <= 4 and long.endswith("."), where
            assert "lorem" not in (short + long).lower(), where
        assert block["descriptions"]["en"] != block["descriptions"]["nl"], block["slug"]


def test_dependencies_exist_and_form_deep_acyclic_chains():
    for block in BLOCKS:
        deps = block["depends_on"]
        assert len(set(deps)) == len(deps), block["slug"]
        assert block["slug"] not in deps, f"{block['slug']} depends on itself"
        assert all(dep in BLOCKS_BY_SLUG for dep in deps), block["slug"]

    longest: dict[str, int] = {}

    def chain(slug: str, path: tuple[str, ...] = ()) -> int:
        assert slug not in path, f"dependency cycle: {' -> '.join((*path, slug))}"
        if slug not in longest:
            longest[slug] = 1 + max(
                (chain(dep, (*path, slug)) for dep in BLOCKS_BY_SLUG[slug]["depends_on"]), default=0
            )
        return longest[slug]

    for slug in BLOCKS_BY_SLUG:
        chain(slug)
    assert max(longest.values()) >= 5  # four levels of dependencies below the top
    assert len([slug for slug, n in longest.items() if n >= 5]) >= 5
    # The showcase chain: portal -> case API -> document API -> platform -> identity -> standard.
    path = [
        "mijn-omgeving",
        "zaken-api",
        "documenten-api",
        "documentplatform",
        "sso-medewerkers",
        "std-identity",
    ]
    for upper, lower in zip(path, path[1:], strict=False):
        assert lower in BLOCKS_BY_SLUG[upper]["depends_on"], (upper, lower)
    assert [BLOCKS_BY_SLUG[s]["kind"] for s in (path[0], path[1], path[3], path[-1])] == [
        "software",
        "api",
        "platform",
        "standard",
    ]


def test_compliance_points_at_standards_with_explanations():
    referenced: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    for block in BLOCKS:
        standards = [standard for standard, _, _ in block["complies_with"]]
        assert len(set(standards)) == len(standards), block["slug"]
        for standard, status, explanation in block["complies_with"]:
            assert standard in BLOCKS_BY_SLUG, (block["slug"], standard)
            assert BLOCKS_BY_SLUG[standard]["kind"] == "standard", (block["slug"], standard)
            assert standard != block["slug"]
            assert status in COMPLIANCE
            assert isinstance(explanation, str)
            if status != "complies":
                assert explanation.strip().endswith("."), (block["slug"], standard)
            referenced[standard] += 1
            statuses[status] += 1
    assert len([b for b in BLOCKS if b["complies_with"]]) >= 60
    assert statuses["explained"] >= 8 and statuses["partially"] >= 15
    assert len([s for s, n in referenced.items() if n >= 3]) >= 8
    assert referenced["std-api-design"] >= 20


def test_security_evidence_and_staleness():
    evidence_kinds: Counter[str] = Counter()
    for block in BLOCKS:
        for kind, date, url, note in block["evidence"]:
            assert kind in EVIDENCE_KINDS, block["slug"]
            assert is_date(date), (block["slug"], date)
            assert url == "" or is_example_url(url)
            assert isinstance(note, str)
            evidence_kinds[kind] += 1
    assert evidence_kinds["dpia"] >= 10 and evidence_kinds["pentest"] >= 10
    assert evidence_kinds["accessibility"] >= 5
    never = [b for b in BLOCKS if b["last_verified"] is None]
    stale = [
        b
        for b in BLOCKS
        if b["last_verified"] and dt.date.fromisoformat(b["last_verified"]) < STALE_BEFORE
    ]
    assert len(never) >= 3 and len(stale) >= 15


def test_partners_own_blocks():
    owners = Counter(b["owner"] for b in BLOCKS)
    for partner in (
        "kustbank",
        "samen-gezond",
        "dataweg",
        "universiteit-deltastad",
        "stichting-open-gemeenschap",
    ):
        assert owners[partner] >= 1, partner
    assert BLOCKS_BY_SLUG["dataweg-zaaksysteem"]["capabilities"]
    assert BLOCKS_BY_SLUG["kustbank-betaalverzoek-api"]["kind"] == "api"
    assert BLOCKS_BY_SLUG["luchtkwaliteit-deltastad"]["kind"] == "dataset"


@pytest.mark.parametrize("group", NEAR_DUPLICATES, ids=lambda group: group[0])
def test_near_duplicates_share_kind_and_capability_but_not_owner(group):
    blocks = [BLOCKS_BY_SLUG[slug] for slug in group]
    assert len({b["kind"] for b in blocks}) == 1
    assert len({b["owner"] for b in blocks}) == len(blocks)
    shared = set.intersection(*(set(b["capabilities"]) for b in blocks))
    assert shared, group


# --- reuse -----------------------------------------------------------------------------------


def test_reuse_is_deterministic_and_sized():
    assert reuses() == REUSES
    assert 350 <= len(REUSES) <= 600


def test_reuse_edges_are_valid():
    pairs = Counter((r["block"], r["organisation"]) for r in REUSES)
    assert max(pairs.values()) == 1, [p for p, n in pairs.items() if n > 1]
    for reuse in REUSES:
        where = (reuse["block"], reuse["organisation"])
        assert list(reuse) == REUSE_KEYS, where
        assert reuse["block"] in BLOCKS_BY_SLUG and reuse["organisation"] in ORGS, where
        assert BLOCKS_BY_SLUG[reuse["block"]]["owner"] != reuse["organisation"], where
        assert reuse["mode"] in MODES and reuse["status"] in STATUSES, where
        assert reuse["declared_by"] in {"provider", "reuser"}, where
        assert isinstance(reuse["confirmed"], bool)
        if reuse["declared_by"] == "reuser":
            assert reuse["confirmed"], where
        assert is_date(reuse["since"]), where
        assert reuse["evidence_url"] == "" or is_example_url(reuse["evidence_url"]), where
        if reuse["status"] == "stopped":
            assert is_date(reuse["until"]) and reuse["until"] >= reuse["since"], where
            assert reuse["stop_reason"].strip().endswith("."), where
        else:
            assert reuse["until"] is None and reuse["stop_reason"] == "", where


def test_reuse_tells_the_demo_stories():
    by_block: dict[str, list[dict]] = defaultdict(list)
    for reuse in REUSES:
        by_block[reuse["block"]].append(reuse)
    local_users = {
        slug: {
            r["organisation"]
            for r in edges
            if r["status"] != "stopped" and ORGS[r["organisation"]]["kind"] == "local"
        }
        for slug, edges in by_block.items()
    }
    assert len([s for s, users in local_users.items() if len(users) >= 10]) >= 5
    assert len([s for s, edges in by_block.items() if len(edges) <= 3]) >= 15
    assert len([s for s in BLOCKS_BY_SLUG if s not in by_block]) >= 30
    statuses = Counter(r["status"] for r in REUSES)
    assert statuses["stopped"] >= 10 and statuses["piloting"] >= 10 and statuses["evaluating"] >= 5
    assert len([r for r in REUSES if r["declared_by"] == "provider" and not r["confirmed"]]) >= 10
    assert {r["mode"] for r in REUSES} == MODES
    years = Counter(r["since"][:4] for r in REUSES)
    assert all(years[str(year)] >= 10 for year in range(2019, 2027)), years
    # Ideas are not reused yet; retired blocks only have history.
    for block in BLOCKS:
        if block["lifecycle"] == "idea":
            assert block["slug"] not in by_block, block["slug"]
        if block["lifecycle"] == "retired":
            assert all(r["status"] == "stopped" for r in by_block[block["slug"]]), block["slug"]
    # Both records of Heemsloot reuse the same block: a merge must resolve the duplicate.
    heemsloot = [
        {r["block"] for r in REUSES if r["organisation"] == slug} for slug in MERGE_PAIRS[0]
    ]
    assert heemsloot[0] & heemsloot[1]
