"""Weighted scores, shared by the anchoring score (``insights.anchoring``) and the
readiness to scale (``insights.scaling``): factors measured from 0 to 1, weights read from
the environment and overridden per request (API query or command-line option) with a
validation that names each bad weight, and the score ``100 × Σ weight·value / Σ weight``
over the factors that have a value."""

from __future__ import annotations

import math
import re
import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.utils.translation import gettext as _

from anker.conf import env


@dataclass(frozen=True)
class Measure:
    """What one factor found: ``value`` from 0 to 1, or None when there is nothing to
    measure (the factor is then left out), and the figures behind it in words."""

    value: float | None
    explanation: str


@dataclass(frozen=True)
class Weight:
    factor: str
    label: str
    weight: float


@dataclass(frozen=True)
class FactorScore:
    """One factor of a score. ``share``: its weight over the weights of the factors that
    have a value (0 when left out); ``contribution``: its points of the score,
    ``100 × share × value``; the contributions add up to the score."""

    factor: str
    label: str
    value: float | None
    weight: float
    share: float
    contribution: float
    explanation: str


def weighted_score(
    measures: Mapping[str, Measure], weights: Mapping[str, float], labels: Mapping[str, Any]
) -> tuple[float | None, list[FactorScore]]:
    """The score from 0 to 100 and its factors, in the order of ``labels``. None when no
    factor with a value has a weight above 0."""
    counted = sum(weights[key] for key, m in measures.items() if m.value is not None)
    factors, total = [], 0.0
    for key, label in labels.items():
        measure = measures[key]
        share = weights[key] / counted if counted and measure.value is not None else 0.0
        points = 100 * share * (measure.value or 0.0)
        total += points
        value = None if measure.value is None else round(measure.value, 3)
        factors.append(
            FactorScore(
                key,
                str(label),
                value,
                weights[key],
                round(share, 4),
                round(points, 1),
                measure.explanation,
            )
        )
    return (round(total, 1) if counted else None), factors


def _weight_error(field: str, message: str, code: str) -> ValidationError:
    return ValidationError({field: [ValidationError(message, code=code)]})


def _weight_item(item: str, base: Mapping[str, float], seen: set[str]) -> tuple[str, float]:
    """One ``factor=number`` item, or ValueError(message, code, factor)."""
    key, *rest = (part.strip() for part in re.split(r"[=:]", item, maxsplit=1))
    if not rest or not key:
        message = _("Give each weight as factor=number, not %(item)r.") % {"item": item}
        raise ValueError(message, "invalid", "")
    values = {"factor": key, "value": rest[0], "factors": ", ".join(base)}
    if key not in base:
        message = _("There is no factor %(factor)r; the factors are %(factors)s.")
        raise ValueError(message % values, "unknown", key)
    if key in seen:
        raise ValueError(_("The weight of %(factor)s is given twice.") % values, "duplicate", key)
    seen.add(key)
    try:
        number = float(rest[0])
    except ValueError:
        number = math.nan
    if not math.isfinite(number):
        message = _("The weight of %(factor)s must be a number, not %(value)r.")
        raise ValueError(message % values, "invalid", key)
    if number < 0:
        message = _("The weight of %(factor)s must be 0 or more, not %(value)s.")
        raise ValueError(message % values, "negative", key)
    return key, number


def parse_weights(
    text: str, base: Mapping[str, float], *, field: str = "weights"
) -> dict[str, float]:
    """``base`` with the weights of ``text`` put in: ``factor=number`` (or
    ``factor:number``) items separated by commas; factors not named keep their weight.
    Raises ValidationError naming each bad weight (``weights.reuse``) and why: an
    unknown factor, not a number, negative, named twice; or every weight 0."""
    weights, seen = dict(base), set()
    errors: dict[str, list[ValidationError]] = defaultdict(list)
    for item in (part.strip() for part in text.split(",")):
        if not item:
            continue
        try:
            key, number = _weight_item(item, base, seen)
        except ValueError as error:
            message, code, key = error.args
            name = f"{field}.{key}" if key else field
            errors[name].append(ValidationError(message, code=code))
        else:
            weights[key] = number
    if errors:
        raise ValidationError(dict(errors))
    if not any(weight > 0 for weight in weights.values()):
        raise _weight_error(field, _("At least one weight must be above 0."), "zero")
    return weights


def weights_text(weights: Mapping[str, float] | Iterable[str] | str | None) -> str:
    """Weights as ``parse_weights`` reads them, from a text, ``factor=number`` items (the
    command line's repeated option) or a mapping."""
    if weights is None or isinstance(weights, str):
        return weights or ""
    if isinstance(weights, Mapping):
        return ",".join(f"{key}={value}" for key, value in weights.items())
    return ",".join(weights)


def resolve_weights(
    variable: str,
    defaults: Mapping[str, float],
    overrides: Mapping[str, float] | Iterable[str] | str | None = None,
) -> dict[str, float]:
    """``defaults``, then the environment ``variable`` (a bad value raises
    ImproperlyConfigured naming the variable), then ``overrides`` of this request (a bad
    one raises ValidationError)."""
    try:
        weights = parse_weights(env.read(variable), defaults, field=variable)
    except ValidationError as error:
        problems = "; ".join(f"{k}: {' '.join(m)}" for k, m in error.message_dict.items())
        raise ImproperlyConfigured(problems) from error
    return parse_weights(weights_text(overrides), weights)


def weight_list(weights: Mapping[str, float], labels: Mapping[str, Any]) -> list[Weight]:
    return [Weight(key, str(label), weights[key]) for key, label in labels.items()]


def median(values: Sequence[float]) -> float | None:
    return round(float(statistics.median(values)), 1) if values else None


def competition_ranks(scores: Sequence[float | None]) -> list[int]:
    """Ranks of scores sorted best first: equal scores share a rank (1, 2, 2, 4)."""
    ranks: list[int] = []
    for position, score in enumerate(scores, start=1):
        tied = position > 1 and score == scores[position - 2]
        ranks.append(ranks[-1] if tied else position)
    return ranks
