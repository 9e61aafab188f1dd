"""Acceptance: five dated articles make a status chain, an overdue deadline, target progress and a conflict."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from click.testing import CliRunner
from solar_park_articles import PARK
from sqlalchemy import Engine

from accord.cli import main
from accord.documents import SourceDocument
from accord.ingest.writer import save_document
from accord.record import Record
from accord.store.conflicts import find_conflicts
from accord.store.deadlines import due
from accord.store.initiative_profile import initiative_profile
from accord.store.targets import track_series

WINDOW = timedelta(days=90)


@pytest.fixture
def tracked(store: Engine, solar_park_records: list[tuple[SourceDocument, Record]]) -> Engine:
    for document, record in solar_park_records:
        assert save_document(store, document, record) == "added"
    return store


def test_the_park_has_one_status_chain_from_proposal_to_stall(tracked: Engine) -> None:
    with tracked.connect() as conn:
        park = initiative_profile(conn, PARK)
    assert park is not None and park["documents"] == 4
    assert [(r["date"], r["dated_by"], r["status"], r["source"]) for r in park["chain"]] == [
        ("2024-03-12", "event", "proposed", "proposal.txt"),
        ("2024-09-19", "event", "agreed", "adoption.txt"),
        ("2025-04-02", "published", "in_progress", "construction.txt"),
        ("2027-02-10", "published", "stalled", "suspended.txt"),
    ]
    assert park["status"] == "stalled"
    assert "signed an agreement" in park["chain"][1]["evidence"]


def test_the_status_as_of_a_day_counts_only_what_was_reported_by_then(tracked: Engine) -> None:
    with tracked.connect() as conn:
        profiles = [initiative_profile(conn, PARK, day) for day in ("2024-06-01", "2025-12-31", "2027-03-01")]
    assert [p and p["status"] for p in profiles] == ["proposed", "in_progress", "stalled"]


def deadlines(store: Engine, day: str) -> list[dict[str, Any]]:
    with store.connect() as conn:
        return [item for item in due(conn, date.fromisoformat(day), WINDOW) if item["kind"] == "deadline"]


def test_the_deadline_is_due_until_its_last_day_and_overdue_the_day_after(tracked: Engine) -> None:
    assert deadlines(tracked, "2026-06-01") == []
    [soon] = deadlines(tracked, "2026-12-31")
    assert (soon["initiative"], soon["date"], soon["state"], soon["overdue"]) == (PARK, "2026", "due", False)
    [late] = deadlines(tracked, "2027-01-01")
    assert (late["state"], late["overdue"], late["status"], late["days"]) == ("passed", True, "in_progress", 1)


def test_trade_progress_compares_the_latest_figure_with_the_2030_target(tracked: Engine) -> None:
    with tracked.connect() as conn:
        [track] = track_series(conn, "trade", ["Kyrgyzstan"])
    assert track["metrics"] == ["trade"], "bilateral trade is trade between the two: one series"
    [target] = track["targets"]
    assert (target["value"], target["by"], target["set_on"], target["source"]["source"]) == (
        3e9,
        "2030",
        "2025-05-15",
        "trade.txt",
    )
    assert target["setters"] == ["Kazakhstan", "Kyrgyzstan"]
    progress = track["progress"]
    assert (progress["latest"]["period"], progress["latest"]["source"]["source"]) == ("2024", "trade.txt")
    assert progress["share"] == pytest.approx(2.05 / 3, abs=1e-4)


def test_two_sources_disagreeing_on_2024_trade_are_one_conflict_with_both_sides(tracked: Engine) -> None:
    with tracked.connect() as conn:
        [conflict] = find_conflicts(conn)
        assert find_conflicts(conn, tolerance=0.1) == []
    assert (conflict["series"]["metric"], conflict["period"]) == ("trade", "2024")
    assert [(side["value"], [s["source"] for s in side["sources"]]) for side in conflict["sides"]] == [
        (1.9e9, ["construction.txt"]),
        (pytest.approx(2.05e9), ["trade.txt"]),
    ]


def test_the_commands_print_the_chain_the_overdue_deadline_and_the_conflict(tracked: Engine, database_url: str) -> None:
    def run(*args: str) -> Any:
        result = CliRunner(mix_stderr=False).invoke(main, [*args, "--db", database_url, "--format", "json"])
        assert result.exit_code == 0, result.stderr
        return json.loads(result.stdout)

    shown = run("show", PARK)
    chain = (shown.get("initiative") or shown)["chain"]
    assert [r["status"] for r in chain] == ["proposed", "agreed", "in_progress", "stalled"]
    [deadline] = run("due", "--as-of", "2027-01-15")
    assert (deadline["initiative"], deadline["overdue"]) == (PARK, True)
    assert len(run("conflicts", "trade", "--tolerance", "2%")) == 1
    [track] = run("series", "trade")
    assert track["progress"]["target"]["value"] == 3e9
