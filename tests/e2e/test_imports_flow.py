"""A coordinator uploads a publiccode.yml in the real browser, reads the report, follows
it to the block; the Imports pages pass axe-core's WCAG 2.1 AA checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.axe import violations
from tests.factories import OrganisationFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "publiccode"


@pytest.fixture
def page(axe_page):
    """The conftest's page that lets axe-core be injected (tests/e2e/axe.py)."""
    return axe_page


def test_upload_report_and_block(page) -> None:
    OrganisationFactory(name="Gemeente Waterveen", slug="waterveen")
    user = UserFactory(username="regisseur", platform_role="coordinator")
    user.set_password("correct-horse-battery")
    user.save()
    page.goto("/account/login/")
    page.get_by_label("Username").fill("regisseur")
    page.get_by_label("Password").fill("correct-horse-battery")
    page.get_by_role("button", name="Sign in").click()
    page.goto("/imports/")
    page.get_by_role("link", name="Upload a file").click()
    assert not violations(page)
    page.get_by_label("Format").select_option("publiccode")
    page.get_by_label("File").set_input_files(str(SHARED / "AgID__wai-portal.yml"))
    page.get_by_role("button", name="Import").click()
    page.wait_for_url("**/imports/*-*/")
    assert page.get_by_role("heading", level=1).inner_text() == "AgID__wai-portal.yml"
    assert page.locator(".figures").inner_text().split()[:2] == ["1", "accepted"]
    assert not violations(page)
    page.goto("/imports/sources/")
    page.get_by_role("link", name="Add a source").click()
    page.get_by_label("Name").fill("WAI")
    page.get_by_label("Address").fill("not an address")
    page.get_by_role("button", name="Save").click()
    assert page.get_by_role("alert").is_visible()
    assert not violations(page)
