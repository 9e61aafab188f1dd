"""Turn the paths given to `accord ingest` (files, folders, globs, tables) into documents to ingest."""

from __future__ import annotations

import glob
from collections.abc import Iterator
from pathlib import Path

from accord.documents import SourceDocument
from accord.documents.limits import DEFAULT_LIMITS, ContentLimits
from accord.documents.reader import FORMATS, read_document
from accord.errors import ReadError
from accord.ingest.tables import TABLE_SUFFIXES, Columns, Failure, read_table

INGESTIBLE = frozenset(FORMATS) | TABLE_SUFFIXES


def expand(paths: list[str], recursive: bool = False) -> Iterator[Path | Failure]:
    """Yield every file a path names: the file itself, a folder's documents, or a glob's matches."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = path.rglob("*") if recursive else path.glob("*")
            yield from sorted(f for f in found if f.is_file() and f.suffix.lower() in INGESTIBLE)
        elif path.exists():
            yield path
        elif matches := sorted(glob.glob(given, recursive=recursive)):
            yield from (Path(m) for m in matches if Path(m).is_file())
        else:
            yield Failure(given, "no such file or folder, and no file matches it as a glob")


def read_sources(
    paths: list[str],
    *,
    recursive: bool = False,
    published: str | None = None,
    columns: Columns | None = None,
    limits: ContentLimits = DEFAULT_LIMITS,
) -> Iterator[SourceDocument | Failure]:
    """Yield a document for each file or table row the paths name, or a failure saying why it cannot be read."""
    for item in expand(paths, recursive):
        if isinstance(item, Failure):
            yield item
            continue
        try:
            if item.suffix.lower() in TABLE_SUFFIXES:
                yield from read_table(item, columns or Columns(), published)
            else:
                yield read_document(item, published=published, limits=limits)
        except ReadError as exc:
            yield Failure(exc.source, exc.reason)
        except Exception as exc:  # a bug in one reader must cost one file, not the batch
            yield Failure(str(item), f"could not be read ({type(exc).__name__}: {exc})")
