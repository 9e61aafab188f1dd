"""Turn an upload form or request into a document, then extract and store it like `accord ingest` does."""

from __future__ import annotations

import threading

from sqlalchemy import Engine
from starlette.datastructures import FormData, UploadFile

from accord.documents import SourceDocument
from accord.documents.upload import pasted_document, read_upload
from accord.errors import ReadError
from accord.ingest.runner import ingest
from accord.store.audit import log_change

# One extraction at a time: the spaCy pipeline is shared and not made for threads.
_extracting = threading.Lock()


def _text(fields: FormData, name: str) -> str | None:
    value = fields.get(name)
    return value.strip() or None if isinstance(value, str) else None


async def document_from_form(fields: FormData, max_bytes: int) -> SourceDocument:
    """Return the document a form gives: its `file`, else its pasted `text`, with `title` and `published`."""
    title, published = _text(fields, "title"), _text(fields, "published")
    upload = fields.get("file")
    if isinstance(upload, UploadFile) and upload.filename:
        return read_upload(upload.filename, await upload.read(), max_bytes, title, published)
    text = fields.get("text")
    if isinstance(text, str) and text.strip():
        return pasted_document(text, max_bytes, title, published)
    raise ReadError("upload", "choose a file or paste a text")


def store_upload(engine: Engine, document: SourceDocument, actor: str) -> str:
    """Extract and store a document; return "added", "replaced" or "unchanged". The audit log names who sent it."""
    with _extracting:
        summary = ingest(engine, [document], timeout=None)  # the alarm-based time limit works in the main thread only
    if summary.failures:
        raise ReadError(document.source, summary.failures[0].reason)
    outcome = "added" if summary.added else "replaced" if summary.replaced else "unchanged"
    with engine.begin() as conn:
        log_change(conn, actor, "upload", ("document", document.source, None), None, {"id": document.id}, outcome)
    return outcome
