"""Turn an upload form or request into a document (extraction runs as a job: accord.web.jobs)."""

from __future__ import annotations

from starlette.datastructures import FormData, UploadFile

from accord.documents import SourceDocument
from accord.documents.limits import ContentLimits
from accord.documents.upload import pasted_document, read_upload
from accord.errors import ReadError


def _text(fields: FormData, name: str) -> str | None:
    value = fields.get(name)
    return value.strip() or None if isinstance(value, str) else None


async def document_from_form(fields: FormData, max_bytes: int, limits: ContentLimits) -> SourceDocument:
    """Return the document a form gives: its `file`, else its pasted `text`, with `title` and `published`."""
    title, published = _text(fields, "title"), _text(fields, "published")
    upload = fields.get("file")
    if isinstance(upload, UploadFile) and upload.filename:
        return read_upload(upload.filename, await upload.read(), max_bytes, title, published, limits)
    text = fields.get("text")
    if isinstance(text, str) and text.strip():
        return pasted_document(text, max_bytes, title, published, limits)
    raise ReadError("upload", "choose a file or paste a text")
