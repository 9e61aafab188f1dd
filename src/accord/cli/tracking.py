"""`accord show`, `series`, `due`, `conflicts`: what the knowledge base says over time."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from accord.cli.common import connection, cut, db_option, emit, format_option, grid, latest, limit_options
from accord.cli.dates import day
from accord.documents.label import cited_label as cited
from accord.documents.label import document_label
from accord.errors import ConfigError
from accord.store.calendar import parse_window
from accord.store.conflicts import find_conflicts
from accord.store.deadlines import due
from accord.store.document_names import name_documents
from accord.store.entities import entity_profile
from accord.store.initiative_profile import initiative_profile
from accord.store.targets import track_series
from accord.store.tolerance import DEFAULT_TOLERANCE


def _window(_ctx: click.Context, _param: click.Parameter, value: str) -> Any:
    try:
        return parse_window(value)
    except ConfigError as exc:
        raise click.BadParameter(str(exc)) from exc


def _tolerance(_ctx: click.Context, _param: click.Parameter, value: str) -> float:
    try:
        number = float(value.rstrip("%"))
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a tolerance; write 2% or 0.02") from exc
    return number / 100 if value.endswith("%") else number


as_of_option = click.option("--as-of", callback=day, metavar="DATE", help="Judge as of this day [default: today].")


def amount(value: float | None, unit: str | None = None) -> str:
    """Format a value for a table: thousands grouped, its unit after it."""
    if value is None:
        return ""
    number = f"{value:,.0f}" if abs(value) >= 1000 else f"{value:g}"
    return f"{number} {unit}" if unit else number


@click.command("show")
@click.argument("name")
@as_of_option
@limit_options()
@db_option
@format_option
def show_command(name: str, as_of: date | None, limit: int | None, db_url: str | None, output: str) -> None:
    """Show an entity with its evidence, roles, statements, figures and merges, and an initiative so
    called with its status chain, schedule and notes."""
    with connection(db_url) as conn:
        entity = entity_profile(conn, name)
        initiative = name_documents(conn, initiative_profile(conn, name, as_of.isoformat() if as_of else None))
    if entity is None and initiative is None:
        raise click.ClickException(
            f"nothing is called {name!r}; `accord entities` and `accord initiatives` list what is"
        )
    if output == "json":
        data = initiative if entity is None else {**entity, "initiative": initiative} if initiative else entity
        click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))
        return
    console = Console()
    if entity is not None:
        console.print(_entity_table(entity, limit))
    if initiative is not None:
        for table in _initiative_tables(initiative, limit):
            console.print(table)


def _entity_table(profile: dict[str, Any], limit: int | None) -> Table:
    rows = [
        [
            e["document"]["published"] or "undated",
            document_label(e["document"]["title"], e["document"]["source"]),
            e["name"],
            len(e["spans"]),
            f"{e['merge']['confidence']:.2f} " + "; ".join(e["merge"]["reasons"]),
        ]
        for e in latest(profile["evidence"], limit, f"reports of {profile['name']}")
    ]
    title = (
        f"{profile['name']} ({profile['type']}, {profile['country'] or 'no country'}) in "
        f"{profile['documents']} documents; also {', '.join(profile['aliases']) or 'no aliases'}"
    )
    return grid(title, ["published", "document", "named", "mentions", "merge"], rows)


def _initiative_tables(profile: dict[str, Any], limit: int | None) -> list[Table]:
    curated = f"; curated: {', '.join(profile['curated'])}" if profile["curated"] else ""
    title = (
        f"{profile['title']} ({profile['kind']}, {profile['sector']}): {profile['status']}, "
        f"{profile['documents']} documents{curated}"
    )
    chain = grid(
        title,
        ["date", "dated by", "status", "document", "evidence"],
        [
            [r["date"], r["dated_by"], r["status"], cited(r), r["evidence"]]
            for r in latest(profile["chain"], limit, f"reports of {profile['title']}")
        ],
    )
    reports = [
        [
            r["published"],
            document_label(r.get("document_title"), r["source"]),
            r["title"],
            f"{r['confidence'] or 0:.2f} " + "; ".join(r["reasons"]),
        ]
        for r in profile["reports"]
    ]
    tables = [chain, grid("Reports", ["published", "document", "reported as", "merge"], reports)]
    schedule = profile["schedule"]
    if schedule and (schedule["deadline"] or schedule["milestones"] or schedule["responsible"]):
        titles = {r["source"]: r.get("document_title") for r in profile["chain"]}  # the deadline's is among them
        deadline = {"source": schedule["deadline_source"], "document_title": titles.get(schedule["deadline_source"])}
        rows = [["deadline", schedule["deadline"], cited(deadline)]] if schedule["deadline"] else []
        rows += [[m["label"], m["date"], cited(m)] for m in schedule["milestones"]]
        rows += [["responsible", ", ".join(schedule["responsible"]), ""]] if schedule["responsible"] else []
        tables.append(grid("Schedule", ["what", "when", "document"], rows))
    if profile["notes"]:
        tables.append(grid("Notes", ["at", "by", "note"], [[n["at"], n["actor"], n["note"]] for n in profile["notes"]]))
    return tables


@click.command("series")
@click.argument("metric")
@click.option("--subject", "subjects", multiple=True, help="Keep series about this subject (repeatable).")
@limit_options()
@db_option
@format_option
def series_command(metric: str, subjects: tuple[str, ...], limit: int | None, db_url: str | None, output: str) -> None:
    """Show the observations of a metric with their sources and dates, the targets set for it and
    progress towards the latest; conflicting values are flagged."""
    with connection(db_url) as conn:
        tracks = name_documents(conn, cut(track_series(conn, metric, list(subjects)), limit, "series"))
    emit(output, tracks, lambda: _tracks_table(metric, tracks))


def _progress(progress: dict[str, Any] | None) -> str:
    if not progress or progress["share"] is None:
        return ""
    latest = progress["latest"]
    return f"{progress['share']:.0%} of the latest target ({latest['period']}: {amount(latest['value'])})"


def _tracks_table(metric: str, tracks: list[dict[str, Any]]) -> Table:
    rows = []
    for track in tracks:
        subjects = "; ".join(track["subjects"])
        for o in track["observations"]:
            flag = "conflict" if o["conflict"] else o["verdict"] or ("unreviewed" if o["unreviewed"] else "")
            rows.append(
                [subjects, o["metric"], o["period"], amount(o["value"], track["unit"]), cited(o["source"]), flag]
            )
        for t in track["targets"]:
            goal = f"x{t['factor']:g} = {amount(t['value'])}" if t["factor"] else amount(t["value"], track["unit"])
            setters = f" by {', '.join(t['setters'])}" if t["setters"] else ""
            rows.append(
                [
                    subjects,
                    t["metric"],
                    f"target {t['by'] or ''}".strip(),
                    goal,
                    cited(t["source"]),
                    f"set {t['set_on'] or '?'}{setters}",
                ]
            )
        if track["progress"] and track["progress"]["share"] is not None:
            rows.append([subjects, "", "progress", _progress(track["progress"]), "", ""])
    return grid(f"Series: {metric}", ["subjects", "metric", "period", "value", "document", "flag"], rows)


@click.command("due")
@as_of_option
@click.option(
    "--within",
    callback=_window,
    default="90d",
    show_default=True,
    metavar="WINDOW",
    help="Also list what falls due this soon after the day: 90d, 12w, 6m, 1y.",
)
@limit_options()
@db_option
@format_option
def due_command(as_of: date | None, within: Any, limit: int | None, db_url: str | None, output: str) -> None:
    """List deadlines passed (overdue unless completed) or due soon, and milestones reached, missed or due."""
    today = as_of or date.today()
    with connection(db_url) as conn:
        items = name_documents(conn, cut(due(conn, today, within), limit, "dates"))
    emit(
        output,
        items,
        lambda: grid(
            f"Due as of {today}",
            ["date", "initiative", "what", "state", "status", "document"],
            [[i["date"], i["initiative"], i["label"], _state(i), i["status"], cited(i)] for i in items],
        ),
    )


def _state(item: dict[str, Any]) -> str:
    if item["state"] == "due":
        return f"due in {-item['days']} days"
    return f"{item['state']}, overdue" if item["kind"] == "deadline" and item["overdue"] else item["state"]


@click.command("conflicts")
@click.argument("metric", required=False)
@click.option(
    "--tolerance",
    callback=_tolerance,
    default=f"{DEFAULT_TOLERANCE:.0%}",
    show_default=True,
    help="Values further apart than this (relative to the larger) disagree: 2% or 0.02.",
)
@limit_options()
@db_option
@format_option
def conflicts_command(metric: str | None, tolerance: float, limit: int | None, db_url: str | None, output: str) -> None:
    """List the series and periods whose sources disagree, each side with its sources."""
    with connection(db_url) as conn:
        found = name_documents(conn, cut(find_conflicts(conn, tolerance, metric), limit, "conflicts"))
    rows = [
        [
            c["series"]["metric"],
            "; ".join(c["series"]["subjects"]),
            c["period"],
            amount(side["value"], c["series"]["unit"]) + (" (confirmed)" if side["confirmed"] else ""),
            ", ".join(f"{cited(s)} ({s['published'] or 'undated'}, figure {s['figure']})" for s in side["sources"]),
        ]
        for c in found
        for side in c["sides"]
    ]
    emit(output, found, lambda: grid("Conflicts", ["metric", "subjects", "period", "value", "sources"], rows))


COMMANDS = [show_command, series_command, due_command, conflicts_command]
