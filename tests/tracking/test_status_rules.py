"""The documented rules that turn dated status reports into an initiative's current status."""

from __future__ import annotations

from accord.store.statuses import StatusReport, current_status


def report(date: str | None, status: str, dated_by: str = "published") -> StatusReport:
    return StatusReport(date, dated_by if date else "undated", status)


def test_the_latest_dated_report_decides_whatever_order_the_documents_came_in() -> None:
    reports = [report("2025-04-02", "in_progress"), report("2024-03-12", "proposed"), report("2024-09-19", "agreed")]
    assert current_status(reports) == "in_progress"


def test_reports_of_the_same_date_take_the_most_advanced_status() -> None:
    assert current_status([report("2024-09-19", "agreed"), report("2024-09-19", "proposed")]) == "agreed"
    assert current_status([report("2025-04", "completed"), report("2025-04", "in_progress")]) == "completed"


def test_a_later_stall_replaces_work_under_way_and_a_later_restart_resumes_it() -> None:
    stalled = [report("2025-04-02", "in_progress"), report("2027-02-10", "stalled")]
    assert current_status(stalled) == "stalled"
    assert current_status([*stalled, report("2027-09-01", "in_progress")]) == "in_progress"


def test_unknown_never_replaces_a_known_status() -> None:
    assert current_status([report("2024-03-12", "proposed"), report("2026-01-01", "unknown")]) == "proposed"
    assert current_status([report("2026-01-01", "unknown")]) == "unknown"


def test_undated_reports_count_only_when_no_report_is_dated() -> None:
    assert current_status([report(None, "completed"), report("2024-03-12", "proposed")]) == "proposed"
    assert current_status([report(None, "agreed"), report(None, "proposed")]) == "agreed"


def test_as_of_a_day_only_reports_dated_by_then_count_a_partial_date_from_its_first_day() -> None:
    reports = [report("2024-03-12", "proposed"), report("2025-04", "in_progress")]
    assert current_status(reports, "2025-03-31") == "proposed"
    assert current_status(reports, "2025-04-01") == "in_progress"


def test_a_curators_status_wins_from_the_day_it_was_set() -> None:
    reports = [
        report("2024-03-12", "proposed"),
        report("2027-02-10", "stalled"),
        report("2026-05-01", "completed", "curator"),
    ]
    assert current_status(reports) == "completed"
    assert current_status(reports, "2026-04-30") == "proposed"
    assert current_status(reports, "2027-06-01") == "completed"
