"""The knowledge base as an XLSX workbook: one sheet each for initiatives, reports, milestones, entities,
figures and conflicts, with a frozen header, filters, real dates and real numbers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from io import BytesIO
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy import Connection, select

from accord.store import tables
from accord.store.conflicts import find_conflicts
from accord.store.entities import list_entities
from accord.store.initiatives import list_initiatives
from accord.store.register import FIELDS, build_register
from accord.store.schedule import schedules

_WIDEST = 60


def _cell(value: Any) -> Any:
    """Return a value as a cell holds it: a full ISO day as a date, lists joined, control characters (which XLSX
    cannot hold, and a pasted or scraped text may) removed, the rest as it is."""
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, list | tuple | set):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    return value


def _sheet(book: Workbook, title: str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    sheet = book.create_sheet(title)
    sheet.append(list(header))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = [len(name) for name in header]
    for row in rows:
        values = [_cell(value) for value in row]
        sheet.append(values)
        for n, value in enumerate(values):
            widths[n] = max(widths[n], min(_WIDEST, len(str(value)) if value is not None else 0))
            if isinstance(value, date):
                sheet.cell(sheet.max_row, n + 1).number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for n, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(n)].width = width + 2


def _figures(conn: Connection) -> list[list[Any]]:
    f, d = tables.figures, tables.documents
    query = (
        select(
            f.c.id,
            f.c.metric,
            f.c.value,
            f.c.unit,
            f.c.qualifier,
            f.c.period,
            f.c.subjects,
            f.c.target,
            f.c.series_id,
            f.c.verdict,
            f.c.text,
            d.c.title,
            d.c.source,
            d.c.published,
        )
        .join(d, d.c.id == f.c.document_id)
        .order_by(f.c.metric, f.c.id)
    )
    return [
        [
            row.id,
            row.metric,
            row.value,
            row.unit,
            row.qualifier,
            row.period,
            row.subjects,
            "target" if row.target else "observation",
            row.series_id,
            row.verdict,
            row.text,
            row.title or row.source,
            row.published,
        ]
        for row in conn.execute(query)
    ]


def _saved(book: Workbook) -> bytes:
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def rows_workbook(title: str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """Return one list (the register's rows, the entities) as the bytes of a one-sheet XLSX workbook."""
    book = Workbook()
    book.remove(book.active)
    _sheet(book, title, header, rows)
    return _saved(book)


def knowledge_base_workbook(conn: Connection) -> bytes:
    """Return the whole knowledge base as the bytes of an XLSX workbook."""
    book = Workbook()
    book.remove(book.active)
    register = build_register(conn).rows
    _sheet(
        book,
        "initiatives",
        [field.replace("_", " ") for field in FIELDS],
        ([r[field] for field in FIELDS] for r in register),
    )
    reports = [(i["id"], r) for i in list_initiatives(conn) for r in i["reports"]]
    _sheet(
        book,
        "reports",
        ["initiative", "title", "kind", "status", "actors", "parties", "location", "deadline", "document", "published"],
        (
            [
                kb_id,
                r["title"],
                r["kind"],
                r["status"],
                r["actors"],
                r["parties"],
                r["location"],
                r["deadline"],
                r["source"],
                r["published"],
            ]
            for kb_id, r in reports
        ),
    )
    plans = schedules(conn)
    _sheet(
        book,
        "milestones",
        ["initiative", "milestone", "date", "source"],
        (
            [kb_id, m["label"], m["date"], m.get("source")]
            for kb_id, plan in sorted(plans.items())
            for m in plan.milestones
        ),
    )
    _sheet(
        book,
        "entities",
        ["name", "type", "country", "documents", "aliases"],
        ([e["name"], e["type"], e["country"], e["documents"], e["aliases"]] for e in list_entities(conn)),
    )
    _sheet(
        book,
        "figures",
        [
            "id",
            "metric",
            "value",
            "unit",
            "qualifier",
            "period",
            "subjects",
            "role",
            "series",
            "verdict",
            "sentence",
            "document",
            "published",
        ],
        _figures(conn),
    )
    _sheet(
        book,
        "conflicts",
        ["series", "metric", "subjects", "unit", "period", "spread", "side", "value", "document", "published"],
        (
            [
                c["series"]["id"],
                c["series"]["metric"],
                c["series"]["subjects"],
                c["series"]["unit"],
                c["period"],
                c["spread"],
                n,
                s["value"],
                s["source"],
                s["published"],
            ]
            for c in find_conflicts(conn)
            for n, side in enumerate(c["sides"], 1)
            for s in side["sources"]
        ),
    )
    return _saved(book)
