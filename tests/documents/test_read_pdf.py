"""Reading PDF files: the text layer of every page, or a clear refusal."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from accord.documents import read_document
from accord.errors import ReadError

FIRST_PAGE = "The leaders signed a memorandum on a regional energy grid worth 2 billion euros."
SECOND_PAGE = "Construction of the first substation is due to start in the spring of 2026."


def write_pdf(path: Path, pages: list[str]) -> Path:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for text in pages:
        pdf.add_page()
        if text:
            pdf.multi_cell(0, 8, text)
        else:
            # A drawn shape stands in for a scanned image: ink on the page, no text layer.
            pdf.rect(20, 20, 120, 80, style="F")
    pdf.output(str(path))
    return path


def test_text_layer_of_each_page_is_joined_by_a_blank_line(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "memorandum.pdf", [FIRST_PAGE, SECOND_PAGE])

    text = read_document(path).text

    first, second = text.split("\n\n")
    assert first.split() == FIRST_PAGE.split()
    assert second.split() == SECOND_PAGE.split()


def test_pdf_without_a_text_layer_asks_for_ocr(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "scan.pdf", [""])

    with pytest.raises(ReadError, match="no text layer.*OCR"):
        read_document(path)


def test_damaged_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "damaged.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nthis is not a pdf body\n")

    with pytest.raises(ReadError, match="cannot read the PDF"):
        read_document(path)


def test_truncated_pdf_is_refused(tmp_path: Path) -> None:
    whole = write_pdf(tmp_path / "whole.pdf", [FIRST_PAGE]).read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(whole[: len(whole) // 3])

    with pytest.raises(ReadError):
        read_document(path)
