"""Documents given over the web: an uploaded file's bytes or pasted text, read in memory, never from a path."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from pathlib import PurePosixPath

from accord.documents.limits import DEFAULT_LIMITS, ContentLimits, check_chars
from accord.documents.model import SourceDocument
from accord.documents.published import parse_published
from accord.documents.reader import FORMATS, normalize_newlines
from accord.errors import ReadError

# What a file of each binary format starts with; text formats are checked by decoding them.
_SIGNATURES = {".pdf": b"%PDF-", ".docx": b"PK\x03\x04"}
_UNSAFE = re.compile(r"[^\w.\-]+")


def upload_name(filename: str) -> str:
    """Return a file name reduced to its last part and to letters, digits, '.', '-' and '_'."""
    last = re.split(r"[\\/]", filename)[-1]
    return _UNSAFE.sub("_", last).strip("._")[:80] or "upload"


def _finish(document: SourceDocument, title: str | None, published: str | None) -> SourceDocument:
    text = normalize_newlines(document.text)
    if not text.strip():
        raise ReadError(document.source, "has no text (it holds only whitespace)")
    try:
        date = parse_published(published) if published else None
    except ValueError as exc:
        raise ReadError(document.source, f"bad publication date: {exc}") from exc
    return replace(document, text=text, title=title or document.title, published=date or document.published)


def _check_size(source: str, size: int, max_bytes: int) -> None:
    if size == 0:
        raise ReadError(source, "is empty")
    if size > max_bytes:
        raise ReadError(source, f"is {size:,} bytes, over the {max_bytes:,} byte limit for uploads")


def read_upload(
    filename: str,
    data: bytes,
    max_bytes: int,
    title: str | None = None,
    published: str | None = None,
    limits: ContentLimits = DEFAULT_LIMITS,
) -> SourceDocument:
    """Read an uploaded file's bytes by its name's extension into a document with source "upload:NAME".

    Raises ReadError for a name accord cannot read, bytes over `max_bytes`, or content not of the named format.
    """
    name = upload_name(filename)
    source = f"upload:{name}"
    suffix = PurePosixPath(name).suffix.lower()
    reader = FORMATS.get(suffix)
    if reader is None:
        raise ReadError(source, f"cannot read '{suffix or 'no extension'}' files; upload {', '.join(FORMATS)}")
    _check_size(source, len(data), max_bytes)
    signature = _SIGNATURES.get(suffix)
    if signature and not data.startswith(signature):
        raise ReadError(source, f"is not a {suffix} file (its content does not start like one)")
    return _finish(reader(data, source, limits), title, published)


def pasted_document(
    text: str,
    max_bytes: int,
    title: str | None = None,
    published: str | None = None,
    limits: ContentLimits = DEFAULT_LIMITS,
) -> SourceDocument:
    """Return pasted text as a document with source "pasted:" and the start of its content hash."""
    data = text.encode()
    source = f"pasted:{hashlib.sha256(data).hexdigest()[:12]}"
    _check_size(source, len(data.strip()), max_bytes)
    check_chars(len(text), source, limits)
    return _finish(SourceDocument(source=source, text=text), title, published)
