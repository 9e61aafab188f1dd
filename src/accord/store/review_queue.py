"""The review queue: merges resolution was not sure enough of to make on its own, and facts extraction
was not sure enough of to let stand unreviewed.

An extraction question asks whether a weak initiative or figure (its extraction confidence, from
`accord.extract.confidence`, below EXTRACTION_REVIEW_BELOW) is a fact at all. Its candidate is ''
(no kb row is asked about), so it never meets a merge question on the queue's key. An initiative is
asked about only while nothing vouches for its kb initiative: no curator's verdict and no confident
report in any document.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, select, tuple_

from accord.store import tables
from accord.store.curated import source_of
from accord.store.dialect import insert_ignoring_duplicates

_KEY = ("subject_kind", "source", "form", "candidate")
EXTRACTION_REVIEW_BELOW = 0.5  # an initiative or figure extracted less sure than this waits for a person


def is_weak(confidence: float | None) -> bool:
    """Tell whether a fact is too unsure to stand without review; an unrated one (stored before rating) is not."""
    return confidence is not None and confidence < EXTRACTION_REVIEW_BELOW


def queue_merge(
    conn: Connection,
    kind: str,
    source: str,
    form: str,
    candidate: tuple[int, str],
    confidence: float,
    reasons: list[str],
) -> None:
    """Ask a person whether `form` in document `source` is the kb row `candidate` (id, name).

    A question already asked, answered or not, is not asked again.
    """
    _ask(conn, "merge", kind, source, form, candidate, confidence, reasons)


def _ask(
    conn: Connection,
    question: str,
    kind: str,
    source: str,
    form: str,
    candidate: tuple[int | None, str],
    confidence: float,
    reasons: list[str],
) -> None:
    row = {
        "question": question,
        "subject_kind": kind,
        "source": source,
        "form": form,
        "candidate": candidate[1],
        "candidate_id": candidate[0],
        "confidence": confidence,
        "reasons": reasons,
        "state": "pending",
        "created_at": datetime.now(UTC),
    }
    insert_ignoring_duplicates(conn, tables.review_items, row, _KEY)


def figure_form(metric: str, text: str) -> str:
    """Return how the queue (and the audit log) names a figure: its metric, then its text."""
    return f"{metric} {text}"


def _weak_initiatives(conn: Connection, document_id: str) -> list[Any]:
    i, kb = tables.initiatives, tables.kb_initiatives
    facts = conn.execute(
        select(i.c.title, i.c.kb_initiative_id, i.c.extraction_confidence, i.c.extraction_reasons, kb.c.verdict)
        .join(kb, kb.c.id == i.c.kb_initiative_id)
        .where(i.c.document_id == document_id)
    ).all()
    weak = [fact for fact in facts if is_weak(fact.extraction_confidence) and fact.verdict is None]
    reports = conn.execute(
        select(i.c.kb_initiative_id, i.c.extraction_confidence).where(
            i.c.kb_initiative_id.in_({fact.kb_initiative_id for fact in weak})
        )
    ).all()
    vouched = {kb_id for kb_id, confidence in reports if not is_weak(confidence)}
    return [fact for fact in weak if fact.kb_initiative_id not in vouched]


def queue_weak_facts(conn: Connection, document_id: str) -> None:
    """Ask a person about each initiative and figure of a resolved document that extraction is unsure of.

    A question already asked is not asked again; pending questions about facts this document no
    longer has as weak ones (its text changed) are withdrawn. Answered ones stay, and are not asked again.
    """
    source = source_of(conn, document_id)
    asked: list[tuple[str, str]] = []
    for fact in _weak_initiatives(conn, document_id):
        reasons = list(fact.extraction_reasons or [])
        _ask(
            conn,
            "extraction",
            "initiative",
            source,
            fact.title,
            (fact.kb_initiative_id, ""),
            fact.extraction_confidence,
            reasons,
        )
        asked.append(("initiative", fact.title))
    f = tables.figures
    for fact in conn.execute(
        select(f.c.metric, f.c.text, f.c.extraction_confidence, f.c.extraction_reasons).where(
            f.c.document_id == document_id, f.c.verdict.is_(None)
        )
    ):
        if is_weak(fact.extraction_confidence):
            form = figure_form(fact.metric, fact.text)
            _ask(
                conn,
                "extraction",
                "figure",
                source,
                form,
                (None, ""),
                fact.extraction_confidence,
                list(fact.extraction_reasons or []),
            )
            asked.append(("figure", form))
    r = tables.review_items
    withdrawn = delete(r).where(r.c.question == "extraction", r.c.source == source, r.c.state == "pending")
    if asked:
        withdrawn = withdrawn.where(tuple_(r.c.subject_kind, r.c.form).not_in(asked))
    conn.execute(withdrawn)
