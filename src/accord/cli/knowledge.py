"""`accord ingest`, `log`, `entities`, `initiatives`, `search`, `export`: the knowledge base."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text
from sqlalchemy import Connection

from accord.documents.published import parse_published
from accord.ingest.runner import DEFAULT_TIMEOUT, Summary, ingest
from accord.ingest.sources import read_sources
from accord.ingest.tables import Columns
from accord.store import open_store
from accord.store.entities import list_entities
from accord.store.export import flat_rows, knowledge_base
from accord.store.initiatives import InitiativeFilter, list_initiatives
from accord.store.log import failures
from accord.store.search import search

INTERRUPTED = 130

db_option = click.option(
    "--db", "db_url", metavar="URL", help="Database URL [default: $ACCORD_DATABASE_URL, else sqlite:///accord.db]."
)
format_option = click.option(
    "--format", "output", type=click.Choice(["table", "json"]), default="table", show_default=True
)


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


class SpeedColumn(ProgressColumn):
    """Show documents per second."""

    def render(self, task: Task) -> Text:
        """Render the task's speed."""
        return Text(f"{task.speed or 0:.1f} docs/s")


def _published(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    try:
        return parse_published(value) if value else None
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--recursive", "-r", is_flag=True, help="Descend into sub-folders (and let ** match in globs).")
@click.option("--workers", "-w", type=click.IntRange(min=1), default=1, show_default=True, help="Extraction processes.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULT_TIMEOUT,
    show_default=True,
    metavar="SECONDS",
    help="Give up (and log) a document whose extraction takes longer.",
)
@click.option("--published", callback=_published, metavar="DATE", help="Publication date for every document.")
@click.option("--text-column", metavar="NAME", help="CSV/JSONL column with the article text [detected].")
@click.option("--title-column", metavar="NAME", help="CSV/JSONL column with the title [detected].")
@click.option("--date-column", metavar="NAME", help="CSV/JSONL column with the publication date [detected].")
@click.option("--url-column", metavar="NAME", help="CSV/JSONL column with the article URL [detected].")
@db_option
@format_option
def ingest_command(
    paths: tuple[str, ...],
    recursive: bool,
    workers: int,
    timeout: float,
    published: str | None,
    text_column: str | None,
    title_column: str | None,
    date_column: str | None,
    url_column: str | None,
    db_url: str | None,
    output: str,
) -> None:
    """Extract files, folders, globs and CSV/JSONL tables of articles into the knowledge base."""
    columns = Columns(text_column, title_column, date_column, url_column)
    items = list(read_sources(list(paths), recursive=recursive, published=published, columns=columns))
    engine = open_store(db_url)
    progress = Progress(
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        SpeedColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    try:
        with progress:
            task = progress.add_task("ingest", total=len(items))
            summary = ingest(
                engine, items, workers=workers, timeout=timeout, on_result=lambda _s, _r: progress.advance(task)
            )
    except KeyboardInterrupt:
        click.echo("accord: interrupted; every finished document is stored, run the same command to resume", err=True)
        sys.exit(INTERRUPTED)
    finally:
        engine.dispose()
    _print_summary(summary, output)


def _print_summary(summary: Summary, output: str) -> None:
    counts = {k: getattr(summary, k) for k in ("added", "unchanged", "replaced", "duplicate", "failed")}
    rate = summary.documents / summary.seconds if summary.seconds else 0.0
    if output == "json":
        click.echo(json.dumps({**counts, "seconds": round(summary.seconds, 2), "documents_per_second": round(rate, 2)}))
        return
    click.echo(", ".join(f"{v} {k}" for k, v in counts.items()) + f" in {summary.seconds:.1f} s ({rate:.1f} docs/s)")
    for failure in summary.failures:
        click.echo(f"accord: failed: {failure.source}: {failure.reason}", err=True)


@click.command("log")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
@db_option
@format_option
def log_command(limit: int, db_url: str | None, output: str) -> None:
    """Show the documents ingest could not read, extract or store, or found stored under another source, and why."""
    with connection(db_url) as conn:
        logged = failures(conn, limit)
    emit(
        output,
        logged,
        lambda: grid(
            "Ingest log", ["time", "source", "reason"], [[f["time"], f["source"], f["reason"]] for f in logged]
        ),
    )


@click.command("entities")
@click.option("--type", "type_", type=click.Choice(["person", "organization", "country", "place", "region", "other"]))
@click.option("--limit", type=click.IntRange(min=1))
@db_option
@format_option
def entities_command(type_: str | None, limit: int | None, db_url: str | None, output: str) -> None:
    """List the entities merged across documents, the most documented first."""
    with connection(db_url) as conn:
        found = list_entities(conn, type_, limit)
    emit(
        output,
        found,
        lambda: grid(
            "Entities",
            ["name", "type", "country", "documents", "aliases"],
            [[e["name"], e["type"], e["country"], e["documents"], ", ".join(e["aliases"][:5])] for e in found],
        ),
    )


@click.command("initiatives")
@click.option("--status")
@click.option("--sector")
@click.option("--actor", metavar="NAME")
@click.option("--country", metavar="NAME|CODE")
@click.option("--since", callback=_published, metavar="DATE", help="Reported on or after this date.")
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=20,
    show_default=True,
    help="Show the N most recently reported, each with all its reports (`accord export` writes them all).",
)
@db_option
@format_option
def initiatives_command(
    status: str | None,
    sector: str | None,
    actor: str | None,
    country: str | None,
    since: str | None,
    limit: int,
    db_url: str | None,
    output: str,
) -> None:
    """List initiatives merged across documents, the most recently reported first."""
    with connection(db_url) as conn:
        found = list_initiatives(conn, InitiativeFilter(status, sector, actor, country, since), limit)
    emit(
        output,
        found,
        lambda: grid(
            "Initiatives",
            ["title", "kind", "sector", "status", "documents", "last reported"],
            [
                [
                    i["title"] + (" (unreviewed)" if i["unreviewed"] else ""),
                    i["kind"],
                    i["sector"],
                    i["status"],
                    i["documents"],
                    i["last_reported"],
                ]
                for i in found
            ],
        ),
    )


@click.command("search")
@click.argument("words")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@db_option
@format_option
def search_command(words: str, limit: int, db_url: str | None, output: str) -> None:
    """Find the documents containing all these words."""
    with connection(db_url) as conn:
        hits = search(conn, words, limit)
    emit(
        output,
        hits,
        lambda: grid(
            f"Search: {words}",
            ["published", "title", "source", "snippet"],
            [[h["published"], h["title"], h["source"], h["snippet"]] for h in hits],
        ),
    )


@click.command("export")
@click.option("--format", "output", type=click.Choice(["json", "jsonl", "csv"]), default="json", show_default=True)
@db_option
def export_command(output: str, db_url: str | None) -> None:
    """Write the whole knowledge base to stdout: nested JSON, or one flat row per item as JSONL or CSV."""
    with connection(db_url) as conn:
        if output == "json":
            click.echo(json.dumps(knowledge_base(conn), indent=2, ensure_ascii=False, default=str))
            return
        rows = list(flat_rows(conn))
    if output == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    fields = list(dict.fromkeys(key for row in rows for key in row))
    writer = csv.DictWriter(sys.stdout, fieldnames=fields)
    writer.writeheader()
    writer.writerows(rows)


COMMANDS = [
    ingest_command,
    log_command,
    entities_command,
    initiatives_command,
    search_command,
    export_command,
]
