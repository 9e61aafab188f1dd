"""`accord report`: a briefing of part of the knowledge base, as HTML, PDF or Markdown."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from accord.cli.knowledge import connection, db_option

FORMATS = ("html", "pdf", "md")


def _day(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    try:
        date.fromisoformat(value if len(value) == 10 else f"{value}-01"[:10] if len(value) == 7 else f"{value}-01-01")
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD", param_hint=name
        ) from None
    return value


@click.command("report")
@click.option("--country", help="Initiatives of this country (its name, an alias or an ISO code).")
@click.option("--actor", help="Initiatives this person or body acts in or is party to.")
@click.option("--sector", help="Initiatives of this sector (energy, trade, transport ...).")
@click.option("--since", metavar="DATE", help="Initiatives reported on or after this day (YYYY[-MM[-DD]]).")
@click.option("--until", metavar="DATE", help="Initiatives reported on or before this day.")
@click.option(
    "--as-of", "as_of", metavar="DATE", help="Write the briefing as of this day: what is due, missed, overdue [today]."
)
@click.option("--title", default="Briefing", show_default=True, help="The briefing's title.")
@click.option("--format", "output", type=click.Choice(FORMATS), help="html, pdf or md [from --out's extension].")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True, help="The file to write.")
@db_option
def report_command(
    country: str | None,
    actor: str | None,
    sector: str | None,
    since: str | None,
    until: str | None,
    as_of: str | None,
    title: str,
    output: str | None,
    out: Path,
    db_url: str | None,
) -> None:
    """Write a briefing: summary, initiatives by status with evidence notes, indicators, who is who."""
    from accord.report import ReportFilters, build_briefing, render_html, render_markdown, render_pdf

    kind = output or out.suffix.lstrip(".").lower()
    if kind not in FORMATS:
        raise click.BadParameter(f"name the format with --format {'|'.join(FORMATS)}", param_hint="--out")
    day = date.fromisoformat(_day(as_of, "--as-of") or date.today().isoformat())
    filters = ReportFilters(country, actor, sector, _day(since, "--since"), _day(until, "--until"), day, title)
    with connection(db_url) as conn:
        briefing = build_briefing(conn, filters)
    if kind == "pdf":
        out.write_bytes(render_pdf(briefing))
    else:
        out.write_text(render_html(briefing) if kind == "html" else render_markdown(briefing), encoding="utf-8")
    click.echo(f"{out}: a briefing of {briefing['summary']['initiatives']} initiatives, as of {briefing['as_of']}")


COMMANDS = [report_command]
