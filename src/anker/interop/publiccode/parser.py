"""publiccode.yml → the frozen data model of this package (pure Python, no Django).

Why lenient: real files are rarely what the standard says (see the data README). Only what
anker cannot do without is fatal: a readable YAML mapping with ``name`` and ``url``. Anything
else (wrong types, unknown values, old or misspelt keys) becomes a warning "key.path: reason"
for the import report, so one odd key never costs a whole import.

Why safe: the YAML comes through ``read_yaml`` (package __init__): safe loader, size cap,
alias bombs and deep nesting refused before anything is built.

Versions: ``publiccodeYmlVersion`` 0.1 … 0.7 becomes "major.minor" ("0.4.0" and an unquoted
0.4 read as a float give "0.4"; "0" stays "0"). The older Italian drafts (2018: key
``publiccode-yaml-version`` or ``publiccodeYamlVersion``, value a w3id.org URL) give "draft"
and their old names are read too: ``tags`` (categories), ``featureList``, ``summary``,
``dependencies`` and ISO 639-2 language keys ("eng", "ita"). The IPA code is looked up in
``it``/``IT`` → ``riuso.codiceIPA``, then ``it.codiceIPA``, a top-level ``riuso``, and last an
``organisation.uri`` ``urn:x-italian-pa:<code>`` (the 0.5 replacement of codiceIPA).

codegouvfr: the French government's publiccode-like files (codegouvfr/awesome-codegouvfr
``dist/*_publiccode.yml``) are ACCEPTED and mapped, not rejected: they carry the standard's
``name``, ``url``, ``description``, ``legal``, ``maintenance`` and ``usedBy``, which is what
anker needs. Their ``latestRelease: {date, version}`` is read as releaseDate/softwareVersion
(with a warning), ``creationDate`` is ignored (warning), their many "" values count as absent
and a contact without any value is dropped (warning).
"""

from __future__ import annotations

import re
from collections import Counter
from contextlib import suppress
from dataclasses import replace
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

import yaml

from anker.interop.publiccode import (
    CATEGORIES,
    DEPENDENCY_KINDS,
    LIFECYCLE_BY_STATUS,
    MAINTENANCE_TYPES,
    MAX_BYTES,
    SOFTWARE_TYPES,
    Contact,
    Dependency,
    Description,
    PubliccodeError,
    Software,
    read_yaml,
)

__all__ = ["MAX_BYTES", "Contact", "Dependency", "Description", "PubliccodeError", "Software"]
__all__ += ["parse"]

_STANDARD_KEYS = frozenset(
    """publiccodeYmlVersion name applicationSuite url landingURL isBasedOn softwareVersion
    releaseDate logo monochromeLogo inputTypes outputTypes platforms categories usedBy fundedBy
    roadmap developmentStatus softwareType supports organisation intendedAudience description
    legal maintenance localisation dependsOn""".split()
)
_DRAFT_VERSION_KEYS = ("publiccode-yaml-version", "publiccodeYamlVersion")
_RENAMED = {  # non-standard or pre-0.2 key -> standard key
    "landingUrl": "landingURL", "landingPage": "landingURL", "version": "softwareVersion",
    "localization": "localisation", "intendedaudience": "intendedAudience",
    "tags": "categories", "dependencies": "dependsOn",
}  # fmt: skip
_FLAT = frozenset("shortDescription longDescription features featureList genericName".split())
_FLAT |= {"localisedName", "summary"}  # description keys some files put at the top level
_DRAFT_NAMES = {"summary": "shortDescription", "featureList": "features"}
_QUIET = frozenset({"freeTags", "latestRelease", *_DRAFT_VERSION_KEYS, *_FLAT})
_ISO639_2 = dict(
    pair.split(":")
    for pair in """eng:en ita:it fra:fr fre:fr deu:de ger:de nld:nl dut:nl spa:es por:pt swe:sv
    dan:da fin:fi nor:no nob:nb nno:nn pol:pl ces:cs cze:cs slk:sk slo:sk slv:sl hrv:hr srp:sr
    bul:bg ron:ro rum:ro hun:hu ell:el gre:el est:et lav:lv lit:lt mlt:mt gle:ga cat:ca eus:eu
    baq:eu glg:gl zho:zh chi:zh jpn:ja kor:ko rus:ru ukr:uk tur:tr ara:ar heb:he isl:is ice:is
    ltz:lb""".split()
)
_URL_SCHEMES = frozenset({"http", "https", "git", "ssh", "svn", "svn+ssh", "git+ssh", "hg", "ftp"})
_SCP_URL = re.compile(r"[\w.-]+@[\w.-]+:[\w./~-]+")  # git@host:owner/repo.git


def parse(data: bytes | str) -> Software:
    """Read one publiccode.yml; raises PubliccodeError when it cannot be imported."""
    doc, root = read_yaml(data)
    if not isinstance(doc, dict):
        raise PubliccodeError("", f"the document is {_kind(doc)}, not a mapping of keys", 1)
    return _software(_Reader(doc, root))


# --- reading values --------------------------------------------------------------------------


class _Reader:
    """The document, its node tree (for line numbers) and the warnings found so far.
    Every accessor checks the type, so a wrong type is a warning, never an exception."""

    def __init__(self, doc: dict, root: yaml.Node | None):
        self.doc, self.root, self.warnings = doc, root, []
        self.source: dict[str, str] = {}  # standard key -> the key the file used
        counts = Counter(getattr(key, "value", None) for key, _ in getattr(root, "value", []))
        for key, count in counts.items():
            if isinstance(key, str) and count > 1:
                self.warn(key, f"key given {count} times, the last value is used")
        self.top = self._top()

    def warn(self, path: str, reason: str) -> None:
        self.warnings.append(f"{path}: {reason}")

    def line(self, key: str) -> int | None:
        """1-based line of a top-level key as the file spells it (errors only concern those)."""
        key = self.source.get(key, key)
        keys = getattr(self.root, "value", [])
        lines = [k.start_mark.line + 1 for k, _ in keys if getattr(k, "value", None) == key]
        return lines[-1] if lines else None

    def text(self, value: Any, path: str) -> str:
        """Text of a scalar; numbers and dates as written, anything else is a warning."""
        if value is None or isinstance(value, str):
            return (value or "").strip()
        if isinstance(value, int | float) and not isinstance(value, bool):
            return repr(value)
        if isinstance(value, date):
            return value.isoformat()
        self.warn(path, f"expected text, got {_kind(value)}")
        return ""

    def texts(self, value: Any, path: str, unique: bool = True) -> tuple[str, ...]:
        """Non-blank texts of a list (a lone scalar counts as a list of one)."""
        if isinstance(value, dict):
            self.warn(path, "expected a list, got a mapping")
            return ()
        items = value if isinstance(value, list) else [value]
        found = (t for i, v in enumerate(items) if (t := self.text(v, f"{path}[{i}]")))
        return _unique(found) if unique else tuple(found)

    def items(self, value: Any, path: str) -> list:
        """A list; one mapping given instead of a list of them is read as a list of one."""
        if value is None or isinstance(value, list):
            return value or []
        self.warn(path, f"expected a list, got {_kind(value)}")
        return [value] if isinstance(value, dict) else []

    def mapping(self, value: Any, path: str) -> dict:
        if isinstance(value, dict) or value is None:
            return value or {}
        self.warn(path, f"expected a mapping, got {_kind(value)}")
        return {}

    def _top(self) -> dict:
        """Standard top-level keys; old or misspelt names are read as their standard key."""
        top = {key: value for key, value in self.doc.items() if key in _STANDARD_KEYS}
        for key, value in self.doc.items():
            if key in top or key in _QUIET or _is_country(key) or str(key).startswith("x-"):
                continue
            if (target := _RENAMED.get(key)) and target not in top:
                top[target], self.source[target] = value, key
                self.warn(key, f"non-standard or old key, read as {target}")
            else:
                self.warn(str(key), "unknown key, ignored")
        return top

    def choice(self, key: str, allowed: Any, fold: bool = False) -> str:
        """A value from a closed list: missing, empty and unknown values are warnings."""
        value = self.text(self.top.get(key), key)
        value = value.lower() if fold else value
        if key not in self.top or not value:
            self.warn(key, "missing" if key not in self.top else "empty")
        elif value not in allowed:
            self.warn(key, f"unknown value {_show(value)}")
        return value


# --- the fields ------------------------------------------------------------------------------


def _software(r: _Reader) -> Software:
    name, url, legal = _name(r), _url(r, "url", True), r.mapping(r.top.get("legal"), "legal")
    if not (licence := r.text(legal.get("license"), "legal.license")):
        r.warn("legal.license", "missing")
    software_type = r.choice("softwareType", SOFTWARE_TYPES)
    status = r.choice("developmentStatus", LIFECYCLE_BY_STATUS, fold=True)
    categories = r.texts(r.top.get("categories"), "categories")
    for unknown in (category for category in categories if category not in CATEGORIES):
        r.warn("categories", f"unknown value {_show(unknown)}")
    sections = _country_sections(r)
    return Software(
        standard_version=_version(r), name=name, url=url,
        landing_url=_url(r, "landingURL"), **_release(r),
        software_type=software_type, development_status=status,
        lifecycle=LIFECYCLE_BY_STATUS.get(status, "production"),
        platforms=r.texts(r.top.get("platforms"), "platforms"), categories=categories,
        descriptions=_descriptions(r), licence=licence,
        main_copyright_owner=r.text(legal.get("mainCopyrightOwner"), "legal.mainCopyrightOwner"),
        repo_owner=r.text(legal.get("repoOwner"), "legal.repoOwner"),
        authors_file=r.text(legal.get("authorsFile"), "legal.authorsFile"),
        **_maintenance(r), depends_on=_depends_on(r), used_by=_used_by(r),
        ipa_code=_ipa_code(r, sections), country_sections=sections,
        warnings=_capped(tuple(dict.fromkeys(r.warnings))),
    )  # fmt: skip


def _version(r: _Reader) -> str:
    if "publiccodeYmlVersion" not in r.doc:
        if any(key in r.doc for key in _DRAFT_VERSION_KEYS):
            return "draft"
        r.warn("publiccodeYmlVersion", "missing")
    value = r.text(r.doc.get("publiccodeYmlVersion"), "publiccodeYmlVersion")
    if "w3id.org/publiccode" in value:
        return "draft"
    if match := re.fullmatch(r"v?(\d+)(?:\.(\d+))?(?:\.\d+)*", value):
        return match[1] if match[2] is None else f"{match[1]}.{int(match[2])}"
    if value:
        r.warn("publiccodeYmlVersion", f"unknown value {_show(value)}")
    return value[:20]


def _name(r: _Reader) -> str:
    if name := r.text(r.top.get("name"), "name"):
        return name
    descriptions = r.top.get("description")
    for language, block in descriptions.items() if isinstance(descriptions, dict) else ():
        local = block.get("localisedName") if isinstance(block, dict) else None
        if isinstance(local, str) and local.strip():
            r.warn("name", f"missing, read description.{language}.localisedName")
            return local.strip()
    reason = "missing" if "name" not in r.top else "empty or not text"
    raise PubliccodeError("name", reason, r.line("name"))


def _is_url(value: str) -> bool:
    if not value or any(char.isspace() for char in value):
        return False
    if _SCP_URL.fullmatch(value):
        return True
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme.lower() in _URL_SCHEMES and bool(parts.netloc)


def _url(r: _Reader, key: str, required: bool = False) -> str:
    """A URL; ``url`` is required (no repository, no identity), others only warn."""
    if (value := r.text(r.top.get(key), key)) and _is_url(value) or not (value or required):
        return value
    reason = f"not a URL: {_show(value)}" if value else "empty or not text"
    reason = "missing" if key not in r.top else reason
    if required:
        raise PubliccodeError(key, reason, r.line(key))
    r.warn(key, reason)
    return ""


def _date(r: _Reader, value: Any, path: str) -> date | None:
    if isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    if isinstance(value, str):
        with suppress(ValueError):
            return date.fromisoformat(value.strip()) if value.strip() else None
    if value is not None:
        r.warn(path, f"not a date (YYYY-MM-DD): {_show(value)}")
    return None


def _release(r: _Reader) -> dict:
    """softwareVersion and releaseDate, falling back to codegouvfr's ``latestRelease``."""
    version = r.text(r.top.get("softwareVersion"), "softwareVersion")
    released = _date(r, r.top.get("releaseDate"), "releaseDate")
    if "latestRelease" in r.doc:
        r.warn("latestRelease", "codegouvfr key, read as softwareVersion and releaseDate")
        latest = r.mapping(r.doc["latestRelease"], "latestRelease")
        version = version or r.text(latest.get("version"), "latestRelease.version")
        released = released or _date(r, latest.get("date"), "latestRelease.date")
    return {"software_version": version, "release_date": released}


def _language(tag: Any) -> str:
    """ "it-IT" -> "it", "zh-Hant" -> "zh", "ENG"/"ita" (ISO 639-2, drafts) -> "en"/"it"."""
    primary = re.split(r"[-_]", str(tag).strip(), maxsplit=1)[0].lower()
    primary = _ISO639_2.get(primary, primary)
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else ""


def _default_language(r: _Reader) -> str:
    """For description texts given without a language: localisation's first one, or en."""
    languages = r.mapping(r.top.get("localisation"), "localisation").get("availableLanguages")
    first = languages[0] if isinstance(languages, list) and languages else languages
    return (_language(first) or "en") if isinstance(first, str) else "en"


def _descriptions(r: _Reader) -> tuple[Description, ...]:
    raw = r.top.get("description")
    if isinstance(raw, dict) and raw.keys() & _FLAT:
        r.warn("description", "no language level; language taken from localisation")
        blocks = [("description", _default_language(r), raw)]
    else:
        blocks = [
            (f"description.{tag}", tag, v) for tag, v in r.mapping(raw, "description").items()
        ]
    if (flat := {key: r.doc[key] for key in r.doc.keys() & _FLAT}) and blocks:
        r.warn(min(flat), "description key at the top level, ignored")
    elif flat:
        language = _default_language(r)
        r.warn(min(flat), f"description keys at the top level, read as description.{language}")
        blocks = [("", language, flat)]
    found: dict[str, Description] = {}
    for path, tag, value in blocks:
        if (description := _description(r, path, tag, value)) is None:
            continue
        if description.language in found:
            r.warn(path, f"second description in language {description.language}, ignored")
        found.setdefault(description.language, description)
    if not found:
        r.warn("description", "missing")
    return tuple(found.values())


def _description(r: _Reader, path: str, tag: Any, value: Any) -> Description | None:
    if not (language := _language(tag)):
        r.warn(path, "not a language tag, ignored")
        return None
    if isinstance(value, str):
        r.warn(path, "a bare text instead of description keys, read as longDescription")
        value = {"longDescription": value}
    fields = r.mapping(value, path)
    fields = {_DRAFT_NAMES[k]: v for k, v in fields.items() if k in _DRAFT_NAMES} | {
        k: v for k, v in fields.items() if k not in _DRAFT_NAMES
    }  # the standard's names win over the drafts' ones
    at = f"{path}.".lstrip(".")
    short, long, generic = (
        r.text(fields.get(key), at + key)
        for key in ("shortDescription", "longDescription", "genericName")
    )
    if len(short) > 150:
        r.warn(f"{at}shortDescription", f"longer than 150 characters ({len(short)})")
    features = r.texts(fields.get("features"), f"{at}features")
    description = Description(language, short, long, features, generic)
    if not (short or description.long or description.features or description.generic_name):
        r.warn(path, "no text, ignored")
        return None
    return description


def _maintenance(r: _Reader) -> dict:
    section = r.mapping(r.top.get("maintenance"), "maintenance")
    kind = r.text(section.get("type"), "maintenance.type").lower()
    if kind not in MAINTENANCE_TYPES:
        r.warn("maintenance.type", f"unknown value {_show(kind)}" if kind else "missing")
    path = "maintenance.contractors"
    contractors = (
        r.text(item.get("name") if isinstance(item, dict) else item, f"{path}[{i}].name")
        for i, item in enumerate(r.items(section.get("contractors"), path))
    )
    return {
        "maintenance_type": kind if kind in MAINTENANCE_TYPES else "",
        "contractors": _unique(name for name in contractors if name),
        "contacts": _contacts(r, section.get("contacts"), "maintenance.contacts"),
    }


def _contacts(r: _Reader, value: Any, path: str) -> tuple[Contact, ...]:
    found = []
    for i, item in enumerate(r.items(value, path)):
        fields = {"name": item} if isinstance(item, str) else r.mapping(item, f"{path}[{i}]")
        keys = ("name", "email", "phone", "affiliation")
        contact = Contact(*(r.text(fields.get(key), f"{path}[{i}].{key}") for key in keys))
        if not any((contact.name, contact.email, contact.phone, contact.affiliation)):
            r.warn(f"{path}[{i}]", "empty contact, ignored")
            continue
        if not contact.name:
            r.warn(f"{path}[{i}].name", "missing")
        # "\x64" for "@" works in double-quoted YAML only; unquoted it stays four characters
        found.append(replace(contact, email=contact.email.replace("\\x64", "@")))
    return tuple(found)


def _depends_on(r: _Reader) -> tuple[Dependency, ...]:
    found = []
    for kind, value in r.mapping(r.top.get("dependsOn"), "dependsOn").items():
        if kind not in DEPENDENCY_KINDS:
            r.warn(f"dependsOn.{kind}", "unknown kind of dependency, ignored")
            continue
        for i, item in enumerate(r.items(value, f"dependsOn.{kind}")):
            if dependency := _dependency(r, kind, item, f"dependsOn.{kind}[{i}]"):
                found.append(dependency)
    return tuple(found)


def _dependency(r: _Reader, kind: str, item: Any, path: str) -> Dependency | None:
    fields = {"name": item} if isinstance(item, str) else r.mapping(item, path)
    if not (name := r.text(fields.get("name"), f"{path}.name")):
        r.warn(f"{path}.name", "missing, dependency ignored")
        return None
    keys = ("versionMin", "versionMax", "version")
    versions = (r.text(fields.get(key), f"{path}.{key}") for key in keys)
    if not isinstance(optional := fields.get("optional") or False, bool):
        r.warn(f"{path}.optional", f"expected true or false, got {_show(optional)}")
        optional = str(optional).strip().lower() in ("true", "yes", "1")
    return Dependency(name, kind, *versions, optional)


def _used_by(r: _Reader) -> tuple[str, ...]:
    """Names stripped (inner line breaks of folded YAML too), duplicates (any case) dropped."""
    names = [" ".join(name.split()) for name in r.texts(r.top.get("usedBy"), "usedBy", False)]
    if len(unique := _unique(names, key=str.casefold)) < len(names):
        r.warn("usedBy", f"{len(names) - len(unique)} duplicate names dropped")
    return unique


def _is_country(key: Any) -> bool:
    return isinstance(key, str) and len(key) == 2 and key.isascii() and key.isalpha()


def _country_sections(r: _Reader) -> dict:
    sections: dict[str, dict] = {}
    for key, value in r.doc.items():
        if not _is_country(key):
            continue
        if not isinstance(value, dict):
            r.warn(key, f"country section is {_kind(value)}, ignored")
        elif key.lower() in sections:
            r.warn(key, f"second {key.lower()} country section, ignored")
        else:
            sections[key.lower()], r.source[key.lower()] = value, key
    return sections


def _ipa_code(r: _Reader, sections: dict) -> str:
    for path in ("it.riuso.codiceIPA", "it.codiceIPA", "riuso.codiceIPA"):  # riuso: early
        if code := r.text(_dig({**r.doc, **sections}, path), path):
            return code
    uri, prefix = _dig(r.top, "organisation.uri"), "urn:x-italian-pa:"
    return uri[len(prefix) :].strip() if isinstance(uri, str) and uri.startswith(prefix) else ""


# --- small helpers ---------------------------------------------------------------------------


def _capped(warnings: tuple[str, ...], limit: int = 100) -> tuple[str, ...]:
    """A hostile file can have a warning per list item; the report needs the first few."""
    more = (f"warnings: {len(warnings) - limit} more not shown",) if len(warnings) > limit else ()
    return warnings[:limit] + more


def _dig(mapping: Any, path: str) -> Any:
    for key in path.split("."):
        mapping = mapping.get(key) if isinstance(mapping, dict) else None
    return mapping


def _unique(items: Any, key: Any = None) -> tuple[str, ...]:
    seen: dict[Any, str] = {}
    for item in items:
        seen.setdefault(key(item) if key else item, item)
    return tuple(seen.values())


def _kind(value: Any) -> str:
    names = {dict: "a mapping", list: "a list", bool: "true/false", type(None): "empty"}
    return names.get(type(value), f"a {type(value).__name__}")


def _show(value: Any) -> str:
    """A value for a message: strings quoted, anything cut at 80 characters."""
    text = f'"{value}"' if isinstance(value, str) else repr(value)
    return text if len(text) <= 82 else text[:80] + "…"
