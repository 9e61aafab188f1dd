"""The briefing page: choose a part of the knowledge base, preview its briefing, download it as PDF or Markdown."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, Response
from sqlalchemy import Engine

from accord.report import ReportFilters, build_briefing, render_html, render_markdown, render_pdf
from accord.report.render import STYLESHEET
from accord.web.deps import Store
from accord.web.params import Day
from accord.web.render import link, page

router = APIRouter(include_in_schema=False)
PartialDay = Annotated[str | None, Query(pattern=r"^[12][0-9]{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$")]
Words = Annotated[str | None, Query(max_length=200)]


def report_filters(
    country: Words = None,
    actor: Words = None,
    sector: Words = None,
    since: PartialDay = None,
    until: PartialDay = None,
    as_of: Day = None,
    title: Words = None,
) -> ReportFilters:
    """Read the briefing's filters from the query string; an empty value keeps everything."""
    return ReportFilters(
        country or None,
        actor or None,
        sector or None,
        since or None,
        until or None,
        as_of or date.today(),
        title or None,
    )


Filters = Annotated[ReportFilters, Depends(report_filters)]


def _briefing(engine: Engine, filters: ReportFilters) -> dict[str, Any]:
    with engine.connect() as conn:
        return build_briefing(conn, filters)


def _query(filters: ReportFilters) -> dict[str, Any]:
    return {**dict(filters.chosen()), "as_of": filters.as_of.isoformat(), "title": filters.title}


@router.get("/report", response_class=HTMLResponse)
async def report_page(request: Request, engine: Store, filters: Filters) -> HTMLResponse:
    """Show the briefing's filters, its summary, and links to preview and download it."""
    briefing = await run_in_threadpool(_briefing, engine, filters)
    query = _query(filters)
    links = {kind: link(f"/report/briefing.{kind}", query) for kind in ("html", "pdf", "md")}
    return page(request, "report.html", {"filters": filters, "briefing": briefing, "links": links})


@router.get("/report/briefing.html", response_class=HTMLResponse)
async def briefing_html(engine: Store, filters: Filters) -> HTMLResponse:
    """The briefing as a page of its own (its style linked, as the app's pages load nothing inline)."""
    briefing = await run_in_threadpool(_briefing, engine, filters)
    return HTMLResponse(render_html(briefing, stylesheet="/report/briefing.css"))


@router.get("/report/briefing.css")
def briefing_css() -> FileResponse:
    """The briefing's style sheet."""
    return FileResponse(STYLESHEET, media_type="text/css")


@router.get("/report/briefing.pdf")
async def briefing_pdf(engine: Store, filters: Filters) -> Response:
    """The briefing as an A4 PDF download."""
    briefing = await run_in_threadpool(_briefing, engine, filters)
    pdf = await run_in_threadpool(render_pdf, briefing)
    disposition = {"Content-Disposition": 'attachment; filename="briefing.pdf"'}
    return Response(pdf, media_type="application/pdf", headers=disposition)


@router.get("/report/briefing.md")
async def briefing_markdown(engine: Store, filters: Filters) -> Response:
    """The briefing as a Markdown download."""
    briefing = await run_in_threadpool(_briefing, engine, filters)
    disposition = {"Content-Disposition": 'attachment; filename="briefing.md"'}
    return Response(render_markdown(briefing), media_type="text/markdown; charset=utf-8", headers=disposition)
