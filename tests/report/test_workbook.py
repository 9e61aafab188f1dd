"""The XLSX export: reopened with openpyxl, it holds every initiative and figure, with real dates and numbers."""

from __future__ import annotations

import subprocess
from datetime import date
from io import BytesIO
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import Engine, func, select

from accord.curation.manual import add_initiative
from accord.documents import SourceDocument
from accord.ingest.writer import save_document
from accord.record import Record
from accord.report.workbook import knowledge_base_workbook
from accord.store import tables

SHEETS = ["initiatives", "reports", "milestones", "entities", "figures", "conflicts"]


def test_the_workbook_holds_every_initiative_and_figure_with_real_dates_and_numbers(
    store: Engine, solar_park_records: list[tuple[SourceDocument, Record]]
) -> None:
    for document, record in solar_park_records:
        save_document(store, document, record)
    with store.connect() as conn:
        book = load_workbook(BytesIO(knowledge_base_workbook(conn)))
        initiatives = conn.scalar(
            select(func.count()).select_from(tables.kb_initiatives).where(tables.kb_initiatives.c.verdict.is_(None))
        )
        figures = conn.scalar(select(func.count()).select_from(tables.figures))
    assert book.sheetnames == SHEETS
    assert book["initiatives"].max_row - 1 == initiatives > 0
    assert book["figures"].max_row - 1 == figures > 0
    for name in SHEETS:
        sheet = book[name]
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    header = [cell.value for cell in book["figures"][1]]
    values = [row[header.index("value")] for row in book["figures"].iter_rows(min_row=2, values_only=True)]
    assert all(isinstance(value, int | float) for value in values)
    published = [row[header.index("published")] for row in book["figures"].iter_rows(min_row=2, values_only=True)]
    assert any(isinstance(day, date) for day in published)
    titles = [row[1] for row in book["initiatives"].iter_rows(min_row=2, values_only=True)]
    assert "Issyk-Kul Solar Park" in titles
    assert book["conflicts"].max_row > 1, "the two 2024 trade figures disagree"


def test_accord_export_writes_the_workbook_to_the_file_named(
    store: Engine,
    database_url: str,
    solar_park_records: list[tuple[SourceDocument, Record]],
    accord_bin: str,
    tmp_path: Path,
) -> None:
    for document, record in solar_park_records:
        save_document(store, document, record)
    out = tmp_path / "kb.xlsx"
    done = subprocess.run(
        [accord_bin, "export", "--format", "xlsx", "--out", str(out), "--db", database_url],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert load_workbook(out).sheetnames == SHEETS
    refused = subprocess.run(
        [accord_bin, "export", "--format", "xlsx", "--db", database_url], capture_output=True, text=True
    )
    assert refused.returncode == 2 and "--out" in refused.stderr


def test_a_control_character_in_a_curated_title_is_left_out_of_the_workbook(store: Engine) -> None:
    with store.begin() as conn:
        add_initiative(conn, "Joint\x07customs\x1bpost", "curator")
    with store.connect() as conn:
        book = load_workbook(BytesIO(knowledge_base_workbook(conn)))
    titles = [row[1] for row in book["initiatives"].iter_rows(min_row=2, values_only=True)]
    assert titles == ["Jointcustomspost"]
