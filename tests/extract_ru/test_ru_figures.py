"""Russian figures: sums, percents, counts and physical quantities, normalized as English ones are."""

from __future__ import annotations

from ru_records import russian_record


def _figures(text: str) -> dict[float, tuple[str | None, str, str, str | None]]:
    record = russian_record(text)
    return {f.value: (f.unit, f.qualifier, f.metric, f.period) for f in record.figures}


def test_a_sum_in_billions_of_dollars_and_a_growth_in_percent_take_the_subject_as_metric() -> None:
    figures = _figures(
        "В январе–сентябре 2025 года товарооборот между Казахстаном и Киргизией вырос на 15 процентов "
        "и составил 11,6 млрд долларов."
    )
    assert figures == {
        15: ("percent", "exact", "товарооборот", "2025-01/2025-09"),
        11_600_000_000: ("USD", "exact", "товарооборот", "2025-01/2025-09"),
    }


def test_a_count_with_a_qualifier_is_of_the_noun_it_counts() -> None:
    figures = _figures("В Таджикистане работает свыше 3 тыс. совместных предприятий.")
    assert figures == {3000: (None, "more_than", "совместные предприятия", None)}


def test_a_capacity_per_year_is_in_tonnes_per_year_and_of_the_noun_it_belongs_to() -> None:
    figures = _figures("Комбинат мощностью 500 тыс. тонн в год построят в Туркмении.")
    assert figures == {500_000: ("tonnes/year", "exact", "мощность", None)}


def test_a_share_measures_the_genitive_after_it() -> None:
    figures = _figures("На приграничные области приходится около 40 процентов взаимной торговли.")
    assert figures == {40: ("percent", "approx", "взаимная торговля", None)}


def test_years_days_and_ranges_of_days_are_dates_not_figures() -> None:
    record = russian_record("С 12 по 14 марта 2024 года в Бишкеке прошли консультации, следующие намечены на 2025 год.")
    assert record.figures == []


def test_a_figure_inside_a_proposal_is_about_it() -> None:
    record = russian_record("Министр предложил создать совместный фонд объёмом 200 млн евро.")
    proposal = record.initiatives[0]
    figure = record.figures[0]
    assert (figure.value, figure.unit) == (200_000_000, "EUR")
    assert proposal.figures == [figure.id] and figure.subjects[0] == proposal.title
