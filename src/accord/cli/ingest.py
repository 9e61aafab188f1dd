"""`accord ingest`: extract files, folders and tables of articles into the knowledge base."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn, TimeElapsedColumn
from rich.text import Text

from accord.cli.common import db_option, format_option
from accord.cli.dates import published_option
from accord.cli.limits import content_limit_options
from accord.documents.limits import ContentLimits
from accord.ingest.progress import ProgressLines
from accord.ingest.runner import DEFAULT_TIMEOUT, Summary, ingest
from accord.ingest.sources import read_sources
from accord.ingest.tables import Columns
from accord.store import open_store

INTERRUPTED = 130


class SpeedColumn(ProgressColumn):
    """Show documents per second."""

    def render(self, task: Task) -> Text:
        """Render the task's speed."""
        return Text(f"{task.speed or 0:.1f} docs/s")


@contextmanager
def progress_reporter(total: int, every: int, seconds: float) -> Iterator[Callable[[str, str], None]]:
    """Yield what to call per document: a progress bar on a terminal, else a plain line now and then."""
    if sys.stderr.isatty():
        bar = Progress(
            TextColumn("ingesting"),
            BarColumn(),
            MofNCompleteColumn(),
            SpeedColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        with bar:
            task = bar.add_task("ingest", total=total)
            yield lambda _source, _result: bar.advance(task)
        return
    lines = ProgressLines(total, lambda line: click.echo(line, err=True), every=every, seconds=seconds)
    yield lambda _source, result: lines.advance(result)


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
@published_option("Publication date for every document.")
@click.option("--text-column", metavar="NAME", help="CSV/JSONL column with the article text [detected].")
@click.option("--title-column", metavar="NAME", help="CSV/JSONL column with the title [detected].")
@click.option("--date-column", metavar="NAME", help="CSV/JSONL column with the publication date [detected].")
@click.option("--url-column", metavar="NAME", help="CSV/JSONL column with the article URL [detected].")
@click.option(
    "--progress-every",
    type=click.IntRange(min=1),
    default=50,
    show_default=True,
    metavar="N",
    help="Off a terminal, print a progress line every N documents ...",
)
@click.option(
    "--progress-seconds",
    type=click.FloatRange(min=0, min_open=True),
    default=30.0,
    show_default=True,
    metavar="SECONDS",
    help="... or every SECONDS, whichever comes first.",
)
@content_limit_options
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
    progress_every: int,
    progress_seconds: float,
    db_url: str | None,
    output: str,
    limits: ContentLimits,
) -> None:
    """Extract files, folders, globs and CSV/JSONL tables of articles into the knowledge base."""
    columns = Columns(text_column, title_column, date_column, url_column)
    items = list(read_sources(list(paths), recursive=recursive, published=published, columns=columns, limits=limits))
    engine = open_store(db_url)
    try:
        with progress_reporter(len(items), progress_every, progress_seconds) as report:
            summary = ingest(engine, items, workers=workers, timeout=timeout, on_result=report)
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


COMMANDS = [ingest_command]
