"""What people hand on: briefings of part of the knowledge base (HTML, PDF, Markdown), the XLSX workbook, the
FollowTheMoney entities and the other downloads.

The briefing's parts are imported when first asked for, so an export (accord.report.exports) loads neither the
templates nor the charts.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from accord.report.briefing import ReportFilters, build_briefing
    from accord.report.render import render_html, render_markdown, render_pdf

__all__ = ["ReportFilters", "build_briefing", "render_html", "render_markdown", "render_pdf"]
_MODULES = {"ReportFilters": "briefing", "build_briefing": "briefing"} | dict.fromkeys(
    ("render_html", "render_markdown", "render_pdf"), "render"
)


def __getattr__(name: str) -> Any:
    if name not in _MODULES:
        raise AttributeError(f"module 'accord.report' has no attribute {name!r}")
    return getattr(import_module(f"accord.report.{_MODULES[name]}"), name)
