"""Schedule: where an initiative stands (status), when it is due (deadline) and its dated steps (milestones)."""

from __future__ import annotations

import re

from accord.extract.language.cues import status_cues
from accord.extract.language.dates import resolve_date
from accord.record import InitiativeKind, Milestone, Status

_DEFAULT_STATUS: dict[InitiativeKind, Status] = {
    "proposal": "proposed",
    "agreement": "agreed",
    "project": "unknown",
    "other": "unknown",
}
_FUTURE = re.compile(r"\b(?:will|shall)\b(?! not)")
_WHEN = r"(?:(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d)"
_DEADLINE = re.compile(
    r"\b(?:through|by|until|till|before|no later than)\s+(?:the\s+end\s+of\s+)?(?P<when>" + _WHEN + r")\b"
)
# "a roadmap for 2025-2027": the period's last year is when it is due.
_PERIOD_END = re.compile(
    r"\b(?:for|in|during|over)\s+(?:the\s+(?:period|years)\s+(?:of\s+)?)?(?:1[89]|20)\d\d\s*[-–—]\s*"
    r"(?P<when>(?:1[89]|20)\d\d)\b"
)
# "the centre will be put into operation in 2026": when the whole is to be finished.
# "with commissioning planned for 2027", "full commissioning scheduled for 2028", "due to open in 2026",
# "to come online by the end of 2026", "the launch was postponed to 2027".
_COMPLETION = re.compile(
    r"\b(?:(?:commissioned|completed|put\s+into\s+(?:operation|service)|finished|open(?:ed)?|launched"
    r"|come\s+online|start\s+operations?)\s+(?:in|by)"
    r"|(?:commissioning|completion|launch|opening|start\s+of\s+operations?)\s+(?:is\s+|was\s+)?"
    r"(?:planned|scheduled|expected|set|due)\s+(?:for|in|by)"
    r"|(?:postponed|pushed\s+back|delayed|moved)\s+(?:to|until))"
    r"\s+(?:the\s+end\s+of\s+)?(?P<when>" + _WHEN + r")\b"
)
_MILESTONE = re.compile(
    r"(?:\bthe\s+)?(?P<what>\b(?:first|second|third|fourth|final|last|next|initial)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:unit|stage|phase|line|block|section|reactor|turbine|batch|module|train|wing)s?)\s+"
    r"(?:is|are|will\s+be|was|were)?\s*(?:\w+\s+){0,2}?(?:to\s+be\s+)?"
    r"(?P<event>commissioned|completed|launched|opened|built|put\s+into\s+operation|finished|ready)\s+"
    r"(?:in|by)\s+(?P<when>" + _WHEN + r")\b"
)


def status_in(texts: list[str], kind: InitiativeKind) -> Status:
    """Return the status the cue words of `texts` tell ("being implemented" -> in_progress), else the kind's default."""
    lowered = " ".join(texts).casefold()
    for status, pattern in status_cues():
        if pattern.search(lowered):
            return status
    if kind in ("project", "other") and _FUTURE.search(lowered):
        return "planned"  # "the compact will fund the X Project": what it will do is still to come
    return _DEFAULT_STATUS[kind]


def deadline_in(text: str, published: str | None) -> str | None:
    """Return the ISO date an initiative is due by ("through 2027", "to be completed in 2026"), if the text
    says; a step's date ("the first unit ... in 2029") is a milestone, not the deadline."""
    whole = _MILESTONE.sub(lambda step: " " * len(step.group()), text)
    for pattern in (_DEADLINE, _COMPLETION):
        match = pattern.search(whole)
        if match:
            return resolve_date(match.group("when"), published)
    return None


def period_end_in(text: str, published: str | None) -> str | None:
    """Return the last year of the period an initiative's own words give it ("a roadmap for 2025-2027")."""
    match = _PERIOD_END.search(text)
    return resolve_date(match.group("when"), published) if match else None


def milestones_in(text: str, published: str | None) -> list[Milestone]:
    """Return the dated steps a text schedules ("the first unit is to be commissioned in 2029")."""
    steps = []
    for match in _MILESTONE.finditer(text):
        label = re.sub(r"\s+", " ", f"{match.group('what')} {match.group('event')}")
        steps.append(Milestone(label=label, date=resolve_date(match.group("when"), published)))
    return steps
