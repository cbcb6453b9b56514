"""The ruleset's own ``nlgov:*`` rules (API Design Rules 2.2.0-rc.1, ``linter.yaml``).

Each rule quotes its ``given`` expression; the steps below it are that expression. The
rules have no ``formats``, so they run on every document, even one Spectral does not
recognise as OpenAPI (which is how ``nlgov:openapi-root-exists`` can fail at all)."""

from __future__ import annotations

from collections.abc import Iterable

from anker.interop.openapi.adr.document import (
    Document,
    Node,
    Predicate,
    child,
    children,
    deep,
    descendants,
    names,
    query,
)
from anker.interop.openapi.adr.engine import ANY_OAS, ERROR, WARNING, Failure, lint, rule
from anker.interop.openapi.adr.functions import (
    any_of_keys,
    casing,
    js_match,
    js_truthy,
    pattern,
    schema,
    truthy,
)

VERSION_HEADERS = ("API-Version", "Api-Version", "Api-version", "api-version", "API-version")
PROBLEM_TYPES = ("application/problem+json", "application/problem+xml")
DATE_NAME = r"((\w+D)|(_[dD]))((ate)|(atum))"


def _key_matches(regex: str) -> Predicate:
    """``[?(@property && @property.match(/regex/))]``"""
    return lambda node: js_match(regex, node.key)


def _responses(doc: Document, status: str) -> list[Node]:
    """``$..[responses][?(@property && @property.match(/status/))]``"""
    return query(doc, deep("responses"), children(_key_matches(status)))


def _dated_properties(doc: Document) -> list[Node]:
    """``$..properties[date,datum]`` and ``$..properties[?(@property.match(DATE_NAME))]``"""
    return query(doc, deep("properties"), child("date", "datum")) + query(
        doc, deep("properties"), children(_key_matches(DATE_NAME))
    )


@rule(
    "nlgov:openapi3",
    ERROR,
    "The OpenAPI Specification is versioned using a `major.minor.patch` versioning scheme. "
    "Use a version 3 OpenAPI Specification for documentation.",
)
def openapi3(doc: Document) -> Iterable[Failure]:
    # given: $.['openapi']
    return lint(doc, query(doc, child("openapi")), pattern(match=r"^3(.\d+){1,2}$"))


@rule(
    "nlgov:openapi-root-exists",
    ERROR,
    "The root of the document must contain the `openapi` property.",
)
def openapi_root_exists(doc: Document) -> Iterable[Failure]:
    # given: $
    return lint(doc, query(doc), truthy(), field="openapi")


@rule("nlgov:missing-version-header", ERROR, "Return the full version number in a response header.")
def missing_version_header(doc: Document) -> Iterable[Failure]:
    # given: $..[responses][?(@property && @property.match(/(2|3)\d\d/))][headers]
    headers = [n for r in _responses(doc, r"(2|3)\d\d") for n in query_from(doc, r, "headers")]
    return lint(doc, headers, any_of_keys(VERSION_HEADERS))


@rule("nlgov:missing-header", ERROR, "Return the full version number in a response header.")
def missing_header(doc: Document) -> Iterable[Failure]:
    # given: $..[responses][?(@property && @property.match(/(2|3)\d\d/))]
    return lint(doc, _responses(doc, r"(2|3)\d\d"), truthy(), field="headers")


@rule("nlgov:include-major-version-in-uri", ERROR, "Include the major version number in the URI.")
def include_major_version_in_uri(doc: Document) -> Iterable[Failure]:
    # given: $.servers[*]
    servers = query(doc, child("servers"), children())
    return lint(doc, servers, pattern(match=r"\/v[\d+]"), field="url")


@rule("nlgov:paths-no-trailing-slash", ERROR, "Leave off trailing slashes from URIs.")
def paths_no_trailing_slash(doc: Document) -> Iterable[Failure]:
    # given: $.paths; the ruleset's pattern has a space (".+ \/$"), kept as written
    return lint(doc, query(doc, child("paths")), pattern(not_match=r".+ \/$"), field="@key")


@rule("info-contact", ERROR, 'Info object must have "contact" object.', formats=ANY_OAS)
def info_contact(doc: Document) -> Iterable[Failure]:
    # given: $. It redefines spectral:oas's rule, and a redefined rule keeps its formats.
    return lint(doc, query(doc), truthy(), field="info.contact")


@rule(
    "nlgov:info-contact-fields-exist",
    ERROR,
    "Missing fields in `info.contact` field. Must specify email, name and url.",
)
def info_contact_fields_exist(doc: Document) -> Iterable[Failure]:
    # given: $.info.contact
    contact = query(doc, child("info"), child("contact"))
    return lint(doc, contact, schema({"required": ["email", "name", "url"]}))


@rule("nlgov:http-methods", ERROR, "Only apply standard HTTP methods.")
def http_methods(doc: Document) -> Iterable[Failure]:
    # given: $.paths[?(@property && @property.match(/(description|summary)/i))]
    items = query(doc, child("paths"), children(_key_matches(r"/(description|summary)/i")))
    return lint(doc, items, pattern(match="post|put|get|delete|patch|parameters"), field="@key")


KEBAB_PATH = (
    r"^(\/|(\/_[a-z0-9]+|\/(([a-z0-9\-]+|{[^}]+})(\/([a-z0-9\-\.]+|{[^}]+}))*)"
    r"(\/_[a-z]+)?)\/?)$"
)


@rule("nlgov:paths-kebab-case", ERROR, "{{property}} is not kebab-case.")
def paths_kebab_case(doc: Document) -> Iterable[Failure]:
    # given: $.paths[?(@property && !@property.match(/\/openapi\.(json)|(yaml)/))]~
    paths = query(
        doc,
        child("paths"),
        children(lambda n: js_truthy(n.key) and not js_match(r"\/openapi\.(json)|(yaml)", n.key)),
    )
    return lint(doc, names(paths), pattern(match=KEBAB_PATH))


@rule("nlgov:query-keys-camel-case", ERROR, "{{value}} is not lower camelCase.")
def query_keys_camel_case(doc: Document) -> Iterable[Failure]:
    # given: $.paths.*.*.parameters[?(@.in=='query')]
    #        $.components.securitySchemes[?(@.in=='query')]
    def in_query(node: Node) -> bool:
        return isinstance(node.value, dict) and node.value.get("in") == "query"

    parameters = query(
        doc, child("paths"), children(), children(), child("parameters"), children(in_query)
    ) + query(doc, child("components"), child("securitySchemes"), children(in_query))
    return lint(doc, parameters, pattern(match=r"^\$?[a-z][a-z\d]*([A-Z][a-z\d]*)*$"), "name")


@rule("nlgov:schema-camel-case", WARNING, "Schema name should be UpperCamelCase in {{path}}")
def schema_camel_case(doc: Document) -> Iterable[Failure]:
    # given: $.components.schemas[*]~
    schemas = query(doc, child("components"), child("schemas"), children())
    return lint(doc, names(schemas), casing("pascal"))


@rule("nlgov:servers-use-https", WARNING, "Server URL {{value}} {{error}}.")
def servers_use_https(doc: Document) -> Iterable[Failure]:
    # given: $.servers[*], $.paths..servers[*]
    servers = query(doc, child("servers"), children()) + query(
        doc, child("paths"), deep("servers"), children()
    )
    return lint(doc, servers, pattern(match=r"^https://.*"), field="url")


@rule(
    "nlgov:use-problem-schema",
    ERROR,
    "The content type of an error response should be application/problem+json or "
    "application/problem+xml to match RFC 9457.",
)
def use_problem_schema(doc: Document) -> Iterable[Failure]:
    # given: $..[responses][?(@property && @property.match(/(4|5)\d\d/))].content
    content = [n for r in _responses(doc, r"(4|5)\d\d") for n in query_from(doc, r, "content")]
    required = {"anyOf": [{"required": [media]} for media in PROBLEM_TYPES]}
    return lint(doc, content, schema(required))


@rule(
    "nlgov:problem-schema-members",
    ERROR,
    "{{error}}. These fields are required: status, title and detail.",
)
def problem_schema_members(doc: Document) -> Iterable[Failure]:
    # given: $..[responses][?(@property && @property.match(/(4|5)\d\d/))]
    #        .content[?(@property=="application/problem+json" || …+xml)]..schema
    content = [n for r in _responses(doc, r"(4|5)\d\d") for n in query_from(doc, r, "content")]
    media = children(lambda node: node.key in PROBLEM_TYPES)(doc, content)
    schemas = deep("schema")(doc, media)
    members = {
        "type": "object",
        "properties": {"properties": {"type": "object", "required": ["status", "title", "detail"]}},
    }
    return lint(doc, schemas, schema(members))


@rule(
    "nlgov:problem-invalid-input",
    ERROR,
    "GET and DELETE endpoints that have parameters, and all other endpoints must be able to "
    "return a 400 response",
)
def problem_invalid_input(doc: Document) -> Iterable[Failure]:
    # given: $.paths..[?( @property.match(/(get)|(delete)/) && @.parameters
    #                     && @.parameters.length > 0 )]
    #        $.paths..[?( @property.match(/(put)|(post)|(patch)/))]
    def reads_with_parameters(node: Node) -> bool:
        if not js_match("(get)|(delete)", node.key) or not isinstance(node.value, dict):
            return False
        parameters = node.value.get("parameters")
        return js_truthy(parameters) and isinstance(parameters, list | str) and len(parameters) > 0

    operations = query(doc, child("paths"), descendants(reads_with_parameters)) + query(
        doc, child("paths"), descendants(lambda n: js_match("(put)|(post)|(patch)", n.key))
    )
    needs_400 = {
        "type": "object",
        "properties": {"responses": {"type": "object", "required": ["400"]}},
    }
    return lint(doc, operations, schema(needs_400))


@rule("nlgov:property-casing", WARNING, "Properties must be lowerCamelCase.")
def property_casing(doc: Document) -> Iterable[Failure]:
    # given: $.*.schemas[*].properties.[?(@property && @property.match(/_links/i))]
    links = query(
        doc,
        children(),
        child("schemas"),
        children(),
        child("properties"),
        children(_key_matches(r"/_links/i")),
    )
    return lint(doc, links, casing("camel"), field="@key")


@rule("nlgov:date-time-ensure-timezone", ERROR, "Use date-time format which includes a timezone")
def date_time_ensure_timezone(doc: Document) -> Iterable[Failure]:
    # given: $..properties[*].format
    formats = query(doc, deep("properties"), children(), child("format"))
    return lint(doc, formats, pattern(not_match="/^date-time-local$/"))


@rule("nlgov:time-without-timezone", ERROR, "Use time-local format without a timezone")
def time_without_timezone(doc: Document) -> Iterable[Failure]:
    # given: $..properties[*].format
    formats = query(doc, deep("properties"), children(), child("format"))
    return lint(doc, formats, pattern(not_match="/^time$/"))


@rule("nlgov:specify-format-for-date-and-time", ERROR, "Any date field must set 'format' to 'date'")
def specify_format_for_date_and_time(doc: Document) -> Iterable[Failure]:
    # given: $..properties[date,datum], $..properties[?(@property.match(DATE_NAME))]
    has_format = {
        "anyOf": [
            {"required": ["format"]},
            {
                "properties": {"allOf": {"type": "array", "items": {"required": ["format"]}}},
                "required": ["allOf"],
            },
        ]
    }
    return lint(doc, _dated_properties(doc), schema(has_format))


@rule(
    "nlgov:use-date-instead-of-datetime",
    ERROR,
    "Field represents a date and therefore must set 'format' to 'date'",
)
def use_date_instead_of_datetime(doc: Document) -> Iterable[Failure]:
    # given: $..properties[date,datum]..format, $..properties[?(…DATE_NAME…)]..format
    dated = _dated_properties(doc)
    formats = deep("format")(doc, dated)
    return lint(doc, formats, pattern(not_match="/^date-time$/"))


SEMVER = (
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
    r"(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$"
)


@rule("nlgov:semver", ERROR, "Version {{value}} is not in semver format.")
def semver(doc: Document) -> Iterable[Failure]:
    # given: $.info.version
    return lint(doc, query(doc, child("info"), child("version")), pattern(match=SEMVER))


def query_from(doc: Document, node: Node, key: str) -> list[Node]:
    """``node.key``: one member, references followed."""
    return child(key)(doc, [node])
