"""Word files (.docx): paragraphs and table cells in reading order."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from io import BytesIO

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from accord.documents.limits import DEFAULT_LIMITS, ContentLimits, check_archive, check_chars
from accord.documents.model import SourceDocument
from accord.errors import ReadError

BLOCK_SEPARATOR = "\n\n"
_BODY = "word/document.xml"
_TEXT_RUN = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"


def read_docx(data: bytes, source: str, limits: ContentLimits = DEFAULT_LIMITS) -> SourceDocument:
    """Join non-empty paragraphs and table cells with a blank line; title from the properties.

    The archive's unpacked size and the body's text length are checked first, streaming, so a file
    that holds too much is refused before python-docx builds its tree.
    """
    with check_archive(data, source, limits, "Word file") as archive:
        _check_body_text(archive, source, limits)
    try:
        document = docx.Document(BytesIO(data))
        blocks = list(_blocks(document.iter_inner_content()))
        title = document.core_properties.title
    except Exception as exc:  # a damaged .docx fails in zipfile, lxml or python-docx alike
        raise ReadError(source, f"cannot read the Word file, it may be damaged ({exc})") from exc
    return SourceDocument(source=source, text=BLOCK_SEPARATOR.join(blocks), title=title.strip() or None)


def _check_body_text(archive: zipfile.ZipFile, source: str, limits: ContentLimits) -> None:
    """Count the body's text runs as the XML streams by, stopping once they pass the limit."""
    if _BODY not in archive.namelist():
        return  # not a Word body: python-docx says so below
    chars = 0
    try:
        with archive.open(_BODY) as body:
            for _event, run in etree.iterparse(body, tag=_TEXT_RUN, huge_tree=False):
                chars += len(run.text or "")
                check_chars(chars, source, limits)
                run.clear()
    except (etree.XMLSyntaxError, zipfile.BadZipFile, OSError) as exc:
        raise ReadError(source, f"cannot read the Word file, it may be damaged ({exc})") from exc


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
