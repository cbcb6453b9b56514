"""The demo's ideas: more than fifty, in every status, with votes and comments, the
accepted ones linked to initiatives, every history allowed by the transition table."""

from __future__ import annotations

import pytest
from django.db.models import Count
from django.test import Client

from anker.cocreation.models import ALLOWED_STATUS_CHANGES, Idea, IdeaStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(demo_ecosystem):
    """What the demo loaded; it loads once for the module (tests/conftest.py)."""
    return demo_ecosystem


def test_the_demo_has_ideas_in_every_status(demo):
    assert demo["ideas"] >= 50 and demo["idea votes"] >= 500 and demo["idea comments"] >= 10
    for status in IdeaStatus.values:
        assert demo[f"ideas {status}"] >= 5, status
    assert demo["ideas linked to initiatives"] >= 10
    assert Idea.objects.filter(moderation="hidden").exists()
    assert Idea.objects.filter(moderation="merged", merged_into__isnull=False).exists()


def test_every_history_follows_the_table_and_counts_agree(demo):
    for idea in Idea.objects.annotate(n=Count("votes")).prefetch_related("status_changes"):
        assert idea.vote_count == idea.n
        status = IdeaStatus.NEW
        for change in idea.status_changes.all():
            assert change.from_status == status
            assert (change.from_status, change.to_status) in ALLOWED_STATUS_CHANGES
            status = change.to_status
        assert status == idea.status, idea.title
        idea.full_clean()


def test_an_implemented_idea_shows_its_initiatives_decisions(demo):
    idea = Idea.objects.get(external_id="mijn-zaken-op-een-plek")
    page = Client().get(idea.get_absolute_url()).content.decode()
    assert "Mijn omgeving" in page or "mijn-omgeving" in page
    assert "Stage gate" in page and "Implemented" in page
