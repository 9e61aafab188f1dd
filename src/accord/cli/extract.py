"""`accord extract` and `accord text`: read files, extract their records, print them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import click
from rich.console import Console
from rich.rule import Rule

from accord.cli.limits import content_limit_options
from accord.documents import SourceDocument
from accord.documents.limits import ContentLimits
from accord.documents.published import parse_published
from accord.documents.reader import DEFAULT_MAX_BYTES, read_document
from accord.errors import AccordError
from accord.extract import extract_record, iter_records
from accord.record import Record
from accord.render import record_view

MEGABYTE = 1024 * 1024

max_size_option = click.option(
    "--max-size",
    "max_size_mb",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULT_MAX_BYTES / MEGABYTE,
    show_default=True,
    metavar="MB",
    help="Refuse files larger than this many megabytes.",
)


def _report(kind: str, source: str, message: str) -> None:
    click.echo(f"accord: {kind}: {source}: {message}", err=True)


def _read(
    files: Sequence[str], published: str | None, max_bytes: int, limits: ContentLimits, failed: list[str]
) -> list[SourceDocument]:
    """Read every file; report each one that cannot be read and add it to `failed`."""
    documents: list[SourceDocument] = []
    for file in files:
        try:
            documents.append(read_document(file, published=published, max_bytes=max_bytes, limits=limits))
        except AccordError as exc:  # its message starts with the file or setting at fault
            click.echo(f"accord: error: {exc}", err=True)
            failed.append(file)
        except Exception as exc:  # a bug in a reader must cost one file, not the batch
            _report("error", file, f"could not be read ({type(exc).__name__}: {exc})")
            failed.append(file)
    return documents


def _extracted(documents: list[SourceDocument], failed: list[str]) -> Iterator[Record]:
    """Yield the records of the documents as they stream out of one batch, reporting their notices.

    When the batch breaks on a document, the documents not yet yielded are retried one by one, so
    a bug costs the document that triggers it and no other; that one is reported and added to `failed`.
    """
    done = 0
    try:
        for record in iter_records(documents):
            done += 1
            yield _noticed(record)
    except Exception:
        for document in documents[done:]:
            try:
                yield _noticed(extract_record(document))
            except Exception as exc:
                _report("error", document.source, f"extraction failed ({type(exc).__name__}: {exc})")
                failed.append(document.source)


def _noticed(record: Record) -> Record:
    for notice in record.document.notices:
        _report("notice", record.document.source, notice)
    return record


def _checked_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """Refuse a malformed --published once, as a usage error, rather than once per file."""
    try:
        return None if value is None else parse_published(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _record_json(record: Record, indent: int | None) -> str:
    return json.dumps(record.to_dict(), ensure_ascii=False, indent=indent)


def _summary(record: Record) -> str:
    counts = {
        "entities": len(record.entities),
        "events": len(record.events),
        "initiatives": len(record.initiatives),
        "figures": len(record.figures),
        "statements": len(record.statements),
    }
    return ", ".join(f"{count} {name}" for name, count in counts.items())


def _output_stem(record: Record) -> str:
    stem = Path(record.document.source).stem
    return stem if stem not in ("", "-") else "stdin"


def _write_records(records: Iterable[Record], out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    written: set[str] = set()
    for record in records:
        stem = _output_stem(record)
        # Files of the same name from different folders must not overwrite each other.
        name = f"{stem}.json" if stem not in written else f"{stem}-{record.document.id}.json"
        written.add(stem)
        path = out_dir / name
        path.write_text(_record_json(record, indent=2) + "\n", encoding="utf-8")
        click.echo(f"{record.document.source} -> {path} ({_summary(record)})")


def _print_records(records: Iterable[Record], output_format: str, several: bool) -> None:
    if output_format == "jsonl":
        for record in records:
            click.echo(_record_json(record, indent=None))
    elif output_format == "json" and several:
        listed = [r.to_dict() for r in records]
        if listed:
            click.echo(json.dumps(listed, ensure_ascii=False, indent=2))
    elif output_format == "json":
        for record in records:
            click.echo(_record_json(record, indent=2))
    else:
        console = Console(file=click.get_text_stream("stdout"), highlight=False)
        for index, record in enumerate(records):
            if index:
                console.print(Rule())
            console.print(record_view(record))


@click.command("extract")
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["json", "jsonl", "text"]),
    help="Output format: indented JSON (default for one file), one JSON record per line"
    " (default for several files), or readable tables.",
)
@click.option(
    "--published",
    metavar="DATE",
    callback=_checked_date,
    help="Publication date of the files (ISO 8601: 2025-10-09, 2025-10 or 2025);"
    " anchors relative dates such as 'on Tuesday' or 'next year'.",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write one <stem>.json record per file into this folder (created if needed)"
    " and print one line per file instead of the records.",
)
@max_size_option
@content_limit_options
@click.pass_context
def extract_command(
    ctx: click.Context,
    files: tuple[str, ...],
    output_format: str | None,
    published: str | None,
    out_dir: Path | None,
    max_size_mb: float,
    limits: ContentLimits,
) -> None:
    """Extract a sourced record from each FILE (.txt, .md, .html, .pdf, .docx; '-' reads standard input).

    Files that cannot be read are reported on standard error, one line each, and the others
    are still extracted; the exit code is 1 when any file failed.
    """
    if out_dir is not None and output_format not in (None, "json"):
        raise click.UsageError("--out writes JSON records; drop --format or use --format json")
    failed: list[str] = []
    records = _extracted(_read(files, published, int(max_size_mb * MEGABYTE), limits, failed), failed)
    if out_dir is not None:
        _write_records(records, out_dir)
    else:
        several = len(files) > 1
        _print_records(records, output_format or ("jsonl" if several else "json"), several)
    if failed:
        ctx.exit(1)


@click.command("text")
@click.argument("file", metavar="FILE")
@max_size_option
@content_limit_options
@click.pass_context
def text_command(ctx: click.Context, file: str, max_size_mb: float, limits: ContentLimits) -> None:
    """Print the plain text of FILE exactly as accord reads it: the text record offsets index into.

    Nothing is added, not even a final newline, so `accord text FILE > doc.txt` gives a file whose
    characters line up with the offsets of `accord extract FILE`.
    """
    documents = _read([file], None, int(max_size_mb * MEGABYTE), limits, failed=[])
    if not documents:
        ctx.exit(1)
    click.echo(documents[0].text, nl=False)


COMMANDS = [extract_command, text_command]
