"""Signatories: the sides an agreement or a joint format binds — named in its title ("the U.S.-Peru Trade
Agreement"), joined to it ("a compact with Norland"), or, in a two-country document, the two countries."""

from __future__ import annotations

import re

from accord.extract.entities.affiliation import main_countries
from accord.extract.entities.index import EntityIndex
from accord.extract.initiatives.candidates import Candidate
from accord.record import Entity

_SIDES = ("country", "organization")
_PAIR = re.compile(r"\b([A-Z][\w.]*(?:[-–][A-Z][\w.]*)+)")  # "U.S.-Peru", "EU-GCC", "UK-Vietnam"
# What says an undertaking is shared by the two sides: "both sides", "bilateral", "the two countries".
_SHARED = re.compile(
    r"\b(?:both|two|2)\s+(?:sides|countries|governments|leaders|parties|nations)\b|\bbilateral\b|\bthe\s+sides\b", re.I
)


def _pair_in(title: str, entities: EntityIndex) -> list[Entity]:
    """Return the sides a hyphenated pair in a title names: "U.S.-Peru" gives the United States and Peru."""
    found: list[Entity] = []
    for match in _PAIR.finditer(title):
        for part in re.split(r"[-–]", match.group(1)):
            side = entities.named(part)
            if side is not None and side.type in _SIDES and side not in found:
                found.append(side)
    return found


def _named_with(party: Entity, candidate: Candidate, text: str) -> bool:
    """Tell a side named in the initiative's own name or joined to it by "with" or "between"."""
    for mention in party.mentions:
        if candidate.title_span.start <= mention.start < candidate.title_span.end:
            return True
        if candidate.extent.start <= mention.start < candidate.extent.end and re.search(
            r"\b(?:with|between|and)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+(?:of\s+)?){0,3}$",
            text[max(mention.start - 40, candidate.extent.start) : mention.start],
        ):
            return True
    return False


def signatories(candidate: Candidate, parties: list[Entity], entities: EntityIndex, text: str) -> list[Entity]:
    """Return the sides that undertake an agreement or a joint format together."""
    sides = [p for p in parties if _named_with(p, candidate, text)]
    sides += [s for s in _pair_in(candidate.title, entities) if s not in sides]
    if not sides:
        pair = main_countries(entities.entities)
        context = " ".join(text[s.start : s.end] for s in candidate.context[:2]) + " " + candidate.title
        if pair is not None and _SHARED.search(context):
            sides = list(pair)
    return sides
