"""Datelines: where and when a story was filed, from the line that opens it."""

from __future__ import annotations

import pytest

from accord.extract.language.dateline import find_dateline, find_document_date


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


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        ("Trade grows\n\nWASHINGTON, D.C., June 19, 2018 – The board met.", "WASHINGTON, D.C.", "2018-06-19"),
        ("Trade grows\n\nLisbon, October 10: The agency announced loans.", "Lisbon", "--10-10"),
        ("Trade grows\n\nWASHINGTON – The government welcomed the delegation.", "WASHINGTON", None),
        ("Trade grows\n\nWashington, D.C.—The agency signed a compact.", "Washington, D.C.", None),
        ("Talks\n\nFebruary 24, 2021, The Palace, Geneva\n\nThe presidents met.", "Geneva", "2021-02-24"),
    ],
)
def test_datelines_in_the_styles_of_agencies_and_presidencies(text: str, place: str, date: str | None) -> None:
    dateline = find_dateline(text, published=None)
    assert dateline is not None
    assert (dateline.place, dateline.date) == (place, date)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Press Release\n\nSeptember 30, 2014\n\nThe agency signed a compact.", "2014-09-30"),
        ("FACT SHEET\nOCTOBER 3, 2019\nThe minister announced aid.", "2019-10-03"),
        ("Committee meets\n\n04.12.2020\nBrussels\n\nThe committee met.", "2020-12-04"),
        ("News article8 November 2022Directorate-General for Trade\n\nThe sides signed a memorandum.", "2022-11-08"),
        (" date 2020-01-21 The leaders said in a joint statement that they agreed to deepen ties.", "2020-01-21"),
    ],
)
def test_a_page_dates_itself_in_a_short_header_line(text: str, date: str) -> None:
    assert find_document_date(text) == date


def test_a_date_recalled_in_running_text_does_not_date_the_page() -> None:
    text = "The ministers met today in Lisbon to celebrate the treaty signed on December 20, 1958, and its legacy."
    assert find_document_date(text) is None
