"""Read a file or stdin into a SourceDocument, choosing the format by extension."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from accord.documents.limits import DEFAULT_LIMITS, ContentLimits
from accord.documents.model import SourceDocument
from accord.documents.published import parse_published
from accord.errors import ReadError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
STDIN = "-"

FormatReader = Callable[[bytes, str, ContentLimits], SourceDocument]


def _on_demand(module: str, function: str) -> FormatReader:
    """Return a reader that imports its module when first called: HTML and PDF libraries load slowly."""

    def read(data: bytes, source: str, limits: ContentLimits) -> SourceDocument:
        reader: FormatReader = getattr(importlib.import_module(module), function)
        return reader(data, source, limits)

    read.__name__ = function
    return read


read_plain = _on_demand("accord.documents.plain", "read_plain")
read_html = _on_demand("accord.documents.html", "read_html")
FORMATS: dict[str, FormatReader] = {
    ".txt": read_plain,
    ".md": read_plain,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": _on_demand("accord.documents.pdf", "read_pdf"),
    ".docx": _on_demand("accord.documents.docx", "read_docx"),
}


def read_document(
    path: str | Path,
    *,
    published: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    limits: ContentLimits = DEFAULT_LIMITS,
) -> SourceDocument:
    """Read one document's text, title and publication date; `"-"` reads text from stdin.

    The text is what the format yields with line endings normalized to "\\n" and
    nothing else changed, so every offset accord reports refers to it.
    `published` (YYYY, YYYY-MM or YYYY-MM-DD) overrides the file's own date. `max_bytes` bounds the
    file, `limits` what it unpacks to (text, archive, pages).
    Raises ReadError for anything that cannot be read.
    """
    source = str(path)
    override = _parse_override(published, source)
    if source == STDIN:
        document = read_plain(_read_stdin(max_bytes), STDIN, limits)
    else:
        file = Path(path)
        size = _file_size(file)
        reader = _reader_for(file)
        _check_size(size, max_bytes, source)
        document = reader(_read_bytes(file, max_bytes), source, limits)
    text = normalize_newlines(document.text)
    if not text.strip():
        raise ReadError(source, "has no text (it holds only whitespace)")
    return replace(document, text=text, published=override or document.published)


def normalize_newlines(text: str) -> str:
    """Turn Windows (\\r\\n) and old Mac (\\r) line endings into \\n."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _parse_override(published: str | None, source: str) -> str | None:
    if published is None:
        return None
    try:
        return parse_published(published)
    except ValueError as exc:
        raise ReadError(source, f"bad publication date: {exc}") from exc


def _reader_for(file: Path) -> FormatReader:
    reader = FORMATS.get(file.suffix.lower())
    if reader is None:
        kind = f"'{file.suffix}'" if file.suffix else "without an extension"
        supported = ", ".join(FORMATS)
        raise ReadError(str(file), f"cannot read files {kind}; accord reads {supported}")
    return reader


def _file_size(file: Path) -> int:
    source = str(file)
    try:
        if file.is_dir():
            raise ReadError(source, "is a folder, not a file; name the files inside it")
        return file.stat().st_size
    except OSError as exc:
        raise _os_read_error(source, exc) from exc


def _read_bytes(file: Path, max_bytes: int) -> bytes:
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise _os_read_error(str(file), exc) from exc
    # The file may have changed since it was measured.
    _check_size(len(data), max_bytes, str(file))
    return data


def _os_read_error(source: str, exc: OSError) -> ReadError:
    if isinstance(exc, FileNotFoundError):
        return ReadError(source, "no such file")
    if isinstance(exc, PermissionError):
        return ReadError(source, "permission denied; check the file's read permission")
    return ReadError(source, f"cannot read the file ({exc.strerror or exc})")


def _read_stdin(max_bytes: int) -> bytes:
    # Read one byte past the limit: enough to tell an oversized input without reading all of it.
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ReadError(STDIN, f"is over the {_human_size(max_bytes)} limit; raise it with --max-size")
    _check_size(len(data), max_bytes, STDIN)
    return data


def _check_size(size: int, max_bytes: int, source: str) -> None:
    if size == 0:
        raise ReadError(source, "is empty")
    if size > max_bytes:
        limit = _human_size(max_bytes)
        raise ReadError(source, f"is {_human_size(size)}, over the {limit} limit; raise it with --max-size")


def _human_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
