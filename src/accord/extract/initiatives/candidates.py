"""The shape of an initiative as first found in a sentence, before its details are filled in."""

from __future__ import annotations

from dataclasses import dataclass, field

from accord.record import Entity, InitiativeKind, Span, Status


@dataclass
class Candidate:
    """An initiative found in the text: what it is called, what kind, who put it forward, where it came from."""

    kind: InitiativeKind
    title: str
    head_word: str  # the noun the title is built on ("Council" in "Coordinating Council at the level of ...")
    title_span: Span
    extent: Span  # the title with its attachments ("in Bukhara", "through 2027")
    description: Span  # the sentence or list line it came from
    actor: Entity | None = None
    status: Status | None = None  # None: read it from the status cues of the context
    status_hint: Status | None = None  # a participle's ("the bridge built in 1982"), if the context tells none
    context: list[Span] = field(default_factory=list)  # where its status, schedule and figures are told
    location_hint: Span | None = None  # a leading "in <place>" cut from the title
    found_by: str = "other"  # the cue that found it: a key of the confidence weights (data/confidence.json)
