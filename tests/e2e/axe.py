"""axe-core in a page: the WCAG 2.1 AA violations it finds, one line each. Needs a page
from a context made with ``bypass_csp=True`` (the ``axe_page`` fixture), because anker's
Content-Security-Policy rightly refuses the injected script."""

from __future__ import annotations

from pathlib import Path

AXE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text()
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def violations(page) -> list[str]:
    page.add_script_tag(content=AXE)
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])}× e.g. {v['nodes'][0]['html'][:120]})"
        for v in result["violations"]
    ]
