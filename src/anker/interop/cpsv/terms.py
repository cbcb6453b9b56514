"""The CPSV-AP vocabulary both directions share: namespaces, the channel types, the EU
authority tables for countries, languages, currencies and frequencies, service levels as
xsd:duration, and anker's own terms for what CPSV-AP has no property for. Pure Python
and rdflib: no Django imports."""

from __future__ import annotations

import re

from rdflib import Namespace

from anker.interop.dcat.terms import LANGUAGE_BY_EU_CODE, language_of

CV = Namespace("http://data.europa.eu/m8g/")
CPSV = Namespace("http://purl.org/vocab/cpsv#")
DCT = Namespace("http://purl.org/dc/terms/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
ADMS = Namespace("http://www.w3.org/ns/adms#")
TIME = Namespace("http://www.w3.org/2006/time#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
# What CPSV-AP has no property for (the building blocks a service runs on, the exact
# service-level unit, the accessibility statement, the organisation's kind) is written in
# anker's own terms. anker has no web address of its own, so its terms are URNs, like the
# addresses of what it exports (urn:uuid:…). Other readers ignore them; anker reads them
# back, so that an export → import round trip loses nothing.
ANKER = Namespace("urn:anker:terms:")

EU_AUTHORITY = "http://publications.europa.eu/resource/authority/"
COUNTRY = EU_AUTHORITY + "country/"
LANGUAGE = EU_AUTHORITY + "language/"
CURRENCY = EU_AUTHORITY + "currency/"
FREQUENCY = EU_AUTHORITY + "frequency/"
CONTINUOUS = FREQUENCY + "CONT"

# The Europass channel types (http://data.europa.eu/snb/com-channel/25831c2), the list
# CPSV-AP recommends for the type of a Channel, cover five of anker's eight channels; the
# others get a concept of anker's own. "Mobile phone" reads as phone: it is a number.
EUROPASS_CHANNEL = "http://data.europa.eu/snb/com-channel/"
EUROPASS_CODES = {
    "b37115f83e": "online",
    "c05134f579": "phone",
    "5c12931e3f": "phone",
    "0c84394663": "post",
    "1fc1caefa8": "email",
}
EUROPASS_BY_KIND = {
    "online": "b37115f83e",
    "phone": "c05134f579",
    "post": "0c84394663",
    "email": "1fc1caefa8",
}
ANKER_CHANNEL = "urn:anker:channel-type:"
CHANNEL_LABELS = {
    "online": "Online",
    "app": "App",
    "phone": "Phone",
    "counter": "Counter",
    "post": "Post",
    "email": "E-mail",
    "chat": "Chat",
    "assisted-digital": "Assisted digital",
}
# Words in a channel type's label or address that say which channel it is (other
# vocabularies than Europass, or a label alone).
_CHANNEL_WORDS = (
    ("assisted-digital", r"assist|begeleid|hulp"),
    ("app", r"\bapp\b|mobile.?app|application"),
    ("chat", r"chat"),
    ("email", r"e-?mail|courriel"),
    ("phone", r"phone|telef|t[ée]l[ée]phone|call"),
    ("counter", r"counter|desk|office|loket|balie|guichet|face.to.face|in.person|physical"),
    ("post", r"\bpost|mail\b|letter|courrier|brief"),
    ("online", r"online|web|internet|portal|digital|e-?service"),
)

COUNTRY_ALPHA3 = {
    "AT": "AUT", "BE": "BEL", "BG": "BGR", "CH": "CHE", "CY": "CYP", "CZ": "CZE",
    "DE": "DEU", "DK": "DNK", "EE": "EST", "ES": "ESP", "FI": "FIN", "FR": "FRA",
    "GB": "GBR", "GR": "GRC", "HR": "HRV", "HU": "HUN", "IE": "IRL", "IS": "ISL",
    "IT": "ITA", "LI": "LIE", "LT": "LTU", "LU": "LUX", "LV": "LVA", "MT": "MLT",
    "NL": "NLD", "NO": "NOR", "PL": "POL", "PT": "PRT", "RO": "ROU", "SE": "SWE",
    "SI": "SVN", "SK": "SVK", "US": "USA", "CA": "CAN",
}  # fmt: skip
COUNTRY_ALPHA2 = {alpha3: alpha2 for alpha2, alpha3 in COUNTRY_ALPHA3.items()}
# Languages citizens are served in that are not EU languages, as the EU language table
# names them (ISO 639-3).
OTHER_EU_CODES = {
    "ARA": "ar", "TUR": "tr", "UKR": "uk", "RUS": "ru", "ZHO": "zh", "FRY": "fy",
    "PAP": "pap", "SOM": "so", "TIR": "ti", "FAS": "fa", "BER": "ber", "HIN": "hi",
}  # fmt: skip
LANGUAGE_BY_CODE = {**LANGUAGE_BY_EU_CODE, **OTHER_EU_CODES}
EU_CODE_BY_LANGUAGE = {code: eu for eu, code in LANGUAGE_BY_CODE.items()}
# The language an organisation's name is written in, by country, for skos:prefLabel
# (which must carry a language); anywhere else English.
NAME_LANGUAGE = {
    "NL": "nl", "BE": "nl", "FR": "fr", "DE": "de", "AT": "de", "IT": "it", "ES": "es",
    "PT": "pt", "LU": "fr", "DK": "da", "SE": "sv", "FI": "fi", "PL": "pl",
}  # fmt: skip

MAX_LEVEL = 100_000  # a service-level number beyond this is not a target but a typo
_DURATION = re.compile(
    r"^P(?:(?P<years>\d+)Y)?(?:(?P<months>\d+)M)?(?:(?P<weeks>\d+)W)?(?:(?P<days>\d+)D)?"
    r"(?:T(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?$"
)


def channel_kind(iri: str, labels: list[str]) -> str:
    """anker's channel for a channel type's address and labels; "" when it cannot tell."""
    code = iri.rstrip("/").rsplit("/", 1)[-1]
    if iri.startswith(EUROPASS_CHANNEL) and code in EUROPASS_CODES:
        return EUROPASS_CODES[code]
    if iri.startswith(ANKER_CHANNEL) and iri[len(ANKER_CHANNEL) :] in CHANNEL_LABELS:
        return iri[len(ANKER_CHANNEL) :]
    text = " ".join([*labels, iri.rsplit("/", 1)[-1] if "://" in iri else ""]).lower()
    for kind, pattern in _CHANNEL_WORDS:
        if text.strip() and re.search(pattern, text):
            return kind
    return ""


def channel_type_iri(kind: str) -> str:
    if kind in EUROPASS_BY_KIND:
        return EUROPASS_CHANNEL + EUROPASS_BY_KIND[kind]
    return ANKER_CHANNEL + kind


def duration(value: int, unit: str) -> str:
    """A service-level target as xsd:duration (which has no weeks: a week is 7 days; a
    working day is written as a day, and anker's own term keeps the exact unit)."""
    return {
        "minutes": f"PT{value}M",
        "hours": f"PT{value}H",
        "days": f"P{value}D",
        "working-days": f"P{value}D",
        "weeks": f"P{value * 7}D",
        "months": f"P{value}M",
    }[unit]


def service_level(text: str) -> tuple[int, str] | None:
    """(value, unit) of an xsd:duration that is a whole number of one unit, else None."""
    match = _DURATION.match(text.strip())
    if not match:
        return None
    parts = {name: float(found) for name, found in match.groupdict().items() if found}
    if len(parts) != 1:
        return None
    ((name, amount),) = parts.items()
    if amount != int(amount) or not 0 <= amount <= MAX_LEVEL:
        return None
    value = int(amount)
    return {
        "years": (value * 12, "months"),
        "months": (value, "months"),
        "weeks": (value, "weeks"),
        "days": (value // 7, "weeks") if value and value % 7 == 0 else (value, "days"),
        "hours": (value, "hours"),
        "minutes": (value, "minutes"),
        "seconds": (value // 60, "minutes") if value % 60 == 0 else None,
    }.get(name)


def country_iri(country: str) -> str:
    alpha3 = COUNTRY_ALPHA3.get(country.upper(), "")
    return COUNTRY + alpha3 if alpha3 else ""


def country_of(iri: str) -> str:
    """NL from …/country/NLD or …/atu/NLD (an administrative unit named by its country)."""
    code = iri.rstrip("/").rsplit("/", 1)[-1].upper()
    if "/authority/country/" in iri or "/authority/atu/" in iri:
        return COUNTRY_ALPHA2.get(code[:3], "")
    return ""


def language_code(value: str) -> str:
    """An ISO 639-1 code (or 639-3 where there is none) from an EU language address."""
    segment = value.rstrip("/").rsplit("/", 1)[-1].upper()
    if "/authority/language/" in value and segment in LANGUAGE_BY_CODE:
        return LANGUAGE_BY_CODE[segment]
    return language_of(value)


def language_iri(code: str) -> str:
    eu = EU_CODE_BY_LANGUAGE.get(code.lower(), "")
    return LANGUAGE + eu if eu else ""
