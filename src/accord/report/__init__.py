"""What people hand on: briefings of part of the knowledge base (HTML, PDF, Markdown) and the XLSX workbook."""

from accord.report.briefing import ReportFilters, build_briefing
from accord.report.render import render_html, render_markdown, render_pdf

__all__ = ["ReportFilters", "build_briefing", "render_html", "render_markdown", "render_pdf"]
