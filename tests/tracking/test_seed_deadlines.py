"""Acceptance: on the seeds, by 2030 the nuclear plant's 2029 milestone is missed and the 2027 action plan passed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import Engine

from accord.cli import main
from accord.documents import SourceDocument
from accord.documents.reader import read_document
from accord.extract import extract_records
from accord.ingest.writer import save_document
from accord.record import Record


@pytest.fixture(scope="module")
def seed_records(seed_paths: list[Path]) -> list[tuple[SourceDocument, Record]]:
    documents = [read_document(str(path)) for path in seed_paths]
    return list(zip(documents, extract_records(documents), strict=True))


def test_due_as_of_2030_lists_the_missed_plant_milestone_and_the_passed_action_plan(
    store: Engine, database_url: str, seed_records: list[tuple[SourceDocument, Record]]
) -> None:
    for document, record in seed_records:
        save_document(store, document, record)
    result = CliRunner(mix_stderr=False).invoke(
        main, ["due", "--as-of", "2030-01-01", "--db", database_url, "--format", "json"]
    )
    assert result.exit_code == 0, result.stderr
    items = json.loads(result.stdout)
    [plant] = [i for i in items if "nuclear power plant" in i["initiative"] and i["kind"] == "milestone"]
    assert (plant["label"], plant["date"], plant["state"]) == ("first unit commissioned", "2029", "missed")
    [plan] = [i for i in items if i["initiative"] == "Joint Action Plan"]
    assert (plan["kind"], plan["date"], plan["state"], plan["overdue"]) == ("deadline", "2027", "passed", True)
