"""Merge initiatives reported by several documents when they are the same undertaking."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, insert, or_, select, update

from accord.resolve.initiative_context import Context, context_of, kb_contexts
from accord.resolve.titles import title_similarity
from accord.store import tables
from accord.store.curated import claim_for, claimed, source_of
from accord.store.knowledge import refresh_initiatives
from accord.store.review_queue import queue_merge

SAME_TITLE = 0.9  # titles this alike make one initiative unless their countries differ
RELATED_TITLE = 0.75  # titles this alike need one shared piece of context
LOOSE_TITLE = 0.6  # titles this alike need two; below it, titles never merge
REVIEW_BELOW = 0.7  # a merge less sure than this waits in the review queue; the initiative stays apart


@dataclass(frozen=True)
class Match:
    """A kb initiative an initiative may belong to, with how sure the merge is and why."""

    kb_initiative_id: int
    confidence: float
    reasons: tuple[str, ...]


def score(title: str, context: Context, kb_title: str, kb: Context, kb_initiative_id: int) -> Match | None:
    """Score an initiative against a kb initiative; None if they are not the same undertaking."""
    if context.countries and kb.countries and not context.countries & kb.countries:
        return None
    similarity, why = title_similarity(title, kb_title)
    shared = context.shared_with(kb)
    needed = 0 if similarity >= SAME_TITLE else 1 if similarity >= RELATED_TITLE else 2
    if similarity < LOOSE_TITLE or len(shared) < needed:
        return None
    confidence = min(0.99, 0.6 * similarity + 0.1 * len(shared) + 0.1)
    return Match(kb_initiative_id, round(confidence, 3), (why, *shared))


def _best_match(conn: Connection, row: Row[Any], context: Context) -> Match | None:
    kb, ini = tables.kb_initiatives, tables.initiatives
    # Two initiatives of one document are two things: its extractor already told them apart.
    same_document = select(ini.c.kb_initiative_id).where(
        ini.c.document_id == row.document_id, ini.c.kb_initiative_id.is_not(None)
    )
    query = select(kb.c.id, kb.c.title).where(kb.c.id.not_in(same_document))
    if row.sector != "other":
        query = query.where(or_(kb.c.sector == row.sector, kb.c.sector == "other"))
    # Titles first, in memory; only the few alike enough have their context loaded.
    titles = {
        kb_id: kb_title
        for kb_id, kb_title in conn.execute(query)
        if title_similarity(row.title, kb_title)[0] >= LOOSE_TITLE
    }
    best: Match | None = None
    for kb_id, theirs in (kb_contexts(conn, titles) if titles else {}).items():
        match = score(row.title, context, titles[kb_id], theirs, kb_id)
        if match is not None and (best is None or match.confidence > best.confidence):
            best = match
    return best


def resolve_initiatives(conn: Connection, document_id: str) -> None:
    """Link every initiative of a document to a kb initiative, creating one when none is the same.

    A curator's claim on a title decides first; a merge less sure than REVIEW_BELOW is queued for
    review and the initiative gets a kb initiative of its own until a person accepts the merge.
    """
    rows = conn.execute(select(tables.initiatives).where(tables.initiatives.c.document_id == document_id)).all()
    touched: set[int] = set()
    source = source_of(conn, document_id)
    claims = claimed(conn, "initiative", source)
    for row in rows:
        curated = claim_for(claims, [row.title])
        match = (
            Match(curated, 1.0, ("curated",)) if curated is not None else _best_match(conn, row, context_of(conn, row))
        )
        if match is not None and match.confidence < REVIEW_BELOW:
            title = conn.scalar(
                select(tables.kb_initiatives.c.title).where(tables.kb_initiatives.c.id == match.kb_initiative_id)
            )
            candidate = (match.kb_initiative_id, str(title))
            queue_merge(conn, "initiative", source, row.title, candidate, match.confidence, list(match.reasons))
            match = None
        if match is None:
            kb_id = conn.execute(
                insert(tables.kb_initiatives)
                .values(title=row.title, kind=row.kind, sector=row.sector, status=row.status, location=row.location)
                .returning(tables.kb_initiatives.c.id)
            ).scalar_one()
            match = Match(kb_id, 1.0, ("first seen here",))
        conn.execute(
            update(tables.initiatives)
            .where(tables.initiatives.c.id == row.id)
            .values(kb_initiative_id=match.kb_initiative_id, confidence=match.confidence, reasons=list(match.reasons))
        )
        touched.add(match.kb_initiative_id)
    refresh_initiatives(conn, touched)
