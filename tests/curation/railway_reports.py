"""Two reports of one railway and the trade around it, as records, and a way to store each again."""

from __future__ import annotations

from kb_records import document, entity, record, span_of
from sqlalchemy import Engine

from accord.documents import SourceDocument
from accord.ingest.writer import save_document
from accord.record import Figure, Initiative, Record, Status
from accord.resolve import resolve_document
from accord.store.documents import delete_document, insert_record

VISIT = (
    "Armenia and Georgia agreed on 3 March 2025 to build the Gyumri-Batumi railway line by 2028. "
    "Trade between Armenia and Georgia reached $1.2 billion in 2024, the Georgian Railway said."
)
FOLLOW_UP = (
    "Construction of the Gyumri-Batumi railway line started in May, the Georgian Railway said. "
    "Trade between Armenia and Georgia reached $1.3 billion in 2024.{extra}"
)


def visit() -> tuple[SourceDocument, Record]:
    doc = document("visit.txt", VISIT, published="2025-03-03")
    railway = Initiative(
        id="i1",
        kind="agreement",
        title="Gyumri-Batumi railway line",
        status="agreed",
        sector="transport",
        parties=["Armenia", "Georgia"],
        deadline="2028",
        evidence=[span_of(VISIT, "to build the Gyumri-Batumi railway line by 2028")],
    )
    trade = Figure(
        id="f1",
        metric="trade",
        value=1.2e9,
        unit="USD",
        period="2024",
        subjects=["Armenia", "Georgia"],
        text="$1.2 billion",
        evidence=[span_of(VISIT, "$1.2 billion")],
    )
    entities = [
        entity(VISIT, "country", "Armenia", country="AM"),
        entity(VISIT, "country", "Georgia", country="GE"),
        entity(VISIT, "organization", "Georgian Railway", country="GE"),
    ]
    return doc, record(doc, entities, initiatives=[railway], figures=[trade])


def follow_up(
    extra: str = "", status: Status = "in_progress", value: float = 1.3e9, railway_name: str = "Georgian Railway"
) -> tuple[SourceDocument, Record]:
    text = FOLLOW_UP.format(extra=extra)
    doc = document("follow-up.txt", text, published="2025-05-20")
    railway = Initiative(
        id="i1",
        kind="project",
        title="Gyumri-Batumi railway line",
        status=status,
        sector="transport",
        parties=["Armenia", "Georgia"],
        evidence=[span_of(text, "Construction of the Gyumri-Batumi railway line")],
    )
    trade = Figure(
        id="f1",
        metric="trade",
        value=value,
        unit="USD",
        period="2024",
        subjects=["Armenia", "Georgia"],
        text="$1.3 billion",
        evidence=[span_of(text, "$1.3 billion")],
    )
    entities = [
        entity(text, "country", "Armenia", country="AM"),
        entity(text, "country", "Georgia", country="GE"),
        entity(text, "organization", railway_name, country="GE"),
    ]
    return doc, record(doc, entities, initiatives=[railway], figures=[trade])


def store_both(store: Engine) -> None:
    """Store the visit, then the follow-up."""
    save_document(store, *visit())
    save_document(store, *follow_up())


def reextract(store: Engine, doc: SourceDocument, rec: Record, version: str = "99.0") -> None:
    """Replace a stored document's facts with what a newer extractor found in the same text."""
    with store.begin() as conn:
        delete_document(conn, doc.id)
        insert_record(conn, doc, rec, version)
        resolve_document(conn, doc.id)
