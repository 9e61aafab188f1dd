"""Initiatives called by their proper names, and one initiative told several times."""

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


def test_a_named_agreement_cited_without_a_verb_is_an_agreement() -> None:
    text = "Under the Norland-Vesta Free Trade Agreement, trade between the two countries grew by 40 percent."
    (found,) = initiatives_of(text)
    assert (found.title, found.kind, found.status) == ("Norland-Vesta Free Trade Agreement", "agreement", "agreed")
    assert found.sector == "trade"


def test_a_named_programme_is_a_project_and_a_quoted_one_keeps_its_quotes() -> None:
    text = (
        "The ministry will widen access to clean water through the Rural Water Supply Project. "
        "The envoy praised the work done through the ‘Skills for Tomorrow’ programme."
    )
    found = initiatives_of(text)
    assert [(i.title, i.kind) for i in found] == [
        ("Rural Water Supply Project", "project"),
        ("‘Skills for Tomorrow’ programme", "project"),
    ]


def test_a_partnership_is_named_only_when_qualified() -> None:
    text = (
        "The two leaders reviewed the Strategic Partnership signed in 2012. "
        "They also spoke about the Ocean Partnership at length."
    )
    assert [i.title for i in initiatives_of(text)] == ["Strategic Partnership"]


def test_a_name_recalled_by_an_anniversary_or_ending_a_longer_name_is_no_initiative() -> None:
    text = (
        "The visit marks the 30th anniversary of the Treaty of Friendship and Cooperation. "
        "Officials of the Agency for Strategic Initiative attended."
    )
    assert initiatives_of(text) == []


def test_a_compact_described_by_its_size_folds_into_its_name() -> None:
    text = (
        "The Development Corporation signed a five-year, $310 million compact with the Government of Norland. "
        "The Norland Energy Compact is expected to benefit two million people."
    )
    (found,) = initiatives_of(text)
    assert found.title == "Norland Energy Compact"
    assert found.kind == "agreement" and found.status == "agreed"


def test_memoranda_signed_in_a_series_are_agreements_with_their_signers() -> None:
    text = (
        "At the forum a series of memoranda of understanding were signed. "
        "Several Memoranda of Understanding have been signed by the Nordic Investment Bank "
        "and the Baltic Port Authority."
    )
    found = initiatives_of(text)
    assert [i.kind for i in found] == ["agreement"]
    assert set(found[0].actors) >= {"Nordic Investment Bank", "Baltic Port Authority"}


def test_a_named_agreement_signed_long_ago_is_found_by_its_participle() -> None:
    text = "Relations rest on the Vesta-Norland Cooperation Agreement signed in 1991, which set up a Joint Council."
    found = initiatives_of(text)
    assert found[0].title == "Vesta-Norland Cooperation Agreement"
    assert found[0].status == "agreed"


def test_a_partnership_named_by_its_sides_counts_when_committed_to_not_when_recalled() -> None:
    text = (
        "The two presidents reaffirmed their commitment to a Norland-Vesta comprehensive partnership. "
        "They also discussed deepening the strategic partnership between Norland and Vesta."
    )
    (found,) = initiatives_of(text)
    assert (found.title, found.kind) == ("Norland-Vesta comprehensive partnership", "agreement")


def test_a_future_trade_deal_named_by_its_side_is_a_planned_agreement() -> None:
    text = "The leaders agreed to widen investment, both bilaterally and through a future NORDA trade deal."
    (found,) = initiatives_of(text)
    assert (found.title, found.kind, found.status) == ("future NORDA trade deal", "agreement", "planned")


def test_an_opening_paragraph_is_no_headline_to_fold_into_the_body() -> None:
    text = (
        "At the summit the Norland Government released the first Norland Ocean Partnership Strategy. "
        "It supports goals outlined in the 2040 Strategy for the Blue Ocean Continent.\n\nMore text follows."
    )
    titles = [i.title for i in initiatives_of(text)]
    assert titles == ["Norland Ocean Partnership Strategy", "Strategy for the Blue Ocean Continent"]
