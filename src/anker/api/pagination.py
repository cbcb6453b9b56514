"""Page-number pagination: ``?page=2&page_size=50`` answers
``{"count", "next", "previous", "results"}``.

Page numbers rather than cursors because the web UI pages the same way and every
ordering we offer is total (it always ends on the id), so a page holds the same rows
however often it is asked for."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.paginator import EmptyPage, Page, Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Schema
from pydantic import create_model, field_validator

from anker.api.schemas import no_nul

MAX_PAGE_SIZE = 100


class PageQuery(Schema):
    """The paging parameters every list accepts."""

    page: int = Field(1, ge=1, description="The page number, from 1.")
    page_size: int | None = Field(
        None,
        ge=1,
        le=MAX_PAGE_SIZE,
        description="Items per page, at most 100. Default: the server's page size "
        "(ANKER_PAGE_SIZE, 25).",
    )

    @field_validator("*")
    @classmethod
    def reject_nul_characters(cls, value: Any) -> Any:
        return no_nul(value)


def page_size(query: PageQuery) -> int:
    return min(query.page_size or settings.PAGE_SIZE, MAX_PAGE_SIZE)


def page_schema(item: type[Schema], name: str, **extra: Any) -> type[Schema]:
    """The response schema of one page of ``item``s, named ``name`` in the document;
    ``extra`` adds fields as pydantic's create_model takes them."""
    return create_model(
        name,
        __base__=Schema,
        __doc__=f"One page of {item.__name__} items.",
        count=(int, Field(..., description="The number of items on all pages together.")),
        next=(str | None, Field(None, description="The address of the next page, if any.")),
        previous=(str | None, Field(None, description="The address of the previous page, if any.")),
        results=(list[item], Field(..., description="The items on this page.")),
        **extra,
    )


def _link(request: HttpRequest, number: int) -> str:
    params = request.GET.copy()
    params["page"] = str(number)
    return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")


def page_body(request: HttpRequest, page: Page, results: list[Any] | None = None) -> dict[str, Any]:
    """The response body for ``page``; ``results`` if the caller prepared the rows."""
    return {
        "count": page.paginator.count,
        "next": _link(request, page.next_page_number()) if page.has_next() else None,
        "previous": _link(request, page.previous_page_number()) if page.has_previous() else None,
        "results": list(page.object_list) if results is None else results,
    }


def not_a_page(number: int) -> Http404:
    return Http404(_("There is no page %(number)d.") % {"number": number})


def paginate(queryset: QuerySet, query: PageQuery) -> Page:
    """Page ``query.page`` of ``queryset``; a page past the end answers 404 (page 1 of
    an empty list is an empty page)."""
    try:
        return Paginator(queryset, page_size(query)).page(query.page)
    except EmptyPage as error:
        raise not_a_page(query.page) from error
