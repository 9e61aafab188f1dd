"""Word files (.docx): paragraphs and table cells in reading order."""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from accord.documents.model import SourceDocument
from accord.errors import ReadError

BLOCK_SEPARATOR = "\n\n"


def read_docx(data: bytes, source: str) -> SourceDocument:
    """Join non-empty paragraphs and table cells with a blank line; title from the properties."""
    try:
        document = docx.Document(BytesIO(data))
        blocks = list(_blocks(document.iter_inner_content()))
        title = document.core_properties.title
    except Exception as exc:  # a damaged .docx fails in zipfile, lxml or python-docx alike
        raise ReadError(source, f"cannot read the Word file, it may be damaged ({exc})") from exc
    return SourceDocument(source=source, text=BLOCK_SEPARATOR.join(blocks), title=title.strip() or None)


def _blocks(content: Iterator[Paragraph | Table]) -> Iterator[str]:
    for item in content:
        if isinstance(item, Paragraph):
            if item.text.strip():
                yield item.text
        else:
            yield from _table_blocks(item)


def _table_blocks(table: Table) -> Iterator[str]:
    seen: set[object] = set()
    for row in table.rows:
        for cell in row.cells:
            # A merged cell is returned once for every grid position it spans.
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            yield from _blocks(cell.iter_inner_content())
