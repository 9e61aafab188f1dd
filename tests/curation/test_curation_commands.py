"""The curation commands: thin shells that name who acts, print what they did, and fail with where to look."""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner
from railway_reports import store_both
from sqlalchemy import Engine

from accord.cli import main

RAILWAY = "Gyumri-Batumi railway line"


@pytest.fixture
def accord(store: Engine, database_url: str) -> Any:
    store_both(store)

    def run(*args: str, fails: bool = False) -> str:
        result = CliRunner(mix_stderr=False).invoke(main, [*args, "--db", database_url])
        assert (result.exit_code != 0) == fails, result.stderr
        return result.stderr if fails else result.stdout

    return run


def test_edits_notes_and_additions_are_shown_by_history_with_who_made_them(accord: Any) -> None:
    accord("edit", "initiative", RAILWAY, "--set", "status=stalled", "--set", "deadline=2029", "--by", "alice")
    accord("note", "initiative", RAILWAY, "Tender postponed", "--by", "bob")
    assert accord(
        "add-initiative",
        "Joint customs post",
        "--responsible",
        "Revenue Service of Georgia",
        "--milestone",
        "design approved=2025-12",
        "--by",
        "carol",
    ).startswith("added as #")
    changes = json.loads(accord("history", RAILWAY, "--format", "json"))
    assert [(c["actor"], c["action"], c["after"]) for c in changes] == [
        ("alice", "edit", {"status": "stalled", "deadline": 2029}),
        ("bob", "note", None),
    ]
    shown = json.loads(accord("show", "Joint customs post", "--format", "json"))
    assert shown["schedule"]["milestones"][0]["label"] == "design approved"


def test_merges_splits_and_verdicts_change_what_the_lists_show(accord: Any) -> None:
    accord("split", "initiative", RAILWAY, "--source", "follow-up.txt", "--by", "alice")
    assert len(json.loads(accord("initiatives", "--format", "json"))) == 2
    accord("merge", "initiative", "#2", "#1", "--by", "alice")
    [railway] = json.loads(accord("initiatives", "--format", "json"))
    assert railway["documents"] == 2
    [conflict] = json.loads(accord("conflicts", "--format", "json"))
    accord("confirm", "figure", str(conflict["sides"][0]["sources"][0]["figure"]), "--by", "alice")
    [conflict] = json.loads(accord("conflicts", "--format", "json"))
    assert [side["confirmed"] for side in conflict["sides"]] == [True, False]


def test_review_lists_waiting_merges_and_takes_decisions(accord: Any) -> None:
    queue = json.loads(accord("review", "--format", "json"))
    assert queue == {"merges": [], "extractions": [], "disputes": []}
    accord("edit", "initiative", RAILWAY, "--set", "status=completed", "--by", "alice")
    assert "Curated values" in accord("review")
    assert "not waiting for a decision" in accord("review", "accept", "7", fails=True)


def test_a_curation_naming_nothing_fails_and_says_where_to_look(accord: Any) -> None:
    assert "accord entities" in accord("merge", "entity", "Atlantis", "Georgia", fails=True)
    assert "is not FIELD=VALUE" in accord("edit", "initiative", RAILWAY, "--set", "status", fails=True)
