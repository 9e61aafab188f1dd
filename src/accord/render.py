"""Render a record as readable text tables for the terminal."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from accord.record import DocumentInfo, Entity, Event, Figure, Initiative, Record, Role, Statement

_EMPTY = "-"


def record_view(record: Record) -> Group:
    """Return the record as a document header followed by one table per non-empty section."""
    sections: list[RenderableType] = [_header(record.document)]
    for title, table in (
        ("Entities", _entities(record.entities)),
        ("Events", _events(record.events)),
        ("Initiatives", _initiatives(record.initiatives)),
        ("Figures", _figures(record.figures)),
        ("Statements", _statements(record.statements)),
    ):
        if table.row_count:
            table.title = f"{title} ({table.row_count})"
            table.title_justify = "left"
            table.title_style = "bold"
            sections.append(table)
        else:
            sections.append(Text(f"{title}: none found", style="dim"))
    return Group(*sections)


def format_value(value: float) -> str:
    """Return a figure's value with thousands separators and no spurious decimals."""
    return f"{int(value):,}" if value.is_integer() else f"{value:,.6g}"


def _header(document: DocumentInfo) -> Text:
    header = Text()
    if document.title:
        header.append(f"{document.title}\n", style="bold")
    header.append(f"source: {document.source}  id: {document.id}  language: {document.language}")
    header.append(f"  published: {document.published or _EMPTY}")
    for notice in document.notices:
        header.append(f"\nnotice: {notice}", style="yellow")
    return header


def _table(*columns: str) -> Table:
    table = Table(show_lines=False, expand=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def _cell(value: str | None) -> str:
    return value if value else _EMPTY


def _joined(values: Iterable[str]) -> str:
    return ", ".join(values) or _EMPTY


def _role(role: Role) -> str:
    return ", ".join(part for part in (role.title, role.organization, role.country) if part)


def _entities(entities: Sequence[Entity]) -> Table:
    table = _table("name", "type", "country", "roles")
    for entity in entities:
        roles = "; ".join(_role(role) for role in entity.roles)
        table.add_row(entity.name, entity.type, _cell(entity.country), _cell(roles))
    return table


def _events(events: Sequence[Event]) -> Table:
    table = _table("type", "name", "date", "place", "chair", "organizer", "participants")
    for event in events:
        table.add_row(
            event.type,
            _cell(event.name),
            _cell(event.date),
            _cell(event.place),
            _cell(event.chair),
            _cell(event.organizer),
            _joined(event.participants),
        )
    return table


def _initiatives(initiatives: Sequence[Initiative]) -> Table:
    table = _table("title", "kind", "status", "sector", "actors", "deadline")
    for initiative in initiatives:
        table.add_row(
            initiative.title,
            initiative.kind,
            initiative.status,
            initiative.sector,
            _joined(initiative.actors),
            _cell(initiative.deadline),
        )
    return table


def _figures(figures: Sequence[Figure]) -> Table:
    table = _table("value", "unit", "qualifier", "metric", "period", "subjects", "goal")
    for figure in figures:
        table.add_row(
            format_value(figure.value),
            _cell(figure.unit),
            figure.qualifier,
            figure.metric,
            _cell(figure.period),
            _joined(figure.subjects),
            _goal(figure),
        )
    return table


def _goal(figure: Figure) -> str:
    """Say whether a figure is a target, and by when and whom it was set."""
    if figure.target is None:
        return ""
    by = f" by {figure.target.by}" if figure.target.by else ""
    setters = f", set by {_joined(figure.target.setters)}" if figure.target.setters else ""
    return f"target{by}{setters}"


def _statements(statements: Sequence[Statement]) -> Table:
    table = _table("speaker", "text")
    for statement in statements:
        table.add_row(statement.speaker, statement.text)
    return table
