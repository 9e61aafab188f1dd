"""accord's command line: thin shells over the library, one module per group of commands.

Each command is imported when it runs (see `accord.cli.lazy`), so `accord --help` and the
queries start in a fraction of a second; a test keeps the summaries here equal to the commands' own.
"""

from __future__ import annotations

import click

from accord.cli.lazy import CommandEntry, LazyGroup

EXTRACT, INGEST, KNOWLEDGE = "accord.cli.extract", "accord.cli.ingest", "accord.cli.knowledge"
TRACKING, CURATION, SERVE = "accord.cli.tracking", "accord.cli.curation", "accord.cli.serve"
REPORT = "accord.cli.report"

COMMANDS = {
    "extract": CommandEntry(
        EXTRACT, "Extract a sourced record from each FILE (.txt, .md, .html, .pdf, .docx; '-' reads standard input)."
    ),
    "text": CommandEntry(
        EXTRACT, "Print the plain text of FILE exactly as accord reads it: the text record offsets index into."
    ),
    "ingest": CommandEntry(
        INGEST, "Extract files, folders, globs and CSV/JSONL tables of articles into the knowledge base."
    ),
    "log": CommandEntry(
        KNOWLEDGE,
        "Show the documents ingest could not read, extract or store, or found stored under another source, and why.",
    ),
    "entities": CommandEntry(KNOWLEDGE, "List the entities merged across documents, the most documented first."),
    "initiatives": CommandEntry(
        KNOWLEDGE,
        "List initiatives merged across documents, the most recently reported first, each with all its reports.",
    ),
    "search": CommandEntry(KNOWLEDGE, "Find the documents containing all these words."),
    "export": CommandEntry(
        KNOWLEDGE,
        "Write the whole knowledge base: nested JSON, flat rows as JSONL or CSV, an XLSX workbook or FtM entities.",
    ),
    "report": CommandEntry(
        REPORT, "Write a briefing: summary, initiatives by status with evidence notes, indicators, who is who."
    ),
    "show": CommandEntry(
        TRACKING,
        "Show an entity with its evidence, roles, statements, figures and merges, and an initiative so called"
        " with its status chain, schedule and notes.",
    ),
    "series": CommandEntry(
        TRACKING,
        "Show the observations of a metric with their sources and dates, the targets set for it and progress"
        " towards the latest; conflicting values are flagged.",
    ),
    "due": CommandEntry(
        TRACKING,
        "List deadlines passed (overdue unless completed) or due soon, and milestones reached, missed or due.",
    ),
    "conflicts": CommandEntry(
        TRACKING, "List the series and periods whose sources disagree, each side with its sources."
    ),
    "confirm": CommandEntry(
        CURATION,
        "Mark an entity or initiative (by name or #id) or a figure (by id) as confirmed; it outlives every ingest.",
    ),
    "reject": CommandEntry(
        CURATION,
        "Mark an entity or initiative (by name or #id) or a figure (by id) as rejected; it outlives every ingest.",
    ),
    "edit": CommandEntry(
        CURATION,
        'Set fields over what extraction says; values are JSON when they parse (2029, ["Ministry of Energy"]).',
    ),
    "merge": CommandEntry(CURATION, "Merge the entity or initiative NAME into INTO, with all its evidence."),
    "split": CommandEntry(
        CURATION,
        "Split a wrong merge: the facts from these sources, or so named, become an entity or initiative apart.",
    ),
    "add-initiative": CommandEntry(
        CURATION, "Add an initiative no article mentions yet, with responsible bodies, deadline and milestones."
    ),
    "note": CommandEntry(CURATION, "Attach a note to an entity, an initiative or a figure (by id)."),
    "history": CommandEntry(
        CURATION, "Show every curated change to what is called NAME: who, when, what, before and after."
    ),
    "review": CommandEntry(
        CURATION,
        "List merges and unsure extractions waiting for a decision, and curated values extraction now disputes;"
        " decide with accept or reject.",
    ),
    "serve": CommandEntry(
        SERVE,
        "Serve the knowledge base as web pages and a REST API (/api/v1); reading is open, writing needs a token.",
    ),
    "demo": CommandEntry(
        SERVE,
        "Ingest the bundled sample articles into a fresh SQLite file and serve them; the file goes when it stops.",
    ),
    "token": CommandEntry(SERVE, "Create, list and revoke the tokens that allow writing through the web app and API."),
}


@click.group(cls=LazyGroup, entries=COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="accord")
def main() -> None:
    """accord: a sourced record of who proposed what, agreed what, built what, for how much and by when."""
