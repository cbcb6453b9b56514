"""OpenAPI documents scored against the automatable checks of the Dutch API Design Rules.

The checks are those of the official ADR linter (the Spectral ruleset ``linter.yaml`` of
ADR 2.2.0-rc.1, ``ruleset`` below), written again in Python: anker does not run Spectral.
They run on the document as published, before ``$ref``s are resolved, so each finding
points at the place where the document must change (see ``document``).

Score: the percentage of the error-severity rules that apply to the document (28 for
OpenAPI 3, 23 for Swagger 2.0, whose ``oas3-*`` rules do not apply) with no finding.
Warning-severity rules (3: schema names, https servers, ``_links`` casing) are run and
their findings are kept and shown, but they are advice and do not count either way."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from anker.interop.openapi.adr import nlgov, oas  # noqa: F401 - registers the rules
from anker.interop.openapi.adr.engine import ERROR, RULES, Finding, run

RULESET = "adr-2.2.0-rc.1"
MAX_KEPT_PER_RULE = 20  # a finding repeated on every response is one problem to show

__all__ = ["RULES", "RULESET", "DesignScore", "Finding", "check", "score"]


@dataclass(frozen=True)
class DesignScore:
    """The outcome of one check: the score, which error rules failed, all findings."""

    ruleset: str
    score: int
    rules_checked: int
    rules_failed: tuple[str, ...]
    findings: tuple[Finding, ...]

    def grouped_findings(self, per_rule: int = MAX_KEPT_PER_RULE) -> list[dict[str, Any]]:
        """The findings as stored: one entry per rule (errors first), with how many
        there were and the first ``per_rule`` of them (path and message)."""
        groups: dict[str, dict[str, Any]] = {}
        for finding in self.findings:
            group = groups.setdefault(
                finding.rule,
                {"rule": finding.rule, "severity": finding.severity, "count": 0, "items": []},
            )
            group["count"] += 1
            if len(group["items"]) < per_rule:
                group["items"].append({"path": finding.path, "message": finding.message})
        return sorted(groups.values(), key=lambda g: (g["severity"] != ERROR, g["rule"]))


def check(document: Any) -> tuple[Finding, ...]:
    """Every finding of the ruleset on a loaded (not resolved) document."""
    return run(document).findings


def score(document: Any) -> DesignScore:
    """Check a loaded, unresolved OpenAPI document and score it."""
    outcome = run(document)
    checked = [rule for rule in outcome.rules_run if rule.severity == ERROR]
    failed = sorted({f.rule for f in outcome.findings if f.severity == ERROR})
    passed = len(checked) - len(failed)
    percent = (200 * passed + len(checked)) // (2 * len(checked)) if checked else 0
    return DesignScore(
        ruleset=RULESET,
        score=percent,
        rules_checked=len(checked),
        rules_failed=tuple(failed),
        findings=outcome.findings,
    )
