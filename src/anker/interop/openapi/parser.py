"""OpenAPI 3.x / Swagger 2.0 → ``ApiSpec``: what anker's catalogue shows of one API.

Pure Python, no Django, so it can be fuzzed and reused. Only a document that cannot be
read at all, is not OpenAPI/Swagger, or has no ``info.title`` is rejected (OpenApiError);
everything else the catalogue can live without becomes a warning "pointer: reason"."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import yaml

from anker.interop.openapi.refs import GraphError, escape, normalise, resolve

MAX_BYTES = 5 * 1024 * 1024
MAX_WARNINGS = 200  # a broken generator can repeat one mistake thousands of times
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEME_TYPES = {
    "swagger2": ("basic", "apiKey", "oauth2"),
    "openapi3": ("apiKey", "http", "oauth2", "openIdConnect", "mutualTLS"),
}
_OPENAPI3 = re.compile(r"3\.(\d+)(\.\d+)?(-[0-9A-Za-z.-]+)?")


@dataclass(frozen=True)
class Server:
    url: str
    description: str


@dataclass(frozen=True)
class SecurityScheme:
    name: str
    type: str
    scheme: str
    location: str


@dataclass(frozen=True)
class ApiSpec:
    spec_version: str
    family: str
    title: str
    version: str
    description: str
    summary: str
    servers: tuple[Server, ...]
    paths: int
    operations: int
    tags: tuple[str, ...]
    security_schemes: tuple[SecurityScheme, ...]
    contact_name: str
    contact_email: str
    contact_url: str
    licence_name: str
    licence_url: str
    licence_identifier: str
    external_docs_url: str
    document: dict
    warnings: tuple[str, ...]


class OpenApiError(Exception):
    """Why a file cannot become an API building block; ``path`` is a JSON pointer."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line is not None else ""
        return f"{where}{self.path}: {self.reason}" if self.path else f"{where}{self.reason}"


class _Loader(yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader):  # type: ignore[misc]
    """Safe loader with YAML 1.2 core-schema scalars, as OpenAPI (a JSON model) expects:
    ``yes``/``on`` stay strings, ``2024-01-01`` is no date, ``010`` is ten. libyaml (C)
    when present, because the pure-Python loader needs ~3 s for the Open Zaak spec."""

    yaml_implicit_resolvers: dict = {}


def _core_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    text = loader.construct_scalar(node).replace("_", "")
    if text[:2] in ("0x", "0o"):
        return int(text[2:], 16 if text[1] == "x" else 8)
    return int(text)


for _tag, _pattern, _first in (
    ("null", r"~|null|Null|NULL|", "~nN"),
    ("bool", r"true|True|TRUE|false|False|FALSE", "tTfF"),
    ("int", r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+", "-+0123456789"),
    ("float", r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?", "-+.0123456789"),
    ("float", r"[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)", "-+."),
    ("merge", r"<<", "<"),
):
    _Loader.add_implicit_resolver(
        f"tag:yaml.org,2002:{_tag}",
        re.compile(f"^(?:{_pattern})$"),
        list(_first) + ([""] if _tag == "null" else []),
    )
_Loader.add_constructor("tag:yaml.org,2002:int", _core_int)


def _decode(data: bytes | str) -> bytes:
    """UTF-8 bytes without BOM; size is checked before any parsing work is done."""
    if isinstance(data, str):
        if len(data) > MAX_BYTES:
            raise OpenApiError("", f"larger than {MAX_BYTES} bytes")
        try:
            data = data.encode("utf-8")
        except UnicodeEncodeError as error:
            raise OpenApiError("", f"text is not valid Unicode ({error.reason})") from None
    if len(data) > MAX_BYTES:
        raise OpenApiError("", f"larger than {MAX_BYTES} bytes")
    data = data.removeprefix(b"\xef\xbb\xbf")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise OpenApiError("", f"not UTF-8 text (byte {error.start})", line) from None
    return data


def _load(raw: bytes) -> Any:
    """JSON when it looks like JSON (so JSON errors are reported as such), else YAML."""
    if raw.lstrip().startswith(b"{"):
        try:
            return json.loads(raw)
        except json.JSONDecodeError as error:
            reason = f"invalid JSON: {error.msg} (column {error.colno})"
            raise OpenApiError("", reason, error.lineno) from None
        except RecursionError:
            raise OpenApiError("", "invalid JSON: nested too deeply") from None
        except ValueError as error:  # e.g. an integer longer than Python converts
            raise OpenApiError("", f"invalid JSON: {error}") from None
    try:
        return yaml.load(raw, Loader=_Loader)  # _Loader is a SafeLoader: no Python objects
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "syntax error"
        line = mark.line + 1 if mark else None
        column = f" (column {mark.column + 1})" if mark else ""
        raise OpenApiError("", f"invalid YAML: {problem}{column}", line) from None
    except yaml.YAMLError as error:
        position = getattr(error, "position", None)
        line = raw.count(b"\n", 0, position) + 1 if isinstance(position, int) else None
        reason = getattr(error, "reason", None) or str(error)  # ReaderError: bad character
        raise OpenApiError("", f"invalid YAML: {reason}", line) from None
    except Exception as error:  # noqa: BLE001
        # PyYAML's constructors fail in many ways on explicitly tagged nonsense
        # (``!!bool abc`` → KeyError, ``!!timestamp abc`` → AttributeError, huge ints →
        # ValueError), and the contract is that nothing but OpenApiError escapes.
        raise OpenApiError("", f"invalid YAML value: {error!r}") from None


def _clip(text: str, limit: int) -> str:
    """Keys and $refs are arbitrary text; a message must stay fit for a report line."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Warnings(list):
    """Collects "pointer: reason" findings, capped so a broken file stays readable."""

    def add(self, pointer: str, reason: str) -> None:
        self.append(_clip(f"{pointer}: {reason}", 500))

    def final(self) -> tuple[str, ...]:
        if len(self) <= MAX_WARNINGS:
            return tuple(self)
        hidden = len(self) - MAX_WARNINGS
        return (*self[:MAX_WARNINGS], f"/: {hidden} more warnings not shown")


def _family(document: dict, warnings: _Warnings) -> tuple[str, str]:
    """(family, spec_version) from the ``openapi`` or ``swagger`` key; else rejected."""
    key = "openapi" if "openapi" in document else "swagger"
    if key not in document:
        raise OpenApiError("", "neither 'openapi: 3.x' nor 'swagger: \"2.0\"' found")
    value = document[key]
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise OpenApiError(f"/{key}", f"must be a version string, not {type(value).__name__}")
    text = _clip(value if isinstance(value, str) else str(value), 40)
    if key == "openapi" and not _OPENAPI3.fullmatch(text):
        raise OpenApiError("/openapi", f"unsupported version '{text}' (expected 3.x)")
    if key == "swagger" and text != "2.0":
        raise OpenApiError("/swagger", f"unsupported version '{text}' (expected \"2.0\")")
    if not isinstance(value, str):
        warnings.add(f"/{key}", f'should be the string "{text}", not a number')
    return ("openapi3" if key == "openapi" else "swagger2"), text


def _mapping(parent: dict, key: str, pointer: str, warnings: _Warnings) -> dict:
    """A child object, or {} with a warning when it has the wrong type."""
    value = parent.get(key)
    if value is None or isinstance(value, dict):
        return value or {}
    warnings.add(f"{pointer}/{escape(key)}", "is not an object; ignored")
    return {}


def _list(parent: dict, key: str, pointer: str, warnings: _Warnings) -> list:
    value = parent.get(key)
    if value is None or isinstance(value, list):
        return value or []
    warnings.add(f"{pointer}/{escape(key)}", "is not a list; ignored")
    return []


def _text(parent: dict, key: str, pointer: str, warnings: _Warnings) -> str:
    """A stripped string; numbers are kept as text (YAML ``version: 1.0``) with a warning."""
    value = parent.get(key)
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    where = f"{pointer}/{escape(key)}"
    if isinstance(value, int | float) and not isinstance(value, bool):
        warnings.add(where, f"is a number ({value!r}); quote it to keep it exact")
        return str(value)
    warnings.add(where, "is not a string; ignored")
    return ""


def _servers(document: dict, family: str, warnings: _Warnings) -> tuple[Server, ...]:
    if family == "swagger2":
        return _swagger_servers(document, warnings)
    servers = []
    for index, item in enumerate(_list(document, "servers", "", warnings)):
        pointer = f"/servers/{index}"
        if not isinstance(item, dict) or not isinstance(item.get("url"), str):
            warnings.add(pointer, "has no url; ignored")
            continue
        description = _text(item, "description", pointer, warnings)
        servers.append(Server(url=item["url"].strip(), description=description))
    return tuple(servers)


def _swagger_servers(document: dict, warnings: _Warnings) -> tuple[Server, ...]:
    """Swagger 2 has one host, a basePath and schemes; https first as the one to use."""
    host = _text(document, "host", "", warnings)
    base = _text(document, "basePath", "", warnings)
    if base and not base.startswith("/"):
        warnings.add("/basePath", "does not start with '/'")
        base = "/" + base
    schemes = [s for s in _list(document, "schemes", "", warnings) if isinstance(s, str)]
    schemes.sort(key=lambda scheme: scheme != "https")  # stable: rest keeps its order
    if not host:
        return (Server(url=base, description=""),) if base else ()
    if not schemes:
        warnings.add("/schemes", "missing; the server URL is scheme-relative")
        return (Server(url=f"//{host}{base}", description=""),)
    return tuple(Server(url=f"{scheme}://{host}{base}", description="") for scheme in schemes)


def _operations(document: dict, warnings: _Warnings) -> tuple[int, int, list[str]]:
    """(paths, operations, operation tags in order); ``x-`` keys are extensions, not paths."""
    paths = operations = 0
    tags: list[str] = []
    for path, item in _mapping(document, "paths", "", warnings).items():
        if path.startswith("x-"):
            continue
        paths += 1
        if not isinstance(item, dict):
            if item is not None:
                warnings.add(f"/paths/{escape(path)}", "is not a path item object")
            continue
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                operations += 1
                pointer = f"/paths/{escape(path)}/{method}"
                tags.extend(t for t in _list(operation, "tags", pointer, warnings) if _name(t))
    return paths, operations, tags


def _name(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _tags(document: dict, operation_tags: list[str], warnings: _Warnings) -> tuple[str, ...]:
    names: list[str] = []
    for index, tag in enumerate(_list(document, "tags", "", warnings)):
        if isinstance(tag, dict) and _name(tag.get("name")):
            names.append(tag["name"].strip())
        else:
            warnings.add(f"/tags/{index}", "has no name; ignored")
    names.extend(tag.strip() for tag in operation_tags)
    return tuple(dict.fromkeys(names))


def _security(document: dict, family: str, warnings: _Warnings) -> tuple[SecurityScheme, ...]:
    if family == "swagger2":
        pointer, schemes = "/securityDefinitions", document.get("securityDefinitions")
    else:
        components = _mapping(document, "components", "", warnings)
        pointer, schemes = "/components/securitySchemes", components.get("securitySchemes")
    if schemes is not None and not isinstance(schemes, dict):
        warnings.add(pointer, "is not an object; ignored")
    result = []
    for name, item in (schemes if isinstance(schemes, dict) else {}).items():
        where = f"{pointer}/{escape(name)}"
        if not isinstance(item, dict):
            warnings.add(where, "is not a security scheme object; ignored")
            continue
        kind = _text(item, "type", where, warnings)
        if kind not in SCHEME_TYPES[family]:
            warnings.add(f"{where}/type", f"'{kind}' is not a {family} security scheme type")
        scheme = _text(item, "scheme", where, warnings).lower() if kind == "http" else ""
        location = _text(item, "in", where, warnings) if kind == "apiKey" else ""
        result.append(SecurityScheme(name=name, type=kind, scheme=scheme, location=location))
    return tuple(result)


def _info(document: dict, warnings: _Warnings) -> dict:
    """The info object; its title is the one field without which nothing is catalogued."""
    info = document.get("info")
    if not isinstance(info, dict):
        raise OpenApiError("/info/title", "required, but there is no info object")
    title = info.get("title")
    if (
        not isinstance(title, str | int | float)
        or isinstance(title, bool)
        or not str(title).strip()
    ):
        raise OpenApiError("/info/title", "required, must be a non-empty string")
    if not info.get("version"):
        warnings.add("/info/version", "missing")
    return info


def _licence(info: dict, spec: tuple[str, str], warnings: _Warnings) -> tuple[str, str, str]:
    """(name, url, identifier); the SPDX identifier exists only from OpenAPI 3.1 on."""
    if "license" not in info:
        warnings.add("/info/license", "missing")
    licence = _mapping(info, "license", "/info", warnings)
    name = _text(licence, "name", "/info/license", warnings)
    url = _text(licence, "url", "/info/license", warnings)
    identifier = _text(licence, "identifier", "/info/license", warnings)
    match = _OPENAPI3.fullmatch(spec[1]) if spec[0] == "openapi3" else None
    if identifier and not (match and int(match.group(1)) >= 1):
        warnings.add("/info/license/identifier", "only defined from OpenAPI 3.1; ignored")
        identifier = ""
    if licence and not name:
        warnings.add("/info/license/name", "missing")
    return name, url, identifier


def load_published(data: bytes | str) -> Any:
    """The document as published (``$ref``s not resolved), for rules that report where a
    value is written; raises OpenApiError."""
    return normalise(_load(_decode(data)))


def parse(data: bytes | str) -> ApiSpec:
    """Read one OpenAPI 3.x or Swagger 2.0 document (JSON or YAML); raises OpenApiError."""
    raw = _decode(data)
    warnings = _Warnings()
    try:
        document = normalise(_load(raw))
        if not isinstance(document, dict):
            raise OpenApiError("", "the top level is not a mapping (object)")
        spec = _family(document, warnings)
        document = resolve(document, warnings.add)
    except GraphError as error:
        raise OpenApiError(_clip(error.pointer, 300), error.reason) from None
    info = _info(document, warnings)
    contact = _mapping(info, "contact", "/info", warnings)
    if "contact" not in info:
        warnings.add("/info/contact", "missing")
    licence_name, licence_url, licence_identifier = _licence(info, spec, warnings)
    paths, operations, operation_tags = _operations(document, warnings)
    return ApiSpec(
        spec_version=spec[1],
        family=spec[0],
        title=_text(info, "title", "/info", warnings),
        version=_text(info, "version", "/info", warnings),
        description=_text(info, "description", "/info", warnings),
        summary=_text(info, "summary", "/info", warnings),
        servers=_servers(document, spec[0], warnings),
        paths=paths,
        operations=operations,
        tags=_tags(document, operation_tags, warnings),
        security_schemes=_security(document, spec[0], warnings),
        contact_name=_text(contact, "name", "/info/contact", warnings),
        contact_email=_text(contact, "email", "/info/contact", warnings),
        contact_url=_text(contact, "url", "/info/contact", warnings),
        licence_name=licence_name,
        licence_url=licence_url,
        licence_identifier=licence_identifier,
        external_docs_url=_text(
            _mapping(document, "externalDocs", "", warnings), "url", "/externalDocs", warnings
        ),
        document=document,
        warnings=warnings.final(),
    )
