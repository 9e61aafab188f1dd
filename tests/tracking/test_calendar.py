"""Dates of records as periods: a year lasts until 31 December, windows read as 90d, 12w, 6m, 1y."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from accord.errors import ConfigError
from accord.store.calendar import parse_window, period_end


def test_a_partial_date_lasts_until_the_last_day_it_covers() -> None:
    assert period_end("2027") == date(2027, 12, 31)
    assert period_end("2024-02") == date(2024, 2, 29)
    assert period_end("2026-05-10") == date(2026, 5, 10)
    assert period_end("--10-09") is None and period_end(None) is None


def test_windows_read_days_weeks_months_and_years() -> None:
    assert [parse_window(w) for w in ("90d", "12w", "6m", "1y")] == [
        timedelta(days=90),
        timedelta(days=84),
        timedelta(days=180),
        timedelta(days=365),
    ]


def test_a_window_without_a_unit_says_how_to_write_one() -> None:
    with pytest.raises(ConfigError, match="such as 90d"):
        parse_window("90")
