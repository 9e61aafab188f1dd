import pytest

from accord.extract.language.dates import find_year, relative_day, resolve_date


def test_day_and_month_take_the_year_of_publication() -> None:
    assert resolve_date("October 9", "2025-10-10") == "2025-10-09"


def test_day_and_month_without_a_known_year_keep_an_open_year() -> None:
    assert resolve_date("October 9", None) == "--10-09"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("9 October 2025", "2025-10-09"),
        ("October 9, 2025", "2025-10-09"),
        ("March 2024", "2024-03"),
        ("2027", "2027"),
        ("Oct. 9", "--10-09"),
        ("2025-10-09", "2025-10-09"),
    ],
)
def test_absolute_dates_are_as_precise_as_the_text(text: str, iso: str) -> None:
    assert resolve_date(text, None) == iso


def test_a_range_of_days_is_dated_by_its_first_day() -> None:
    assert resolve_date("September 30 – October 1", "2024-09-01") == "2024-09-30"


@pytest.mark.parametrize(
    "text", ["today", "annual", "the past 20 years", "twenty years ago", "Monday", "the 1990s", "last year"]
)
def test_relative_or_vague_expressions_have_no_date(text: str) -> None:
    assert resolve_date(text, "2025-06-01") is None


def test_a_month_without_any_year_is_not_a_date() -> None:
    assert resolve_date("March", None) is None


@pytest.mark.parametrize(("text", "year"), [("through 2027", "2027"), ("by 2030", "2030"), ("in 2029", "2029")])
def test_find_year_reads_the_year_of_a_deadline(text: str, year: str) -> None:
    assert find_year(text) == year


def test_find_year_ignores_amounts_and_decades() -> None:
    assert find_year("12,2030 tonnes in the 1990s") is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("June 29 – July 1, 2020", "2020-06-29"),
        ("22 and 23 January 2013", "2013-01-22"),
        ("from 6 to 7 June, 2023", "2023-06-06"),
        ("today, September 29, 2023", "2023-09-29"),
    ],
)
def test_a_range_or_a_pair_of_days_is_its_first_day_in_the_year_that_closes_it(text: str, iso: str) -> None:
    assert resolve_date(text, None) == iso


def test_today_and_yesterday_count_from_a_known_day_only() -> None:
    assert relative_day("yesterday", "2017-11-08") == "2017-11-07"
    assert relative_day("earlier today", "2024-03-01") == "2024-03-01"
    assert relative_day("yesterday", "2017-11") is None
    assert relative_day("last week", "2017-11-08") is None
