"""The admin shows the portfolio but cannot write around its services."""

from __future__ import annotations

import pytest
from django.test import Client

from anker.accounts.models import PlatformRole
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_portfolio_admin_pages_render_and_are_read_only(portfolio):
    admin = UserFactory(is_staff=True, is_superuser=True, platform_role=PlatformRole.ADMIN)
    client = Client()
    client.force_login(admin)
    for name in ("initiative", "stagedecision", "kpi", "kpimeasurement", "skill"):
        assert client.get(f"/admin/portfolio/{name}/").status_code == 200, name
        assert client.get(f"/admin/portfolio/{name}/add/").status_code == 403, name
    change = f"/admin/portfolio/initiative/{portfolio.initiative.pk}/change/"
    assert client.get(change).status_code == 200
    assert client.post(change, {"name": "Changed"}).status_code == 403
    portfolio.initiative.refresh_from_db()
    assert portfolio.initiative.name == "Slimme meldingen"
