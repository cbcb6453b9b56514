"""publiccode.yml in and out of anker.

``parser.parse`` reads a file into the frozen data model below and ``exporter.export``
writes that model back as a publiccode.yml 0.4 file. The model and the vocabularies live
here because both directions share them; they follow the standard's own names
(publiccodeyml/publiccode.yml, docs/standard). ``read_yaml`` is the hardened YAML layer
under the parser, kept apart from the publiccode semantics: files come from strangers, so
it uses the safe loader only, caps input at MAX_BYTES, and before anything is built one
pass over the parser events rejects alias bombs ("billion laughs": more than MAX_ALIASES
aliases, or aliases expanding beyond MAX_NODES nodes) and nesting deeper than MAX_DEPTH.
Pure Python: no Django imports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import yaml

MAX_BYTES = 1_048_576
MAX_ALIASES = 100  # real files use none
MAX_NODES = 200_000  # nodes after alias expansion
MAX_DEPTH = 100  # real files nest < 10; deep nesting exhausts the pure-Python loader

CATEGORIES = frozenset(
    """accounting agile-project-management applicant-tracking application-development
    appointment-scheduling backup billing-and-invoicing blog budgeting business-intelligence
    business-process-management cad call-center-management cloud-management collaboration
    communications compliance-management contact-management content-management crm
    customer-service-and-support data-analytics data-collection data-visualization design
    design-system digital-asset-management digital-citizenship document-management
    donor-management e-commerce e-signature educational-content email-management
    email-marketing employee-management enterprise-project-management
    enterprise-social-networking erp event-management facility-management
    feedback-and-reviews-management financial-reporting fleet-management fundraising
    gamification geographic-information-systems grant-management graphic-design help-desk hr
    ide identity-management instant-messaging integrated-library-system inventory-management
    it-asset-management it-development it-management it-security it-service-management
    knowledge-management learning-management-system marketing mind-mapping mobile-marketing
    mobile-payment network-management office online-booking online-community payment-gateway
    payroll predictive-analysis procurement productivity-suite project-collaboration
    project-management property-management real-estate-management regulations-and-directives
    remote-support resource-management sales-management seo service-desk
    social-media-management survey talent-management task-management taxes-management
    test-management time-management time-tracking translation video-conferencing video-editing
    visitor-management voip warehouse-management web-collaboration web-conferencing
    website-builder whistleblowing workflow-management other""".split()
)  # the standard's categories-list (106 values; "other" exists since 0.5)
SOFTWARE_TYPES = (
    "standalone/mobile", "standalone/iot", "standalone/desktop", "standalone/web",
    "standalone/backend", "standalone/other", "addon", "library", "configurationFiles",
)  # fmt: skip
LIFECYCLE_BY_STATUS = {  # publiccode developmentStatus -> anker lifecycle
    "concept": "idea", "development": "experiment", "beta": "pilot",
    "stable": "production", "obsolete": "deprecated",
}  # fmt: skip
MAINTENANCE_TYPES = ("internal", "contract", "community", "none")
DEPENDENCY_KINDS = ("open", "proprietary", "hardware")


@dataclass(frozen=True)
class Description:
    """One ``description.<lang>`` block; ``language`` is a normalised 2-letter code."""

    language: str
    short: str = ""
    long: str = ""
    features: tuple[str, ...] = ()
    generic_name: str = ""


@dataclass(frozen=True)
class Dependency:
    """One ``dependsOn.<kind>`` item; versions are text ("" when not given)."""

    name: str
    kind: str = "open"
    version_min: str = ""
    version_max: str = ""
    version: str = ""
    optional: bool = False


@dataclass(frozen=True)
class Contact:
    """One ``maintenance.contacts`` item."""

    name: str = ""
    email: str = ""
    phone: str = ""
    affiliation: str = ""


@dataclass(frozen=True)
class Software:
    """What anker keeps of one publiccode.yml file (see parser.py for how keys map)."""

    standard_version: str = ""
    name: str = ""
    url: str = ""
    landing_url: str = ""
    software_version: str = ""
    release_date: date | None = None
    software_type: str = ""
    development_status: str = ""
    lifecycle: str = "production"
    platforms: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    descriptions: tuple[Description, ...] = ()
    licence: str = ""
    main_copyright_owner: str = ""
    repo_owner: str = ""
    authors_file: str = ""
    maintenance_type: str = ""
    contractors: tuple[str, ...] = ()
    contacts: tuple[Contact, ...] = ()
    depends_on: tuple[Dependency, ...] = ()
    used_by: tuple[str, ...] = ()
    ipa_code: str = ""
    # raw YAML values by lower-case country code; may hold dates; left out of hash()
    country_sections: dict = field(default_factory=dict, hash=False)
    warnings: tuple[str, ...] = ()


class PubliccodeError(Exception):
    """The file cannot be imported. ``path`` names the key ("" = the whole file), ``line``
    is 1-based where known; str() reads "line 12: description.it: reason"."""

    def __init__(self, path: str, reason: str, line: int | None = None):
        self.path, self.reason, self.line = path, reason, line
        where = f"line {line}: " if line else ""
        super().__init__(f"{where}{path + ': ' if path else ''}{reason}")

    def __reduce__(self) -> tuple:  # picklable although __init__ takes three arguments
        return type(self), (self.path, self.reason, self.line)


# --- the hardened YAML layer -----------------------------------------------------------------

_NOT_YAML = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def read_yaml(data: bytes | str) -> tuple[Any, yaml.Node | None]:
    """The document's value and its node tree (for line numbers); PubliccodeError if the
    input is too large, not UTF-8, not YAML, or an alias bomb."""
    return _load(_decode(data))


def _decode(data: bytes | str) -> str:
    """The size cap comes before any work; UTF-8 is what the standard mandates; YAML's
    printable set is checked here so that the error can name a line."""
    if not isinstance(data, str | bytes | bytearray | memoryview):
        raise TypeError(f"parse() takes bytes or str, not {type(data).__name__}")
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else bytes(data)
    if len(raw) > MAX_BYTES:
        raise PubliccodeError("", f"file too large: {len(raw)} bytes (the limit is {MAX_BYTES})")
    try:
        text = data if isinstance(data, str) else raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        reason = f"not UTF-8 text: byte 0x{raw[error.start]:02x} at offset {error.start}"
        raise PubliccodeError("", reason, raw.count(b"\n", 0, error.start) + 1) from None
    if bad := _NOT_YAML.search(text):
        line = text.count("\n", 0, bad.start()) + 1
        raise PubliccodeError("", f"character U+{ord(bad[0]):04X} is not allowed in YAML", line)
    return text


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe loader whose scalars never raise: an impossible date (2021-31-01), an
    over-long integer or a wrongly tagged value (``!!bool maybe``) stays text, so the field
    code can report it as a warning."""


def _lenient(method: Any) -> Any:
    def construct(loader: Any, node: yaml.Node) -> Any:
        try:
            return method(loader, node)
        except (ValueError, ArithmeticError, LookupError, AttributeError, TypeError):
            return loader.construct_scalar(node)  # PyYAML's own errors for odd scalars

    return construct


for _tag in ("timestamp", "int", "float", "bool", "binary"):
    _method = getattr(yaml.constructor.SafeConstructor, f"construct_yaml_{_tag}")
    _Loader.add_constructor(f"tag:yaml.org,2002:{_tag}", _lenient(_method))


def _load(text: str) -> tuple[Any, yaml.Node | None]:
    """Check the event stream, then compose once (the node tree gives line numbers)."""
    try:
        _check_events(text)
        loader = _Loader(text)
        try:
            root = loader.get_single_node()
            return (None if root is None else loader.construct_document(root)), root
        finally:
            loader.dispose()
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        problem = getattr(error, "problem", None) or getattr(error, "reason", None) or error
        raise PubliccodeError("", f"invalid YAML: {problem}", mark and mark.line + 1) from None


def _check_events(text: str) -> None:
    """Refuse alias bombs and deep nesting by counting events; nothing is built here."""
    sizes: dict[str, int] = {}  # anchor -> number of nodes its value expands to
    open_: list[list] = [[None, 0]]  # open collections: [anchor, nodes so far]
    aliases = total = 0
    for event in yaml.parse(text, Loader=_Loader):
        line, added = event.start_mark.line + 1, 1
        if isinstance(event, yaml.CollectionStartEvent):
            sizes.pop(event.anchor, None)  # an alias inside its own anchor is recursive
            open_.append([event.anchor, 0])
            if len(open_) > MAX_DEPTH + 1:
                raise PubliccodeError("", f"nested deeper than {MAX_DEPTH} levels", line)
            continue
        if isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                raise PubliccodeError("", f"more than {MAX_ALIASES} aliases", line)
            if event.anchor not in sizes:
                raise PubliccodeError("", f"alias *{event.anchor} is undefined or recursive", line)
            added = sizes[event.anchor]
        elif isinstance(event, yaml.CollectionEndEvent):
            anchor, inner = open_.pop()
            sizes.update({anchor: inner + 1} if anchor else {})
            open_[-1][1] += inner  # inner nodes were already counted in total
        elif isinstance(event, yaml.ScalarEvent):
            sizes.update({event.anchor: 1} if event.anchor else {})
        else:
            continue
        open_[-1][1] += added
        total += added
        if total > MAX_NODES:
            raise PubliccodeError("", f"aliases expand beyond {MAX_NODES} nodes", line)
