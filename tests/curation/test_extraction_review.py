"""Facts extraction is unsure of wait in the review queue, listed as unreviewed, until a person decides."""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import Engine

from accord import curation
from accord.cli import main
from accord.documents import SourceDocument
from accord.extract import extract_records
from accord.ingest.writer import save_document
from accord.record import Record
from accord.store.audit import history
from accord.store.initiative_profile import initiative_profile
from accord.store.initiatives import list_initiatives
from accord.store.series import find_series

VISIT = (
    "Yerevan, 8 April 2025. Armenian Deputy Prime Minister Mher Grigoryan proposed creating a joint investment "
    "fund with Georgia by 2027. Officials also discussed a cargo terminal worth $40 million.{volunteers} "
    "Trade between Armenia and Georgia reached $1.2 billion in 2024.{extra}"
)
VOLUNTEERS = " More than 4,000 volunteers took part in the clean-up."
FUND = "joint investment fund with Georgia"
TERMINAL = "cargo terminal worth $40 million"
COUNT = "volunteers More than 4,000"


def visit(volunteers: str = VOLUNTEERS, extra: str = "") -> SourceDocument:
    text = VISIT.format(volunteers=volunteers, extra=extra)
    return SourceDocument(source="yerevan-visit.txt", text=text, title="Yerevan visit", published="2025-04-08")


@pytest.fixture(scope="module")
def versions() -> dict[str, tuple[SourceDocument, Record]]:
    """The visit as first published, with a sentence added, and without the volunteers, each extracted once."""
    documents = {
        "first": visit(),
        "longer": visit(extra=" Rail freight was also discussed."),
        "shorter": visit(volunteers=""),
    }
    records = extract_records(list(documents.values()))
    return dict(zip(documents, zip(documents.values(), records, strict=True), strict=True))


def extractions(store: Engine) -> dict[tuple[str, str], dict[str, Any]]:
    with store.connect() as conn:
        return {(item["kind"], item["form"]): item for item in curation.review_queue(conn)["extractions"]}


def test_a_proposal_with_its_proposer_stands_while_a_bare_terminal_and_a_bare_count_wait(
    store: Engine, versions: dict[str, tuple[SourceDocument, Record]]
) -> None:
    save_document(store, *versions["first"])
    waiting = extractions(store)
    assert set(waiting) == {("initiative", TERMINAL), ("figure", COUNT)}
    assert waiting[("initiative", TERMINAL)]["source"] == "yerevan-visit.txt"
    assert waiting[("initiative", TERMINAL)]["confidence"] < 0.5
    assert "found by project noun (0.30)" in waiting[("initiative", TERMINAL)]["reasons"]
    with store.connect() as conn:
        listed = {i["title"]: i["unreviewed"] for i in list_initiatives(conn)}
        [trade] = next(s for s in find_series(conn, "trade") if s["metric"] == "trade")["observations"]
    assert listed == {FUND: False, TERMINAL: True}
    assert trade["unreviewed"] is False


def test_accepting_a_weak_initiative_confirms_it_and_the_history_says_who(
    store: Engine, versions: dict[str, tuple[SourceDocument, Record]]
) -> None:
    save_document(store, *versions["first"])
    with store.begin() as conn:
        curation.decide(conn, extractions(store)[("initiative", TERMINAL)]["id"], True, "alice", note="port plan")
    with store.connect() as conn:
        profile = initiative_profile(conn, TERMINAL)
        changes = history(conn, TERMINAL)
    assert profile is not None
    assert (profile["verdict"], profile["unreviewed"]) == ("confirmed", False)
    assert [(c["actor"], c["action"], c["note"]) for c in changes] == [("alice", "confirm", "port plan")]
    assert set(extractions(store)) == {("figure", COUNT)}


def test_rejecting_a_weak_initiative_rejects_it_and_a_changed_text_does_not_ask_again(
    store: Engine, versions: dict[str, tuple[SourceDocument, Record]]
) -> None:
    save_document(store, *versions["first"])
    with store.begin() as conn:
        curation.decide(conn, extractions(store)[("initiative", TERMINAL)]["id"], False, "bob")
    assert save_document(store, *versions["longer"]) == "replaced"
    assert set(extractions(store)) == {("figure", COUNT)}
    with store.connect() as conn:
        assert [i["title"] for i in list_initiatives(conn)] == [FUND]
        assert [c["action"] for c in history(conn, TERMINAL)] == ["reject"]


def test_reingesting_a_document_asks_each_question_once(
    store: Engine, versions: dict[str, tuple[SourceDocument, Record]]
) -> None:
    save_document(store, *versions["first"])
    first = {key: item["id"] for key, item in extractions(store).items()}
    assert save_document(store, *versions["longer"]) == "replaced"
    assert save_document(store, *versions["longer"]) == "unchanged"
    assert {key: item["id"] for key, item in extractions(store).items()} == first


def test_a_rejected_count_leaves_its_series_and_stays_rejected_when_the_text_changes(
    store: Engine, versions: dict[str, tuple[SourceDocument, Record]]
) -> None:
    save_document(store, *versions["first"])
    with store.begin() as conn:
        curation.decide(conn, extractions(store)[("figure", COUNT)]["id"], False, "carol")
        [volunteers] = find_series(conn, "volunteers")
        assert volunteers["observations"] == []
        assert [c["action"] for c in history(conn, COUNT)] == ["reject"]
    save_document(store, *versions["longer"])
    assert set(extractions(store)) == {("initiative", TERMINAL)}
    with store.connect() as conn:
        [volunteers] = find_series(conn, "volunteers")
        assert volunteers["observations"] == []


def test_a_pending_question_about_a_fact_the_new_text_dropped_is_withdrawn(
    store: Engine, versions: dict[str, tuple[SourceDocument, Record]]
) -> None:
    save_document(store, *versions["first"])
    save_document(store, *versions["shorter"])
    assert set(extractions(store)) == {("initiative", TERMINAL)}


def test_accord_review_lists_extractions_beside_merges_and_takes_decisions(
    store: Engine, database_url: str, versions: dict[str, tuple[SourceDocument, Record]]
) -> None:
    save_document(store, *versions["first"])

    def accord(*args: str) -> str:
        result = CliRunner(mix_stderr=False).invoke(main, [*args, "--db", database_url])
        assert result.exit_code == 0, result.stderr
        return result.stdout

    queue = json.loads(accord("review", "--format", "json"))
    assert queue["merges"] == []
    assert {(e["kind"], e["form"]) for e in queue["extractions"]} == {("initiative", TERMINAL), ("figure", COUNT)}
    shown = " ".join(accord("review").split())
    assert "Extractions waiting" in shown and "volunteers" in shown
    terminal = next(e["id"] for e in queue["extractions"] if e["kind"] == "initiative")
    accord("review", "accept", str(terminal), "--by", "dana")
    assert json.loads(accord("show", TERMINAL, "--format", "json"))["verdict"] == "confirmed"
    assert "(unreviewed)" not in accord("initiatives")
