"""Every list command takes --limit N and --all, and says when the list it prints is cut."""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner, Result
from kb_records import document, entity, record, span_of
from sqlalchemy import Engine

from accord.cli import main
from accord.ingest.writer import save_document
from accord.record import Initiative

# (place, what the ministers agreed to do, the initiative's title, its sector)
PROJECTS = [
    ("Varna", "expand the container port", "container port expansion", "transport"),
    ("Ruse", "build a wind farm", "wind farm", "energy"),
    ("Vidin", "open a vocational college", "vocational college", "education"),
]


def store_three_projects(store: Engine) -> None:
    for day, (place, agreed, title, sector) in enumerate(PROJECTS, start=1):
        text = f"The ministers of Bulgaria and Romania agreed to {agreed} in {place} by 2029."
        doc = document(f"{place.lower()}.txt", text, published=f"2025-04-0{day}")
        project = Initiative(
            id="i1",
            kind="agreement",
            title=title,
            status="agreed",
            sector=sector,
            location=place,
            parties=["Bulgaria", "Romania"],
            evidence=[span_of(text, agreed)],
        )
        entities = [
            entity(text, "country", "Bulgaria", country="BG"),
            entity(text, "country", "Romania", country="RO"),
            entity(text, "place", place),
        ]
        save_document(store, doc, record(doc, entities, initiatives=[project]))


@pytest.fixture
def run(store: Engine, database_url: str) -> Any:
    store_three_projects(store)

    def invoke(*args: str) -> Result:
        result = CliRunner(mix_stderr=False).invoke(main, [*args, "--db", database_url])
        assert result.exit_code == 0, result.stderr
        return result

    return invoke


def test_a_cut_list_says_how_many_of_how_many_it_shows_and_how_to_see_more(run: Any) -> None:
    result = run("initiatives", "--limit", "2", "--format", "json")
    assert [i["title"] for i in json.loads(result.stdout)] == ["vocational college", "wind farm"]
    assert result.stderr.strip() == "2 of 3 initiatives shown; --limit N or --all"


def test_all_lists_every_one_and_a_whole_list_says_nothing(run: Any) -> None:
    result = run("initiatives", "--limit", "1", "--all", "--format", "json")
    assert len(json.loads(result.stdout)) == 3 and result.stderr == ""
    assert run("initiatives", "--limit", "3").stderr == ""


@pytest.mark.parametrize(
    ("arguments", "note"),
    [
        (["entities", "--limit", "1"], "1 of 5 entities shown"),
        (["search", "ministers", "--limit", "2"], "2 of 3 documents shown"),
        (["show", "Bulgaria", "--limit", "1"], "1 of 3 reports of Bulgaria shown"),
    ],
)
def test_the_other_lists_are_cut_the_same_way(run: Any, arguments: list[str], note: str) -> None:
    assert run(*arguments).stderr.strip() == f"{note}; --limit N or --all"
    assert run(*arguments, "--all").stderr == ""


def test_every_list_command_offers_limit_and_all() -> None:
    from click import Context

    context = Context(main)
    lists = ["log", "entities", "initiatives", "search", "show", "series", "due", "conflicts", "history", "review"]
    for name in lists:
        command = main.get_command(context, name)
        assert command is not None
        options = {option for param in command.params for option in getattr(param, "opts", [])}
        assert {"--limit", "--all"} <= options, name
