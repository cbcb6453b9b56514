"""The fixed-window rate limit helper, the client identifiers, and the web form's 429."""

from __future__ import annotations

import re

import pytest
from django.test import Client, RequestFactory, override_settings

from anker.cocreation import ratelimit
from anker.cocreation.models import Idea, IdeaVote


@pytest.mark.parametrize(
    ("text", "limit", "window"),
    [("5/hour", 5, 3600), ("30/minute", 30, 60), ("100/days", 100, 86400), ("10/600", 10, 600)],
)
def test_rates_are_parsed(text, limit, window):
    assert ratelimit.parse_rate(text) == ratelimit.Rate(limit, window)


@pytest.mark.parametrize("text", ["many/hour", "5/fortnight", "-1/hour", "5/0"])
def test_nonsense_rates_are_refused(text):
    with pytest.raises(ValueError):
        ratelimit.parse_rate(text)


@override_settings(RATE_LIMITS={"act": "3/minute"})
def test_a_fixed_window_per_client_and_action():
    start = 6000.0  # the start of a minute
    for second in range(3):
        ratelimit.hit("act", "a", now=start + second)
    with pytest.raises(ratelimit.RateLimited) as limited:
        ratelimit.hit("act", "a", now=start + 20)
    assert limited.value.retry_after == 40
    ratelimit.hit("act", "b", now=start + 20)  # another client
    ratelimit.hit("act", "a", now=start + 60)  # the next window


@override_settings(RATE_LIMITS={"act": ""})
def test_an_empty_rate_is_no_limit():
    for _ in range(100):
        ratelimit.hit("act", "a")


def test_client_keys_never_hold_the_raw_address():
    request = RequestFactory().get("/", REMOTE_ADDR="203.0.113.7", HTTP_USER_AGENT="Firefox")
    request.user = None
    key, voter = ratelimit.client_key(request), ratelimit.voter_key(request)
    assert "203.0.113" not in key and "203.0.113" not in voter and "Firefox" not in voter
    other_browser = RequestFactory().get("/", REMOTE_ADDR="203.0.113.7", HTTP_USER_AGENT="Edge")
    other_browser.user = None
    assert ratelimit.client_key(other_browser) == key  # rate: by address only
    assert ratelimit.voter_key(other_browser) != voter  # votes: address and browser


@override_settings(CLIENT_IP_HEADER="X-Forwarded-For")
def test_behind_a_proxy_the_last_forwarded_address_counts():
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.9"
    )
    assert ratelimit.client_address(request) == "198.51.100.9"


@pytest.mark.django_db
@override_settings(RATE_LIMITS={"idea-submit": "1/hour", "idea-vote": "1/hour"})
def test_the_web_form_says_clearly_when_to_try_again(board):
    client = Client()
    data = {
        "target": "block:meldingenmodule",
        "title": "Eerste",
        "body": "Tekst.",
        "email": "e@mail.example",
        "submit": "1",
    }
    assert client.post("/ideas/new/", data).status_code == 302
    response = client.post("/ideas/new/", {**data, "title": "Tweede"})
    assert response.status_code == 429
    assert re.search(r"Please try again in \d+ minutes?\.", response.content.decode())
    assert not Idea.objects.filter(title="Tweede").exists()
    client.post(f"/ideas/{board.idea.uuid}/vote/")
    limited = client.post(f"/ideas/{board.other_idea.uuid}/vote/")
    assert limited.status_code == 429 and "try again" in limited.content.decode()
    assert IdeaVote.objects.count() == 1
