"""Refresh the translation catalogues: collect every translatable text into the English
and Dutch .po files, fill the English one (its texts are the source texts) and compile
both. Needs GNU gettext (Debian package gettext); run it after changing user-facing text:

    ANKER_DATA_DIR=/tmp/anker-dev django-admin syncmessages --settings anker.conf.base
"""

from __future__ import annotations

import os
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

IGNORE = ["demo/data/*", "static/*", "locale/*"]


def fill_source_language(path: Path) -> int:
    """In the source-language catalogue every text translates to itself, always: a guess
    msgmerge made from a similar text (a fuzzy entry) must not survive, plural or not."""
    catalogue = polib.pofile(str(path))
    filled = 0
    for entry in catalogue:
        if entry.msgid_plural:
            wanted = {0: entry.msgid, 1: entry.msgid_plural}
            if entry.msgstr_plural != wanted:
                entry.msgstr_plural = wanted
                filled += 1
        elif entry.msgstr != entry.msgid:
            entry.msgstr = entry.msgid
            filled += 1
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    catalogue.save()
    return filled


def drop_obsolete(path: Path) -> None:
    """Texts the code no longer has (makemessages keeps them as #~ entries) go."""
    catalogue = polib.pofile(str(path))
    for entry in catalogue.obsolete_entries():
        catalogue.remove(entry)
    catalogue.save()


class Command(BaseCommand):
    help = "Collect, fill (English) and compile the English and Dutch translation catalogues."

    def handle(self, *args, **options) -> None:
        package = Path(settings.PACKAGE_DIR)
        previous = Path.cwd()
        try:
            os.chdir(package)
            call_command(
                "makemessages",
                locale=["en", "nl"],
                no_location=True,
                ignore_patterns=IGNORE,
                verbosity=0,
            )
        finally:
            os.chdir(previous)
        for language in ("en", "nl"):
            drop_obsolete(package / "locale" / language / "LC_MESSAGES" / "django.po")
        english = package / "locale" / "en" / "LC_MESSAGES" / "django.po"
        self.stdout.write(f"English: {fill_source_language(english)} texts filled")
        dutch = polib.pofile(str(package / "locale" / "nl" / "LC_MESSAGES" / "django.po"))
        missing = [
            entry.msgid for entry in dutch if not entry.translated() or "fuzzy" in entry.flags
        ]
        for msgid in missing:
            self.stdout.write(f"Dutch translation missing: {msgid!r}")
        for language in ("en", "nl"):
            po = package / "locale" / language / "LC_MESSAGES" / "django.po"
            polib.pofile(str(po)).save_as_mofile(str(po.with_suffix(".mo")))
        self.stdout.write(f"Compiled; {len(missing)} Dutch texts to translate.")
