"""Who undertakes an initiative: actors acting together, and the sides an agreement binds."""

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


def test_conjoined_signatories_are_both_actors() -> None:
    text = "Minister Anna Berg and Minister Tomas Lind signed a memorandum on fisheries cooperation."
    (found,) = initiatives_of(text)
    assert found.title == "memorandum on fisheries cooperation"
    assert found.actors == ["Anna Berg", "Tomas Lind"]


def test_the_pair_in_an_agreements_name_gives_its_sides() -> None:
    text = (
        "Germany and Chile held talks in Berlin. "
        "Under the Germany-Chile Trade Promotion Agreement, trade between Germany and Chile doubled."
    )
    (found,) = initiatives_of(text)
    assert (found.kind, found.status) == ("agreement", "agreed")
    assert set(found.actors) == {"Germany", "Chile"}


def test_a_loans_recipient_takes_part_in_it() -> None:
    (found,) = initiatives_of("A $20 million loan to Brightwater Holdings Ltd. will expand rural water supply.")
    assert "Brightwater Holdings Ltd." in found.actors


def test_what_two_officials_agree_to_is_an_agreement_of_both() -> None:
    text = "Director Lena Holm and Minister Arvid Dahl agreed to regular consultations on port investment."
    (found,) = initiatives_of(text)
    assert found.title == "regular consultations on port investment"
    assert (found.kind, found.status) == ("agreement", "agreed")
    assert found.actors == ["Lena Holm", "Arvid Dahl"]


def test_a_compact_named_after_one_country_is_located_there_a_pair_is_not() -> None:
    text = (
        "Chile and Germany held talks. The Chile Energy Compact will expand the grid. "
        "Under the Germany-Chile Trade Agreement, trade grew."
    )
    found = initiatives_of(text)
    located = {i.title: i.location for i in found}
    assert located == {"Chile Energy Compact": "Chile", "Germany-Chile Trade Agreement": None}


def test_a_loan_is_located_where_its_money_goes() -> None:
    (found,) = initiatives_of("A $15 million loan to Acme Seeds Ltd. will support small farms in Kenya.")
    assert found.location == "Kenya"


def test_they_after_a_pair_of_ministers_is_the_pair_and_otherwise_no_one() -> None:
    text = (
        "Minister Anna Berg and Minister Tomas Lind met in Oslo. "
        "They called for an extension of the ceasefire in the northern valley."
    )
    (found,) = initiatives_of(text)
    assert (found.kind, found.status, found.actors) == ("proposal", "proposed", ["Anna Berg"])
    assert "ceasefire" in found.title
    assert initiatives_of("Prices rose. They called for an extension of the ceasefire.") == []
