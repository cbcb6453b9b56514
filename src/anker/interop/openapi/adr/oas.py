"""The rules of Spectral's ``spectral:oas`` ruleset that ADR 2.2.0-rc.1 switches on.

``linter.yaml`` turns ``spectral:oas`` off and re-enables nine of its rules by name (the
checks behind "publish OpenAPI", core/publish-openapi, and core/no-trailing-slash). They
keep spectral:oas's formats: OpenAPI 2 and 3, and OpenAPI 3 only for the ``oas3-*`` ones.
Written here from their documented behaviour; the document schema comes from
openapi-spec-validator, and examples are validated with jsonschema."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

import jsonschema
from jsonschema.exceptions import ValidationError, best_match

from anker.interop.openapi.adr.document import (
    MISSING,
    Document,
    Node,
    Path,
    child,
    children,
    deep,
    descendants,
    query,
)
from anker.interop.openapi.adr.engine import (
    ANY_OAS,
    ERROR,
    OAS3_1,
    ONLY_OAS3,
    Failure,
    formats_of,
    lint,
    rule,
)
from anker.interop.openapi.adr.functions import (
    ajv_message,
    js_truthy,
    pattern,
    property_prefix,
    schema,
    show,
)

OPERATIONS = ("get", "head", "post", "put", "patch", "delete", "options", "trace")
MAX_SCHEMA_ERRORS = 50  # a document that is not OpenAPI at all would list thousands


def _at(doc: Document, *relative: Any) -> Path:
    """Where a path of the resolved document is written (Spectral's mapping)."""
    return doc.walk(doc.node(), relative)[1]


@rule("oas3-schema", ERROR, "{{error}}.", formats=ONLY_OAS3)
def oas3_schema(doc: Document) -> Iterator[Failure]:
    """The document as written (references not followed) against the OpenAPI schema."""
    errors = _document_schema(OAS3_1 in formats_of(doc.root)).iter_errors(doc.root)
    for error in itertools.islice(errors, MAX_SCHEMA_ERRORS):
        error = best_match([error]) or error
        path = tuple(error.absolute_path)
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            for extra in _additional(error):
                message = f'Property "{extra}" is not expected to be here'
                yield doc.lookup((*path, extra))[1], message
            continue
        yield doc.lookup(path)[1], ajv_message(error, path, type_word=False)


@functools.cache
def _document_schema(is_31: bool) -> Any:
    """A validator for the OpenAPI 3.1 or 3.0 document schema."""
    from openapi_spec_validator.schemas import schema_v30, schema_v31

    definition = dict(schema_v31 if is_31 else schema_v30)
    return jsonschema.validators.validator_for(definition)(definition)


def _additional(error: ValidationError) -> list[str]:
    known = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
    patterns = error.schema.get("patternProperties", {}) if isinstance(error.schema, dict) else {}
    return [
        key
        for key in error.instance
        if key not in known and not any(re.search(p, key) for p in patterns)
    ]


@rule(
    "operation-operationId-unique",
    ERROR,
    'Every operation must have unique "operationId".',
    formats=ANY_OAS,
)
def operation_id_unique(doc: Document) -> Iterator[Failure]:
    seen: list[Any] = []
    for item in query(doc, child("paths"), children()):
        for operation in doc.children(item):
            if operation.key not in OPERATIONS or not isinstance(operation.value, dict):
                continue
            if "operationId" not in operation.value:
                continue
            operation_id = operation.value["operationId"]
            if operation_id in seen:
                yield (
                    _at(doc, "paths", item.key, operation.key, "operationId"),
                    "operationId must be unique.",
                )
            else:
                seen.append(operation_id)


PATH_PARAMETER = re.compile(r"(\{;?\??[a-zA-Z0-9_-]+\*?\})")


@rule("path-params", ERROR, "{{error}}", formats=ANY_OAS)
def path_params(doc: Document) -> Iterator[Failure]:
    """Every ``{parameter}`` of a path is defined once, as required, and every defined
    path parameter is used; no two paths differ only in parameter names."""
    unique: dict[str, str] = {}
    for item in query(doc, child("paths"), children()):
        path = str(item.key)
        if not isinstance(item.value, dict | list):
            continue
        here = ("paths", path)
        normalised = PATH_PARAMETER.sub("%", path)
        if normalised in unique:
            message = f'Paths "{unique[normalised]}" and "{path}" must not be equivalent.'
            yield _at(doc, *here), message
        else:
            unique[normalised] = path
        expected: list[str] = []
        for found in PATH_PARAMETER.findall(path):
            name = re.sub(r"[{}?*;]", "", found)
            if name in expected:
                message = f'Path "{path}" must not use parameter "{{{name}}}" multiple times.'
                yield _at(doc, *here), message
            else:
                expected.append(name)
        if not isinstance(item.value, dict):
            continue
        shared: dict[str, Path] = {}
        yield from _path_parameters(doc, item, (*here, "parameters"), shared)
        for operation in doc.children(item):
            if operation.key not in OPERATIONS or not isinstance(operation.value, dict | list):
                continue
            own: dict[str, Path] = {}
            if isinstance(operation.value, dict):
                where = (*here, operation.key, "parameters")
                yield from _path_parameters(doc, operation, where, own)
            defined = {**shared, **own}
            for name, place in defined.items():
                if name not in expected:
                    yield _at(doc, *place), f'Parameter "{name}" must be used in path "{path}".'
            for name in expected:
                if name not in defined:
                    yield (
                        _at(doc, *here, operation.key),
                        f'Operation must define parameter "{{{name}}}" as expected by path '
                        f'"{path}".',
                    )


def _path_parameters(
    doc: Document, owner: Node, where: tuple[Any, ...], defined: dict[str, Path]
) -> Iterator[Failure]:
    parameters = child("parameters")(doc, [owner])
    if not parameters or not isinstance(parameters[0].value, list):
        return
    for parameter in doc.children(parameters[0]):
        value = parameter.value
        if not isinstance(value, dict) or value.get("in") != "path" or "name" not in value:
            continue
        name, place = show(value["name"]), (*where, parameter.key)
        if value.get("required") is not True:
            message = (
                f'Path parameter "{name}" must have "required" property that is set to "true".'
            )
            yield _at(doc, *place), message
        if name in defined:
            yield _at(doc, *place), f'Path parameter "{name}" must not be defined multiple times.'
            continue
        defined[name] = place


@rule("openapi-tags-uniqueness", ERROR, "{{error}}", formats=ANY_OAS)
def tags_uniqueness(doc: Document) -> Iterator[Failure]:
    tags = doc.root.get("tags") if isinstance(doc.root, dict) else None
    if not isinstance(tags, list) or not all(
        isinstance(tag, dict) and isinstance(tag.get("name", ""), str) for tag in tags
    ):
        return  # not the input the function accepts: Spectral skips it
    names = [tag.get("name", MISSING) for tag in tags]
    for index, name in enumerate(names):
        if name in names[:index]:
            message = f'"tags" object contains duplicate tag name "{show(name)}".'
            yield _at(doc, "tags", index, "name"), message


# --- examples -------------------------------------------------------------------------


def _has_example(node: Node, *, examples: bool) -> bool:
    value = node.value
    if not isinstance(value, dict):
        return False
    if examples:  # media: ``@.schema && (@.example !== void 0 || @.examples)``
        return js_truthy(value.get("schema", MISSING)) and (
            "example" in value or js_truthy(value.get("examples", MISSING))
        )
    return (
        node.key != "properties"
        and ("example" in value or "default" in value)
        and any(
            js_truthy(value.get(k, MISSING))
            for k in ("enum", "type", "format", "$ref", "properties", "items")
        )
    )


def _example_validator(doc: Document, relax: str | None) -> jsonschema.protocols.Validator:
    """Draft 4 as Spectral uses for examples, with OpenAPI 3.0's ``nullable`` and without
    format assertions (Spectral's formats accept date-times without a time zone, for one).
    ``relax`` ("readOnly" in requests, "writeOnly" in responses) makes such properties
    optional. References resolve against the whole document."""
    base = jsonschema.Draft4Validator.VALIDATORS

    def nullable(keyword: str) -> Callable[..., Iterator[ValidationError]]:
        def check(validator: Any, value: Any, instance: Any, schema_: Any) -> Iterator[Any]:
            if instance is None and isinstance(schema_, dict) and schema_.get("nullable") is True:
                return
            yield from base[keyword](validator, value, instance, schema_)

        return check

    def required(validator: Any, names: Any, instance: Any, schema_: Any) -> Iterator[Any]:
        properties = schema_.get("properties") if isinstance(schema_, dict) else None
        if relax and isinstance(names, list) and isinstance(properties, dict):
            names = [
                name
                for name in names
                if not (
                    isinstance(properties.get(name), dict)
                    and doc.follow(properties[name], ())[0].get(relax) is True
                )
            ]
        yield from base["required"](validator, names, instance, schema_)

    extended = jsonschema.validators.extend(
        jsonschema.Draft4Validator,
        {"type": nullable("type"), "enum": nullable("enum"), "required": required},
    )
    return extended(doc.root)


def _relax(path: Path) -> str | None:
    if path[:2] == ("components", "requestBodies") or path[:4:3] == ("paths", "requestBody"):
        return "readOnly"
    if path[:2] == ("components", "responses") or path[:4:3] == ("paths", "responses"):
        return "writeOnly"
    return None


def _validate_examples(
    doc: Document,
    nodes: list[Node],
    items: Callable[[Node], Iterable[tuple[Any, Path]]],
    *,
    schema_of: Callable[[Node], Any],
    relaxed: bool,
) -> Iterator[Failure]:
    validators: dict[str | None, Any] = {}
    done: set[Path] = set()
    for node in nodes:
        if node.path in done:
            continue
        done.add(node.path)
        relax = _relax(node.path) if relaxed else None
        if relax not in validators:
            validators[relax] = _example_validator(doc, relax)
        definition = schema_of(node)
        for value, relative in items(node):
            if value is MISSING:
                yield doc.walk(node, relative)[1], f"{property_prefix(relative)}must exist"
                continue
            try:
                validator = validators[relax].evolve(schema=definition)
                error = best_match(validator.iter_errors(value))
            except Exception:  # noqa: BLE001 - Spectral ignores schemas it cannot compile
                continue
            if error is not None:
                below = (*relative, *error.absolute_path)
                yield doc.walk(node, below)[1], ajv_message(error, below)


def _media_items(doc: Document, node: Node) -> Iterator[tuple[Any, Path]]:
    """``example`` if there is one, else each of ``examples`` that has no externalValue."""
    if "example" in node.value:
        yield node.value["example"], ("example",)
        return
    examples = child("examples")(doc, [node])
    if not examples or not isinstance(examples[0].value, dict):
        return
    for example in doc.children(examples[0]):
        if isinstance(example.value, dict) and "externalValue" not in example.value:
            yield example.value.get("value", MISSING), ("examples", example.key, "value")


def _media_given(doc: Document) -> list[Node]:
    # given: $..content..[?(@ && @.schema && (@.example !== void 0 || @.examples))]
    #        and the same below $..headers and $..parameters
    def media(node: Node) -> bool:
        return _has_example(node, examples=True)

    return [n for key in ("content", "headers", "parameters") for n in _below(doc, key, media)]


def _below(doc: Document, key: str, where: Callable[[Node], bool]) -> list[Node]:
    return query(doc, deep(key), descendants(where))


@rule("oas3-valid-media-example", ERROR, "{{error}}", formats=ONLY_OAS3)
def valid_media_example(doc: Document) -> Iterator[Failure]:
    def schema_of(node: Node) -> Any:
        return child("schema")(doc, [node])[0].value

    return _validate_examples(
        doc,
        _media_given(doc),
        lambda node: _media_items(doc, node),
        schema_of=schema_of,
        relaxed=True,
    )


@rule("oas3-valid-schema-example", ERROR, "{{error}}", formats=ONLY_OAS3)
def valid_schema_example(doc: Document) -> Iterator[Failure]:
    # given: $.components.schemas..[?(@property !== 'properties' && @
    #          && (@.example !== void 0 || @.default !== void 0)
    #          && (@.enum || @.type || @.format || @.$ref || @.properties || @.items))]
    #        and the same below $..content, $..headers and $..parameters
    def with_example(node: Node) -> bool:
        return _has_example(node, examples=False)

    nodes = query(doc, child("components"), child("schemas"), descendants(with_example))
    for key in ("content", "headers", "parameters"):
        nodes += _below(doc, key, with_example)

    def items(node: Node) -> Iterator[tuple[Any, Path]]:
        for field in ("example", "default"):
            if field in node.value:
                yield node.value[field], (field,)

    return _validate_examples(doc, nodes, items, schema_of=lambda node: node.value, relaxed=False)


# --- servers --------------------------------------------------------------------------


def _servers(doc: Document) -> list[Node]:
    # given: $.servers[*], #PathItem.servers[*], #OperationObject.servers[*],
    #        #LinkObject.server (links of components and of every response)
    paths = query(doc, child("paths"), children())
    operations = child(*OPERATIONS)(doc, paths)
    responses = children()(doc, child("responses")(doc, operations)) + query(
        doc, child("components"), child("responses"), children()
    )
    links = query(doc, child("components"), child("links"), children()) + children()(
        doc, child("links")(doc, responses)
    )
    return (
        query(doc, child("servers"), children())
        + children()(doc, child("servers")(doc, paths))
        + children()(doc, child("servers")(doc, operations))
        + child("server")(doc, links)
    )


_VARIABLE = re.compile(r"{([^}]+)}")


def _valid_server(value: Any) -> bool:
    """The input the serverVariables function accepts."""
    if not isinstance(value, dict) or not isinstance(value.get("url"), str):
        return False
    variables = value.get("variables", {})
    if not isinstance(variables, dict):
        return False
    allowed = {"enum": list, "default": str, "description": str, "examples": str}
    for variable in variables.values():
        if not isinstance(variable, dict):
            return False
        for key, item in variable.items():
            if key.startswith("x-"):
                continue
            if key not in allowed or not isinstance(item, allowed[key]):
                return False
            if key == "enum" and not all(isinstance(option, str) for option in item):
                return False
    return True


_FORBIDDEN_HOST = set("\x00\t\n\r #/:<>?@[\\]^|%")


def _valid_url(url: str) -> bool:
    """Roughly what JavaScript's ``new URL(url)`` accepts: an absolute URL."""
    if not re.match(r"[a-zA-Z][a-zA-Z0-9+.-]*:", url):
        return False
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return False
    if parts.scheme.lower() in ("http", "https", "ws", "wss", "ftp"):
        host = parts.hostname or ""
        return bool(host) and not set(host) & _FORBIDDEN_HOST and (port is None or port >= 0)
    return True


@rule("oas3-server-variables", ERROR, "{{error}}", formats=ONLY_OAS3)
def server_variables(doc: Document) -> Iterator[Failure]:
    for server in _servers(doc):
        if not _valid_server(server.value):
            yield server.at, "Invalid Server Object"
            continue
        yield from _server_variables(doc, server)


def _server_variables(doc: Document, server: Node) -> Iterator[Failure]:
    url, variables = server.value["url"], server.value.get("variables", {})
    found = list(dict.fromkeys(_VARIABLE.findall(url)))
    for name in variables:
        if name not in found:
            message = f'Server\'s "variables" object has unused defined "{name}" url variable.'
            yield doc.walk(server, ("variables", name))[1], message
    if not found:
        return
    missing = [name for name in found if name not in variables]
    if missing:
        message = (
            'Not all server\'s variables are described with "variables" object. '
            f"Missed: {', '.join(missing)}."
        )
        yield doc.walk(server, ("variables",))[1], message
    values: list[tuple[str, list[str]]] = []
    for name, variable in variables.items():
        if name not in found:
            continue
        default = variable.get("default")
        if "enum" in variable:
            values.append((name, variable["enum"]))
            if default is not None and default not in variable["enum"]:
                message = f'Server Variable "{name}" has a default not listed in the enum.'
                yield doc.walk(server, ("variables", name, "default"))[1], message
        else:
            values.append((name, [] if default is None else [default]))
        if default is None:
            message = f'Server Variable "{name}" has a missing default.'
            yield doc.walk(server, ("variables", name))[1], message
    invalid = []
    for combination in itertools.product(*(options for _, options in values)):
        substituted = url
        for (name, _), option in zip(values, combination, strict=True):
            substituted = substituted.replace(f"{{{name}}}", option)
        if not _valid_url(substituted):
            invalid.append(substituted)
            if len(invalid) == 5:
                break
    if invalid:
        many = len(invalid) == 5
        message = (
            f"At least 5 substitutions of server variables resulted in invalid URLs: "
            f"{', '.join(invalid)} and more"
            if many
            else f"A few substitutions of server variables resulted in invalid URLs: "
            f"{', '.join(invalid)}"
        )
        yield doc.walk(server, ("variables",))[1], message


@rule(
    "oas3-api-servers",
    ERROR,
    'OpenAPI "servers" must be present and non-empty array.',
    formats=ONLY_OAS3,
)
def api_servers(doc: Document) -> Iterable[Failure]:
    servers = {"type": "array", "minItems": 1, "items": {"type": "object"}}
    return lint(doc, query(doc), schema(servers), field="servers")


@rule("path-keys-no-trailing-slash", ERROR, "Path must not end with slash.", formats=ANY_OAS)
def path_keys_no_trailing_slash(doc: Document) -> Iterable[Failure]:
    # given: $.paths, field @key
    return lint(doc, query(doc, child("paths")), pattern(not_match=r".+\/$"), field="@key")
