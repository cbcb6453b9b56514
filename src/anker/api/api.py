"""The NinjaAPI instance of version 1: each app's router, the error handlers, and the
OpenAPI document in the shape the Dutch API design rules ask for."""

from __future__ import annotations

from typing import Any

from django.utils import translation
from ninja import NinjaAPI
from ninja.openapi.docs import Swagger

from anker.api import errors
from anker.api.auth import WRITE
from anker.api.links import NAMESPACE
from anker.api.schemas import SLUG_PATTERN

API_VERSION = "1.0.0"
DESCRIPTION = """\
The REST API of anker: organisations, building blocks, their reuse and dependencies,
and the capability map.

* **Reading** needs no account; what you see follows the same rules as the web site
  (blocks shared with the public sector or restricted to their owner stay hidden).
* **Writing** needs an API token (make one on your account page) sent as
  `Authorization: Bearer <token>`, or a signed-in session with the CSRF token.
* **Errors** are `application/problem+json`; invalid input answers 422 with
  `invalidParams` naming each field.
* **Lists** are paged (`page`, `page_size` up to 100) and answer `count`, `next`,
  `previous` and `results`.
* Every response carries the `API-Version` header.
"""
VERSION_HEADER = {
    "description": "The full version of the API that answered (semantic versioning).",
    "schema": {"type": "string", "example": API_VERSION},
}


class AnkerAPI(NinjaAPI):
    """NinjaAPI whose document declares problem+json errors, the API-Version header and
    what each value of a choice means."""

    def get_openapi_schema(
        self, *, path_prefix: str | None = None, path_params: dict[str, Any] | None = None
    ) -> Any:
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        schema["components"].setdefault("headers", {})["API-Version"] = VERSION_HEADER
        for operations in schema["paths"].values():
            for operation in operations.values():
                _describe_responses(operation["responses"])
                _describe_path_parameters(operation["parameters"])
        _describe_choices(schema["components"]["schemas"])
        return schema


PATH_PARAMETERS = {
    "slug": {
        "description": "The slug: the resource's stable address.",
        "schema": {"type": "string", "pattern": SLUG_PATTERN},
    },
    "uuid": {"description": "The resource's UUID.", "schema": {"type": "string", "format": "uuid"}},
}


def _describe_path_parameters(parameters: list[dict[str, Any]]) -> None:
    """Path parameters match Django's slug and uuid converters; say so."""
    for parameter in parameters:
        if parameter["in"] == "path" and parameter["name"] in PATH_PARAMETERS:
            parameter.update(PATH_PARAMETERS[parameter["name"]])


def _describe_choices(schemas: dict[str, dict[str, Any]]) -> None:
    """Give each choice (a model's TextChoices) a description listing its values with
    their meaning, in English so that the document is the same for every reader."""
    from django.db.models import TextChoices

    choices = {cls.__name__: cls for cls in _subclasses(TextChoices)}
    with translation.override("en"):
        for name, schema in schemas.items():
            if "enum" in schema and name in choices and not schema.get("description"):
                values = ", ".join(f"`{value}`: {label}" for value, label in choices[name].choices)
                schema["description"] = f"One of {values}."


def _subclasses(cls: type) -> list[type]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


def _describe_responses(responses: dict[Any, dict[str, Any]]) -> None:
    for status, response in responses.items():
        response["headers"] = {"API-Version": {"$ref": "#/components/headers/API-Version"}}
        content = response.get("content", {})
        if int(status) >= 400 and "application/json" in content:
            content[errors.PROBLEM_CONTENT_TYPE] = content.pop("application/json")


def _build() -> AnkerAPI:
    from anker.architecture.api import router as capabilities
    from anker.catalogue.api import blocks_router, dependencies_router
    from anker.citizenservices import api as citizenservices
    from anker.cocreation import api as cocreation
    from anker.insights.api import router as insights
    from anker.interop.api import imports_router, sources_router
    from anker.notifications.api import router as notifications
    from anker.organisations.api import router as organisations
    from anker.portfolio import api as portfolio
    from anker.reuse.api import exchange_router
    from anker.reuse.api import router as reuses

    api = AnkerAPI(
        title="anker API",
        version=API_VERSION,
        description=DESCRIPTION,
        urls_namespace=NAMESPACE,
        auth=WRITE,  # safe default: an operation that forgets to say is not writable anonymously
        docs=Swagger(settings={"validatorUrl": None, "persistAuthorization": False}),
        openapi_extra={
            "info": {
                "contact": {"name": "The anker developers"},
                "license": {"name": "EUPL-1.2", "identifier": "EUPL-1.2"},
            },
            "tags": [
                {
                    "name": "organisations",
                    "description": "Public bodies and partner organisations.",
                },
                {"name": "building blocks", "description": "What can be reused."},
                {"name": "dependencies", "description": "Which block needs which."},
                {"name": "reuse", "description": "Who reuses which block: the two-sided edge."},
                {
                    "name": "exchange",
                    "description": "Requests for access to a block, decided by its owner; "
                    "approval records the reuse.",
                },
                {
                    "name": "notifications",
                    "description": "Your own messages about what happened (signed in).",
                },
                {
                    "name": "capabilities",
                    "description": "The capability map (reference architecture).",
                },
                {
                    "name": "citizen services",
                    "description": "Citizen services, their channels and monthly figures.",
                },
                {"name": "life events", "description": "Moments when citizens meet government."},
                {"name": "service types", "description": "Services compared across providers."},
                {
                    "name": "portfolio",
                    "description": "Initiatives, their stage-gate decisions, KPIs and skills.",
                },
                {
                    "name": "ideas",
                    "description": "The co-creation board: ideas, votes, comments, "
                    "followers and moderation.",
                },
                {
                    "name": "insights",
                    "description": "Analytics of the ecosystem: reuse, duplication and impact.",
                },
                {
                    "name": "imports",
                    "description": "Open-standard files imported, their reports, and the "
                    "sources harvested.",
                },
            ],
        },
    )
    errors.install(api)
    api.add_router("/organisations", organisations)
    api.add_router("/building-blocks", blocks_router)
    api.add_router("/dependencies", dependencies_router)
    api.add_router("/reuses", reuses)
    api.add_router("/exchange-requests", exchange_router)
    api.add_router("/notifications", notifications)
    api.add_router("/capabilities", capabilities)
    api.add_router("/citizen-services", citizenservices.services_router)
    api.add_router("/service-channels", citizenservices.channels_router)
    api.add_router("/channel-figures", citizenservices.figures_router)
    api.add_router("/life-events", citizenservices.life_events_router)
    api.add_router("/service-types", citizenservices.service_types_router)
    api.add_router("/initiatives", portfolio.initiatives_router)
    api.add_router("/stage-decisions", portfolio.decisions_router)
    api.add_router("/kpis", portfolio.kpis_router)
    api.add_router("/kpi-measurements", portfolio.measurements_router)
    api.add_router("/skills", portfolio.skills_router)
    api.add_router("/ideas", cocreation.router)
    api.add_router("/idea-comments", cocreation.comments_router)
    api.add_router("/insights", insights)
    api.add_router("/imports", imports_router)
    api.add_router("/harvest-sources", sources_router)
    return api


api = _build()
