"""The initiatives register (filter, sort, page, CSV) and one initiative's page."""

from __future__ import annotations

import math
from dataclasses import asdict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel

from accord.report.exports import FORMATS, ListFormat, list_download
from accord.store.register import FIELDS, Register, RegisterQuery, build_register, select_rows, tally
from accord.store.statuses import ADVANCEMENT
from accord.web.deps import CachedViews, ReadConn, Settings, Store
from accord.web.params import PageNumber, RowId
from accord.web.render import page
from accord.web.shapes import schema_names
from accord.web.views import initiative_view

router = APIRouter()
Sort = Literal["last_reported", "first_reported", "title", "status", "sector", "kind", "documents", "deadline"]


def register_query(
    country: str | None = None,
    actor: str | None = None,
    sector: str | None = None,
    status: str | None = None,
    kind: str | None = None,
    since: Annotated[str | None, Query(description="reported on or after (ISO date, as precise as wanted)")] = None,
    until: Annotated[str | None, Query(description="reported on or before (ISO date, as precise as wanted)")] = None,
    sort: Sort = "last_reported",
    order: Literal["asc", "desc"] = "desc",
) -> RegisterQuery:
    """Read the register's filters from the query string; an empty value (a form's "any") keeps everything."""
    return RegisterQuery(
        country=country or None,
        actor=actor or None,
        sector=sector or None,
        status=status or None,
        kind=kind or None,
        since=since or None,
        until=until or None,
        sort=sort,
        descending=order == "desc",
    )


Filters = Annotated[RegisterQuery, Depends(register_query)]
PerPage = Annotated[int | None, Query(ge=1, le=200)]


class InitiativeRow(BaseModel):
    """One initiative of the register."""

    id: int
    title: str
    kind: str
    sector: str
    status: str
    location: str | None
    actors: list[str]
    parties: list[str]
    deadline: str | None
    documents: int
    first_reported: str | None
    last_reported: str | None


class RegisterPage(BaseModel):
    """A page of the register: how many initiatives pass the filters, and this page's rows."""

    total: int
    page: int
    per_page: int
    pages: int
    initiatives: list[InitiativeRow]


def register_page(register: Register, query: RegisterQuery, number: int, per_page: int) -> dict[str, Any]:
    """Return one page of the rows `query` keeps, with the totals."""
    rows = select_rows(register, query)
    start = (number - 1) * per_page
    return {
        "total": len(rows),
        "page": number,
        "per_page": per_page,
        "pages": max(1, math.ceil(len(rows) / per_page)),
        "initiatives": rows[start : start + per_page],
    }


@router.get("/initiatives", response_class=HTMLResponse, include_in_schema=False)
def register_html(
    request: Request,
    conn: ReadConn,
    views: CachedViews,
    settings: Settings,
    query: Filters,
    page_number: PageNumber = 1,
) -> HTMLResponse:
    """Show the register, filtered, sorted and paged."""
    register = views.get(conn.engine, "register", build_register)
    found = register_page(register, query, page_number, settings.page_size)
    choices = {
        "status": [s for s in ADVANCEMENT if s != "unknown"] + ["unknown"],
        "sector": sorted(value for value, _ in tally(register.rows, "sector")),
        "kind": sorted(value for value, _ in tally(register.rows, "kind")),
    }
    params = {k: v for k, v in asdict(query).items() if k != "descending"}
    params["order"] = "desc" if query.descending else "asc"
    return page(request, "register.html", {**found, "params": params, "choices": choices})


@router.get("/api/v1/initiatives", response_model=RegisterPage, tags=["initiatives"])
def register_api(
    engine: Store,
    views: CachedViews,
    settings: Settings,
    query: Filters,
    page_number: PageNumber = 1,
    per_page: PerPage = None,
) -> JSONResponse:
    """The initiatives register: filter by country, actor, sector, status, kind and reporting dates; sort; page."""
    register = views.get(engine, "register", build_register)
    # Answered as built: the rows are plain data already, and the register is the API's busiest endpoint.
    return JSONResponse(register_page(register, query, page_number, per_page or settings.page_size))


def _download(engine: Store, views: CachedViews, query: RegisterQuery, name: str) -> Response:
    rows = select_rows(views.get(engine, "register", build_register), query)
    kind = FORMATS[name]
    return Response(
        list_download("initiatives", rows, FIELDS, name),
        media_type=kind.media_type,
        headers={"Content-Disposition": f'attachment; filename="initiatives.{kind.extension}"'},
    )


@router.get("/initiatives.csv", include_in_schema=False)
@router.get(
    "/api/v1/initiatives.csv",
    response_class=Response,
    responses={200: {"description": "the register as CSV", "content": {"text/csv": {"schema": {"type": "string"}}}}},
    tags=["initiatives"],
)
def register_csv_download(engine: Store, views: CachedViews, query: Filters) -> Response:
    """The register's filtered view, every page, as CSV."""
    return _download(engine, views, query, "csv")


@router.get("/initiatives.{name}", include_in_schema=False)
def register_download(engine: Store, views: CachedViews, query: Filters, name: ListFormat) -> Response:
    """The register's filtered view, every page, as JSON or an XLSX workbook."""
    return _download(engine, views, query, name)


def _initiative(conn: ReadConn, initiative_id: int) -> dict[str, Any]:
    found = initiative_view(conn, initiative_id)
    if found is None:
        raise HTTPException(404, f"no initiative #{initiative_id}")
    return found


@router.get("/initiatives/{initiative_id}", response_class=HTMLResponse, include_in_schema=False)
def initiative_html(request: Request, conn: ReadConn, initiative_id: RowId) -> HTMLResponse:
    """Show one initiative: fields, status timeline with evidence, figures, entities, curation."""
    return page(request, "initiative.html", {"initiative": _initiative(conn, initiative_id)})


@router.get("/api/v1/initiatives/{initiative_id}", tags=["initiatives"])
def initiative_api(conn: ReadConn, initiative_id: RowId) -> dict[str, Any]:
    """One initiative: its fields, status chain with evidence, schedule, reports, figures, entities, notes, history."""
    return schema_names(_initiative(conn, initiative_id))
