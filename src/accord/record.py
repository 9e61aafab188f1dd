"""The document record: what accord extracts from one document (see record.schema.json)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

EntityType = Literal["person", "organization", "country", "place", "region", "other"]
EventType = Literal["summit", "meeting", "round_table", "forum", "visit", "call", "signing", "other"]
InitiativeKind = Literal["proposal", "agreement", "project", "other"]
Status = Literal["proposed", "agreed", "planned", "in_progress", "completed", "stalled", "unknown"]
Qualifier = Literal["exact", "approx", "more_than", "less_than", "up_to"]


@dataclass(frozen=True, order=True)
class Span:
    """Character offsets [start, end) into the document text."""

    start: int
    end: int


@dataclass
class Role:
    """A position a person holds, as stated in the text."""

    title: str
    organization: str | None = None
    country: str | None = None


@dataclass
class Entity:
    """A person, organization, country, place or region with every mention of it."""

    id: str
    type: EntityType
    name: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    roles: list[Role] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Event:
    """A summit, meeting, round table, forum, visit, call or signing."""

    id: str
    type: EventType
    name: str | None = None
    date: str | None = None
    place: str | None = None
    chair: str | None = None
    organizer: str | None = None
    participants: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)


@dataclass
class Milestone:
    """A dated step of an initiative ("first unit to be commissioned in 2029")."""

    label: str
    date: str | None


@dataclass
class Initiative:
    """A proposal, agreement or project put forward, agreed or carried out."""

    id: str
    kind: InitiativeKind
    title: str
    status: Status
    description: str | None = None
    actors: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    sector: str = "other"
    location: str | None = None
    deadline: str | None = None
    milestones: list[Milestone] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    found_by: str | None = None  # the cue that found it (see accord.extract.confidence)
    # how its sentence frames it when it reports no undertaking ("told as history: 'for over 20 years'")
    framing: str | None = None
    confidence: float | None = None  # how sure extraction is that it is an initiative, in [0, 1]
    confidence_reasons: list[str] = field(default_factory=list)


@dataclass
class Target:
    """What makes a figure a goal rather than an observation ("aim to reach $10 billion by 2030").

    A `factor` goal ("plans to triple trade") has the factor as its figure's value and "times" as
    its unit: the goal is that many times the metric's value when the goal was set.
    """

    by: str | None = None
    setters: list[str] = field(default_factory=list)
    factor: float | None = None


@dataclass
class Figure:
    """A normalized quantitative fact: value, unit, what it measures and when; a goal has a `target`."""

    id: str
    metric: str
    value: float
    unit: str | None
    qualifier: Qualifier = "exact"
    period: str | None = None
    subjects: list[str] = field(default_factory=list)
    text: str = ""
    evidence: list[Span] = field(default_factory=list)
    target: Target | None = None
    confidence: float | None = None  # how sure extraction is of the figure, in [0, 1]
    confidence_reasons: list[str] = field(default_factory=list)


@dataclass
class Statement:
    """A direct quotation attributed to its speaker."""

    id: str
    speaker: str
    text: str
    direct: bool = True
    evidence: list[Span] = field(default_factory=list)


@dataclass
class DocumentInfo:
    """The document part of a record."""

    id: str
    source: str
    language: str
    title: str | None = None
    published: str | None = None
    notices: list[str] = field(default_factory=list)


@dataclass
class Record:
    """Everything extracted from one document."""

    document: DocumentInfo
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return the record as plain JSON-ready data, in the schema's shape."""
        return asdict(self)
