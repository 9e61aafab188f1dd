"""Reading Word files: paragraphs and table cells in reading order, the title from the properties."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from accord.documents import read_document
from accord.errors import ReadError

OPENING = "The round table brought together ministers of agriculture from five countries."
CLOSING = "Participants agreed to meet again in Samarkand in October."


def write_report(path: Path, *, title: str = "") -> Path:
    document = docx.Document()
    document.core_properties.title = title
    document.add_paragraph(OPENING)
    document.add_paragraph("")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Project"
    table.cell(0, 1).text = "Investment"
    table.cell(1, 0).text = "Grain terminal in Aktau"
    table.cell(1, 1).text = "$120 million"
    document.add_paragraph(CLOSING)
    document.save(str(path))
    return path


def test_paragraphs_and_table_cells_are_joined_in_reading_order(tmp_path: Path) -> None:
    text = read_document(write_report(tmp_path / "round-table.docx")).text

    assert text.split("\n\n") == [
        OPENING,
        "Project",
        "Investment",
        "Grain terminal in Aktau",
        "$120 million",
        CLOSING,
    ]


def test_merged_table_cell_is_read_once(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "Joint declaration on food security"
    table.cell(0, 2).text = "signed"
    path = tmp_path / "declaration.docx"
    document.save(str(path))

    assert read_document(path).text == "Joint declaration on food security\n\nsigned"


def test_title_comes_from_the_core_properties(tmp_path: Path) -> None:
    path = write_report(tmp_path / "round-table.docx", title="Round table on regional food security")

    assert read_document(path).title == "Round table on regional food security"


def test_missing_title_is_none(tmp_path: Path) -> None:
    assert read_document(write_report(tmp_path / "round-table.docx")).title is None


def test_damaged_docx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "damaged.docx"
    path.write_bytes(b"PK\x03\x04 this zip archive ends too soon")

    with pytest.raises(ReadError, match="cannot read the Word file"):
        read_document(path)


def test_text_file_renamed_to_docx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    path.write_text(OPENING, encoding="utf-8")

    with pytest.raises(ReadError, match="cannot read the Word file"):
        read_document(path)


def test_docx_without_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blank.docx"
    docx.Document().save(str(path))

    with pytest.raises(ReadError, match="has no text"):
        read_document(path)
