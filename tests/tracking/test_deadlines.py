"""Deadlines and milestones as of a day: overdue unless completed, milestones reached only on evidence."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from kb_records import document, record, span_of
from sqlalchemy import Engine

from accord.ingest.writer import save_document
from accord.record import Initiative, Milestone, Status
from accord.store.deadlines import due

PLANT = "Jizzakh nuclear power plant"
PLAN = (
    "The first unit of the Jizzakh nuclear power plant is to be commissioned in 2029, and the plant completed by 2031."
)


def report(store: Engine, source: str, text: str, published: str, status: Status, plan: bool = False) -> None:
    doc = document(source, text, published=published)
    plant = Initiative(
        id="i1",
        kind="project",
        title=PLANT,
        status=status,
        sector="energy",
        deadline="2031" if plan else None,
        milestones=[Milestone("first unit commissioned", "2029")] if plan else [],
        evidence=[span_of(text, text.split(",")[0])],
    )
    save_document(store, doc, record(doc, initiatives=[plant]))


def items(store: Engine, day: str, within: int = 90) -> list[tuple[Any, ...]]:
    with store.connect() as conn:
        found = due(conn, date.fromisoformat(day), timedelta(days=within))
    return [(i["kind"], i["date"], i["state"], i["overdue"]) for i in found]


def test_a_milestone_not_reported_reached_is_missed_once_its_year_is_over(store: Engine) -> None:
    report(store, "plan.txt", PLAN, "2025-01-20", "planned", plan=True)
    assert items(store, "2029-12-31") == [("milestone", "2029", "due", False)]
    assert items(store, "2030-01-01") == [("milestone", "2029", "missed", True)]


def test_a_milestone_a_report_says_happened_is_reached(store: Engine) -> None:
    report(store, "plan.txt", PLAN, "2025-01-20", "planned", plan=True)
    done = f"The first unit of the {PLANT} was commissioned on 3 May 2029, the operator said."
    report(store, "news.txt", done, "2029-05-04", "in_progress")
    assert items(store, "2030-01-01") == [("milestone", "2029", "reached", False)]
    assert items(store, "2029-05-01", within=365) == [("milestone", "2029", "due", False)]


def test_a_deadline_passed_is_overdue_unless_the_initiative_was_completed_by_then(store: Engine) -> None:
    report(store, "plan.txt", PLAN, "2025-01-20", "planned", plan=True)
    assert ("deadline", "2031", "passed", True) in items(store, "2032-02-01")
    report(store, "done.txt", f"The {PLANT} was completed, the ministry said.", "2031-11-30", "completed")
    assert ("deadline", "2031", "passed", False) in items(store, "2032-02-01")
    assert ("milestone", "2029", "reached", False) in items(store, "2032-02-01")
