"""Limits on what a file holds, not only on its size: a zip bomb, a small Word file with a huge text, a PDF
of too many pages and an endless text are refused early, each with a message naming the limit to raise."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx
import pytest
from test_read_docx import write_report
from test_read_pdf import write_pdf

from accord.documents import read_document
from accord.documents.limits import ContentLimits
from accord.documents.upload import read_upload
from accord.errors import ReadError

WORDS = ["ministers", "agreed", "railway", "corridor", "grain", "terminal", "solar", "park", "financing", "loan"]
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def write_zip_bomb(path: Path, unpacked_bytes: int) -> Path:
    """Write a .docx whose body is `unpacked_bytes` of one repeated byte: tiny packed, huge unpacked."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        with archive.open("word/document.xml", "w", force_zip64=True) as body:
            chunk = b" " * (8 * 1024 * 1024)
            for _ in range(unpacked_bytes // len(chunk)):
                body.write(chunk)
    return path


def write_long_docx(path: Path, chars: int) -> Path:
    """Write a small, well-formed .docx body of about `chars` characters of varied words."""
    rng = random.Random(7)
    runs, total = [], 0
    while total < chars:
        sentence = " ".join(rng.choice(WORDS) for _ in range(12)) + "."
        runs.append(f"<w:p><w:r><w:t>{sentence}</w:t></w:r></w:p>")
        total += len(sentence)
    body = f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>{"".join(runs)}</w:body></w:document>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("word/document.xml", body)
    return path


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    bomb = write_zip_bomb(tmp_path / "bomb.docx", 256 * 1024 * 1024)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    started = time.perf_counter()
    with pytest.raises(ReadError, match=r"unpacks to 256 MB, over the 100 MB limit.*--max-unpacked"):
        read_document(bomb)
    assert time.perf_counter() - started < 2


def test_one_part_packed_far_beyond_the_ratio_is_refused(tmp_path: Path) -> None:
    bomb = write_zip_bomb(tmp_path / "bomb.docx", 16 * 1024 * 1024)
    with pytest.raises(ReadError, match=r"word/document.xml unpacks .* times its packed size.*--max-ratio"):
        read_document(bomb)


def test_a_small_word_file_holding_a_huge_text_is_refused_quickly_and_in_little_memory(tmp_path: Path) -> None:
    long_file = write_long_docx(tmp_path / "long.docx", 10_000_000)
    assert long_file.stat().st_size < 4 * 1024 * 1024
    probe = (
        "import json, resource, sys, time\n"
        "from accord.documents import read_document\n"
        "from accord.errors import ReadError\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "started = time.perf_counter()\n"
        "try:\n    read_document(sys.argv[1])\n    message = None\n"
        "except ReadError as exc:\n    message = str(exc)\n"
        "grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before\n"
        "print(json.dumps({'message': message, 'seconds': time.perf_counter() - started, 'kb': grown}))\n"
    )
    result = json.loads(subprocess.check_output([sys.executable, "-c", probe, str(long_file)], text=True))
    assert result["message"] and "--max-chars" in result["message"]
    assert result["seconds"] < 2
    assert result["kb"] < 300 * 1024


def test_a_word_file_within_the_limits_reads_as_before(tmp_path: Path) -> None:
    text = read_document(write_report(tmp_path / "report.docx")).text
    assert text.startswith("The round table brought together")
    document = docx.Document()
    for n in range(400):
        document.add_paragraph(f"Paragraph {n}: the ministers agreed on a grain terminal and a railway corridor.")
    document.save(str(tmp_path / "long.docx"))
    assert read_document(tmp_path / "long.docx").text.count("Paragraph") == 400


def test_a_pdf_of_too_many_pages_is_refused_before_its_text_is_read(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "report.pdf", [f"Page {n} of the annual report." for n in range(5)])
    with pytest.raises(ReadError, match=r"has 5 pages, over the 3 page limit; raise it with --max-pages"):
        read_document(pdf, limits=ContentLimits(max_pages=3))
    assert "Page 4" in read_document(pdf).text


def test_a_text_over_the_character_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("The council met again. " * 100, encoding="utf-8")
    with pytest.raises(ReadError, match=r"over 1,000 characters of text, the limit; raise it with --max-chars"):
        read_document(path, limits=ContentLimits(max_chars=1_000))


def test_an_upload_is_held_to_the_same_limits(tmp_path: Path) -> None:
    bomb = write_zip_bomb(tmp_path / "bomb.docx", 256 * 1024 * 1024).read_bytes()
    with pytest.raises(ReadError, match=r"^upload:bomb.docx: unpacks to"):
        read_upload("bomb.docx", bomb, max_bytes=5 * 1024 * 1024)


def test_the_commands_raise_and_lower_the_limits(tmp_path: Path, accord_bin: str) -> None:
    path = tmp_path / "long.txt"
    path.write_text("The council met again in the capital. " * 20, encoding="utf-8")
    refused = subprocess.run([accord_bin, "text", str(path), "--max-chars", "100"], capture_output=True, text=True)
    assert refused.returncode == 1
    assert f"accord: error: {path}: holds over 100 characters" in refused.stderr and "--max-chars" in refused.stderr
    read = subprocess.run([accord_bin, "text", str(path), "--max-chars", "5000"], capture_output=True, text=True)
    assert read.returncode == 0 and read.stdout.startswith("The council met")
