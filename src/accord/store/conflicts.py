"""Conflicts, computed here alone for pages, commands and the API: documents that give one series
(a metric about the same subjects in one unit) and period values further apart than a tolerance.

A figure about no one (no subjects) stands alone and never conflicts; two values in one document
are two figures, not a disagreement: a conflict needs two documents none of whose values agree.
A value for part of its period ("in the first eight months") or a rate's base is no period's value.
Targets and rejected figures are not observations and never conflict; a side holding a confirmed
figure is marked, so a curator's choice shows without hiding the other sources.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Collection
from functools import cache
from importlib import resources
from itertools import combinations
from typing import Any

from sqlalchemy import Connection, select

from accord.store import tables
from accord.store.metric_names import metric_matches
from accord.store.tolerance import DEFAULT_TOLERANCE, sides

NO_SUBJECTS = ";;"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")  # the subjects key of a series about no one


def has_subjects(subjects_key: str) -> bool:
    """Tell whether a series is about someone: only then can its sources disagree."""
    return subjects_key.startswith(";") and subjects_key != NO_SUBJECTS and not subjects_key.startswith(";f:")


def _observations(conn: Connection, series_ids: Collection[int] | None) -> dict[tuple[int, str], list[Any]]:
    f, d, s = tables.figures, tables.documents, tables.series
    query = (
        select(f.c.id, f.c.series_id, f.c.period, f.c.value, f.c.qualifier, f.c.text, f.c.spans, f.c.verdict)
        .add_columns(d.c.id.label("document"), d.c.source, d.c.published, s.c.subjects_key)
        .join(d, d.c.id == f.c.document_id)
        .join(s, s.c.id == f.c.series_id)
        .where(f.c.period.is_not(None), f.c.target.is_(None), f.c.verdict.is_distinct_from("rejected"))
        .order_by(f.c.id)
    )
    if series_ids is not None:
        query = query.where(f.c.series_id.in_(series_ids))
    grouped: dict[tuple[int, str], list[Any]] = defaultdict(list)
    for row in conn.execute(query):
        if has_subjects(row.subjects_key):
            grouped[(row.series_id, row.period)].append(row)
    return grouped


@cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = json.loads(resources.files("accord.data").joinpath("partial_periods.json").read_text("utf-8"))
    part, base = data["part of a period"], data["base of a rate"]
    return re.compile("|".join(part), re.IGNORECASE), re.compile("|".join(base), re.IGNORECASE)


def _sentence_before_and_of(text: str, start: int, end: int) -> tuple[str, str]:
    """Return the words of a figure's sentence before it, and the whole sentence."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _SENTENCE_END.finditer(text, end)), len(text))
    return text[left:start], text[left:right]


def comparable(row: Any, text: str) -> bool:
    """Tell whether a figure gives its whole period's value: not a part of it ("in eight months of
    2024") nor a rate's base ("per 100,000 people")."""
    if not row.spans:
        return True
    before, sentence = _sentence_before_and_of(text, *row.spans[0])
    part, base = _cues()
    return not (part.search(sentence) or base.search(before))


def _comparable_rows(conn: Connection, grouped: dict[tuple[int, str], list[Any]]) -> dict[tuple[int, str], list[Any]]:
    """Keep, of the groups two documents give values in, the figures that give their whole period's value."""
    disputed = {key: rows for key, rows in grouped.items() if len({row.document for row in rows}) > 1}
    documents = {row.document for rows in disputed.values() for row in rows}
    d = tables.documents
    texts = (
        dict(conn.execute(select(d.c.id, d.c.text).where(d.c.id.in_(documents))).tuples().all()) if documents else {}
    )
    return {key: [row for row in rows if comparable(row, texts[row.document])] for key, rows in disputed.items()}


def documents_disagree(grouped: list[list[Any]]) -> bool:
    """Tell whether two documents give values on different sides, none of one's agreeing with the other's."""
    by_document: dict[str, set[int]] = defaultdict(set)
    for number, side in enumerate(grouped):
        for row in side:
            by_document[row.document].add(number)
    return any(not first & second for first, second in combinations(by_document.values(), 2))


def _side(rows: list[Any]) -> dict[str, Any]:
    return {
        "value": rows[0].value,
        "confirmed": any(row.verdict == "confirmed" for row in rows),
        "sources": [
            {
                "figure": row.id,
                "value": row.value,
                "qualifier": row.qualifier,
                "text": row.text,
                "source": row.source,
                "published": row.published,
                "document": row.document,
                "spans": row.spans,
            }
            for row in rows
        ],
    }


def find_conflicts(
    conn: Connection,
    tolerance: float = DEFAULT_TOLERANCE,
    metric: str | None = None,
    series_ids: Collection[int] | None = None,
) -> list[dict[str, Any]]:
    """Return every series (of `series_ids`, None: of all) and period whose documents disagree by more
    than `tolerance`, each side with its sources."""
    s = tables.series
    query = select(s.c.id, s.c.metric, s.c.subjects, s.c.unit)
    if series_ids is not None:
        query = query.where(s.c.id.in_(series_ids))
    series = {row.id: row for row in conn.execute(query)}
    conflicts = []
    for (series_id, period), rows in _comparable_rows(conn, _observations(conn, series_ids)).items():
        info = series[series_id]
        if metric is not None and not metric_matches(metric, info.metric):
            continue
        grouped = sides(rows, lambda row: row.value, tolerance)
        if len(grouped) < 2 or not documents_disagree(grouped):
            continue
        low, high = grouped[0][0].value, grouped[-1][0].value
        conflicts.append(
            {
                "series": {
                    "id": series_id,
                    "metric": info.metric,
                    "subjects": info.subjects,
                    "unit": info.unit or None,
                },
                "period": period,
                "spread": round(abs(high - low) / max(abs(high), abs(low)), 4),
                "sides": [_side(side) for side in grouped],
            }
        )
    return sorted(conflicts, key=lambda c: (c["series"]["metric"], c["period"], c["series"]["id"]))


def conflicting_figures(conn: Connection, series_ids: Collection[int]) -> set[int]:
    """Return the figures of these series that take part in a conflict, as `find_conflicts` finds them."""
    return {
        source["figure"]
        for conflict in find_conflicts(conn, series_ids=series_ids)
        for side in conflict["sides"]
        for source in side["sources"]
    }
