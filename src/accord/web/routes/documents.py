"""Documents: the latest, and one document's text with its facts highlighted and listed beside it."""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import Connection, func, select

from accord.sentences import sentence_span
from accord.store import tables
from accord.store.document_facts import document_facts
from accord.store.overview import latest_documents
from accord.web.deps import ReadConn, Settings
from accord.web.params import DocumentId, PageNumber
from accord.web.render import page
from accord.web.shapes import record_json
from accord.web.text import Highlighted, pieces

router = APIRouter()
Mark = Annotated[str | None, Query(pattern=r"^\d+-\d+$", description="START-END: mark the sentence holding it")]
FACT_KINDS = ("events", "initiatives", "figures", "statements")


def documents_page(conn: Connection, number: int, per_page: int) -> dict[str, Any]:
    """Return a page of documents, the latest published first."""
    total = conn.scalar(select(func.count()).select_from(tables.documents)) or 0
    return {
        "total": total,
        "page": number,
        "per_page": per_page,
        "pages": max(1, -(-total // per_page)),
        "documents": latest_documents(conn, per_page, (number - 1) * per_page),
    }


def _facts(conn: Connection, document_id: str) -> dict[str, Any]:
    found = document_facts(conn, document_id)
    if found is None:
        raise HTTPException(404, f"no document {document_id}")
    return found


def highlighted(facts: dict[str, Any], mark: str | None) -> Highlighted:
    """Return the document's text in pieces, each knowing which kinds of facts cover it and if it is marked."""
    spans = [(s, e, entity["type"]) for entity in facts["entities"] for s, e in entity["spans"]]
    spans += [(s, e, kind.removesuffix("s")) for kind in FACT_KINDS for fact in facts[kind] for s, e in fact["spans"]]
    bounds = None
    if mark:
        start, end = (int(n) for n in re.split("-", mark, maxsplit=1))
        bounds = sentence_span(facts["text"], start, end)
    return pieces(facts["text"], spans, bounds)


@router.get("/documents", response_class=HTMLResponse, include_in_schema=False)
def documents_html(request: Request, conn: ReadConn, settings: Settings, page_number: PageNumber = 1) -> HTMLResponse:
    """Show the documents, the latest first."""
    return page(request, "documents.html", documents_page(conn, page_number, settings.page_size))


@router.get("/api/v1/documents", tags=["documents"])
def documents_api(
    conn: ReadConn,
    settings: Settings,
    page_number: PageNumber = 1,
    per_page: Annotated[int | None, Query(ge=1, le=200)] = None,
) -> dict[str, Any]:
    """Stored documents (id, source, title, language, published), the latest published first."""
    return documents_page(conn, page_number, per_page or settings.page_size)


@router.get("/documents/{document_id}", response_class=HTMLResponse, include_in_schema=False)
def document_html(request: Request, conn: ReadConn, document_id: DocumentId, mark: Mark = None) -> HTMLResponse:
    """Show a document's text with its facts highlighted by type, and the facts beside it."""
    facts = _facts(conn, document_id)
    return page(request, "document.html", {"facts": facts, "text": highlighted(facts, mark)})


@router.get("/api/v1/documents/{document_id}", tags=["documents"])
def document_api(conn: ReadConn, document_id: DocumentId) -> dict[str, Any]:
    """A stored document as a record of the schema (document, entities, events, initiatives, figures, statements)
    with its text; each fact names the knowledge-base row it was merged into."""
    return record_json(_facts(conn, document_id))
