"""Reading .txt and .md files: encodings are detected, the text is otherwise untouched."""

from __future__ import annotations

from pathlib import Path

from accord.documents import read_document

READOUT = (
    "MOSCOW, March 4 (Newswire) - The two governments signed an agreement on Tuesday\n"
    "to build a 1,200-megawatt power plant near the border, officials said.\n"
)
RUSSIAN_READOUT = (
    "Москва, 4 марта. Правительства двух стран подписали во вторник соглашение о строительстве "
    "электростанции мощностью 1200 мегаватт вблизи границы, сообщили официальные лица. "
    "Стоимость проекта оценивается в 2,5 миллиарда долларов, строительство завершится к 2028 году."
)


def test_utf8_text_is_read_as_is(tmp_path: Path) -> None:
    path = tmp_path / "readout.txt"
    path.write_text(READOUT, encoding="utf-8")

    document = read_document(path)

    assert document.text == READOUT
    assert document.source == str(path)
    assert document.title is None
    assert document.published is None


def test_utf8_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "readout.txt"
    path.write_bytes(b"\xef\xbb\xbf" + READOUT.encode("utf-8"))

    assert read_document(path).text == READOUT


def test_cp1251_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "readout.txt"
    path.write_bytes(RUSSIAN_READOUT.encode("cp1251"))

    assert read_document(path).text == RUSSIAN_READOUT


def test_utf16_text_with_byte_order_mark_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "readout.txt"
    path.write_bytes(RUSSIAN_READOUT.encode("utf-16"))

    assert read_document(path).text == RUSSIAN_READOUT


def test_windows_line_endings_become_newlines_and_nothing_else_changes(tmp_path: Path) -> None:
    path = tmp_path / "readout.md"
    path.write_bytes(b"# Talks in Moscow\r\n\r\n  Indented  line\twith tab.\r\nLast line")

    assert read_document(path).text == "# Talks in Moscow\n\n  Indented  line\twith tab.\nLast line"


def test_extension_is_matched_whatever_its_case(tmp_path: Path) -> None:
    path = tmp_path / "READOUT.TXT"
    path.write_text(READOUT, encoding="utf-8")

    assert read_document(path).text == READOUT


def test_published_argument_sets_the_date(tmp_path: Path) -> None:
    path = tmp_path / "readout.txt"
    path.write_text(READOUT, encoding="utf-8")

    assert read_document(path, published="2024-03").published == "2024-03"
