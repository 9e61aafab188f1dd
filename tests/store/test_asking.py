"""Asking the knowledge base from the command line: every command answers in JSON for scripts."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from click.testing import CliRunner
from kb_records import document, entity, record, span_of
from sqlalchemy import Engine

from accord.cli import main
from accord.ingest.writer import save_document
from accord.record import Figure, Initiative, Statement

VISIT = (
    "Prime Minister Davit Hakobyan of Armenia arrived in Tbilisi on 3 March 2025. "
    "Armenia and Georgia agreed to build a new railway line to the Black Sea coast. "
    "Trade between Armenia and Georgia reached $1.2 billion in 2024. "
    "\u201cThe railway will open by 2028,\u201d Hakobyan said."
)
FOLLOW_UP = (
    "Construction of the new railway line between Armenia and Georgia started in May, "
    "the Georgian Railway said. Trade reached $1.3 billion in 2024, the Georgian side said."
)


def store_reports(store: Engine) -> None:
    doc = document("visit.txt", VISIT, published="2025-03-03")
    hakobyan = entity(VISIT, "person", "Davit Hakobyan", "Hakobyan", country="AM")
    countries = [entity(VISIT, "country", "Armenia", country="AM"), entity(VISIT, "country", "Georgia", country="GE")]
    railway = Initiative(
        id="i1",
        kind="agreement",
        title="new railway line to the Black Sea coast",
        status="agreed",
        sector="transport",
        actors=["Davit Hakobyan"],
        parties=["Armenia", "Georgia"],
        evidence=[span_of(VISIT, "build a new railway line")],
    )
    trade = Figure(
        id="f1",
        metric="trade turnover",
        value=1.2e9,
        unit="USD",
        period="2024",
        subjects=["Armenia", "Georgia"],
        text="$1.2 billion",
        evidence=[span_of(VISIT, "$1.2 billion")],
    )
    quote = Statement(
        id="s1",
        speaker="Davit Hakobyan",
        text="The railway will open by 2028,",
        evidence=[span_of(VISIT, "The railway will open")],
    )
    save_document(
        store, doc, record(doc, [hakobyan, *countries], initiatives=[railway], figures=[trade], statements=[quote])
    )
    doc = document("follow-up.txt", FOLLOW_UP, published="2025-05-20")
    countries = [
        entity(FOLLOW_UP, "country", "Armenia", country="AM"),
        entity(FOLLOW_UP, "country", "Georgia", "Georgian side", country="GE"),
    ]
    railway = Initiative(
        id="i1",
        kind="project",
        title="new railway line between Armenia and Georgia",
        status="in_progress",
        sector="transport",
        parties=["Armenia", "Georgia"],
        evidence=[span_of(FOLLOW_UP, "Construction of the new railway line")],
    )
    trade = Figure(
        id="f1",
        metric="trade turnover",
        value=1.3e9,
        unit="USD",
        period="2024",
        subjects=["Georgian side", "Armenia"],
        text="$1.3 billion",
        evidence=[span_of(FOLLOW_UP, "$1.3 billion")],
    )
    save_document(store, doc, record(doc, countries, initiatives=[railway], figures=[trade]))


@pytest.fixture
def ask(store: Engine, database_url: str) -> Any:
    store_reports(store)

    def run(*args: str) -> Any:
        result = CliRunner(mix_stderr=False).invoke(main, [*args, "--db", database_url])
        assert result.exit_code == 0, result.stderr
        return json.loads(result.stdout) if "json" in args else result.stdout

    return run


def test_entities_lists_each_entity_once_with_its_document_count(ask: Any) -> None:
    entities = ask("entities", "--format", "json")
    assert [(e["name"], e["documents"]) for e in entities] == [("Armenia", 2), ("Georgia", 2), ("Davit Hakobyan", 1)]
    assert entities[1]["aliases"] == ["Georgian side"]


def test_show_gives_all_evidence_documents_statements_figures_and_merges(ask: Any) -> None:
    georgia = ask("show", "Georgian side", "--format", "json")
    assert georgia["name"] == "Georgia" and georgia["documents"] == 2
    assert [e["document"]["source"] for e in georgia["evidence"]] == ["visit.txt", "follow-up.txt"]
    assert georgia["evidence"][1]["merge"]["reasons"][0] == "same country code"
    assert {f["value"] for f in georgia["figures"]} == {1.2e9, 1.3e9}
    hakobyan = ask("show", "Hakobyan", "--format", "json")
    assert [s["text"] for s in hakobyan["statements"]] == ["The railway will open by 2028,"]


def test_show_of_an_unknown_name_fails_and_says_where_to_look(store: Engine, database_url: str) -> None:
    result = CliRunner(mix_stderr=False).invoke(main, ["show", "Atlantis", "--db", database_url])
    assert result.exit_code == 1 and "accord entities" in result.stderr


def test_initiatives_merge_reports_and_filter_by_status_sector_actor_country_and_date(ask: Any) -> None:
    [railway] = ask("initiatives", "--format", "json")
    assert (railway["documents"], railway["status"]) == (2, "in_progress")
    assert ask("initiatives", "--sector", "transport", "--country", "GE", "--since", "2025-05", "--format", "json")
    assert ask("initiatives", "--actor", "Davit Hakobyan", "--format", "json")
    assert ask("initiatives", "--status", "stalled", "--format", "json") == []


def test_series_keeps_disagreeing_values_side_by_side_and_flags_them(ask: Any) -> None:
    [series] = ask("series", "trade turnover", "--subject", "Georgia", "--format", "json")
    assert sorted((o["value"], o["source"]["source"], o["conflict"]) for o in series["observations"]) == [
        (1.2e9, "visit.txt", True),
        (1.3e9, "follow-up.txt", True),
    ]
    assert "conflict" in ask("series", "trade turnover")


def test_search_finds_documents_by_words_with_a_marked_snippet(ask: Any) -> None:
    [hit] = ask("search", "construction railway", "--format", "json")
    assert hit["source"] == "follow-up.txt" and "[" in hit["snippet"]
    assert ask("search", 'Black "Sea', "--format", "json")[0]["source"] == "visit.txt"


def test_export_writes_the_whole_knowledge_base_as_json_jsonl_and_csv(ask: Any) -> None:
    everything = ask("export", "--format", "json")
    assert (len(everything["entities"]), len(everything["initiatives"]), len(everything["series"])) == (3, 1, 1)
    lines = [json.loads(line) for line in ask("export", "--format", "jsonl").splitlines()]
    rows = list(csv.DictReader(io.StringIO(ask("export", "--format", "csv"))))
    assert [line["item"] for line in lines] == [row["item"] for row in rows]
    assert [row["item"] for row in rows].count("observation") == 2


def test_the_csv_export_names_an_entitys_type_and_an_initiatives_kind_each_in_its_own_column(ask: Any) -> None:
    rows = list(csv.DictReader(io.StringIO(ask("export", "--format", "csv"))))
    [railway] = [row for row in rows if row["item"] == "initiative"]
    armenia = next(row for row in rows if row["name"] == "Armenia")
    assert (railway["kind"], railway["type"], railway["status"]) == ("agreement", "", "in_progress")
    assert (armenia["type"], armenia["kind"]) == ("country", "")
    assert railway["sources"] == "visit.txt; follow-up.txt" and "deadline" in railway
    assert {row["sources"] for row in rows if row["item"] == "observation"} == {"visit.txt", "follow-up.txt"}
