"""Export the whole knowledge base: entities, initiatives and series, each with its evidence."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection

from accord.store.entities import list_entities
from accord.store.initiatives import list_initiatives
from accord.store.schedule import schedules
from accord.store.series import find_series


def knowledge_base(conn: Connection) -> dict[str, list[dict[str, Any]]]:
    """Return the merged entities, initiatives and series as plain JSON-ready data."""
    return {
        "entities": list_entities(conn),
        "initiatives": list_initiatives(conn),
        "series": find_series(conn, ""),
    }


def _joined(values: list[str]) -> str:
    return "; ".join(dict.fromkeys(values))


def flat_rows(conn: Connection) -> Iterator[dict[str, Any]]:
    """Yield one flat row per entity, initiative and observation, for CSV and JSONL.

    `item` says which a row is; `type` is an entity's (person, country ...), `kind` an initiative's
    (agreement, project ...), so neither column means two things.
    """
    kb = knowledge_base(conn)
    plans = schedules(conn)
    for entity in kb["entities"]:
        yield {
            "item": "entity",
            "name": entity["name"],
            "type": entity["type"],
            "country": entity["country"],
            "documents": entity["documents"],
            "aliases": "; ".join(entity["aliases"]),
        }
    for initiative in kb["initiatives"]:
        plan = plans.get(initiative["id"])
        yield {
            "item": "initiative",
            "name": initiative["title"],
            "kind": initiative["kind"],
            "sector": initiative["sector"],
            "status": initiative["status"],
            "deadline": plan.deadline if plan else None,
            "location": initiative["location"],
            "documents": initiative["documents"],
            "actors": "; ".join(initiative["actors"]),
            "first_reported": initiative["first_reported"],
            "last_reported": initiative["last_reported"],
            "sources": _joined([report["source"] for report in initiative["reports"]]),
        }
    for series in kb["series"]:
        for observation in series["observations"]:
            yield {
                "item": "observation",
                "name": series["metric"],
                "subjects": "; ".join(series["subjects"]),
                "unit": series["unit"],
                "period": observation["period"],
                "value": observation["value"],
                "conflict": observation["conflict"],
                "sources": observation["source"]["source"],
                "published": observation["source"]["published"],
            }
