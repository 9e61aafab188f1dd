"""Extraction confidence: how sure accord is that an initiative or a figure it found is a fact.

A fact starts at the weight of the cue that found it (an initiative's `found_by`: a proposal verb
with its proposer weighs more than a bare project noun) and gains the weight of each part it has
(actors, deadline, location; a figure's unit, subjects and period), up to 1. The weights are data
(`accord/data/confidence.json`); each fact keeps the reasons that made its score, so a reviewer
sees why it was asked about. Which scores wait for review is the store's rule (`accord.store.review_queue`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from accord.record import Figure, Initiative, Record


@dataclass(frozen=True)
class Weights:
    """The score of each cue a fact can be found by, and of each part it can have."""

    found_by: dict[str, float]
    parts: dict[str, float]
    framed_at_most: float = 1.0  # the most a fact its sentence frames as no fact (history, a denial) can score


@dataclass(frozen=True)
class ConfidenceRules:
    """The weights for initiatives and figures."""

    initiative: Weights
    figure: Weights


@cache
def confidence_rules() -> ConfidenceRules:
    """Load the confidence weights once from accord/data/confidence.json."""
    data = json.loads(resources.files("accord.data").joinpath("confidence.json").read_text(encoding="utf-8"))
    return ConfidenceRules(
        initiative=Weights(**data["initiative"]),
        figure=Weights(**data["figure"]),
    )


def _score(found_by: str, fact: Any, weights: Weights) -> tuple[float, list[str]]:
    base = weights.found_by.get(found_by, min(weights.found_by.values()))
    score = base
    reasons = [f"found by {found_by.replace('_', ' ')} ({base:.2f})"]
    for part, weight in weights.parts.items():
        if getattr(fact, part):
            score += weight
            reasons.append(f"has {part} (+{weight:.2f})")
        else:
            reasons.append(f"no {part}")
    return round(min(max(score, 0.0), 1.0), 2), reasons


def rate_initiative(initiative: Initiative) -> None:
    """Set an initiative's confidence from the cue that found it and the parts it has; one its sentence
    frames as no fact (`Initiative.framing`) waits for review whatever its parts."""
    weights = confidence_rules().initiative
    score, reasons = _score(initiative.found_by or "other", initiative, weights)
    if initiative.framing is not None:
        score = min(score, weights.framed_at_most)
        cap = weights.framed_at_most
        reasons.append(f"its sentence reports no undertaking: {initiative.framing} (at most {cap:.2f})")
    initiative.confidence, initiative.confidence_reasons = score, reasons


def rate_figure(figure: Figure) -> None:
    """Set a figure's confidence from the parts it has beside its metric: unit, subjects, period, target."""
    figure.confidence, figure.confidence_reasons = _score("named_metric", figure, confidence_rules().figure)


def rate_record(record: Record) -> Record:
    """Set the confidence of every initiative and figure of a record, and return it."""
    for initiative in record.initiatives:
        rate_initiative(initiative)
    for figure in record.figures:
        rate_figure(figure)
    return record
