"""The English and Dutch catalogues are complete, compiled, and cover every text."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

import anker

LOCALE = Path(anker.__file__).parent / "locale"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\{\s*\w+\s*\}\}")


def catalogue(language: str) -> polib.POFile:
    return polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("language", ["en", "nl"])
def test_catalogue_is_complete(language):
    po = catalogue(language)
    assert len(po) > 300
    untranslated = [entry.msgid for entry in po if not entry.translated()]
    fuzzy = [entry.msgid for entry in po if "fuzzy" in entry.flags]
    assert not untranslated, untranslated[:20]
    assert not fuzzy, fuzzy[:20]


def test_dutch_keeps_every_placeholder():
    wrong = []
    for entry in catalogue("nl"):
        if entry.msgid_plural:
            pairs = [
                (entry.msgid, entry.msgstr_plural[0]),
                (entry.msgid_plural, entry.msgstr_plural[1]),
            ]
        else:
            pairs = [(entry.msgid, entry.msgstr)]
        for source, translation in pairs:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
                wrong.append(entry.msgid)
    assert not wrong, wrong


@pytest.mark.parametrize("language", ["en", "nl"])
def test_compiled_catalogue_matches_the_source(language):
    po = catalogue(language)
    mo = polib.mofile(str(LOCALE / language / "LC_MESSAGES" / "django.mo"))
    compiled = {(entry.msgctxt, entry.msgid): entry for entry in mo}
    stale = [
        entry.msgid
        for entry in po.translated_entries()
        if (entry.msgctxt, entry.msgid) not in compiled
        or compiled[(entry.msgctxt, entry.msgid)].msgstr != entry.msgstr
    ]
    assert not stale, f"run `django-admin syncmessages`: {stale[:10]}"


@pytest.mark.skipif(not shutil.which("xgettext"), reason="GNU gettext is not installed")
def test_every_text_in_the_code_is_in_the_catalogue(tmp_path):
    """Collect the texts afresh from a copy of the source and compare."""
    source = Path(anker.__file__).parent
    copy = tmp_path / "anker"
    shutil.copytree(
        source, copy, ignore=shutil.ignore_patterns("locale", "static", "data", "__pycache__")
    )
    (copy / "locale").mkdir()
    subprocess.run(
        [sys.executable, "-m", "django", "makemessages", "-l", "nl", "--no-location"],
        cwd=copy,
        check=True,
        capture_output=True,
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin")},
    )
    fresh = {
        (e.msgctxt, e.msgid) for e in polib.pofile(str(copy / "locale/nl/LC_MESSAGES/django.po"))
    }
    kept = {(e.msgctxt, e.msgid) for e in catalogue("nl") if not e.obsolete}
    assert fresh - kept == set(), "run `django-admin syncmessages` and translate the new texts"


def test_english_translates_every_text_to_itself():
    """English is the source language: a guess msgmerge made from a similar text (a
    fuzzy match, e.g. "%(counter)s change" for "%(counter)s finding") must never show."""
    wrong = []
    for entry in catalogue("en"):
        if entry.msgid_plural:
            if entry.msgstr_plural != {0: entry.msgid, 1: entry.msgid_plural}:
                wrong.append(entry.msgid)
        elif entry.msgstr != entry.msgid:
            wrong.append(entry.msgid)
    assert not wrong, wrong[:10]
