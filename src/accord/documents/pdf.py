"""PDF files (.pdf): the text layer, page by page."""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader

from accord.documents.limits import DEFAULT_LIMITS, ContentLimits, check_chars, check_pages
from accord.documents.model import SourceDocument
from accord.errors import ReadError

PAGE_SEPARATOR = "\n\n"


def read_pdf(data: bytes, source: str, limits: ContentLimits = DEFAULT_LIMITS) -> SourceDocument:
    """Join the text layer of every page with a blank line; run no OCR. Pages and text are counted as read."""
    try:
        reader = PdfReader(BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError(source, "the PDF is password-protected; save an unprotected copy first")
        check_pages(len(reader.pages), source, limits)
        pages: list[str] = []
        chars = 0
        for page in reader.pages:
            pages.append(page.extract_text() or "")
            chars += len(pages[-1])
            check_chars(chars, source, limits)
    except ReadError:
        raise
    except Exception as exc:  # pypdf raises many kinds on a damaged file, not only PdfReadError
        raise ReadError(source, f"cannot read the PDF, the file may be damaged ({exc})") from exc
    text = PAGE_SEPARATOR.join(page.strip("\n") for page in pages)
    if not text.strip():
        raise ReadError(source, "the PDF has no text layer (scanned? run OCR first)")
    return SourceDocument(source=source, text=text)
