"""A plain-text release is titled by its headline and dated by its dateline; web-page furniture is neither."""

from __future__ import annotations

from pathlib import Path

import pytest

import accord
from accord.documents import read_document
from accord.documents.headline import dateline_day, headline

BODY = (
    "The Ministry of Transport of Moldova and a consortium of Austrian banks signed a loan agreement for the "
    "reconstruction of the northern railway line. The works are due to be completed by 2028."
)


def release(first: str, lead: str = BODY) -> str:
    return f"{first}\n\n{lead}\n\nThe parties agreed to meet again in the autumn.\n"


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        ("CHISINAU, 4 February 2025 - " + BODY, "2025-02-04"),
        ("Chisinau, February 4, 2025 — " + BODY, "2025-02-04"),
        ("CHISINAU (Moldpres) – Feb. 4, 2025 – " + BODY, "2025-02-04"),
        ("CHISINAU, 4 February - " + BODY, None),  # no year: the day cannot be told for sure
        ("CHISINAU, 31 February 2025 - " + BODY, None),  # no such day
        (BODY, None),
    ],
)
def test_a_dateline_with_a_full_day_dates_the_release(lead: str, day: str | None) -> None:
    assert dateline_day(release("Moldova signs a railway loan", lead)) == day


RU_BODY = (
    "Министры транспорта двух стран обсудили реконструкцию северной железнодорожной линии. "
    "Работы планируется завершить до 2028 года."
)


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        ("Кишинёв, 4 февраля 2025 года. " + RU_BODY, "2025-02-04"),
        ("КИШИНЁВ, 4 февраля 2025 г. – " + RU_BODY, "2025-02-04"),
        ("4 февраля 2025 года\n" + RU_BODY, "2025-02-04"),
        ("Кишинёв, 4 февраля. " + RU_BODY, None),
        ("Кишинёв, 31 февраля 2025 года. " + RU_BODY, None),
    ],
)
def test_a_russian_dateline_dates_the_release(lead: str, day: str | None) -> None:
    text = f"Молдавия получит кредит на железную дорогу\n\n{lead}\n\nСтороны договорились встретиться осенью.\n"
    assert dateline_day(text) == day
    assert headline(text) == "Молдавия получит кредит на железную дорогу"


def test_a_dateline_without_a_headline_dates_it_too() -> None:
    assert dateline_day("CHISINAU, 4 February 2025 - " + BODY) == "2025-02-04"


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Moldova signs a railway loan with Austrian banks", "Moldova signs a railway loan with Austrian banks"),
        ("Minister: “The railway will be rebuilt by 2028”", "Minister: “The railway will be rebuilt by 2028”"),
        ("The Ministry of Transport said on Tuesday that the loan was signed.", None),  # a sentence, not a headline
        ("Press release: for immediate publication:", None),
    ],
)
def test_a_short_line_standing_alone_above_the_body_is_the_headline(first: str, title: str | None) -> None:
    assert headline(release(first)) == title


def test_page_furniture_above_a_short_line_titles_nothing() -> None:
    assert headline("Skip to main content\n\nNews and press\n\n" + BODY) is None
    assert headline(BODY) is None


def test_a_plain_text_file_is_read_with_its_headline_and_day_and_the_text_is_untouched(tmp_path: Path) -> None:
    text = release("Moldova signs a railway loan", "CHISINAU, 4 February 2025 - " + BODY)
    path = tmp_path / "loan.txt"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    assert (document.title, document.published, document.text) == ("Moldova signs a railway loan", "2025-02-04", text)
    assert read_document(path, published="2025-03").published == "2025-03"  # the one given wins


def test_every_bundled_sample_is_read_with_its_headline_and_its_day() -> None:
    samples = sorted((Path(accord.__file__).parent / "samples").glob("*.txt"))
    documents = [read_document(path) for path in samples]
    assert all(d.title and d.title == d.text.splitlines()[0] for d in documents)
    assert all(d.published and len(d.published) == 10 for d in documents), [d.source for d in documents]
