"""Values every page needs (version, language list)."""

from django.conf import settings
from django.http import HttpRequest

from anker import __version__


def anker(request: HttpRequest) -> dict:
    return {"anker_version": __version__, "anker_languages": settings.LANGUAGES}
