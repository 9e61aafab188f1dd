"""The review queue: merges resolution was not sure enough of to make on its own."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Connection

from accord.store import tables
from accord.store.dialect import insert_ignoring_duplicates

_KEY = ("subject_kind", "source", "form", "candidate")


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
    row = {
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
