"""Entities in the style of presidential press releases: calls, meetings, appointments, official titles."""

from __future__ import annotations

from accord.extract.entities import EntityIndex, extract_entities
from accord.nlp import parse
from accord.record import Entity


def entities_of(text: str) -> EntityIndex:
    return extract_entities(parse(text))


def only(index: EntityIndex, name: str) -> Entity:
    entity = index.named(name)
    assert entity is not None, f"{name!r} not among {[e.name for e in index.entities]}"
    return entity


def names(index: EntityIndex) -> list[str]:
    return [e.name for e in index.entities]


def test_a_country_in_a_title_case_headline_is_kept_and_gives_the_leader_its_country() -> None:
    index = entities_of(
        "Telephone conversation with Prime Minister of Norway Erik Lindqvist\n\n"
        "At the request of Erik Lindqvist, the President of Ruritania briefed him on the talks in Geneva. "
        "Erik Lindqvist thanked him for the information."
    )
    prime_minister = only(index, "Erik Lindqvist")
    assert only(index, "Norway").type == "country"
    assert prime_minister.country == "NO"
    assert [r.title for r in prime_minister.roles] == ["Prime Minister"]  # not the President after the comma


def test_a_plural_title_in_the_sentence_before_gives_no_one_a_role() -> None:
    index = entities_of(
        "They noted the assistance provided at the request of the leaders of Kazakhstan. "
        "Jane Doe and John Roe also discussed the border."
    )
    assert only(index, "Jane Doe").roles == []
    assert only(index, "Jane Doe").country is None


def test_officials_the_model_leaves_untagged_after_a_title_are_persons() -> None:
    index = entities_of(
        "The President will hold working meetings with General Director of the Orbital State Corporation "
        "Dmitry Vlasenko and Northern Region Governor Pavel Ostrov."
    )
    assert {"Dmitry Vlasenko", "Pavel Ostrov"} <= set(names(index))
    assert only(index, "Pavel Ostrov").type == "person"


def test_a_first_name_the_model_ran_into_a_body_goes_back_to_the_person() -> None:
    index = entities_of(
        "General Designer of Vostok-Delta Aerospace Defence Concern Pavel Ostrov: We are celebrating our "
        "anniversary this April."
    )
    assert only(index, "Pavel Ostrov").type == "person"
    assert only(index, "Vostok-Delta Aerospace Defence Concern").type == "organization"


def test_a_person_after_a_long_council_name_is_split_from_it() -> None:
    index = entities_of(
        "Chairman of the Youth Council under the Presidential Council for Science and Education Nikita Volkov "
        "announced the winners."
    )
    assert only(index, "Nikita Volkov").type == "person"
    assert only(index, "Presidential Council for Science and Education").type == "organization"


def test_head_of_government_is_a_title_and_plural_acronyms_are_no_bodies() -> None:
    index = entities_of(
        "She wished him success in his work with Jane Doe, the new Head of Government. "
        "The plant will build UAVs and small aircraft for the Northern Aviation Company."
    )
    assert "Head of Government" not in names(index)
    assert "UAVs" not in names(index)
    assert only(index, "Northern Aviation Company").type == "organization"


def test_a_treaty_named_by_its_common_noun_alone_is_no_entity() -> None:
    index = entities_of(
        "The Treaty of Friendship between Ruritania and Freedonia was ratified. The Treaty reaffirms their ties."
    )
    assert "Treaty" not in names(index)


def test_a_one_word_body_with_a_national_stem_tagged_a_place_is_an_organization() -> None:
    index = entities_of("Russia supplied the helicopters to India with active support from Rosvertoexport.")
    body = only(index, "Rosvertoexport")
    assert body.type == "organization"
