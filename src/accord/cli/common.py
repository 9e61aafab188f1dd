"""What the knowledge-base commands share: the database and format options, lists cut to a limit, tables."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text
from sqlalchemy import Connection

from accord.store import open_store

T = TypeVar("T")
DEFAULT_LIMIT = 20

db_option = click.option(
    "--db", "db_url", metavar="URL", help="Database URL [default: $ACCORD_DATABASE_URL, else sqlite:///accord.db]."
)
format_option = click.option(
    "--format", "output", type=click.Choice(["table", "json"]), default="table", show_default=True
)


def limit_options(default: int = DEFAULT_LIMIT) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Give a list command --limit N and --all; the command receives `limit`, None meaning all."""

    def decorate(command: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(command)
        def with_limit(*args: Any, limit: int, show_all: bool, **kwargs: Any) -> Any:
            return command(*args, limit=None if show_all else limit, **kwargs)

        with_all = click.option("--all", "show_all", is_flag=True, help="List every one, however many.")(with_limit)
        return click.option(
            "--limit",
            type=click.IntRange(min=1),
            default=default,
            show_default=True,
            metavar="N",
            help="List at most N.",
        )(with_all)

    return decorate


def say_cut(shown: int, total: int, what: str) -> None:
    """When a list shows fewer than all, say so on standard error, and how to see more."""
    if shown < total:
        click.echo(f"{shown} of {total} {what} shown; --limit N or --all", err=True)


def cut(items: Sequence[T], limit: int | None, what: str) -> list[T]:
    """Return the first `limit` items (None: all), saying so when that leaves some out."""
    shown = list(items if limit is None else items[:limit])
    say_cut(len(shown), len(items), what)
    return shown


def latest(items: Sequence[T], limit: int | None, what: str) -> list[T]:
    """Return the last `limit` items of an oldest-first list, still oldest first, saying so when some are left out."""
    return cut(items[::-1], limit, what)[::-1]


@contextmanager
def connection(db_url: str | None) -> Iterator[Connection]:
    """Open the knowledge base and yield one read connection to it."""
    engine = open_store(db_url)
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


def emit(output: str, data: Any, table: Callable[[], Table | str]) -> None:
    """Print `data` as JSON, or the human table built from it."""
    if output == "json":
        click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))
    else:
        Console().print(table())


def grid(title: str, columns: list[str], rows: list[list[Any]]) -> Table:
    """Return a rich table with these columns and rows."""
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*(Text("" if value is None else str(value)) for value in row))  # never read as markup
    return table
