"""Search over document text and the names of entities and initiatives."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import Connection

from accord.store.name_search import find_names
from accord.store.search import search
from accord.web.deps import ReadConn
from accord.web.render import page

router = APIRouter()
Words = Annotated[str, Query(max_length=200, description="words that must all occur")]
Limit = Annotated[int, Query(ge=1, le=100)]


def results(conn: Connection, words: str, limit: int) -> dict[str, Any]:
    """Return the documents, entities and initiatives matching all `words`."""
    return {"q": words, "documents": search(conn, words, limit), **find_names(conn, words, limit)}


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
def search_html(request: Request, conn: ReadConn, q: Words = "") -> HTMLResponse:
    """Show what matches the words."""
    return page(request, "search.html", results(conn, q, 30))


@router.get("/api/v1/search", tags=["search"])
def search_api(conn: ReadConn, q: Words, limit: Limit = 20) -> dict[str, Any]:
    """Documents whose text matches all words (with a snippet, matches in [brackets]), and entities and
    initiatives whose names contain them."""
    return results(conn, q, limit)
