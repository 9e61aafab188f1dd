"""The rules that turn an initiative's dated status reports into its current status.

1. Each report is dated by the event it belongs to (the meeting where a plan was adopted), else by
   its document's publication date; a report with neither is undated.
2. Asked "as of" a day, only reports dated on or before it count. A partial date ("2025-04",
   "2027") counts from its first day.
3. "unknown" says nothing and never replaces a known status.
4. The latest dated report wins, whatever its status: a later "stalled" (suspended, postponed,
   halted) replaces "in_progress", and a later "in_progress" resumes a stalled one.
5. Reports of the same date: the most advanced status wins, in the order of `ADVANCEMENT`.
6. Undated reports count only when no dated one does, the most advanced first.
7. A curator's status wins over all of this on and after the day it was set.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

# A stop reported on the day work was reported under way is the newer news; only completion is further.
ADVANCEMENT = ("unknown", "proposed", "planned", "agreed", "in_progress", "stalled", "completed")


@dataclass(frozen=True)
class StatusReport:
    """One dated status of an initiative, with the document and words that state it."""

    date: str | None
    dated_by: str  # "event", "published", "curator" or "undated"
    status: str
    source: str | None = None
    document_id: str | None = None
    evidence: str = ""
    spans: list[list[int]] = field(default_factory=list)


def advancement(status: str) -> int:
    """Return how far along a status is (an unknown status word counts as "unknown")."""
    return ADVANCEMENT.index(status) if status in ADVANCEMENT else 0


def on_or_before(date: str, as_of: str) -> bool:
    """Tell whether a date, read from its first day, falls on or before the ISO day `as_of`."""
    return date[: len(as_of)] <= as_of


def current_status(reports: Iterable[StatusReport], as_of: str | None = None) -> str:
    """Return the status the reports give as of a day (default: all reports), by the rules above."""
    known = [r for r in reports if r.status != "unknown"]
    curated = [r for r in known if r.dated_by == "curator" and (as_of is None or on_or_before(r.date or "", as_of))]
    if curated:
        return curated[-1].status
    machine = [r for r in known if r.dated_by != "curator"]
    dated = [r for r in machine if r.date and (as_of is None or on_or_before(r.date, as_of))]
    if dated:
        return max(dated, key=lambda r: (r.date or "", advancement(r.status))).status
    undated = [r for r in machine if not r.date]
    return max(undated, key=lambda r: advancement(r.status)).status if undated else "unknown"
