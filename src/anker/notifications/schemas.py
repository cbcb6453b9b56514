"""API schemas of notifications."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from ninja import Field, Schema

from anker.api.pagination import PageQuery, page_schema
from anker.api.schemas import OrganisationRef


class NotificationOut(Schema):
    """A message to the caller about something that happened."""

    uuid: UUID = Field(..., description="Stable identifier.")
    kind: str = Field(
        ..., description="What happened, as a short code such as `exchange-requested`."
    )
    text: str = Field(..., description="The message, in the language of the request.")
    url: str = Field(..., description="Where to look: a path inside anker or an https address.")
    organisation: OrganisationRef | None = Field(
        None, description="The organisation on whose behalf the caller is told."
    )
    created: dt.datetime = Field(..., description="When it was sent.")
    read_at: dt.datetime | None = Field(
        None, description="When the caller read it; empty if unread."
    )

    @staticmethod
    def resolve_text(notification) -> str:  # noqa: ANN001 - ninja's resolver signature
        return notification.message


NotificationPage = page_schema(
    NotificationOut,
    "NotificationPage",
    unread=(int, Field(..., description="How many of the caller's notifications are unread.")),
)


class NotificationFilters(PageQuery):
    """Filters of the caller's notifications."""

    unread: bool = Field(False, description="Only unread notifications.")


class MarkedRead(Schema):
    """The outcome of marking every notification as read."""

    marked: int = Field(..., description="How many notifications were unread until now.")
