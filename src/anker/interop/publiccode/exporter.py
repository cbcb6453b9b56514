"""anker → publiccode.yml 0.4: ``export(software)`` writes a file that validates against
the SchemaStore JSON Schema and that ``parser.parse`` reads back to the same values.

Why 0.4: it is the last version whose required keys anker can fill without inventing an
``organisation`` URI (0.5+), and every publiccode consumer reads it.

Where anker lacks what the standard requires, the export says as little as it can:
  - platforms ["web"]; softwareType "standalone/web" when the stored one is unknown (obvious
    misspellings such as "softwareAddon" or "standalone/Api" are corrected first);
  - developmentStatus from anker's lifecycle (idea → concept, experiment → development,
    pilot → beta, production/anchored → stable, deprecated/retired → obsolete);
  - legal.license "LicenseRef-not-stated" (a valid SPDX expression that claims no licence);
  - maintenance.type "none" when unknown; contractors only for "contract" (the standard
    forbids them otherwise) with ``until`` one year after the export date, because anker
    does not store it and the standard asks for a date kept current;
  - description: one "en" block with the name as shortDescription when there is none;
    shortDescription cut to 150 characters (derived from longDescription when empty),
    longDescription only when 150 … 10000 characters long, genericName only up to 35;
  - localisation: the description languages, localisationReady when there are several;
  - categories outside the 0.4 list are left out; country sections other than the
    Italian one are left out (the schema allows ``IT`` only) and of ``IT`` only the
    known boolean keys and riuso.codiceIPA are kept.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import yaml

from anker.interop.publiccode import (
    CATEGORIES,
    DEPENDENCY_KINDS,
    LIFECYCLE_BY_STATUS,
    MAINTENANCE_TYPES,
    SOFTWARE_TYPES,
    Description,
    Software,
)

STANDARD_VERSION = "0.4"
UNSTATED_LICENCE = "LicenseRef-not-stated"
STATUS_BY_LIFECYCLE = {
    "idea": "concept", "experiment": "development", "pilot": "beta", "production": "stable",
    "anchored": "stable", "deprecated": "obsolete", "retired": "obsolete",
}  # fmt: skip
_TYPE_FIXES = {
    "softwareaddon": "addon", "plugin": "addon", "standalone/api": "standalone/backend",
    "api": "standalone/backend", "web": "standalone/web", "standalone": "standalone/other",
}  # fmt: skip
_CATEGORIES_0_4 = CATEGORIES - {"other"}  # "other" came with 0.5
_IT_KEYS = {
    "conforme": ("lineeGuidaDesign", "modelloInteroperabilita", "misureMinimeSicurezza", "gdpr"),
    "piattaforme": ("spid", "cie", "anpr", "pagopa", "io"),
}


def export(software: Software, *, today: date | None = None) -> str:
    """The publiccode.yml text for ``software``; ``today`` dates contractors' ``until``.
    ValueError without a name or url: the file would be one no parser accepts."""
    if not (software.name.strip() and software.url.strip()):
        raise ValueError("publiccode.yml needs a name and a url")
    doc: dict[str, Any] = {"publiccodeYmlVersion": STANDARD_VERSION, "name": software.name}
    doc["url"] = software.url
    doc |= _present(
        landingURL=software.landing_url,
        softwareVersion=software.software_version,
        releaseDate=f"{software.release_date:%Y-%m-%d}" if software.release_date else "",
    )
    doc["platforms"] = list(software.platforms) or ["web"]
    doc |= _present(categories=_categories(software), usedBy=_used_by(software))
    doc["developmentStatus"] = _development_status(software)
    doc["softwareType"] = _software_type(software.software_type)
    doc["description"] = _descriptions(software)
    doc["legal"] = {"license": software.licence or UNSTATED_LICENCE} | _present(
        mainCopyrightOwner=software.main_copyright_owner,
        repoOwner=software.repo_owner,
        authorsFile=software.authors_file,
    )
    doc["maintenance"] = _maintenance(software, today or date.today())
    languages = list(doc["description"])
    doc["localisation"] = {"localisationReady": len(languages) > 1, "availableLanguages": languages}
    doc |= _present(dependsOn=_depends_on(software), IT=_italy(software))
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)


def _present(**values: Any) -> dict[str, Any]:
    """Only the keys with a value: the standard prefers an absent key to an empty one."""
    return {key: value for key, value in values.items() if value}


def _categories(software: Software) -> list[str]:
    wanted = (category.strip().lower() for category in software.categories)
    return list(dict.fromkeys(c for c in wanted if c in _CATEGORIES_0_4))


def _used_by(software: Software) -> list[str]:
    """Without duplicates in any case and with single spaces, as the parser reads them."""
    found: dict[str, str] = {}
    for name in filter(None, (" ".join(name.split()) for name in software.used_by)):
        found.setdefault(name.casefold(), name)
    return list(found.values())


def _development_status(software: Software) -> str:
    if status := STATUS_BY_LIFECYCLE.get(software.lifecycle):
        return status
    known = software.development_status in LIFECYCLE_BY_STATUS
    return software.development_status if known else "development"


def _software_type(value: str) -> str:
    by_lower = {kind.lower(): kind for kind in SOFTWARE_TYPES}
    key = value.strip().lower()
    return by_lower.get(key) or _TYPE_FIXES.get(key) or "standalone/web"


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _description(description: Description, name: str) -> dict[str, Any]:
    long = description.long if 150 <= len(description.long) <= 10_000 else ""
    first_line = description.long.strip().split("\n", 1)[0]
    short = description.short or first_line or name
    return {"shortDescription": _cut(" ".join(short.split()), 150)} | _present(
        longDescription=long,
        genericName=description.generic_name if len(description.generic_name) <= 35 else "",
        features=list(description.features),
    )


def _descriptions(software: Software) -> dict[str, dict[str, Any]]:
    blocks: dict[str, dict[str, Any]] = {}
    for description in software.descriptions:
        language = description.language or "en"
        blocks.setdefault(language, _description(description, software.name))
    return blocks or {"en": _description(Description("en"), software.name)}


def _maintenance(software: Software, today: date) -> dict[str, Any]:
    kind = software.maintenance_type if software.maintenance_type in MAINTENANCE_TYPES else "none"
    until = (today + timedelta(days=365)).isoformat()
    contractors = [{"name": name, "until": until} for name in software.contractors]
    contacts = [
        {"name": contact.name}
        | _present(email=contact.email if "@" in contact.email else "")
        | _present(phone=contact.phone, affiliation=contact.affiliation)
        for contact in software.contacts
        if contact.name
    ]
    return {"type": kind} | _present(
        contractors=contractors if kind == "contract" else [], contacts=contacts
    )


def _depends_on(software: Software) -> dict[str, list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for dependency in software.depends_on:
        if dependency.kind in DEPENDENCY_KINDS and dependency.name:
            item = {"name": dependency.name} | _present(
                versionMin=dependency.version_min,
                versionMax=dependency.version_max,
                version=dependency.version,
                optional=dependency.optional,
            )
            groups.setdefault(dependency.kind, []).append(item)
    return groups


def _italy(software: Software) -> dict[str, Any]:
    """The Italian section, if there is anything to say: known flags and the IPA code."""
    raw = software.country_sections.get("it")
    raw = raw if isinstance(raw, dict) else {}
    section: dict[str, Any] = {}
    for group, keys in _IT_KEYS.items():
        flags = raw.get(group) if isinstance(raw.get(group), dict) else {}
        section |= _present(**{group: {k: flags[k] for k in keys if type(flags.get(k)) is bool}})
    section |= _present(riuso={"codiceIPA": software.ipa_code} if software.ipa_code else {})
    return {"countryExtensionVersion": "1.0"} | section if section else {}
