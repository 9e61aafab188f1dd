"""Datelines: where and when a story was filed, from the line that opens it."""

from __future__ import annotations

import pytest

from accord.extract.language.dateline import find_dateline


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        ("Trade grows\n\nASTANA, May 21 – The ministers met.", "ASTANA", "2025-05-21"),
        ("Trade grows\n\nBishkek, 2 June 2024 - The ministers met.", "Bishkek", "2024-06-02"),
        ("Trade grows\n\nTashkent, Uzbekistan (Daily Wire) -- The ministers met.", "Tashkent", None),
    ],
)
def test_dateline_gives_the_place_and_the_day(text: str, place: str, date: str | None) -> None:
    dateline = find_dateline(text, published="2025-06-01")
    assert dateline is not None
    assert (dateline.place, dateline.date) == (place, date)


def test_a_sentence_that_merely_starts_with_a_place_is_no_dateline() -> None:
    assert find_dateline("In Astana, the ministers met on May 21.", published=None) is None


def test_a_place_and_a_day_on_a_line_of_their_own_date_the_paragraph_after_them() -> None:
    text = "Leaders speak by phone\n\nAstana, February 18, 2026\n\nThe presidents held a telephone conversation."
    dateline = find_dateline(text, published=None)
    assert dateline is not None and (dateline.place, dateline.date) == ("Astana", "2026-02-18")
    assert text[dateline.paragraph_start : dateline.paragraph_end].endswith("held a telephone conversation.")


def test_a_weekday_and_a_date_on_a_line_of_their_own_place_nothing() -> None:
    assert find_dateline("Ministers meet\n\nTuesday, March 4, 2025\n\nThe ministers met.", published=None) is None
