"""Indicators: every series, and one series charted with its observations, targets and conflicts."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import Connection

from accord.store.document_names import name_documents
from accord.store.indicators import list_series, series_track
from accord.web.cache import Views
from accord.web.deps import CachedViews, ReadConn
from accord.web.params import RowId
from accord.web.render import page
from accord.web.shapes import schema_names

router = APIRouter()
TABLE_ROWS = 200  # the chart shows every observation; the table the latest


def _track(conn: Connection, views: Views, series_id: int) -> dict[str, Any]:
    found = views.get(conn.engine, ("series", series_id), lambda c: name_documents(c, series_track(c, series_id)))
    if found is None:
        raise HTTPException(404, f"no series #{series_id}")
    return found


@router.get("/series", response_class=HTMLResponse, include_in_schema=False)
def series_list_html(request: Request, conn: ReadConn, views: CachedViews) -> HTMLResponse:
    """Show every series."""
    return page(request, "series_list.html", {"series": views.get(conn.engine, "series", list_series)})


@router.get("/api/v1/series", tags=["series"])
def series_list_api(conn: ReadConn, views: CachedViews) -> list[dict[str, Any]]:
    """Every series (metric, subjects, unit) with its numbers of observations and targets."""
    return views.get(conn.engine, "series", list_series)


@router.get("/series/{series_id}", response_class=HTMLResponse, include_in_schema=False)
def series_html(request: Request, conn: ReadConn, views: CachedViews, series_id: RowId) -> HTMLResponse:
    """Show one series as a chart and a table of its latest sources."""
    track = _track(conn, views, series_id)
    return page(request, "series.html", {"track": track, "shown": track["observations"][-TABLE_ROWS:]})


@router.get("/api/v1/series/{series_id}", tags=["series"])
def series_api(conn: ReadConn, views: CachedViews, series_id: RowId) -> dict[str, Any]:
    """One series' track: observations with sources (conflicts flagged), targets, and progress to the latest."""
    return schema_names(_track(conn, views, series_id))
