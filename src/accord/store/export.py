"""Export the whole knowledge base: entities, initiatives and series, each with its evidence."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection

from accord.store.entities import list_entities
from accord.store.initiatives import list_initiatives
from accord.store.series import find_series


def knowledge_base(conn: Connection) -> dict[str, list[dict[str, Any]]]:
    """Return the merged entities, initiatives and series as plain JSON-ready data."""
    return {
        "entities": list_entities(conn),
        "initiatives": list_initiatives(conn),
        "series": find_series(conn, ""),
    }


def flat_rows(conn: Connection) -> Iterator[dict[str, Any]]:
    """Yield one flat row per entity, initiative and observation, for CSV and JSONL."""
    kb = knowledge_base(conn)
    for entity in kb["entities"]:
        yield {
            "kind": "entity",
            "name": entity["name"],
            "type": entity["type"],
            "country": entity["country"],
            "documents": entity["documents"],
            "aliases": "; ".join(entity["aliases"]),
        }
    for initiative in kb["initiatives"]:
        yield {
            "kind": "initiative",
            "name": initiative["title"],
            "type": initiative["kind"],
            "sector": initiative["sector"],
            "status": initiative["status"],
            "location": initiative["location"],
            "documents": initiative["documents"],
            "actors": "; ".join(initiative["actors"]),
        }
    for series in kb["series"]:
        for observation in series["observations"]:
            yield {
                "kind": "observation",
                "name": series["metric"],
                "subjects": "; ".join(series["subjects"]),
                "unit": series["unit"],
                "period": observation["period"],
                "value": observation["value"],
                "conflict": observation["conflict"],
                "source": observation["source"]["source"],
                "published": observation["source"]["published"],
            }
