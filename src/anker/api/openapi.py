"""The OpenAPI document of the API as committed text: ``src/anker/api/openapi.json``.

Regenerate after changing an endpoint or schema:

    python -m anker.api.openapi > src/anker/api/openapi.json

A test compares this output with the committed copy, so a change to the API is always
a visible change to its document in review."""

from __future__ import annotations

import json
import os
import sys

REGENERATE = "python -m anker.api.openapi > src/anker/api/openapi.json"


def document() -> str:
    """The document as served at /api/openapi.json, as stable, sorted JSON text."""
    from django.utils import translation
    from ninja.responses import NinjaJSONEncoder

    from anker.api.api import api

    with translation.override("en"):
        schema = api.get_openapi_schema()
    plain = json.loads(json.dumps(schema, cls=NinjaJSONEncoder))
    return json.dumps(plain, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main() -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "anker.conf.base")
    django.setup()
    sys.stdout.write(document())


if __name__ == "__main__":
    main()
