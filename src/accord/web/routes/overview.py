"""The overview: counts, initiatives by status and sector, latest documents, what is due, recent changes."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import Connection

from accord.store.deadlines import due
from accord.store.overview import counts, latest_documents, recent_changes
from accord.store.register import build_register, tally
from accord.web.cache import Views
from accord.web.deps import CachedViews, ReadConn
from accord.web.params import Day
from accord.web.render import link, page

router = APIRouter()
DUE_WINDOW = timedelta(days=90)


def overview(conn: Connection, views: Views, today: date) -> dict[str, Any]:
    """Return everything the overview shows, as plain data."""
    register = views.get(conn.engine, "register", build_register)
    items = views.get(conn.engine, ("due", today), lambda c: due(c, today, DUE_WINDOW))
    return {
        "as_of": today.isoformat(),
        "counts": views.get(conn.engine, "counts", counts),
        "by_status": tally(register.rows, "status"),
        "by_sector": tally(register.rows, "sector"),
        "overdue": [item for item in items if item["overdue"]],
        "due_soon": [item for item in items if item["state"] == "due"],
        "latest_documents": latest_documents(conn, 8),
        "recent_changes": recent_changes(conn, 8),
    }


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def overview_page(request: Request, conn: ReadConn, views: CachedViews) -> HTMLResponse:
    """Show the overview."""
    data = overview(conn, views, date.today())
    bars = {
        f"{field}_bars": [(value, n, link("/initiatives", **{field: value})) for value, n in data[f"by_{field}"]]
        for field in ("status", "sector")
    }
    return page(request, "overview.html", {**data, **bars})


@router.get("/api/v1/overview", tags=["overview"])
def overview_api(conn: ReadConn, views: CachedViews, as_of: Day = None) -> dict[str, Any]:
    """Counts, initiatives by status and sector, latest documents, overdue and due-soon items, recent changes."""
    return overview(conn, views, as_of or date.today())
