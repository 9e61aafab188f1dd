"""How much a document may hold once unpacked: checked while it is read, before any parser or model sees it.

A file's size says little about its content: a 3 MB Word file can unpack to a gigabyte of XML, and a
small PDF can hold thousands of pages. Each reader checks what it unpacks against these limits and
refuses early, naming the limit and the option that raises it.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from io import BytesIO

from accord.errors import ReadError

MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class ContentLimits:
    """The most characters of text, unpacked archive bytes, compression ratio and PDF pages a document may have."""

    max_chars: int = 1_000_000
    max_unpacked_bytes: int = 100 * MEGABYTE
    max_ratio: float = 100.0
    max_pages: int = 1_000


DEFAULT_LIMITS = ContentLimits()
# Small members compress far beyond any ratio (a run of spaces); only large ones can be bombs.
_RATIO_FLOOR_BYTES = MEGABYTE


def check_chars(count: int, source: str, limits: ContentLimits) -> None:
    """Refuse a document once its text passes `limits.max_chars`."""
    if count > limits.max_chars:
        raise ReadError(
            source, f"holds over {limits.max_chars:,} characters of text, the limit; raise it with --max-chars"
        )


def check_archive(data: bytes, source: str, limits: ContentLimits, kind: str) -> zipfile.ZipFile:
    """Open a zip-based file (a `kind` such as "Word file") after checking its unpacked size and ratios."""
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ReadError(source, f"cannot read the {kind}, it may be damaged ({exc})") from exc
    unpacked = sum(member.file_size for member in members)
    if unpacked > limits.max_unpacked_bytes:
        raise ReadError(
            source,
            f"unpacks to {unpacked / MEGABYTE:,.0f} MB, over the {limits.max_unpacked_bytes / MEGABYTE:,.0f} MB "
            "limit for archives; raise it with --max-unpacked",
        )
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > _RATIO_FLOOR_BYTES and ratio > limits.max_ratio:
            raise ReadError(
                source,
                f"its part {member.filename} unpacks {ratio:,.0f} times its packed size, over the "
                f"{limits.max_ratio:,.0f}x limit (a zip bomb?); raise it with --max-ratio",
            )
    return archive


def check_pages(count: int, source: str, limits: ContentLimits) -> None:
    """Refuse a PDF of more than `limits.max_pages` pages before its text is extracted."""
    if count > limits.max_pages:
        limit = f"{limits.max_pages:,}"
        raise ReadError(source, f"has {count:,} pages, over the {limit} page limit; raise it with --max-pages")
