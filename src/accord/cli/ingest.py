"""`accord ingest`: extract files, folders and tables of articles into the knowledge base."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from contextlib import contextmanager

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn, TimeElapsedColumn
from rich.text import Text

from accord.cli.common import db_option, format_option
from accord.cli.dates import published_option
from accord.cli.limits import content_limit_options
from accord.documents.limits import ContentLimits
from accord.errors import ConfigError
from accord.ingest.progress import ProgressLines
from accord.ingest.runner import DEFAULT_TIMEOUT, Summary, ingest
from accord.ingest.sources import read_sources
from accord.ingest.tables import Columns
from accord.store import open_store

INTERRUPTED = 130
LOCAL_CLUSTER = "local"  # what --dask without an address stands for
# tcp://10.0.0.5:8786, tls://scheduler:8786, or scheduler:8786; a folder given after --dask is none of these
SCHEDULER_ADDRESS = re.compile(r"^[a-z]+://\S+$|^[^\s/:]+:\d+$")


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
@click.option(
    "--workers",
    "-w",
    type=click.IntRange(min=1),
    help="Extraction processes [1; with --dask, one local worker per core].",
)
@click.option(
    "--dask",
    "dask_address",
    is_flag=False,
    flag_value=LOCAL_CLUSTER,
    metavar="[ADDRESS]",
    callback=lambda _ctx, _param, value: _scheduler_address(value),
    help="Extract on Dask: a local cluster of --workers processes, or the scheduler at ADDRESS (tcp://HOST:PORT).",
)
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
    workers: int | None,
    dask_address: str | None,
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
        with (
            extraction_on(dask_address, workers) as (executor, slots),
            progress_reporter(len(items), progress_every, progress_seconds) as report,
        ):
            summary = ingest(engine, items, workers=slots, timeout=timeout, on_result=report, executor=executor)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from exc
    except KeyboardInterrupt:
        click.echo("accord: interrupted; every finished document is stored, run the same command to resume", err=True)
        sys.exit(INTERRUPTED)
    finally:
        engine.dispose()
    _print_summary(summary, output)


def _scheduler_address(value: str | None) -> str | None:
    if value is None or value == LOCAL_CLUSTER or SCHEDULER_ADDRESS.match(value):
        return value
    raise click.BadParameter(f"{value}: not a scheduler address (tcp://HOST:PORT); put the paths before --dask")


@contextmanager
def extraction_on(dask_address: str | None, workers: int | None) -> Iterator[tuple[Executor | None, int]]:
    """Yield where to extract and how many documents at a time: processes here (no executor), or a Dask cluster."""
    if dask_address is None:
        yield None, workers or 1
        return
    try:
        from accord.ingest.cluster import dask_cluster  # Dask is an optional extra, imported only when asked for
    except ModuleNotFoundError as exc:
        raise ConfigError("--dask", f"Dask is not installed ({exc}); pip install 'accord[dask]'") from exc
    address = None if dask_address == LOCAL_CLUSTER else dask_address
    with dask_cluster(address, workers or os.cpu_count() or 1) as cluster:
        yield cluster.executor, cluster.slots


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
