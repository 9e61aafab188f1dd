"""Acceptance: the two seed documents make one knowledge base with the entities, initiative and series they share."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from accord.ingest.runner import ingest
from accord.ingest.sources import read_sources
from accord.store.entities import list_entities
from accord.store.initiatives import list_initiatives
from accord.store.series import find_series


@pytest.fixture
def knowledge(store: Engine, seed_paths: list[Path]) -> dict[str, Any]:
    summary = ingest(store, read_sources([str(p) for p in seed_paths]))
    assert summary.added == 2
    with store.connect() as conn:
        return {
            "entities": list_entities(conn),
            "initiatives": list_initiatives(conn),
            "trade": find_series(conn, "trade", ["Russia", "Uzbekistan"]),
        }


def named(entities: list[dict[str, Any]], form: str) -> list[dict[str, Any]]:
    return [e for e in entities if form == e["name"] or form in e["aliases"]]


def test_seeds_make_one_knowledge_base(knowledge: dict[str, Any]) -> None:
    entities = knowledge["entities"]
    [russia] = named(entities, "Russia")
    assert "Russian Federation" in russia["aliases"] and russia["documents"] == 2
    [uzbekistan] = named(entities, "Uzbekistan")
    assert uzbekistan["documents"] == 2
    [mephi] = named(entities, "MEPhI")
    assert mephi["documents"] == 2

    nuclear = [i for i in knowledge["initiatives"] if "nuclear power plant" in i["title"].casefold()]
    assert len(nuclear) == 1 and nuclear[0]["documents"] == 2

    [trade] = [series for series in knowledge["trade"] if series["unit"] == "USD"]
    assert {(o["period"], o["value"]) for o in trade["observations"]} >= {("2005", 2e9), ("2024", 11.6e9)}
