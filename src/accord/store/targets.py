"""Series with their targets: what was observed, what was aimed at, and how far along the latest goal is.

`accord series` shows one track per subjects and unit: the observations of every matching
series about the same subjects in the same unit ("trade" and "bilateral trade"), the targets set
for them, and progress towards the latest target. The latest target is the one set last (dated by
its event, else its document's publication); a factor goal ("triple trade") is worth the factor
times the latest value observed when it was set. Progress compares the latest period observed;
when sources disagree on it, a confirmed figure counts, else the latest published one.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, select

from accord.store import tables
from accord.store.series import find_series
from accord.store.timeline import event_date, event_dates

FACTOR_UNIT = "times"


def _period_key(period: str | None) -> str:
    """Order periods by where they end ("2025-01/2025-06" ends in June 2025)."""
    return (period or "").split("/")[-1]


def _targets(conn: Connection, series_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    f, d = tables.figures, tables.documents
    rows = conn.execute(
        select(f.c.id, f.c.series_id, f.c.metric, f.c.value, f.c.text, f.c.spans, f.c.target, d.c.id.label("document"))
        .add_columns(d.c.source, d.c.published)
        .join(d, d.c.id == f.c.document_id)
        .where(f.c.series_id.in_(series_ids), f.c.target.is_not(None), f.c.verdict.is_distinct_from("rejected"))
        .order_by(f.c.id)
    ).all()
    events = event_dates(conn, {row.document for row in rows})
    found: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        factor = row.target.get("factor")
        set_on = event_date(events.get(row.document, []), row.spans[0][0] if row.spans else 0) or row.published
        found[row.series_id].append(
            {
                "figure": row.id,
                "metric": row.metric,
                "value": None if factor else row.value,
                "factor": factor,
                "by": row.target.get("by"),
                "setters": row.target.get("setters", []),
                "set_on": set_on,
                "text": row.text,
                "source": {
                    "document": row.document,
                    "source": row.source,
                    "published": row.published,
                    "spans": row.spans,
                },
            }
        )
    return found


def _observed(observations: list[dict[str, Any]], until: str | None = None) -> dict[str, Any] | None:
    """Return the observation of the latest period (up to `until`): a confirmed one, else the latest published."""
    counted = [o for o in observations if o["period"] and (until is None or _period_key(o["period"])[:4] <= until[:4])]
    if not counted:
        return None
    latest = max(_period_key(o["period"]) for o in counted)
    candidates = [o for o in counted if _period_key(o["period"]) == latest]
    return max(candidates, key=lambda o: (o.get("verdict") == "confirmed", o["source"]["published"] or ""))


def _progress(targets: list[dict[str, Any]], observations: list[dict[str, Any]]) -> dict[str, Any] | None:
    if not targets:
        return None
    target = max(targets, key=lambda t: (t["set_on"] or "", t["figure"]))
    latest = _observed(observations)
    if latest is None or not target["value"]:
        return {"target": target, "latest": latest, "share": None, "remaining": None}
    return {
        "target": target,
        "latest": latest,
        "share": round(latest["value"] / target["value"], 4),
        "remaining": target["value"] - latest["value"],
    }


def _subjects_keys(conn: Connection, series_ids: list[int]) -> dict[int, str]:
    s = tables.series
    return {
        row.id: row.subjects_key for row in conn.execute(select(s.c.id, s.c.subjects_key).where(s.c.id.in_(series_ids)))
    }


def track_series(conn: Connection, metric: str, subjects: list[str] | None = None) -> list[dict[str, Any]]:
    """Return one track per subjects and unit among the series matching `metric`: observations, targets, progress."""
    found = find_series(conn, metric, subjects)
    ids = [series["id"] for series in found]
    keys, targets = _subjects_keys(conn, ids), _targets(conn, ids)
    tracks: dict[tuple[str, str | None], dict[str, Any]] = {}
    for series in sorted(found, key=lambda s: (s["unit"] == FACTOR_UNIT, -len(s["observations"]))):
        key = (keys[series["id"]], series["unit"])
        if series["unit"] == FACTOR_UNIT:
            # A factor goal joins the track of its subjects that has observations, whatever their unit.
            key = next((k for k in tracks if k[0] == key[0] and tracks[k]["observations"]), key)
        track = tracks.setdefault(
            key,
            {
                **{k: series[k] for k in ("metric", "subjects", "unit")},
                "metrics": [],
                "observations": [],
                "targets": [],
            },
        )
        track["metrics"].append(series["metric"])
        track["observations"] += [{**o, "metric": series["metric"]} for o in series["observations"]]
        track["targets"] += targets.get(series["id"], [])
    for track in tracks.values():
        track["observations"].sort(key=lambda o: (_period_key(o["period"]), o["source"]["published"] or ""))
        track["targets"].sort(key=lambda t: (t["set_on"] or "", t["figure"]))
        for target in track["targets"]:
            if target["factor"]:
                base = _observed(track["observations"], target["set_on"])
                target["value"] = base["value"] * target["factor"] if base else None
        track["progress"] = _progress(track["targets"], track["observations"])
    return list(tracks.values())
