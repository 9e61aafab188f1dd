"""Entities: the index by type, and one entity's page (roles over time, mentions, initiatives, companions)."""

from __future__ import annotations

import math
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import Connection

from accord.report.exports import FORMATS, ListFormat, list_download
from accord.store.document_names import name_documents
from accord.store.entity_view import companions, entity_index, entity_view
from accord.store.register import RegisterQuery, build_register, select_rows
from accord.web.cache import Views
from accord.web.deps import CachedViews, ReadConn, Settings
from accord.web.params import PageNumber, RowId
from accord.web.render import page
from accord.web.shapes import schema_names

router = APIRouter()
TYPES = ("person", "organization", "country", "place", "region", "other")
FIELDS = ("id", "name", "type", "country", "documents")


def entities_page(conn: Connection, views: Views, type_: str | None, number: int, per_page: int) -> dict[str, Any]:
    """Return a page of the entity index, of one type or all."""
    everyone = views.get(conn.engine, "entities", entity_index)
    kept = [e for e in everyone if e["type"] == type_] if type_ else everyone
    start = (number - 1) * per_page
    return {
        "type": type_,
        "total": len(kept),
        "page": number,
        "per_page": per_page,
        "pages": max(1, math.ceil(len(kept) / per_page)),
        "entities": kept[start : start + per_page],
    }


def entity_page(conn: Connection, views: Views, entity_id: int) -> dict[str, Any]:
    """Return an entity with its initiatives (as actor or party) and the entities named beside it."""
    found = entity_view(conn, entity_id)
    if found is None:
        raise HTTPException(404, f"no entity #{entity_id}")
    register = views.get(conn.engine, "register", build_register)
    found["initiatives"] = select_rows(register, RegisterQuery(actor=found["name"]))
    found["companions"] = companions(conn, entity_id)
    return name_documents(conn, found)


@router.get("/entities", response_class=HTMLResponse, include_in_schema=False)
def entities_html(
    request: Request,
    conn: ReadConn,
    views: CachedViews,
    settings: Settings,
    type: str | None = None,
    page_number: PageNumber = 1,
) -> HTMLResponse:
    """Show the entity index."""
    found = entities_page(conn, views, type or None, page_number, settings.page_size * 2)
    return page(request, "entities.html", {**found, "types": TYPES})


@router.get("/api/v1/entities", tags=["entities"])
def entities_api(
    conn: ReadConn,
    views: CachedViews,
    settings: Settings,
    type: str | None = None,
    page_number: PageNumber = 1,
    per_page: Annotated[int | None, Query(ge=1, le=500)] = None,
) -> dict[str, Any]:
    """Entities merged across documents, the most documented first, with their document counts."""
    return entities_page(conn, views, type or None, page_number, per_page or settings.page_size)


@router.get("/entities.{name}", include_in_schema=False)
def entities_download(conn: ReadConn, views: CachedViews, name: ListFormat, type: str | None = None) -> Response:
    """The entity index (of one type, or all), every page, as CSV, JSON or an XLSX workbook."""
    everyone = views.get(conn.engine, "entities", entity_index)
    kept = [e for e in everyone if e["type"] == type] if type else everyone
    kind = FORMATS[name]
    return Response(
        list_download("entities", kept, FIELDS, name),
        media_type=kind.media_type,
        headers={"Content-Disposition": f'attachment; filename="entities.{kind.extension}"'},
    )


@router.get("/entities/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
def entity_html(request: Request, conn: ReadConn, views: CachedViews, entity_id: RowId) -> HTMLResponse:
    """Show one entity."""
    return page(request, "entity.html", {"entity": entity_page(conn, views, entity_id)})


@router.get("/api/v1/entities/{entity_id}", tags=["entities"])
def entity_api(conn: ReadConn, views: CachedViews, entity_id: RowId) -> dict[str, Any]:
    """One entity: aliases, roles over time, latest mentions and statements, series, initiatives, companions."""
    return schema_names(entity_page(conn, views, entity_id))
