"""Upload a document (a file or pasted text): it is extracted, stored, and shown."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from accord.errors import ReadError
from accord.store.document_facts import document_facts
from accord.web.deps import ApiEditor, Settings, Store
from accord.web.forms import read_form
from accord.web.render import page
from accord.web.security import CSRF_FIELD, check_csrf, require, session_holder
from accord.web.shapes import record_json
from accord.web.uploads import document_from_form, store_upload

router = APIRouter()
KINDS = ".txt, .md, .html, .htm, .pdf, .docx"


def _form_page(request: Request, settings: Any, error: str | None = None, status_code: int = 200) -> HTMLResponse:
    context = {"kinds": KINDS, "max_mb": settings.max_upload_bytes / 1024 / 1024, "upload_error": error}
    return page(request, "upload.html", context, status_code)


@router.get("/upload", response_class=HTMLResponse, include_in_schema=False)
def upload_html(request: Request, settings: Settings) -> HTMLResponse:
    """Show the upload form."""
    return _form_page(request, settings)


@router.post("/upload", include_in_schema=False)
async def upload_form(request: Request, engine: Store, settings: Settings) -> Response:
    """Extract and store the uploaded file or pasted text, then show the document."""
    fields = await read_form(request, settings.max_upload_bytes)
    check_csrf(request, fields.get(CSRF_FIELD))
    holder = require(await run_in_threadpool(session_holder, request, engine), "editor")
    try:
        document = await document_from_form(fields, settings.max_upload_bytes)
        outcome = await run_in_threadpool(store_upload, engine, document, holder.name)
    except ReadError as exc:
        return _form_page(request, settings, str(exc), 400)
    return RedirectResponse(f"/documents/{document.id}?done={outcome}", status_code=303)


@router.post(
    "/api/v1/documents",
    status_code=201,
    tags=["documents"],
    openapi_extra={
        "requestBody": {
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "file": {"type": "string", "format": "binary"},
                            "text": {"type": "string"},
                            "title": {"type": "string"},
                            "published": {"type": "string"},
                        },
                    }
                }
            }
        }
    },
)
async def upload_api(request: Request, engine: Store, settings: Settings, holder: ApiEditor) -> JSONResponse:
    """Upload a document (a `file` of .txt, .md, .html, .pdf or .docx, or pasted `text`; editor token): it is
    extracted and stored, and answered as its record with the outcome (added, replaced or unchanged)."""
    fields = await read_form(request, settings.max_upload_bytes)
    document = await document_from_form(fields, settings.max_upload_bytes)
    outcome = await run_in_threadpool(store_upload, engine, document, holder.name)
    with engine.connect() as conn:
        facts = document_facts(conn, document.id)
    assert facts is not None, "a stored document is found by its id"
    return JSONResponse({"outcome": outcome, **record_json(facts)}, status_code=201)
