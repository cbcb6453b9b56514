"""The demo ecosystem makes every analytic show something (PRODUCT.md §7): one test, so
that the demo loads once."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser

from anker.accounts.permissions import OPERATOR
from anker.catalogue.models import BuildingBlock
from anker.demo.load import load_demo
from anker.insights.duplication import duplication
from anker.insights.impact import block_impact, organisation_impact
from anker.insights.reuse import reuse_insights
from anker.organisations.models import Organisation

pytestmark = pytest.mark.django_db


def test_every_analytic_lights_up_on_the_demo():
    load_demo(reset=True)
    for reader in (OPERATOR, AnonymousUser()):
        result = reuse_insights(reader)
        assert result.totals.active and result.totals.confirmed and result.totals.claimed
        assert result.most_reused and result.never_reused and result.curves
        assert result.organisations and result.capabilities and result.ecosystem_curve
        assert result.median_days_to_second is not None
        assert result.median_days_to_tenth is not None
        assert all(curve.points for curve in result.curves)

    found = duplication(OPERATOR)
    assert found.candidates and found.near_duplicates
    pairs = {(pair.first.slug, pair.second.slug) for pair in found.near_duplicates}
    assert ("afvalkalender-api", "afvalwijzer-api") in pairs  # a duplicate the demo tells

    hit = block_impact(OPERATOR, BuildingBlock.objects.get(slug="kaartplatform").id)
    assert hit.blocks and hit.services and hit.channels and hit.organisations
    owner = organisation_impact(OPERATOR, Organisation.objects.get(slug="dienst-toegang"))
    assert owner.blocks and owner.services and owner.channels and owner.organisations
