"""`accord log`, `entities`, `initiatives`, `search`, `export`: reading the knowledge base."""

from __future__ import annotations

from pathlib import Path

import click

from accord.cli.common import connection, cut, db_option, emit, format_option, grid, limit_options, say_cut
from accord.cli.dates import published_option
from accord.documents.label import document_label
from accord.store.entities import list_entities
from accord.store.initiatives import InitiativeFilter, initiative_page
from accord.store.log import failures
from accord.store.search import count_matches, search


@click.command("log")
@limit_options(default=100)
@db_option
@format_option
def log_command(limit: int | None, db_url: str | None, output: str) -> None:
    """Show the documents ingest could not read, extract or store, or found stored under another source, and why."""
    with connection(db_url) as conn:
        logged = cut(failures(conn), limit, "logged documents")
    emit(
        output,
        logged,
        lambda: grid(
            "Ingest log", ["time", "source", "reason"], [[f["time"], f["source"], f["reason"]] for f in logged]
        ),
    )


@click.command("entities")
@click.option("--type", "type_", type=click.Choice(["person", "organization", "country", "place", "region", "other"]))
@limit_options()
@db_option
@format_option
def entities_command(type_: str | None, limit: int | None, db_url: str | None, output: str) -> None:
    """List the entities merged across documents, the most documented first."""
    with connection(db_url) as conn:
        found = cut(list_entities(conn, type_), limit, "entities")
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
@published_option("Reported on or after this date.", "--since")
@limit_options()
@db_option
@format_option
def initiatives_command(
    status: str | None,
    sector: str | None,
    actor: str | None,
    country: str | None,
    since: str | None,
    limit: int | None,
    db_url: str | None,
    output: str,
) -> None:
    """List initiatives merged across documents, the most recently reported first, each with all its reports."""
    with connection(db_url) as conn:
        page = initiative_page(conn, InitiativeFilter(status, sector, actor, country, since), limit)
    found = page.initiatives
    say_cut(len(found), page.total, "initiatives")
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
@limit_options()
@db_option
@format_option
def search_command(words: str, limit: int | None, db_url: str | None, output: str) -> None:
    """Find the documents containing all these words."""
    with connection(db_url) as conn:
        total = count_matches(conn, words)
        hits = search(conn, words, total if limit is None else limit)
    say_cut(len(hits), total, "documents")
    emit(
        output,
        hits,
        lambda: grid(
            f"Search: {words}",
            ["published", "title", "snippet"],
            [[h["published"] or "undated", document_label(h["title"], h["source"]), h["snippet"]] for h in hits],
        ),
    )


@click.command("export")
@click.option(
    "--format",
    "output",
    type=click.Choice(["json", "jsonl", "csv", "xlsx", "ftm"]),
    default="json",
    show_default=True,
    help="ftm: FollowTheMoney entities, one JSON object a line, for Aleph and the ftm tools.",
)
@click.option(
    "--out", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file [stdout; xlsx needs it]."
)
@db_option
def export_command(output: str, out: Path | None, db_url: str | None) -> None:
    """Write the whole knowledge base: nested JSON, flat rows as JSONL or CSV, an XLSX workbook or FtM entities."""
    if output == "xlsx" and out is None:
        raise click.UsageError("an XLSX workbook is written to a file: add --out kb.xlsx")
    from accord.report.exports import knowledge_base_download  # the briefing and workbook code loads only here

    with connection(db_url) as conn:
        data = knowledge_base_download(conn, output)
    if out is None:
        click.echo(data.decode("utf-8"), nl=False)
        return
    out.write_bytes(data)
    if output == "xlsx":
        click.echo(f"{out}: the knowledge base as a workbook", err=True)


COMMANDS = [log_command, entities_command, initiatives_command, search_command, export_command]
