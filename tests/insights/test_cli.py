"""`anker insights`: rich tables of each analytic, one clear line for a wrong name."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from anker.catalogue.models import Dependency
from anker.cli.main import app
from tests.factories import BlockFactory, OrganisationFactory, ReuseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    owner = OrganisationFactory(slug="owner", name="Owner Org")
    base = BlockFactory(slug="base", name="Base Block", owner=owner)
    top = BlockFactory(slug="top", name="Top Block")
    Dependency.objects.create(dependent=top, dependency=base)
    ReuseFactory(block=base, organisation=OrganisationFactory(name="Reuser Org"))


def run(*arguments: str):
    return CliRunner().invoke(app, ["insights", *arguments], terminal_width=200)


def test_reuse_tables(world):
    result = run("reuse")
    assert result.exit_code == 0, result.output
    # rich wraps cells to the test terminal's 80 columns: look for single words
    assert "Most reused building blocks" in result.output and "Base" in result.output
    assert "Never reused (1)" in result.output and "Top Block" in result.output


def test_without_a_name_reuse_and_duplication(world):
    result = run()
    assert result.exit_code == 0, result.output
    assert "Most reused" in result.output and "Convergence candidates" in result.output


def test_duplication_threshold(world):
    result = run("duplication", "--threshold", "0.2")
    assert result.exit_code == 0, result.output
    assert "at least 0.2" in result.output


@pytest.mark.parametrize("target", ["base", "owner"])
def test_impact_of_a_block_or_an_organisation(world, target):
    result = run("impact", target)
    assert result.exit_code == 0, result.output
    assert "top → base" in result.output and "Reuser Org" in result.output


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["impact"], "Name the slug"),
        (["impact", "nothing"], "no building block or organisation"),
        (["popularity"], "Unknown insight"),
    ],
)
def test_mistakes_are_one_clear_line(world, arguments, message):
    result = run(*arguments)
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output
