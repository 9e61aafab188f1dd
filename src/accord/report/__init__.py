"""Briefings: part of the knowledge base as a report people hand on (HTML, PDF, Markdown)."""

from accord.report.briefing import ReportFilters, build_briefing
from accord.report.render import render_html, render_markdown, render_pdf

__all__ = ["ReportFilters", "build_briefing", "render_html", "render_markdown", "render_pdf"]
