"""Commands start fast: `accord --help` imports no command, and a query imports no NLP, web or migration stack."""

from __future__ import annotations

import subprocess
import sys

import click
import pytest
from sqlalchemy import Engine

from accord.cli import COMMANDS, main

# Run in a fresh interpreter: this test process has imported everything already.
RUN_AND_LIST_MODULES = """
import sys
from accord.cli import main
try:
    main(sys.argv[1:], prog_name="accord")
except SystemExit as exit:
    if exit.code:
        raise
print("MODULES", " ".join(sorted(sys.modules)), file=sys.stderr)
"""
HEAVY = ("spacy", "thinc", "alembic", "trafilatura", "fastapi", "uvicorn", "pypdf", "docx", "dask", "distributed")
NEVER_IN_A_QUERY = ("accord.extract", "accord.nlp", "accord.resolve", "accord.web", "accord.ingest")


def modules_after(*arguments: str) -> set[str]:
    """Run `accord ARGUMENTS` in a fresh interpreter; return the modules it imported."""
    result = subprocess.run(
        [sys.executable, "-c", RUN_AND_LIST_MODULES, *arguments], capture_output=True, text=True, check=True
    )
    [line] = [line for line in result.stderr.splitlines() if line.startswith("MODULES ")]
    return set(line.split()[1:])


def heavy(modules: set[str]) -> set[str]:
    """Return the modules of the NLP, web, reader or migration stacks among `modules`."""
    return {
        m for m in modules if m.split(".")[0] in HEAVY or any(m == p or m.startswith(p + ".") for p in NEVER_IN_A_QUERY)
    }


def test_importing_the_cli_and_asking_for_help_imports_no_command_module() -> None:
    modules = modules_after("--help")
    assert not {m for m in modules if m.startswith("accord.cli.") and m != "accord.cli.lazy"}
    assert "sqlalchemy" not in modules and "spacy" not in modules


@pytest.mark.parametrize(
    "arguments",
    [
        ["initiatives"],
        ["entities", "--all"],
        ["series", "trade turnover"],
        ["show", "Nowhere"],
        ["search", "railway"],
        ["export", "--format", "csv"],
        ["export", "--format", "ftm"],
        ["due"],
        ["conflicts"],
        ["log"],
    ],
)
def test_a_query_command_imports_no_nlp_web_reader_or_migration_module(
    store: Engine, database_url: str, arguments: list[str]
) -> None:
    if arguments[0] == "show":  # nothing is called so: the command fails, after the query ran
        with pytest.raises(subprocess.CalledProcessError) as failed:
            modules_after(*arguments, "--db", database_url)
        assert "nothing is called" in failed.value.stderr
        return
    assert heavy(modules_after(*arguments, "--db", database_url)) == set()


def test_each_summary_in_the_help_is_the_commands_own() -> None:
    context = click.Context(main)
    for name, entry in COMMANDS.items():
        command = main.get_command(context, name)
        assert command is not None and command.name == name
        assert entry.summary == command.get_short_help_str(limit=1000), name


def test_an_unknown_command_is_refused_with_the_list_of_commands() -> None:
    result = subprocess.run([sys.executable, "-m", "accord.cli", "initiative"], capture_output=True, text=True)
    assert result.returncode == 2 and "No such command 'initiative'" in result.stderr


def test_the_ingest_command_imports_dask_only_when_asked_to_extract_on_it() -> None:
    modules = modules_after("ingest", "--help")
    assert "accord.cli.ingest" in modules and not {m for m in modules if m.split(".")[0] in ("dask", "distributed")}
