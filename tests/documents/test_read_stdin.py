"""Reading "-": the bytes on standard input, decoded as plain text."""

from __future__ import annotations

import io
import sys

import pytest

from accord.documents import read_document
from accord.errors import ReadError

STATEMENT = "The foreign ministers issued a joint statement on water sharing.\r\nTalks resume in May.\r\n"


def feed_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_stdin_is_read_as_text_with_source_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    feed_stdin(monkeypatch, STATEMENT.encode("utf-8"))

    document = read_document("-", published="2025")

    assert document.source == "-"
    assert document.text == STATEMENT.replace("\r\n", "\n")
    assert document.published == "2025"


def test_stdin_in_cp1251_is_decoded(monkeypatch: pytest.MonkeyPatch) -> None:
    statement = (
        "Министры иностранных дел выступили с совместным заявлением о вододелении. "
        "Переговоры возобновятся в мае, сообщила пресс-служба министерства."
    )
    feed_stdin(monkeypatch, statement.encode("cp1251"))

    assert read_document("-").text == statement


def test_empty_stdin_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    feed_stdin(monkeypatch, b"")

    with pytest.raises(ReadError, match="^-: is empty$"):
        read_document("-")


def test_stdin_over_the_size_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    feed_stdin(monkeypatch, b"statement " * 300)

    with pytest.raises(ReadError, match="over the 1.0 KB limit; raise it with --max-size"):
        read_document("-", max_bytes=1024)
