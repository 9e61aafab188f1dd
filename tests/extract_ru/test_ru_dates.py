"""Russian dates: days of months, years, spans of months and relative words anchored to the publication date."""

from __future__ import annotations

from accord.extract.ru.dates import find_dates


def _values(text: str, published: str | None = "2025-10-10") -> list[tuple[str, str]]:
    return [(d.value, d.preposition) for d in find_dates(text, published)]


def test_a_day_and_month_with_and_without_a_year() -> None:
    assert _values("Переговоры прошли 27 мая 2024 года.") == [("2024-05-27", "")]
    assert _values("Встреча назначена на 9 октября.") == [("2025-10-09", "")]
    assert _values("Встреча назначена на 9 октября.", published=None) == [("--10-09", "")]


def test_a_range_of_days_is_dated_by_its_first_day() -> None:
    assert _values("Визит пройдёт с 23 по 24 мая 2026 года.") == [("2026-05-23", "с")]


def test_a_deadline_year_keeps_its_preposition() -> None:
    assert _values("Завод построят до 2027 года, а первую очередь введут в 2026 году.") == [
        ("2027", "до"),
        ("2026", "в"),
    ]


def test_a_span_of_months_is_an_interval() -> None:
    assert _values("в январе–сентябре 2025 года") == [("2025-01/2025-09", "в")]


def test_relative_words_are_anchored_to_the_publication_date() -> None:
    assert _values("В прошлом году экспорт вырос, а сегодня стороны подписали протокол.") == [
        ("2024", ""),
        ("2025-10-10", ""),
    ]


def test_a_word_that_only_begins_like_a_month_is_no_date() -> None:
    assert _values("Пять майоров получили награды.") == []
