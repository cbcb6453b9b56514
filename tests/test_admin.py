"""The admin shows domain entities but cannot write around the services."""

import pytest
from django.test import Client

from anker.accounts.models import PlatformRole
from tests.factories import BlockFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_admin_pages_render_and_are_read_only():
    admin = UserFactory(is_staff=True, is_superuser=True, platform_role=PlatformRole.ADMIN)
    block = BlockFactory()
    client = Client()
    client.force_login(admin)
    for url in (
        "/admin/",
        "/admin/catalogue/buildingblock/",
        f"/admin/catalogue/buildingblock/{block.pk}/change/",
        "/admin/organisations/organisation/",
        "/admin/reuse/reuse/",
        "/admin/accounts/auditevent/",
    ):
        assert client.get(url).status_code == 200, url
    assert client.get("/admin/catalogue/buildingblock/add/").status_code == 403
    response = client.post(
        f"/admin/catalogue/buildingblock/{block.pk}/change/", {"name": "Changed"}
    )
    assert response.status_code == 403
    block.refresh_from_db()
    assert block.name != "Changed"
