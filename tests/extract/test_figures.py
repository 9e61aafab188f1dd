"""Figures: the quantities a news text states, with what they measure, when, and about whom."""

from __future__ import annotations

from accord.extract.entities.extraction import extract_entities
from accord.extract.figures.extraction import extract_figures
from accord.nlp import parse
from accord.record import Figure


def figures_of(text: str) -> list[Figure]:
    doc = parse(text)
    return extract_figures(doc, extract_entities(doc))


def test_from_to_range_gives_two_figures_with_their_years() -> None:
    text = "Bilateral trade between Kazakhstan and Turkey rose from $3 billion in 2015 to $7.4 billion in 2023."
    low, high = figures_of(text)
    assert (low.value, low.unit, low.period) == (3e9, "USD", "2015")
    assert (high.value, high.unit, high.period) == (7.4e9, "USD", "2023")
    assert "trade" in low.metric and "trade" in high.metric
    assert set(low.subjects) == {"Kazakhstan", "Turkey"}


def test_invested_money_is_an_investment_with_its_qualifier() -> None:
    (figure,) = figures_of("The Korean side has invested more than $1.2 billion in the new refinery.")
    assert (figure.value, figure.unit, figure.qualifier, figure.metric) == (1.2e9, "USD", "more_than", "investment")


def test_counted_noun_names_the_metric_of_a_count() -> None:
    figures = figures_of("The forum brought together about 5,000 delegates from 60 countries.")
    assert [(f.value, f.unit, f.qualifier, f.metric) for f in figures] == [
        (5000, None, "approx", "delegates"),
        (60, None, "exact", "countries"),
    ]


def test_tonnes_a_year_become_a_rate_unit_and_the_evidence_spans_the_expression() -> None:
    text = "The plant will produce up to 2.5 million tonnes of fertilizer a year."
    (figure,) = figures_of(text)
    assert (figure.value, figure.unit, figure.qualifier) == (2.5e6, "tonnes/year", "up_to")
    assert figure.metric == "production"
    span = figure.evidence[0]
    assert text[span.start : span.end] == figure.text == "up to 2.5 million tonnes of fertilizer a year"


def test_percentage_growth_is_the_growth_of_the_subject_between_its_countries() -> None:
    text = "Trade turnover between Egypt, Russia and other African states grew by 12 percent in 2024."
    (figure,) = figures_of(text)
    assert (figure.value, figure.unit, figure.period) == (12, "percent", "2024")
    assert figure.metric == "trade turnover growth"
    assert {"Egypt", "Russia"} <= set(figure.subjects)


def test_worth_of_points_at_what_the_money_buys() -> None:
    (figure,) = figures_of("The exhibition ended with $3 billion worth of contracts signed.")
    assert (figure.value, figure.metric) == (3e9, "contracts")


def test_years_ordinals_durations_and_discourse_numbers_are_not_figures() -> None:
    text = (
        "The two leaders met in 2023 for the 12th time. Over the past 30 years, one of the largest "
        "projects has been the 20-year programme."
    )
    assert figures_of(text) == []


def test_number_folded_into_a_date_is_recovered_in_a_from_to_pattern() -> None:
    text = "The number of joint ventures has grown from roughly 250 ten years ago to more than 1,800 today."
    figures = figures_of(text)
    assert [(f.value, f.qualifier, f.metric) for f in figures] == [
        (250, "approx", "joint ventures"),
        (1800, "more_than", "joint ventures"),
    ]


def test_month_range_gives_an_interval_period() -> None:
    (figure,) = figures_of("In January–June 2025, exports of grain reached 4 million tonnes.")
    assert figure.period == "2025-01/2025-06"


def test_percent_of_a_whole_is_a_share_of_it() -> None:
    (figure,) = figures_of("Domestic producers now supply about 85 percent of medicines sold in the country.")
    assert (figure.value, figure.qualifier, figure.metric) == (85, "approx", "medicines share")


def test_coordinated_verb_shares_the_subject_that_names_the_metric() -> None:
    growth, level = figures_of("Bilateral trade turnover grew by 9 percent and reached $2.1 billion.")
    assert (growth.unit, growth.metric) == ("percent", "bilateral trade turnover growth")
    assert (level.value, level.unit, level.metric) == (2.1e9, "USD", "bilateral trade turnover")


def test_verb_of_surpassing_makes_a_more_than_figure() -> None:
    (figure,) = figures_of("The number of joint ventures exceeded 1,400 last year.")
    assert (figure.value, figure.qualifier, figure.metric) == (1400, "more_than", "joint ventures")


def test_area_and_capacity_are_named_by_their_units() -> None:
    area, capacity = figures_of("The industrial zone, covering 150 hectares, will host a 300 MW solar power plant.")
    assert (area.value, area.unit, area.metric) == (150, "ha", "area")
    assert (capacity.value, capacity.unit, capacity.metric) == (300, "MW", "capacity")


def test_worth_after_a_verbs_object_measures_that_object_and_its_nationality_is_the_subject() -> None:
    (figure,) = figures_of(
        "Turkey and Kyrgyzstan held talks on energy. "
        "Kyrgyzstan is interested in attracting Turkish investment worth up to $2 billion in the energy sector."
    )
    assert (figure.value, figure.qualifier, figure.metric) == (2e9, "up_to", "investment")
    assert figure.subjects == ["Turkey"]


def test_last_year_and_a_month_range_take_their_year_from_publication() -> None:
    doc = parse(
        "Bilateral trade between Kazakhstan and Kyrgyzstan grew by 9 percent last year and reached $2 billion. "
        "In January-June, exports to Kyrgyzstan rose by 4 percent."
    )
    growth, level, exports = extract_figures(doc, extract_entities(doc), "2025-08-01")
    assert growth.period == level.period == "2024"
    assert exports.period == "2025-01/2025-06"


def test_a_hyphenated_capacity_before_a_plant_is_its_capacity() -> None:
    [figure] = figures_of("The company will build a 560-megawatt combined-cycle power plant in the Syrdarya region.")
    assert (figure.value, figure.unit, figure.metric) == (560.0, "MW", "capacity")


def test_a_unit_names_what_is_measured_when_the_sentence_does_not() -> None:
    figures = figures_of(
        "The first 250 MW are expected to come online by the end of 2026. "
        "Drip irrigation was introduced on 1.2 million hectares."
    )
    assert [(f.value, f.unit, f.metric) for f in figures] == [(250.0, "MW", "capacity"), (1200000.0, "ha", "area")]


def test_it_after_a_coordinated_clause_is_the_metric_that_clause_measured() -> None:
    figures = figures_of(
        "In 2023, mutual trade stood at $1.52 billion, and in 2024 it rose by 14.5 percent to $1.74 billion."
    )
    assert [(f.value, f.metric, f.period) for f in figures] == [
        (1520000000.0, "mutual trade", "2023"),
        (14.5, "mutual trade growth", "2024"),
        (1740000000.0, "mutual trade", "2024"),
    ]


def test_a_distance_is_no_figure_by_its_unit_alone() -> None:
    assert figures_of("The plant is located 30 km from the capital, and the delegation travelled 500 km.") == []


def test_the_bare_noun_after_an_amount_names_what_it_is() -> None:
    figures = figures_of(
        "The minister announced $65 million in new assistance. The plan is backed by £400 million of aid. "
        "The project includes the construction of about 300 kilometres of power lines."
    )
    assert [(f.value, f.unit, f.metric) for f in figures] == [
        (65e6, "USD", "new assistance"),
        (400e6, "GBP", "aid"),
        (300, "km", "power lines"),
    ]


def test_a_place_or_a_compound_preposition_after_an_amount_names_nothing() -> None:
    (figure,) = figures_of("An additional $30 million from the Government of Zambia in support of the compact helps.")
    assert (figure.value, figure.metric, figure.subjects) == (30e6, "funding", ["Zambia"])


def test_a_participle_after_money_names_it_and_its_agent_is_the_subject() -> None:
    figures = figures_of("The compact includes $480 million in U.S. funding, with $20 million committed by Zambia.")
    assert [(f.value, f.metric) for f in figures] == [(480e6, "funding"), (20e6, "commitment")]
    assert figures[1].subjects == ["Zambia"]


def test_a_part_of_a_sum_takes_the_metric_of_the_whole() -> None:
    whole, part = figures_of(
        "The bank's development assistance to Zambia amounted to €95 million, of which €20 million has been "
        "made available for health."
    )
    assert whole.metric == part.metric == "development assistance"
    assert part.value == 20e6 and part.subjects == ["Zambia"]


def test_money_given_is_named_by_what_is_given_not_by_the_verb() -> None:
    (figure,) = figures_of("The government is committing over $100 million in new assistance to the region.")
    assert (figure.value, figure.qualifier, figure.metric) == (100e6, "more_than", "new assistance")


def test_counts_that_point_back_are_no_figures() -> None:
    assert figures_of("The partnership between our 2 countries grows. One in 3 people lacks access to power.") == []


def test_a_sum_stated_again_is_one_figure_with_both_pieces_of_evidence() -> None:
    text = "The board approved a $120 million compact with Zambia. The $120 million grant will fund new roads. "
    text += "In addition to the compact, Zambia will contribute $15 million."
    figures = figures_of(text)
    assert [(f.value, f.metric) for f in figures] == [(120e6, "compact"), (15e6, "contribution")]
    assert len(figures[0].evidence) == 2 and [f.id for f in figures] == ["figure-1", "figure-2"]


def test_a_ratio_on_a_verb_of_change_is_a_growth() -> None:
    figures = figures_of(
        "Exports of copper grew 40% in 2023. Trade between Chile and Norway grew almost sixfold. "
        "Imports of grain jumped 2.5-fold over the decade."
    )
    assert [(f.value, f.unit, f.qualifier, f.metric) for f in figures] == [
        (40, "percent", "exact", "exports growth"),
        (6, "times", "approx", "trade growth"),
        (2.5, "times", "exact", "imports growth"),
    ]


def test_a_factor_verb_done_is_a_growth_but_a_forecast_is_not() -> None:
    figures = figures_of(
        "Exports of copper to Chile more than doubled in 2024. Chile has tripled its purchases of salmon. "
        "Trade will double by 2030. The firm doubled down on its plans."
    )
    assert [(f.value, f.unit, f.qualifier, f.metric, f.period) for f in figures] == [
        (2, "times", "more_than", "exports growth", "2024"),
        (3, "times", "exact", "purchases growth", None),
    ]


def test_a_growth_beside_the_sum_it_brought_is_the_growth_of_what_the_sum_measures() -> None:
    figures = figures_of(
        "Trade turnover between Chile and Norway reached $3.4 billion in 2024, an increase of 11 percent "
        "compared to the previous year. Exports of copper reached $612 million (up 22.4 percent)."
    )
    assert [(f.value, f.unit, f.metric) for f in figures] == [
        (3.4e9, "USD", "trade turnover"),
        (11, "percent", "trade turnover growth"),
        (612e6, "USD", "exports"),
        (22.4, "percent", "exports growth"),
    ]
    assert figures[1].period == "2024" and set(figures[1].subjects) == {"Chile", "Norway"}


def test_a_sum_in_an_aside_is_not_what_the_clause_measures_but_after_a_copula_it_is() -> None:
    aside = figures_of("In addition to $40 million from the fund, Zambia will contribute $15 million.")
    assert [(f.value, f.metric) for f in aside] == [(15e6, "contribution")]
    (same_kind,) = figures_of("The new aid is in addition to $36 million announced in May.")
    assert (same_kind.value, same_kind.metric) == (36e6, "new aid")


def test_a_sum_a_headline_words_in_short_is_named_by_the_body() -> None:
    figures = figures_of(
        "Chile and Norway sign deal for $1.3 billion wind farm\n\n"
        "The wind project, estimated to cost $1.3 billion, will be built in two phases."
    )
    assert [(f.value, f.metric, len(f.evidence)) for f in figures] == [(1.3e9, "cost", 2)]


def test_figures_joined_by_and_with_a_gapped_verb_name_no_metric_of_their_words() -> None:
    text = "By 2029 new rescue vehicles must make up at least 75 percent and fire trucks at least 50 percent."
    figures = figures_of(text)
    assert all("least" not in f.metric and " and " not in f.metric for f in figures)
