"""The DCAT-AP vocabulary both directions share: namespaces, and the mappings between the
web addresses DCAT uses and the short values anker keeps (licence ids, media types,
publisher types, language codes). Pure Python and rdflib: no Django imports."""

from __future__ import annotations

import re

from rdflib import Namespace

DCAT = Namespace("http://www.w3.org/ns/dcat#")
DCATAP = Namespace("http://data.europa.eu/r5r/")
DCT = Namespace("http://purl.org/dc/terms/")  # DCT["format"]: DCT.format is str.format
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")

SPDX_LICENCES = "http://spdx.org/licenses/"
IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/"
EU_FILE_TYPES = "http://publications.europa.eu/resource/authority/file-type/"
ADMS_PUBLISHER_TYPES = "http://purl.org/adms/publishertype/"

# ADMS publisher types (the vocabulary DCAT-AP names for dct:type of an agent) and
# anker's organisation kinds. Kinds without their own type are written as PublicBody,
# which reads back as "agency": the nearest kind, said in docs/formats/dcat.md.
KIND_BY_PUBLISHER_TYPE = {
    "nationalauthority": "central",
    "supranationalauthority": "central",
    "regionalauthority": "regional",
    "localauthority": "local",
    "publicbody": "agency",
    "standardisationbody": "agency",
    "academia-scientificorganisation": "academic",
    "company": "private",
    "industryconsortium": "private",
    "nonprofitorganisation": "non-profit",
    "nongovernmentalorganisation": "non-profit",
}
PUBLISHER_TYPE_BY_KIND = {
    "central": "NationalAuthority",
    "regional": "RegionalAuthority",
    "local": "LocalAuthority",
    "academic": "Academia-ScientificOrganisation",
    "private": "Company",
    "non-profit": "NonProfitOrganisation",
}
DEFAULT_PUBLISHER_TYPE = "PublicBody"

# EU Publications Office language authority codes of the EU languages → ISO 639-1.
LANGUAGE_BY_EU_CODE = {
    "BUL": "bg", "CES": "cs", "DAN": "da", "DEU": "de", "ELL": "el", "ENG": "en",
    "EST": "et", "FIN": "fi", "FRA": "fr", "GLE": "ga", "HRV": "hr", "HUN": "hu",
    "ITA": "it", "LAV": "lv", "LIT": "lt", "MLT": "mt", "NLD": "nl", "POL": "pl",
    "POR": "pt", "RON": "ro", "SLK": "sk", "SLV": "sl", "SPA": "es", "SWE": "sv",
    "NOR": "no", "NOB": "nb", "NNO": "nn", "ISL": "is", "LTZ": "lb", "CAT": "ca",
}  # fmt: skip

# Well-known licence addresses whose SPDX id cannot be read off the address itself.
_EU_LICENCES = {
    "CC0": "CC0-1.0", "CC_BY_4_0": "CC-BY-4.0", "CC_BYSA_4_0": "CC-BY-SA-4.0",
    "CC_BYND_4_0": "CC-BY-ND-4.0", "CC_BYNC_4_0": "CC-BY-NC-4.0", "EUPL_1_2": "EUPL-1.2",
    "EUPL_1_1": "EUPL-1.1", "ODC_BY": "ODC-By-1.0", "ODC_PDDL": "PDDL-1.0",
    "ODC_ODBL": "ODbL-1.0", "OGL_3_0": "OGL-UK-3.0", "DL_DE_BY_2_0": "DL-DE-BY-2.0",
    "DL_DE_ZERO_2_0": "DL-DE-ZERO-2.0", "APACHE_2_0": "Apache-2.0", "MIT": "MIT",
}  # fmt: skip
_CREATIVE_COMMONS = re.compile(
    r"creativecommons\.org/(?:licenses/(?P<kind>[a-z-]+)|publicdomain/(?P<pd>zero))"
    r"/(?P<version>\d+(?:\.\d+)*)",
    re.IGNORECASE,
)
# An SPDX licence id as the export writes it under spdx.org/licenses/: a versioned id
# (EUPL-1.2, CC0-1.0, GPL-3.0-or-later) or one of the common unversioned ones. Anything
# else (e.g. "officialWork" from a national vocabulary) is written as a licence document
# with that title, so the export never claims an SPDX page that does not exist.
_SPDX_VERSIONED = re.compile(
    r"^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*-\d+(?:\.\d+)*(?:-only|-or-later|\+)?$"
)
_SPDX_UNVERSIONED = frozenset(
    {"MIT", "ISC", "Unlicense", "0BSD", "BSD-2-Clause", "BSD-3-Clause", "Zlib"}
)
_TEXT_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def clean(text: str) -> str:
    """Text safe to store and hash: no control characters (PostgreSQL refuses NUL), no
    lone surrogates (a Turtle \\uD800 escape makes one; UTF-8 cannot encode it)."""
    return _TEXT_UNSAFE.sub("", text).strip()


def last_segment(iri: str) -> str:
    """The last non-empty path segment or fragment: …/data-theme/ECON → ECON."""
    parts = [part for part in re.split(r"[/#?=]", iri) if part]
    return parts[-1] if parts else ""


def licence_of_iri(iri: str) -> str:
    """The SPDX id of a licence address where it can be read (spdx.org, Creative Commons,
    the EU licence authority), else the address's last segment; at most 100 characters."""
    if iri.startswith(("http://spdx.org/licenses/", "https://spdx.org/licenses/")):
        return re.sub(r"\.(html|json)$", "", last_segment(iri))[:100]
    match = _CREATIVE_COMMONS.search(iri)
    if match:
        kind = "CC0" if match["pd"] else f"CC-{match['kind'].upper()}"
        return f"{kind}-{match['version']}"[:100]
    segment = last_segment(iri)
    if "publications.europa.eu/resource/authority/licence/" in iri:
        return _EU_LICENCES.get(segment.upper(), segment)[:100]
    return segment[:100]


def is_spdx_id(licence: str) -> bool:
    return bool(_SPDX_VERSIONED.match(licence)) or licence in _SPDX_UNVERSIONED


def media_type_of_iri(iri: str) -> str:
    """text/csv from an IANA address; SHP from an EU file-type address; else last segment."""
    if "/assignments/media-types/" in iri:
        return iri.split("/assignments/media-types/", 1)[1][:100]
    return last_segment(iri)[:100]


def language_of(value: str) -> str:
    """An ISO 639-1 code from an EU language address or code (DEU, ENG) or a tag (en-GB)."""
    segment = last_segment(value)
    if segment.upper() in LANGUAGE_BY_EU_CODE:
        return LANGUAGE_BY_EU_CODE[segment.upper()]
    primary = segment.split("-", 1)[0].lower()
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else ""
