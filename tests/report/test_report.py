"""`accord report`: a briefing of the seeds and the samples, as PDF (read back with pdftotext), HTML and Markdown."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine

from accord.documents import SourceDocument, read_document
from accord.extract import extract_records
from accord.ingest.writer import save_document
from accord.record import Record
from accord.report import ReportFilters, build_briefing, render_html, render_markdown, render_pdf
from accord.web.charts import dated_marks

AS_OF = date(2030, 1, 1)


@pytest.fixture(scope="module")
def records(seed_paths: list[Path], sample_paths: list[Path]) -> list[tuple[SourceDocument, Record]]:
    """Return the seeds and the samples with their records, extracted once."""
    documents = [read_document(path) for path in [*seed_paths, *sample_paths]]
    return list(zip(documents, extract_records(documents), strict=True))


@pytest.fixture
def filled(store: Engine, records: list[tuple[SourceDocument, Record]]) -> Engine:
    for document, record in records:
        save_document(store, document, record)
    return store


def briefing_of(engine: Engine, **filters: object) -> dict:
    with engine.connect() as conn:
        return build_briefing(conn, ReportFilters(as_of=AS_OF, **filters))  # type: ignore[arg-type]


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    """Return the text of a PDF as pdftotext reads it."""
    assert shutil.which("pdftotext"), "pdftotext is missing: apt-get install poppler-utils"
    path = tmp_path / "briefing.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_the_pdf_briefing_lists_the_initiatives_the_missed_milestone_and_the_trade_sources(
    filled: Engine, tmp_path: Path
) -> None:
    briefing = briefing_of(filled, title="Uzbekistan–Russia cooperation")
    text = pdf_text(render_pdf(briefing), tmp_path)
    assert "Uzbekistan–Russia cooperation" in text and "Page 1 of" in text
    for _status, initiatives in briefing["groups"]:
        for initiative in initiatives:
            assert initiative["title"].split()[0] in text
    nuclear = next(i for _s, group in briefing["groups"] for i in group if "nuclear power plant" in i["title"])
    assert any(m["date"].startswith("2029") and m["state"] == "missed" for m in nuclear["milestones"]), nuclear
    assert "2029 — missed" in " ".join(text.split())
    trade = next(
        i for i in briefing["indicators"] if i["series"]["metric"] == "trade" and "Russia" in i["series"]["subjects"]
    )
    sources = {o["source"]["document"] for o in trade["track"]["observations"]}
    assert len(sources) >= 2, "the trade series is told by more than one document"
    assert trade["conflicts"] and "Sources disagree on 2024" in text
    assert "Evidence" in text and "Who is who" in text


def test_evidence_notes_are_numbered_in_the_order_a_reader_meets_them(filled: Engine, tmp_path: Path) -> None:
    briefing = briefing_of(filled)
    cited = [n for _status, group in briefing["groups"] for i in group for n in i["notes"]]
    first_citations = list(dict.fromkeys(cited))
    assert first_citations == list(range(1, len(briefing["notes"]) + 1))
    pdf = tmp_path / "briefing.pdf"
    pdf.write_bytes(render_pdf(briefing))
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "DejaVu-Sans" in fonts and "Serif" not in fonts, "the footer is set in the body's font"


def test_charts_are_painted_without_a_style_sheet_and_only_drawn_with_two_dated_points(filled: Engine) -> None:
    briefing = briefing_of(filled)
    page = render_html(briefing)
    # WeasyPrint applies no CSS inside an SVG: the marks carry their paint, conflicts in red.
    assert re.search(r'<circle class="point conflict" fill="#b3261e"', page)
    assert 'font-size="11"' in page and "No dated observations" not in page
    charted = sum(dated_marks(i["track"]) > 1 for i in briefing["indicators"])
    assert page.count('<svg class="chart"') == charted < len(briefing["indicators"])


def test_a_country_filter_keeps_its_initiatives_and_says_so_in_the_colophon(filled: Engine) -> None:
    everything = briefing_of(filled)
    uzbek = briefing_of(filled, country="Uzbekistan")
    assert 0 < uzbek["summary"]["initiatives"] < everything["summary"]["initiatives"]
    assert ("country", "Uzbekistan") in uzbek["colophon"]["filters"]
    assert filled.dialect.name in uzbek["colophon"]["knowledge_base"]


def test_the_html_briefing_is_self_contained_and_the_markdown_holds_the_same_initiatives(filled: Engine) -> None:
    briefing = briefing_of(filled)
    page = render_html(briefing)
    assert "<svg" in page and "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    markdown = render_markdown(briefing)
    for _status, initiatives in briefing["groups"]:
        for initiative in initiatives:
            assert initiative["title"] in markdown
    assert markdown.count("[^1]") >= 2, "a note is cited and given"


def test_accord_report_writes_the_format_its_file_names(
    filled: Engine, database_url: str, accord_bin: str, tmp_path: Path
) -> None:
    out = tmp_path / "briefing.md"
    done = subprocess.run(
        [accord_bin, "report", "--db", database_url, "--as-of", "2030-01-01", "--out", str(out)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8").startswith("# Briefing")
    bad = subprocess.run(
        [accord_bin, "report", "--db", database_url, "--out", str(tmp_path / "briefing.doc")],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2 and "--format html|pdf|md" in bad.stderr
