"""Figure subjects: whom a figure is about, where its sentence or context names them."""

from __future__ import annotations

from accord.extract.entities.extraction import extract_entities
from accord.extract.figures.extraction import extract_figures
from accord.nlp import parse
from accord.record import Figure


def figures_of(text: str) -> list[Figure]:
    doc = parse(text)
    return extract_figures(doc, extract_entities(doc))


def test_a_compact_with_a_government_is_about_its_country() -> None:
    (figure,) = figures_of(
        "The Development Fund signed a five-year, $310 million compact with the Government of Ghana on Tuesday."
    )
    assert (figure.value, figure.unit, figure.metric) == (310e6, "USD", "compact")
    assert "Ghana" in figure.subjects


def test_a_loan_or_an_investment_is_about_the_company_that_receives_it() -> None:
    loan, stake = figures_of(
        "A $40 million loan to Northwind Solar Limited will finance a new plant. "
        "A $12 million equity investment in Bluebay Capital Partners will support young firms."
    )
    assert (loan.metric, loan.subjects[0]) == ("loan", "Northwind Solar Limited")
    assert (stake.metric, stake.subjects[0]) == ("equity investment", "Bluebay Capital Partners")


def test_the_capacity_a_loan_finances_belongs_to_the_borrower() -> None:
    figures = figures_of(
        "A $90 million loan to Northwind Solar Limited will finance the construction of a 2 GW solar module "
        "factory in Portugal."
    )
    capacity = next(f for f in figures if f.unit == "GW")
    assert capacity.metric == "capacity"
    assert {"Northwind Solar Limited", "Portugal"} <= set(capacity.subjects)


def test_the_government_that_contributes_is_the_subject_of_its_contribution() -> None:
    figures = figures_of(
        "The board approved a $200 million grant for Malawi. "
        "The Government of Malawi will also contribute $25 million to the programme."
    )
    contribution = next(f for f in figures if f.value == 25e6)
    assert contribution.metric == "contribution"
    assert contribution.subjects == ["Malawi"]


def test_a_pair_of_countries_written_as_one_word_are_the_two_sides_of_a_trade() -> None:
    (figure,) = figures_of(
        "Officials from Chile and Norway met in Oslo. Chile-Norway total trade in goods surpassed $2 billion in 2023."
    )
    assert (figure.metric, figure.qualifier, figure.period) == ("total trade", "more_than", "2023")
    assert set(figure.subjects) == {"Chile", "Norway"}


def test_a_trade_its_sentence_calls_bilateral_is_between_the_documents_two_countries() -> None:
    growth, level = figures_of(
        "The Foreign Ministers of Finland and Uruguay met in Helsinki. Finland and Uruguay discussed energy. "
        "Bilateral trade continues to expand as total trade in goods increased 12% in 2023, reaching €900 million."
    )
    assert growth.metric.endswith("trade growth") and growth.period == "2023"
    assert level.metric.endswith("trade") and level.period == "2023"
    assert set(growth.subjects) == set(level.subjects) == {"Finland", "Uruguay"}


def test_a_national_adjective_on_the_subject_of_a_plan_names_the_investor() -> None:
    (figure,) = figures_of(
        "Chile and Norway held their economic dialogue. "
        "The Chilean delegation presented plans to invest up to $40 billion over the next five years."
    )
    assert (figure.metric, figure.qualifier) == ("investment", "up_to")
    assert "Chile" in figure.subjects


def test_a_country_written_as_a_dotted_abbreviation_is_named_in_full() -> None:
    (figure,) = figures_of("The United States and Ghana held talks. U.S.-Ghana trade reached $5 billion last year.")
    assert {"United States", "Ghana"} <= set(figure.subjects)


def test_a_person_and_the_title_before_the_name_are_no_party_to_the_money_announced() -> None:
    (figure,) = figures_of("Minister of State Jane Holloway announced $15 million in new assistance for Zambia.")
    assert figure.metric == "new assistance"
    assert "State" not in figure.subjects


def test_a_part_of_a_sum_belongs_to_whom_its_own_clause_names() -> None:
    whole, part = figures_of(
        "Total investment in the plant amounted to $45 million, of which $28 million came from the partner, "
        "Northwind Appliances Ltd."
    )
    assert whole.metric == part.metric == "total investment"
    assert "Northwind Appliances Ltd." in part.subjects


def test_a_participle_after_a_clause_shares_its_place() -> None:
    figures = figures_of("Last year 40 new factories were opened in Portugal, creating more than 3,000 jobs.")
    jobs = next(f for f in figures if f.metric == "jobs")
    assert (jobs.value, jobs.qualifier, jobs.subjects) == (3000, "more_than", ["Portugal"])


def test_a_stake_belongs_to_whoever_holds_it_but_a_count_not_to_whoever_reports_it() -> None:
    stake, count = figures_of(
        "Northwind Energy and Bluebay Power Group signed the deal in Oslo. "
        "Under the deal, Bluebay Power Group will hold a 51% stake in the project company. "
        "Northwind Energy received 3,000 applications."
    )
    assert (stake.metric, stake.subjects) == ("stake", ["Bluebay Power Group"])
    assert (count.metric, count.subjects) == ("applications", [])


def test_our_trade_said_between_two_countries_is_between_them() -> None:
    (figure,) = figures_of(
        "The President of Chile met the Prime Minister of Norway. "
        "Despite the difficulties, our trade increased by more than 40 percent over the first quarter."
    )
    assert figure.metric == "trade growth"
    assert set(figure.subjects) == {"Chile", "Norway"}
