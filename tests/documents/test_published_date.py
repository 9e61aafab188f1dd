"""A publication date given by hand is an ISO date, as precise as it is known."""

from __future__ import annotations

import pytest

from accord.documents import parse_published


@pytest.mark.parametrize("value", ["2024", "2024-03", "2024-03-04", "2024-02-29"])
def test_iso_dates_of_any_precision_are_accepted(value: str) -> None:
    assert parse_published(value) == value


def test_surrounding_whitespace_is_dropped() -> None:
    assert parse_published(" 2024-03-04\n") == "2024-03-04"


@pytest.mark.parametrize("value", ["04.03.2024", "March 2024", "2024-3-4", "24-03-04", "2024-03-04T10:00", ""])
def test_dates_not_in_iso_form_are_refused(value: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_published(value)


@pytest.mark.parametrize("value", ["2023-02-29", "2024-13", "2024-00-10", "0000"])
def test_dates_not_on_the_calendar_are_refused(value: str) -> None:
    with pytest.raises(ValueError, match="not a calendar date"):
        parse_published(value)
