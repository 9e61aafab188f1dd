"""Acceptance: the two seed documents make one knowledge base, joining what their gold says they share.

What the seeds hold is read from their gold files (names, dated figures), never named here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from accord.ingest.runner import ingest
from accord.ingest.sources import read_sources
from accord.store.entities import list_entities
from accord.store.series import find_series


def gold_of(shared_dir: Path, document: Path) -> dict[str, Any]:
    """Return a seed document's gold record."""
    gold: dict[str, Any] = json.loads((shared_dir / "eval" / "gold" / f"{document.stem}.gold.json").read_text())
    return gold


def shared(golds: list[dict[str, Any]], section: str, key: Any) -> set[Any]:
    """Return the keys of a gold section that every seed's gold holds."""
    keys = [{key(item) for item in gold[section]} - {None} for gold in golds]
    return set.intersection(*keys)


def dated_trade(figure: dict[str, Any]) -> tuple[str, tuple[str, ...]] | None:
    """Key a gold trade figure that has a period by its unit and subjects."""
    if "trade" not in figure.get("metric", []) or not figure.get("period"):
        return None
    return figure["unit"], tuple(sorted(figure.get("subjects", [])))


@pytest.fixture
def golds(shared_dir: Path, seed_paths: list[Path]) -> list[dict[str, Any]]:
    return [gold_of(shared_dir, path) for path in seed_paths]


@pytest.fixture
def knowledge(store: Engine, seed_paths: list[Path]) -> dict[str, Any]:
    summary = ingest(store, read_sources([str(p) for p in seed_paths]))
    assert summary.added == len(seed_paths)
    with store.connect() as conn:
        return {"entities": list_entities(conn)}


def named(entities: Iterable[dict[str, Any]], form: str) -> list[dict[str, Any]]:
    return [e for e in entities if form == e["name"] or form in e["aliases"]]


def test_the_names_both_seeds_hold_are_one_entity_seen_twice(knowledge: dict[str, Any], golds: list[Any]) -> None:
    names = shared(golds, "entities", lambda entity: entity["name"])
    assert names, "the seeds' gold shares no name"
    for name in names:
        assert [e["documents"] for e in named(knowledge["entities"], name)] == [2], name


def test_dated_trade_figures_of_the_same_subjects_make_one_series(
    store: Engine, knowledge: dict[str, Any], golds: list[Any]
) -> None:
    figures = [figure for gold in golds for figure in gold["figures"] if dated_trade(figure)]
    assert figures, "the seeds' gold has no dated trade figures"
    with store.connect() as conn:
        for unit, subjects in {dated_trade(figure) for figure in figures} - {None}:
            expected = {(f["period"], f["value"]) for f in figures if dated_trade(f) == (unit, subjects)}
            series = [s for s in find_series(conn, "trade", list(subjects)) if s["unit"] == unit]
            assert len(series) == 1, (unit, subjects)
            assert {(o["period"], o["value"]) for o in series[0]["observations"]} >= expected
