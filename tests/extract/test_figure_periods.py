"""Figure periods: the time a figure holds for, from its phrase, its clause or the document's date."""

from __future__ import annotations

from accord.extract.entities.extraction import extract_entities
from accord.extract.figures.extraction import extract_figures
from accord.nlp import parse
from accord.record import Figure


def figures_of(text: str, published: str | None = None) -> list[Figure]:
    doc = parse(text)
    return extract_figures(doc, extract_entities(doc), published)


def test_a_time_span_with_its_years_is_the_period() -> None:
    (figure,) = figures_of("The bank's assistance to Zambia during the period 2016-2022 amounted to €95 million.")
    assert (figure.value, figure.metric, figure.period) == (95e6, "assistance", "2016/2022")


def test_a_participle_after_the_verb_shares_its_time() -> None:
    growth, level = figures_of("Exports of copper rose 8% in 2022, reaching $3.4 billion.")
    assert growth.period == level.period == "2022"


def test_the_dateline_dates_last_year_when_the_document_has_no_date() -> None:
    figures = figures_of(
        "OSLO, March 3, 2025 – The ministry published its annual report on Monday. "
        "Trade between Norway and Chile grew by 5 percent last year. "
        "In January–September, exports of salmon reached 40,000 tonnes."
    )
    assert [(f.metric, f.period) for f in figures] == [
        ("trade growth", "2024"),
        ("exports", "2025-01/2025-09"),
    ]


def test_a_growth_runs_from_its_base_to_its_own_time() -> None:
    figures = figures_of(
        "Total trade between Chile and Norway increased over 150 percent, from $2 billion in 2012 to over "
        "$5 billion in 2022. In 2024, exports to Chile rose by 9 percent compared with 2023."
    )
    assert [(f.value, f.period) for f in figures] == [
        (150, "2012/2022"),
        (2e9, "2012"),
        (5e9, "2022"),
        (9, "2023/2024"),
    ]


def test_since_runs_to_the_day_of_writing_and_without_a_date_gives_no_period() -> None:
    text = "Trade between Norway and Chile has grown threefold since 2019."
    (dated,) = figures_of(text, "2025-05-01")
    (undated,) = figures_of(text)
    assert (dated.value, dated.unit, dated.metric, dated.period) == (3, "times", "trade growth", "2019/2025")
    assert undated.period is None


def test_the_time_a_sentence_opens_with_dates_its_figures_however_the_parser_hangs_it() -> None:
    figures = figures_of(
        "According to the regional administration, in January–September 2025, 146 investment projects worth "
        "a total of $1.1 billion were launched in the region, creating more than 9,000 jobs."
    )
    assert [(f.value, f.period) for f in figures if f.unit is None] == [
        (146, "2025-01/2025-09"),
        (9000, "2025-01/2025-09"),
    ]


def test_an_opening_date_keeps_the_year_after_its_own_comma() -> None:
    (figure,) = figures_of("As of March 1, 2021, 64 percent of the regional budget was spent.", published="2023-05-02")
    assert (figure.value, figure.period) == (64, "2021-03-01")
