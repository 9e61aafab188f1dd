"""The API's curation: confirm, reject, edit, note, merge, split, add by hand, decide the review queue.

Editors confirm, reject, edit, note and add; merging, splitting and deciding queued merges need an admin.
Every change is made by the library (`accord.curation`), which writes it to the audit log.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic.json_schema import SkipJsonSchema

from accord import curation
from accord.store.calendar import parse_window
from accord.store.conflicts import find_conflicts
from accord.store.deadlines import due
from accord.store.document_names import name_documents
from accord.store.entity_view import entity_view
from accord.store.tolerance import DEFAULT_TOLERANCE
from accord.web.deps import ApiAdmin, ApiEditor, ReadConn, Store
from accord.web.params import BodyRowId, Day, RowId, Tolerance, Window
from accord.web.shapes import schema_names
from accord.web.views import initiative_view
from accord.web.writes import change

router = APIRouter(tags=["curation"])
Status = Literal["proposed", "agreed", "planned", "in_progress", "completed", "stalled"]
Kind = Literal["proposal", "agreement", "project", "other"]
Sector = Literal[
    "diplomacy",
    "security",
    "trade",
    "investment",
    "transport",
    "industry",
    "energy",
    "agriculture",
    "education",
    "science",
    "digital",
    "health",
    "culture",
    "humanitarian",
    "migration",
    "environment",
    "other",
]
EntityType = Literal["person", "organization", "country", "place", "region", "other"]
Qualifier = Literal["exact", "approx", "more_than", "less_than", "up_to"]
Text = Annotated[str, Field(min_length=1, max_length=500, pattern=r"\S")]
PartialDate = Annotated[str, Field(pattern=r"^[12][0-9]{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$")]
CountryCode = Annotated[str, Field(pattern=r"^[A-Z]{2}$")]


class Verdict(BaseModel):
    """Confirm a fact, or reject it (a rejected entity or initiative leaves lists; a rejected figure its series)."""

    verdict: Literal["confirmed", "rejected"]
    note: str | None = None


class _Fields(BaseModel):
    """Fields to set over what extraction says: at least one, none unknown."""

    model_config = ConfigDict(extra="forbid", strict=True, json_schema_extra={"minProperties": 1})

    @model_validator(mode="before")
    @classmethod
    def _no_nulls(cls, data: Any) -> Any:
        if isinstance(data, dict) and None in data.values():
            raise ValueError("a field cannot be set to null; leave it out")
        return data

    @model_validator(mode="after")
    def _one_at_least(self) -> _Fields:
        if not self.given():
            raise ValueError("name at least one field to set")
        return self

    def given(self) -> dict[str, Any]:
        """Return the fields the request set, as plain values."""
        return self.model_dump(exclude_unset=True)


class Milestone(BaseModel):
    """A dated step of an initiative."""

    model_config = ConfigDict(extra="forbid")

    label: str = Field(min_length=1, max_length=300)
    date: PartialDate


class InitiativeFields(_Fields):
    """An initiative's fields a curator may set."""

    title: Text | SkipJsonSchema[None] = None
    kind: Kind | SkipJsonSchema[None] = None
    sector: Sector | SkipJsonSchema[None] = None
    status: Status | SkipJsonSchema[None] = None
    location: Text | SkipJsonSchema[None] = None
    deadline: PartialDate | SkipJsonSchema[None] = None
    milestones: list[Milestone] | SkipJsonSchema[None] = None
    responsible: list[Text] | SkipJsonSchema[None] = None


class EntityFields(_Fields):
    """An entity's fields a curator may set."""

    name: Text | SkipJsonSchema[None] = None
    type: EntityType | SkipJsonSchema[None] = None
    country: CountryCode | SkipJsonSchema[None] = None


class FigureFields(_Fields):
    """A figure's fields a curator may set."""

    value: float | SkipJsonSchema[None] = Field(default=None, allow_inf_nan=False)
    period: Text | SkipJsonSchema[None] = None
    qualifier: Qualifier | SkipJsonSchema[None] = None


class InitiativeChanges(BaseModel):
    """Fields to set over what extraction says, e.g. {"changes": {"status": "completed", "deadline": "2027"}}."""

    changes: InitiativeFields
    note: str | None = None


class EntityChanges(BaseModel):
    """Fields to set over what extraction says, e.g. {"changes": {"country": "KZ"}}."""

    changes: EntityFields
    note: str | None = None


class FigureChanges(BaseModel):
    """Fields to set over what extraction says, e.g. {"changes": {"value": 11600000000}}."""

    changes: FigureFields
    note: str | None = None


class NoteText(BaseModel):
    """A note for the audit log."""

    text: str = Field(min_length=1, max_length=5000)


class Merge(BaseModel):
    """Merge into the entity or initiative with this id."""

    into: BodyRowId
    note: str | None = None


class Split(BaseModel):
    """The facts from these document sources, or so named, become a new entity or initiative."""

    sources: list[str] = []
    forms: list[str] = []
    note: str | None = None


class NewInitiative(BaseModel):
    """An initiative no article mentions yet."""

    title: str = Field(min_length=1)
    kind: Kind | None = None
    sector: Sector | None = None
    status: Status | None = None
    location: Text | None = None
    responsible: list[Text] | None = None
    deadline: PartialDate | None = None
    milestones: list[Milestone] | None = None
    note: str | None = None


class Decision(BaseModel):
    """Accept a queued merge (the fact joins the candidate) or extraction (the fact is confirmed), or reject it
    (they stay apart; the fact is rejected); either way it is never asked again."""

    accept: bool
    note: str | None = None


def _initiative(engine: Store, initiative_id: int) -> dict[str, Any]:
    with engine.connect() as conn:
        return schema_names(initiative_view(conn, initiative_id))


def _entity(engine: Store, entity_id: int) -> dict[str, Any]:
    with engine.connect() as conn:
        return schema_names(entity_view(conn, entity_id))


@router.post("/api/v1/initiatives/{initiative_id}/verdict")
def judge_initiative(engine: Store, holder: ApiEditor, initiative_id: RowId, body: Verdict) -> dict[str, Any]:
    """Confirm or reject an initiative (editor)."""
    with change(engine, "initiative", initiative_id) as conn:
        curation.judge_initiative(conn, f"#{initiative_id}", body.verdict, holder.name, body.note)
    return _initiative(engine, initiative_id)


@router.patch("/api/v1/initiatives/{initiative_id}")
def edit_initiative(engine: Store, holder: ApiEditor, initiative_id: RowId, body: InitiativeChanges) -> dict[str, Any]:
    """Set an initiative's title, kind, sector, status, location, deadline, milestones or responsible (editor)."""
    with change(engine, "initiative", initiative_id) as conn:
        curation.edit_initiative(conn, f"#{initiative_id}", body.changes.given(), holder.name, body.note)
    return _initiative(engine, initiative_id)


@router.post("/api/v1/initiatives/{initiative_id}/notes")
def note_initiative(engine: Store, holder: ApiEditor, initiative_id: RowId, body: NoteText) -> dict[str, Any]:
    """Attach a note to an initiative (editor)."""
    with change(engine, "initiative", initiative_id) as conn:
        curation.attach_note(conn, "initiative", f"#{initiative_id}", body.text, holder.name)
    return _initiative(engine, initiative_id)


@router.post("/api/v1/initiatives/{initiative_id}/merge")
def merge_initiative(engine: Store, holder: ApiAdmin, initiative_id: RowId, body: Merge) -> dict[str, Any]:
    """Merge an initiative into another, with all its reports (admin); answers the one kept."""
    with change(engine, "initiative", initiative_id) as conn:
        curation.merge_initiatives(conn, f"#{initiative_id}", f"#{body.into}", holder.name, body.note)
    return _initiative(engine, body.into)


@router.post("/api/v1/initiatives/{initiative_id}/split", status_code=201)
def split_initiative(engine: Store, holder: ApiAdmin, initiative_id: RowId, body: Split) -> dict[str, Any]:
    """Split the reports from these sources, or so titled, off into a new initiative (admin); answers it."""
    with change(engine, "initiative", initiative_id) as conn:
        new_id = curation.split_initiative(conn, f"#{initiative_id}", holder.name, body.sources, body.forms, body.note)
    return _initiative(engine, new_id)


@router.post("/api/v1/initiatives", status_code=201)
def add_initiative(engine: Store, holder: ApiEditor, body: NewInitiative) -> dict[str, Any]:
    """Add an initiative by hand, with responsible bodies, deadline and milestones (editor)."""
    fields = body.model_dump(exclude={"title", "note"})
    with engine.begin() as conn:
        new_id = curation.add_initiative(conn, body.title, holder.name, **fields, note=body.note)
    return _initiative(engine, new_id)


@router.patch("/api/v1/entities/{entity_id}")
def edit_entity(engine: Store, holder: ApiEditor, entity_id: RowId, body: EntityChanges) -> dict[str, Any]:
    """Set an entity's name, type or country (editor)."""
    with change(engine, "entity", entity_id) as conn:
        curation.edit_entity(conn, f"#{entity_id}", body.changes.given(), holder.name, body.note)
    return _entity(engine, entity_id)


@router.post("/api/v1/entities/{entity_id}/verdict")
def judge_entity(engine: Store, holder: ApiEditor, entity_id: RowId, body: Verdict) -> dict[str, Any]:
    """Confirm or reject an entity (editor); a rejected one leaves lists and search, its evidence stays."""
    with change(engine, "entity", entity_id) as conn:
        curation.judge_entity(conn, f"#{entity_id}", body.verdict, holder.name, body.note)
    return _entity(engine, entity_id)


@router.post("/api/v1/entities/{entity_id}/notes")
def note_entity(engine: Store, holder: ApiEditor, entity_id: RowId, body: NoteText) -> dict[str, Any]:
    """Attach a note to an entity (editor)."""
    with change(engine, "entity", entity_id) as conn:
        curation.attach_note(conn, "entity", f"#{entity_id}", body.text, holder.name)
    return _entity(engine, entity_id)


@router.post("/api/v1/entities/{entity_id}/merge")
def merge_entity(engine: Store, holder: ApiAdmin, entity_id: RowId, body: Merge) -> dict[str, Any]:
    """Merge an entity into another: mentions, statements and series follow (admin); answers the one kept."""
    with change(engine, "entity", entity_id) as conn:
        curation.merge_entities(conn, f"#{entity_id}", f"#{body.into}", holder.name, body.note)
    return _entity(engine, body.into)


@router.post("/api/v1/entities/{entity_id}/split", status_code=201)
def split_entity(engine: Store, holder: ApiAdmin, entity_id: RowId, body: Split) -> dict[str, Any]:
    """Split the mentions from these sources, or so named, off into a new entity (admin); answers it."""
    with change(engine, "entity", entity_id) as conn:
        new_id = curation.split_entity(conn, f"#{entity_id}", holder.name, body.sources, body.forms, body.note)
    return _entity(engine, new_id)


@router.post("/api/v1/figures/{figure_id}/verdict")
def judge_figure(engine: Store, holder: ApiEditor, figure_id: RowId, body: Verdict) -> dict[str, Any]:
    """Confirm a figure (its side wins a conflict) or reject it (editor)."""
    with change(engine, "figure", figure_id) as conn:
        curation.judge_figure(conn, figure_id, body.verdict, holder.name, body.note)
    return {"figure": figure_id, "verdict": body.verdict}


@router.patch("/api/v1/figures/{figure_id}")
def edit_figure(engine: Store, holder: ApiEditor, figure_id: RowId, body: FigureChanges) -> dict[str, Any]:
    """Set a figure's value, period or qualifier (editor)."""
    with change(engine, "figure", figure_id) as conn:
        curation.edit_figure(conn, figure_id, body.changes.given(), holder.name, body.note)
    return {"figure": figure_id, "changes": body.changes.given()}


@router.get("/api/v1/review")
def review_queue(conn: ReadConn) -> dict[str, Any]:
    """Merges and unsure extractions waiting for a decision, and curated values extraction now disputes."""
    return name_documents(conn, curation.review_queue(conn))


@router.post("/api/v1/review/{item_id}")
def decide(engine: Store, holder: ApiAdmin, item_id: RowId, body: Decision) -> dict[str, Any]:
    """Accept or reject a queued merge or extraction (admin)."""
    with engine.begin() as conn:
        curation.decide(conn, item_id, body.accept, holder.name, body.note)
    return {"item": item_id, "accepted": body.accept}


@router.get("/api/v1/due", tags=["tracking"])
def due_items(conn: ReadConn, as_of: Day = None, within: Window = "90d") -> list[dict[str, Any]]:
    """Deadlines passed (overdue unless completed) or due within the window (90d, 12w, 6m, 1y), and milestones
    reached, missed or due."""
    return name_documents(conn, due(conn, as_of or date.today(), parse_window(within)))


@router.get("/api/v1/conflicts", tags=["tracking"])
def conflicts(
    conn: ReadConn, metric: str | None = None, tolerance: Tolerance = DEFAULT_TOLERANCE
) -> list[dict[str, Any]]:
    """Series and periods whose sources disagree by more than `tolerance` (0.02: 2%), each side with its sources."""
    return schema_names(name_documents(conn, find_conflicts(conn, tolerance, metric)))
