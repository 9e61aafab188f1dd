"""`accord confirm`, `reject`, `edit`, `merge`, `split`, `add-initiative`, `note`, `history`, `review`: curation."""

from __future__ import annotations

import getpass
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click
from rich.console import Console
from sqlalchemy import Connection

from accord import curation
from accord.cli.common import connection, cut, db_option, emit, format_option, grid, latest, limit_options
from accord.documents.label import cited_label as cited
from accord.errors import CurationError
from accord.store import open_store
from accord.store.audit import history
from accord.store.document_names import name_documents
from accord.store.entities import find_entity
from accord.store.initiative_profile import find_initiative

by_option = click.option(
    "--by", "actor", metavar="NAME", help="Who makes the change [default: $ACCORD_USER, else your login name]."
)
note_option = click.option("--note", metavar="TEXT", help="Why, for the audit log.")
QUEUE_PARTS = {"merges": "merges waiting", "extractions": "extractions waiting", "disputes": "disputed values"}


def _actor(actor: str | None) -> str:
    return actor or os.environ.get("ACCORD_USER") or getpass.getuser()


@contextmanager
def change(db_url: str | None) -> Iterator[Connection]:
    """Open the knowledge base and yield a connection whose changes commit together, or not at all."""
    engine = open_store(db_url)
    try:
        with engine.begin() as conn:
            yield conn
    except CurationError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        engine.dispose()


def _value(text: str) -> Any:
    """Read an edited value: JSON when it parses (numbers, lists, null), else the text itself."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def _assignments(_ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]) -> dict[str, Any]:
    pairs = {}
    for value in values:
        field, sep, text = value.partition("=")
        if not sep:
            raise click.BadParameter(f"{value!r} is not FIELD=VALUE")
        pairs[field.strip()] = _value(text)
    return pairs


def _judge(verdict: str) -> click.Command:
    @click.command(verdict.removesuffix("ed"))
    @click.argument("kind", type=click.Choice(["entity", "initiative", "figure"]))
    @click.argument("name")
    @by_option
    @note_option
    @db_option
    def command(kind: str, name: str, actor: str | None, note: str | None, db_url: str | None) -> None:
        with change(db_url) as conn:
            if kind == "figure":
                curation.judge_figure(conn, _figure_id(name), verdict, _actor(actor), note)
            elif kind == "entity":
                curation.judge_entity(conn, name, verdict, _actor(actor), note)
            else:
                curation.judge_initiative(conn, name, verdict, _actor(actor), note)

    command.help = (
        f"Mark an entity or initiative (by name or #id) or a figure (by id) as {verdict}; it outlives every ingest."
        + (" A rejected one leaves lists, series and conflicts; its evidence stays." if verdict == "rejected" else "")
    )
    return command


def _figure_id(name: str) -> int:
    if not name.lstrip("#").isdigit():
        raise click.BadParameter(f"{name!r} is not a figure id; `accord series` and `accord conflicts` show them")
    return int(name.lstrip("#"))


@click.command("edit")
@click.argument("kind", type=click.Choice(["entity", "initiative", "figure"]))
@click.argument("name")
@click.option("--set", "changes", multiple=True, callback=_assignments, metavar="FIELD=VALUE", required=True)
@by_option
@note_option
@db_option
def edit_command(
    kind: str, name: str, changes: dict[str, Any], actor: str | None, note: str | None, db_url: str | None
) -> None:
    """Set fields over what extraction says; values are JSON when they parse (2029, ["Ministry of Energy"])."""
    editors: dict[str, Callable[..., None]] = {
        "entity": curation.edit_entity,
        "initiative": curation.edit_initiative,
        "figure": lambda conn, ref, *rest: curation.edit_figure(conn, _figure_id(ref), *rest),
    }
    with change(db_url) as conn:
        editors[kind](conn, name, changes, _actor(actor), note)


@click.command("merge")
@click.argument("kind", type=click.Choice(["entity", "initiative"]))
@click.argument("name")
@click.argument("into")
@by_option
@note_option
@db_option
def merge_command(kind: str, name: str, into: str, actor: str | None, note: str | None, db_url: str | None) -> None:
    """Merge the entity or initiative NAME into INTO, with all its evidence."""
    merge = curation.merge_entities if kind == "entity" else curation.merge_initiatives
    with change(db_url) as conn:
        merge(conn, name, into, _actor(actor), note)


@click.command("split")
@click.argument("kind", type=click.Choice(["entity", "initiative"]))
@click.argument("name")
@click.option("--source", "sources", multiple=True, metavar="SOURCE", help="Take its facts from this document.")
@click.option("--form", "forms", multiple=True, metavar="NAME", help="Take its facts named or titled so.")
@by_option
@note_option
@db_option
def split_command(
    kind: str,
    name: str,
    sources: tuple[str, ...],
    forms: tuple[str, ...],
    actor: str | None,
    note: str | None,
    db_url: str | None,
) -> None:
    """Split a wrong merge: the facts from these sources, or so named, become an entity or initiative apart."""
    split = curation.split_entity if kind == "entity" else curation.split_initiative
    with change(db_url) as conn:
        new_id = split(conn, name, _actor(actor), sources, forms, note)
    click.echo(f"split off as #{new_id}")


def _milestones(_ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]) -> list[dict[str, str]]:
    steps = []
    for value in values:
        label, sep, when = value.rpartition("=")
        if not sep or not label:
            raise click.BadParameter(f"{value!r} is not LABEL=DATE")
        steps.append({"label": label.strip(), "date": when.strip()})
    return steps


@click.command("add-initiative")
@click.argument("title")
@click.option("--kind", type=click.Choice(["proposal", "agreement", "project", "other"]))
@click.option("--sector")
@click.option("--status", type=click.Choice(["proposed", "agreed", "planned", "in_progress", "completed", "stalled"]))
@click.option("--location")
@click.option("--responsible", multiple=True, metavar="BODY", help="Who is responsible (repeatable).")
@click.option("--deadline", metavar="DATE")
@click.option("--milestone", "milestones", multiple=True, callback=_milestones, metavar="LABEL=DATE")
@by_option
@note_option
@db_option
def add_initiative_command(
    title: str,
    kind: str | None,
    sector: str | None,
    status: str | None,
    location: str | None,
    responsible: tuple[str, ...],
    deadline: str | None,
    milestones: list[dict[str, str]],
    actor: str | None,
    note: str | None,
    db_url: str | None,
) -> None:
    """Add an initiative no article mentions yet, with responsible bodies, deadline and milestones."""
    with change(db_url) as conn:
        new_id = curation.add_initiative(
            conn,
            title,
            _actor(actor),
            kind=kind,
            sector=sector,
            status=status,
            location=location,
            responsible=list(responsible) or None,
            deadline=deadline,
            milestones=milestones or None,
            note=note,
        )
    click.echo(f"added as #{new_id}")


@click.command("note")
@click.argument("kind", type=click.Choice(["entity", "initiative", "figure"]))
@click.argument("name")
@click.argument("text")
@by_option
@db_option
def note_command(kind: str, name: str, text: str, actor: str | None, db_url: str | None) -> None:
    """Attach a note to an entity, an initiative or a figure (by id)."""
    with change(db_url) as conn:
        curation.attach_note(conn, kind, str(_figure_id(name)) if kind == "figure" else name, text, _actor(actor))


@click.command("history")
@click.argument("name")
@limit_options()
@db_option
@format_option
def history_command(name: str, limit: int | None, db_url: str | None, output: str) -> None:
    """Show every curated change to what is called NAME: who, when, what, before and after."""
    with connection(db_url) as conn:
        subjects = [
            (kind, found)
            for kind, find in (("entity", find_entity), ("initiative", find_initiative))
            if (found := find(conn, name)) is not None
        ]
        changes = latest(history(conn, name, subjects), limit, "changes")
    emit(
        output,
        changes,
        lambda: grid(
            f"History: {name}",
            ["at", "by", "action", "what", "before", "after", "note"],
            [
                [
                    c["at"],
                    c["actor"],
                    c["action"],
                    f"{c['kind']} {c['subject']}",
                    _short(c["before"]),
                    _short(c["after"]),
                    c["note"],
                ]
                for c in changes
            ],
        ),
    )


def _short(value: Any) -> str:
    return "" if value is None else value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


@click.group("review", invoke_without_command=True)
@limit_options()
@db_option
@format_option
@click.pass_context
def review_command(ctx: click.Context, limit: int | None, db_url: str | None, output: str) -> None:
    """List merges and unsure extractions waiting for a decision, and curated values extraction now disputes;
    decide with accept or reject."""
    if ctx.invoked_subcommand is not None:
        ctx.obj = db_url
        return
    with connection(db_url) as conn:
        queue = name_documents(conn, curation.review_queue(conn))
    queue = {part: cut(items, limit, QUEUE_PARTS.get(part, part)) for part, items in queue.items()}
    if output == "json":
        emit(output, queue, lambda: "")
        return
    console = Console()
    console.print(
        grid(
            "Merges waiting for review",
            ["id", "kind", "name", "document", "may be", "confidence", "why"],
            [
                [
                    m["id"],
                    m["kind"],
                    m["form"],
                    cited(m),
                    m["candidate"],
                    f"{m['confidence']:.2f}",
                    "; ".join(m["reasons"]),
                ]
                for m in queue["merges"]
            ],
        )
    )
    console.print(
        grid(
            "Extractions waiting for review: accept confirms, reject rejects",
            ["id", "kind", "what", "document", "confidence", "why"],
            [
                [e["id"], e["kind"], e["form"], cited(e), f"{e['confidence']:.2f}", "; ".join(e["reasons"])]
                for e in queue["extractions"]
            ],
        )
    )
    console.print(
        grid(
            "Curated values extraction now disputes",
            ["kind", "what", "field", "curated", "machine said", "machine says now"],
            [
                [
                    d["kind"],
                    d["subject"],
                    d["field"],
                    _short(d["curated"]),
                    _short(d["machine_then"]),
                    _short(d["machine_now"]),
                ]
                for d in queue["disputes"]
            ],
        )
    )


def _decision(accept: bool) -> click.Command:
    @click.command("accept" if accept else "reject")
    @click.argument("item", type=int)
    @by_option
    @note_option
    @db_option
    @click.pass_obj
    def command(group_db_url: str | None, item: int, actor: str | None, note: str | None, db_url: str | None) -> None:
        with change(db_url or group_db_url) as conn:
            curation.decide(conn, item, accept, _actor(actor), note)

    command.help = (
        "Accept a queued merge (the fact joins the candidate) or extraction (the fact is confirmed)."
        if accept
        else (
            "Reject a queued merge (they stay apart) or extraction (the fact is rejected);"
            " the question is not asked again."
        )
    )
    return command


review_command.add_command(_decision(True))
review_command.add_command(_decision(False))

COMMANDS = [
    _judge("confirmed"),
    _judge("rejected"),
    edit_command,
    merge_command,
    split_command,
    add_initiative_command,
    note_command,
    history_command,
    review_command,
]
