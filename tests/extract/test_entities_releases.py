"""Entities in the style of presidential press releases: calls, meetings, appointments, official titles."""

from __future__ import annotations

import pytest
from entity_index import entities_of, names, only
from spacy.tokens import Span

from accord.extract.entities import mentions
from accord.nlp import parse


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


def test_a_vietnamese_three_word_name_after_a_portfolio_keeps_its_family_name() -> None:
    index = entities_of("Permanent Vice Minister for Foreign Affairs Tran Van Minh co-chaired the dialogue in Hanoi.")
    assert "Tran Van Minh" in names(index)


def test_a_name_the_model_cut_in_two_is_made_whole() -> None:
    index = entities_of(
        "The signing ceremony was held with Senegal’s Prime Minister Mahamadou Bakary Abdoulaye Diop at the "
        "State Department."
    )
    assert "Mahamadou Bakary Abdoulaye Diop" in names(index)
    assert "Abdoulaye Diop" not in names(index)


def test_the_first_name_before_an_initial_joins_the_name_the_model_began_at_the_initial() -> None:
    doc = parse("Secretary of State Gordon Q. Marlow chaired the dialogue.")
    doc.ents = [Span(doc, 4, 6, label="PERSON")]  # the model's span "Q. Marlow", as it tags some such names
    assert [(m.text, m.type) for m in mentions.find_mentions(doc)] == [("Gordon Q. Marlow", "person")]


def test_a_body_widened_over_its_and_tail_stops_before_a_person() -> None:
    index = entities_of(
        "Assistant Secretary of State for South and Central Asian Affairs Roland Marsh met the Bureau of "
        "Nordic and Eurasian Affairs and the Center for Strategic and Regional Studies."
    )
    assert only(index, "Roland Marsh").type == "person"
    assert only(index, "Bureau of Nordic and Eurasian Affairs").type == "organization"
    assert only(index, "Center for Strategic and Regional Studies").type == "organization"
    assert not [n for n in names(index) if n.endswith("Roland Marsh") and n != "Roland Marsh"]


def test_officials_after_titles_are_persons_even_by_surname_alone() -> None:
    index = entities_of(
        "The meeting was attended by Presidential Aide Oleg Beloglazov. The aid follows Vice President "
        "Hadley’s commitment, while the Ambassador Extraordinary and Plenipotentiary spoke last."
    )
    assert only(index, "Oleg Beloglazov").type == "person"
    assert only(index, "Hadley").type == "person"
    assert "Extraordinary" not in names(index)


def test_a_known_body_read_as_a_noun_and_a_body_before_its_office_are_the_body() -> None:
    index = entities_of(
        "He came both as President of Tajikistan and Head of the CSTO. Indonesia will hold the G20 "
        "Presidency and the ASEAN Chairmanship."
    )
    assert only(index, "Collective Security Treaty Organization").type == "organization"
    assert only(index, "Group of Twenty").type == "organization"
    assert "ASEAN Chairmanship" not in names(index)


def test_the_start_of_a_title_is_no_name() -> None:
    index = entities_of("They were joined by the Georgian First Deputy Minister for Foreign Affairs Levan Kobalia.")
    assert "Georgian First" not in names(index)
    assert only(index, "Levan Kobalia").type == "person"


def test_page_words_after_a_name_and_a_postal_code_after_a_town_are_no_part_of_names() -> None:
    index = entities_of(
        "An official website of the United States Government Here's how you know\n\n"
        "The first meeting of the commission was held in Washington, DC, on June 22."
    )
    assert "United States Government" in names(index)
    assert only(index, "Washington").type == "place"
    assert not {"DC", "Washington, DC"} & set(names(index))


def test_a_body_of_a_country_the_model_cut_short_keeps_the_whole_country() -> None:
    index = entities_of("NDCA and the Government of Côte d’Ivoire yesterday signed a five-year compact.")
    assert "Government of Côte d’Ivoire" in names(index)


def test_a_word_shared_before_a_bodys_head_joins_it() -> None:
    index = entities_of(
        "Foreign and Colonial Office Minister of State for Asia, Jane Doe, co-chaired the dialogue in Hanoi."
    )
    assert "Foreign and Colonial Office" in names(index)


def test_titles_abbreviations_common_plurals_and_bulleted_verbs_are_no_names() -> None:
    index = entities_of(
        "HR/VP Jordi Marlow concluded his visit. The sides discussed the Corona-virus pandemic.\n"
        "There are a lot of Heroes of Labour from the region.\n"
        "• Increase access to electricity in rural areas.\n"
        "“We agree,” HR/VP Marlow stated."
    )
    assert "VP Marlow" not in names(index)
    assert not {"Corona", "Heroes", "Increase"} & set(names(index))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # officials the model leaves untagged after a title are persons
        (
            "The President will hold working meetings with General Director of the Orbital State Corporation "
            "Dmitry Vlasenko and Northern Region Governor Pavel Ostrov.",
            {"Dmitry Vlasenko": "person", "Pavel Ostrov": "person"},
        ),
        # a first name the model ran into a body goes back to the person
        (
            "General Designer of Vostok-Delta Aerospace Defence Concern Pavel Ostrov: We are celebrating our "
            "anniversary this April.",
            {"Pavel Ostrov": "person", "Vostok-Delta Aerospace Defence Concern": "organization"},
        ),
        # a known first name after a long council's name splits the person off
        (
            "Chairman of the Youth Council under the Presidential Council for Sport and Education Nikita Volkov "
            "announced the winners.",
            {"Nikita Volkov": "person", "Presidential Council for Sport and Education": "organization"},
        ),
        # a one-word body with a national stem tagged a place is an organization
        (
            "Russia supplied the helicopters to India with active support from Rosvertoexport.",
            {"Rosvertoexport": "organization"},
        ),
        # a commissioner's portfolio after "for" is split from the name
        (
            "European Commissioner for International Partnerships Kaisa Lindholm said the forum helped.",
            {"Kaisa Lindholm": "person"},
        ),
        # a dateline's city and a city on a title-case line are places
        (
            "Westport Business Forum Opens\n\nChennai, October 10: The company announced new investments.\n"
            "February 24, 2021, The Kremlin, Moscow\n\nThe two presidents met.",
            {"Chennai": "place", "Moscow": "place"},
        ),
        # the Commonwealth is an international body
        (
            "As Commonwealth nations, Kenya and Ghana enjoy a historic relationship.",
            {"Commonwealth of Nations": "organization"},
        ),
    ],
)
def test_names_in_releases_take_the_type_their_context_gives(text: str, expected: dict[str, str]) -> None:
    index = entities_of(text)
    assert {name: only(index, name).type for name in expected} == expected


def test_a_name_that_only_modifies_a_made_thing_is_no_entity() -> None:
    index = entities_of(
        "Troops used Varta drones near the front line, and the plant builds Sokol helicopters for Kazakhstan."
    )
    assert not {"Varta", "Sokol"} & set(names(index))
    assert only(index, "Kazakhstan").type == "country"


def test_britain_is_the_country_and_maghreb_a_region() -> None:
    index = entities_of("Officials from Britain discussed the situation in Maghreb. Maghreb needs peace.")
    assert only(index, "Britain").type == "country"  # named as the text writes it
    assert only(index, "Maghreb").type == "region"  # tagged a place, then missed


def test_a_first_name_addressed_and_tagged_a_place_is_a_person() -> None:
    index = entities_of("So again, Jasur, welcome. We are glad to see you in Washington.")  # "Jasur" tagged a place
    assert only(index, "Jasur").type == "person"
    assert only(index, "Washington").type == "place"
