"""Plain text files (.txt, .md, stdin): bytes in an unknown encoding to text."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from accord.documents.headline import dateline_day, headline
from accord.documents.limits import DEFAULT_LIMITS, ContentLimits, check_chars
from accord.documents.model import SourceDocument
from accord.errors import ReadError

# Byte order marks name their encoding outright; UTF-16/32 text is full of NUL
# bytes, so these must be decoded before the binary check rejects them.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes that no text encoding accord meets uses for prose (tab, line feed,
# vertical tab, form feed and carriage return excepted). Text has next to none;
# a binary file has them everywhere, NUL above all.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_MAX_CONTROL_SHARE = 0.02
_SAMPLE_BYTES = 65_536


def read_plain(data: bytes, source: str, limits: ContentLimits = DEFAULT_LIMITS) -> SourceDocument:
    """Decode a plain-text file or stdin, titled by its headline and dated by its dateline when it has them."""
    text = decode_text(data, source)
    check_chars(len(text), source, limits)
    return SourceDocument(source=source, text=text, title=headline(text), published=dateline_day(text))


def decode_text(data: bytes, source: str) -> str:
    """Decode plain-text bytes: a BOM's encoding, else UTF-8, else a detected encoding.

    The text is returned exactly as decoded (a BOM dropped); line endings are
    left for the caller to normalize. Binary content raises ReadError.
    """
    text = _decode_by_bom(data, source)
    if text is not None:
        return text
    if _looks_binary(data):
        raise ReadError(source, "looks like a binary file (it is full of control bytes), not text")
    return _decode_utf8(data) or _decode_detected(data, source)


def _decode_by_bom(data: bytes, source: str) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                reason = f"starts with a {encoding} byte order mark but does not decode as {encoding}"
                raise ReadError(source, reason) from exc
    return None


def _decode_utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _decode_detected(data: bytes, source: str) -> str:
    match = from_bytes(data).best()
    if match is None:
        raise ReadError(source, "cannot tell the text encoding; convert the file to UTF-8")
    return str(match)


def _looks_binary(data: bytes) -> bool:
    sample = data[:_SAMPLE_BYTES]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return control / len(sample) > _MAX_CONTROL_SHARE
