"""Render pages: Jinja2 templates with autoescaping on, the CSRF token and the signed-in holder at hand."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader

from accord.documents.label import cited_label, document_label
from accord.web import charts
from accord.web.security import csrf_token, keep_csrf_cookie, session_holder
from accord.web.text import amount, label, marked_snippet

TEMPLATES = Path(__file__).parent / "templates"


def link(path: str, params: dict[str, Any] | None = None, **changes: Any) -> str:
    """Return `path` with a query string of `params` updated by `changes`, empty values left out."""
    merged = {**(params or {}), **changes}
    query = urlencode({key: value for key, value in merged.items() if value not in (None, "")})
    return f"{path}?{query}" if query else path


environment = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=True,  # every template, whatever its name: nothing from a document or a user is markup
    trim_blocks=True,
    lstrip_blocks=True,
)
environment.filters.update(
    amount=amount,
    label=label,
    marked_snippet=marked_snippet,
    cited=cited_label,
    document_name=lambda document: document_label(document.get("title"), document["source"]),
    source_name=lambda source: document_label(None, source),
)
environment.globals.update(bar_chart=charts.bar_chart, series_chart=charts.series_chart, link=link)


def page(
    request: Request, template: str, context: dict[str, Any], status_code: int = 200, signed_in: bool = True
) -> HTMLResponse:
    """Return a template rendered with `context`, the CSRF token, the signed-in holder and any message.

    `signed_in=False` leaves the holder unlooked-up, for a page that must render when the database cannot answer.
    """
    state = request.app.state
    html = environment.get_template(template).render(
        **context,
        request=request,
        csrf_token=csrf_token(request),
        holder=session_holder(request, state.engine) if signed_in else None,
        done=request.query_params.get("done"),
        error=request.query_params.get("error"),
    )
    response = HTMLResponse(html, status_code=status_code)
    keep_csrf_cookie(request, response, state.settings.secure_cookies)
    return response
