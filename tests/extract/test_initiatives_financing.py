"""Financing: loans, grants, investments and assistance, with their sums, givers and status."""

from __future__ import annotations

from accord.extract.entities.extraction import extract_entities
from accord.extract.figures.extraction import extract_figures
from accord.extract.initiatives.extraction import extract_initiatives
from accord.nlp import parse
from accord.record import Initiative


def initiatives_of(text: str, published: str | None = "2024-05-14") -> list[Initiative]:
    doc = parse(text)
    entities = extract_entities(doc)
    return extract_initiatives(doc, entities, extract_figures(doc, entities), published)


def test_a_loan_with_its_sum_names_its_recipient() -> None:
    text = "A $40 million loan to Norbridge Foods Ltd. will help build cold storage across the province."
    (found,) = initiatives_of(text)
    assert found.title == "$40 million loan to Norbridge Foods Ltd."
    assert (found.kind, found.status) == ("project", "planned")
    assert found.parties == ["Norbridge Foods Ltd."]


def test_a_sum_announced_for_a_purpose_is_financing_by_its_announcer() -> None:
    text = "Minister Clara Voss announced $25 million in new assistance for flood recovery in the region."
    (found,) = initiatives_of(text)
    assert found.title.startswith("$25 million in new assistance")
    assert found.actors == ["Clara Voss"]
    assert (found.kind, found.status) == ("project", "planned")


def test_a_commitment_to_invest_a_sum_is_named_by_the_commitment() -> None:
    text = "The commissioner announced a commitment to invest €3 billion in regional railways."
    (found,) = initiatives_of(text)
    assert found.title == "commitment to invest €3 billion in regional railways"
    assert found.sector == "transport"


def test_assistance_that_amounted_to_a_sum_was_given() -> None:
    text = "The bank said that its development assistance to Norland amounted to €90 million."
    (found,) = initiatives_of(text)
    assert (found.title, found.status) == ("development assistance to Norland", "completed")


def test_a_sum_that_names_nothing_or_funds_a_project_found_already_is_not_financing() -> None:
    text = (
        "We pay 20 billion and the region allocates another 20 billion. "
        "A $300 million loan to Acme Power will finance the construction of a 200 MW solar plant in Norland."
    )
    found = initiatives_of(text)
    assert [i.title for i in found] == ["200 MW solar plant in Norland"]


def test_the_projects_a_programme_will_fund_are_listed_projects() -> None:
    text = (
        "The compact will fund two projects that will:\n"
        "  • Upgrade the national power grid of the northern provinces.\n"
        "  • Build a new water treatment plant in Port Amber.\n"
    )
    found = initiatives_of(text)
    assert [i.kind for i in found] == ["project", "project"]
    assert all(i.status == "planned" for i in found)
    assert "power grid" in found[0].title and "water treatment plant" in found[1].title


def test_a_sum_of_money_that_names_no_purpose_is_no_initiative() -> None:
    for text in (
        "We are channeling 400 billion dinars of federal funds directly towards the provinces.",
        "The government will allocate 30 million dollars of budget money.",
    ):
        assert [i.title for i in initiatives_of(text)] == [], text


def test_a_stock_of_investment_or_a_sum_into_a_branch_of_the_economy_is_no_initiative() -> None:
    for text in (
        "Westmark's investment in Norland amounts to US$10 billion.",
        "Leasing has been functioning for 20 years, investing over 400 billion rubles in the agro-industrial sector.",
    ):
        assert [i.title for i in initiatives_of(text)] == [], text
