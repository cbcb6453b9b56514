"""No stored XSS: markup, event-handler attributes and javascript: links sent through
every input of the ideas board never come back in any page or API response."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from anker.cocreation import services
from anker.cocreation.models import Idea
from anker.cocreation.text import plain_text
from tests.api.conftest import ApiClient

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert('x')</script>",
    "<img src=x onerror=alert('x')>",
    "<a href=\"javascript:alert('x')\">klik</a>",
    "&lt;script&gt;alert('x')&lt;/script&gt;",
    "<svg onload=alert('x')>",
    "JaVaScRiPt:alert('x')",
    "<iframe src=javascript:alert('x')></iframe>",
]
EVIL = "".join(PAYLOADS)


def assert_clean(text: str) -> None:
    lowered = text.lower()
    assert "alert('x')</script" not in lowered and "<script>alert" not in lowered
    assert "javascript:" not in lowered and "vbscript:" not in lowered
    assert not re.search(r"<[^>]*\son\w+\s*=", lowered), "an event handler attribute"
    assert "<img src=x" not in lowered and "<svg" not in lowered and "<iframe" not in lowered
    assert "&lt;script" not in lowered  # not even as visible escaped markup


@pytest.mark.parametrize("payload", PAYLOADS)
def test_plain_text_keeps_no_markup(payload):
    assert_clean(plain_text(payload))
    assert_clean(plain_text(f"Goed idee {payload} echt"))


def test_plain_text_keeps_ordinary_text():
    assert (
        plain_text("Tom & Jerry: a < b > c\r\nnieuwe regel")
        == "Tom & Jerry: a < b > c\nnieuwe regel"
    )


def test_nothing_evil_comes_back_anywhere(board):
    client = Client()
    client.post(
        "/ideas/new/",
        {
            "target": "block:meldingenmodule",
            "title": "Titel " + EVIL[:100],
            "body": "Tekst " + EVIL,
            "name": "<b onmouseover=alert('x')>Eve</b>",
            "email": "eve@mail.example",
            "submit": "1",
        },
    )
    idea = Idea.objects.get(title__startswith="Titel")
    client.post(f"/ideas/{idea.uuid}/comment/", {"comment-body": EVIL, "comment-name": EVIL[:80]})
    services.idea_decline(actor=board.actors.coordinator, idea=idea, reason="Nee " + EVIL)
    moderator = Client()
    moderator.force_login(board.actors.coordinator)
    pages = [
        client.get("/ideas/"),
        client.get(idea.get_absolute_url()),
        moderator.get(idea.get_absolute_url()),
        moderator.get("/ideas/moderation/"),
    ]
    api = ApiClient()
    pages += [
        api.get("/ideas"),
        api.get(f"/ideas/{idea.uuid}"),
        api.get(f"/ideas/{idea.uuid}/comments"),
        api.get(f"/ideas/{idea.uuid}/status-changes"),
    ]
    for response in pages:
        assert response.status_code == 200
        assert_clean(response.content.decode())
    assert "Eve" in pages[1].content.decode() and "Tekst" in pages[1].content.decode()


def test_the_api_stores_plain_text_too(board, api_as):
    client = api_as("viewer")
    created = client.post(
        "/ideas",
        {"kind": "block", "target": "meldingenmodule", "title": "API " + EVIL[:100], "body": EVIL},
    )
    assert created.status_code == 201, created.content
    assert_clean(created.content.decode())
    comment = client.post(f"/ideas/{board.idea.uuid}/comments", {"body": "Ok " + EVIL})
    assert_clean(comment.content.decode())
