"""Render a briefing (accord.report.briefing) as a self-contained HTML page, Markdown, or an A4 PDF."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from accord.documents.label import document_label
from accord.web.charts import dated_marks, series_chart
from accord.web.text import amount

TEMPLATES = Path(__file__).parent / "templates"


def _headline(source: dict[str, Any]) -> str:
    """Name a cited document by its headline, else its web address or file name, with its date."""
    name = document_label(source.get("title"), source["source"]) if source.get("source") else "unknown source"
    return f"{name} ({source['published']})" if source.get("published") else name


@cache
def _environment() -> Environment:
    environment = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))
    environment.filters["number"] = lambda value: amount(value)
    environment.filters["headline"] = _headline
    return environment


STYLESHEET = TEMPLATES / "briefing.css"


def render_html(briefing: dict[str, Any], stylesheet: str | None = None) -> str:
    """Return the briefing as one HTML page: its style inline (it loads nothing), or linked from `stylesheet`."""
    # An indicator with fewer than two dated points shows its table only: such a chart would say nothing more.
    indicators = [
        {**i, "chart": series_chart(i["track"]) if dated_marks(i["track"]) > 1 else None}
        for i in briefing["indicators"]
    ]
    css = None if stylesheet else STYLESHEET.read_text(encoding="utf-8")
    template = _environment().get_template("briefing.html")
    return template.render(b={**briefing, "indicators": indicators}, stylesheet=stylesheet, css=css)


def render_pdf(briefing: dict[str, Any]) -> bytes:
    """Return the briefing as an A4 PDF with page numbers (WeasyPrint; fonts with Cyrillic)."""
    from weasyprint import HTML  # imported here: only PDF output needs it and its system libraries

    return bytes(HTML(string=render_html(briefing)).write_pdf())


def render_markdown(briefing: dict[str, Any]) -> str:
    """Return the briefing as Markdown: the same sections, tables as lists, notes as footnotes."""
    lines = [f"# {briefing['title']}", "", f"As of {briefing['as_of']}.", "", "## Summary", ""]
    summary = briefing["summary"]
    lines.append(f"{summary['initiatives']} initiatives: " + ", ".join(f"{n} {s}" for s, n in summary["by_status"]))
    for heading, items in (("Overdue", summary["overdue"]), ("Due within 90 days", summary["due"])):
        if items:
            lines += ["", f"### {heading}", ""]
            lines += [f"- {m['initiative']}: {m['label']}, {m['date']} ({m['state']})" for m in items]
    lines += ["", "## Initiatives"]
    for status, items in briefing["groups"]:
        lines += ["", f"### {status.replace('_', ' ').capitalize()} ({len(items)})", ""]
        for i in items:
            notes = "".join(f"[^{n}]" for n in i["notes"])
            facts = [f"{i['kind']}, {i['sector']}"]
            facts += [f"actors: {', '.join(i['actors'])}"] if i["actors"] else []
            facts += [f"deadline {i['deadline']}"] if i["deadline"] else []
            facts += [f"milestone {m['label']} {m['date']}: {m['state']}" for m in i["milestones"]]
            lines.append(f"- **{i['title']}**{notes} ({'; '.join(facts)})")
    if briefing["indicators"]:
        lines += ["", "## Indicators"]
        for indicator in briefing["indicators"]:
            series = indicator["series"]
            lines += ["", f"### {series['metric']}" + (f" ({series['unit']})" if series["unit"] else ""), ""]
            track = indicator["track"]
            lines += [
                f"- {o['period'] or '—'}: {amount(o['value'])} ({_headline(o['source'])})"
                for o in track["observations"]
            ]
            for conflict in indicator["conflicts"]:
                sides = " vs ".join(amount(side["value"]) for side in conflict["sides"])
                lines.append(f"- sources disagree on {conflict['period']}: {sides}")
    if briefing["people"]:
        lines += ["", "## Who is who", ""]
        lines += [
            f"- {p['name']} ({'; '.join(p['roles']) or p['type']}): {p['initiatives']} initiatives"
            for p in briefing["people"]
        ]
    if briefing["notes"]:
        lines.append("")
        lines += [
            f"[^{n}]: {note['source']}, {note['date'] or 'undated'}: “{note['sentence']}”"
            for n, note in enumerate(briefing["notes"], 1)
        ]
    colophon = briefing["colophon"]
    lines += [
        "",
        "---",
        "",
        f"Made with accord {colophon['version']} on {colophon['made']} from {colophon['knowledge_base']}.",
    ]
    return "\n".join(lines) + "\n"
