"""Property tests on random and hostile input: the readers, the number and money parser and the date parsers
never raise anything but a clear ReadError or ValueError, and what they return is well formed."""

from __future__ import annotations

import math
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.documents.published import parse_published
from accord.documents.upload import pasted_document, read_upload
from accord.errors import ReadError
from accord.extract.language.dates import resolve_date
from accord.extract.language.numbers import parse_amount

NAMES = st.sampled_from(["a.txt", "a.md", "a.html", "a.htm", "a.pdf", "a.docx", "a.exe", "noext", "../../x.txt", ""])
SIGNED = st.one_of(st.binary(max_size=2000), st.sampled_from([b"%PDF-1.7\n", b"PK\x03\x04", b"\xef\xbb\xbf"]))
AMOUNT_WORDS = st.sampled_from(
    [
        "$",
        "€",
        "£",
        "%",
        "USD",
        "billion",
        "million",
        "thousand",
        "over",
        "about",
        "up to",
        "sixfold",
        "per cent",
        "1.2",
        "4,500",
        "0",
        "-3",
        "1e309",
        "nan",
        "tonnes",
        "MW",
        "to",
        "and",
        "twenty-five",
        "\x00",
        "٣",
    ]
)
ISO_DAY = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(name=NAMES, head=SIGNED, tail=st.binary(max_size=3000))
def test_an_upload_of_any_bytes_is_a_document_or_a_read_error(name: str, head: bytes, tail: bytes) -> None:
    try:
        document = read_upload(name, head + tail, max_bytes=64 * 1024)
    except ReadError as exc:
        assert exc.source.startswith("upload:") and exc.reason
        return
    assert document.source.startswith("upload:") and "/" not in document.source.removeprefix("upload:")
    assert document.text.strip() and "\r" not in document.text


@PROPERTY
@given(text=st.text(max_size=3000), published=st.one_of(st.none(), st.text(max_size=12)))
def test_pasted_text_is_a_document_or_a_read_error(text: str, published: str | None) -> None:
    try:
        document = pasted_document(text, max_bytes=64 * 1024, published=published)
    except ReadError as exc:
        assert exc.reason
        return
    assert document.text.strip()
    assert document.published is None or ISO_DAY.fullmatch(document.published)


@PROPERTY
@given(words=st.lists(st.one_of(AMOUNT_WORDS, st.text(max_size=8)), max_size=8))
def test_any_amount_text_parses_to_a_finite_value_or_nothing(words: list[str]) -> None:
    amount = parse_amount(" ".join(words))
    if amount is not None:
        assert math.isfinite(amount.value)
        assert amount.qualifier in ("exact", "approx", "more_than", "less_than", "up_to")


@PROPERTY
@given(text=st.text(max_size=60), published=st.one_of(st.none(), st.from_regex(ISO_DAY, fullmatch=True)))
def test_any_date_text_resolves_to_an_iso_date_or_nothing(text: str, published: str | None) -> None:
    resolved = resolve_date(text, published)
    assert resolved is None or ISO_DAY.fullmatch(resolved), resolved


@PROPERTY
@given(value=st.text(max_size=20))
def test_a_publication_date_is_iso_or_a_value_error(value: str) -> None:
    try:
        parsed = parse_published(value)
    except ValueError:
        return
    assert ISO_DAY.fullmatch(parsed)
