"""Entities beyond the model's labels: world gazetteers, name particles, titles, places by form and context."""

from __future__ import annotations

import pytest
from entity_index import entities_of, only
from spacy.tokens import Span

from accord.extract.entities import EntityIndex, joined_names, mentions, name_spans
from accord.extract.language import gazetteer
from accord.nlp import parse


def persons(index: EntityIndex) -> list[str]:
    return [e.name for e in index.entities if e.type == "person"]


# Gazetteers of the whole world


def test_short_and_former_names_of_countries_are_countries() -> None:
    assert gazetteer.country_named("U.S.") == gazetteer.country_named("United States")
    assert gazetteer.country_named("US") is not None and gazetteer.country_named("US").code == "US"
    assert gazetteer.country_named("Burma") == gazetteer.country_named("Myanmar")
    soviet = gazetteer.country_named("Soviet Union")
    assert soviet is not None and gazetteer.country_named("USSR") == soviet
    assert gazetteer.country_named("Georgia") is not None  # a country, and also a US state
    assert gazetteer.country_named("Wales") is None  # a part of a country, not one


def test_us_written_in_capitals_is_the_country_not_the_pronoun() -> None:
    index = entities_of("The US and the U.S. Treasury agreed, and officials told us the talks went well.")
    countries = [e for e in index.entities if e.type == "country"]
    assert [(c.country, c.name) for c in countries] == [("US", "United States")]  # an abbreviation is no name


def test_first_level_regions_of_every_country_are_regions_with_their_country() -> None:
    assert gazetteer.subdivision_named("British Columbia") == gazetteer.Subdivision("British Columbia", "CA")
    assert gazetteer.subdivision_named("Khatlon") is not None
    assert gazetteer.subdivision_named("Central") is None  # a word of many countries' region names
    index = entities_of("The mining company opened an office in British Columbia last year.")
    region = only(index, "British Columbia")
    assert (region.type, region.country) == ("region", "CA")


def test_international_organizations_are_one_body_under_all_their_names_and_of_no_country() -> None:
    index = entities_of(
        "The International Fund for Agricultural Development approved the grant. "
        "IFAD said the money would reach farmers in Kenya."
    )
    body = only(index, "International Fund for Agricultural Development")
    assert body.type == "organization" and body.country is None
    assert "IFAD" in body.aliases
    assert len(body.mentions) == 2


def test_an_acronym_matches_an_organization_only_as_written() -> None:
    assert gazetteer.international_organization("WHO") is not None
    assert gazetteer.international_organization("Who") is None
    assert gazetteer.international_organization("U.N.") == gazetteer.international_organization("United Nations")


# Names the model tags as persons are kept whole


def test_name_particles_stay_inside_a_persons_name() -> None:
    index = entities_of(
        "Sheikh Khalid bin Rashid Al Nuaimi received Omar al-Farsi and Pieter van der Berg in the capital."
    )
    names = persons(index)
    assert "Khalid bin Rashid Al Nuaimi" in names
    assert "Pieter van der Berg" in names
    assert any(name.endswith("al-Farsi") for name in names)


def test_a_person_after_a_title_and_a_country_keeps_the_title_as_role() -> None:
    index = entities_of("The Amir of Qatar Sheikh Khalid bin Rashid Al Nuaimi received the delegation.")
    person = only(index, "Khalid bin Rashid Al Nuaimi")
    assert [r.title for r in person.roles] == ["Amir"]
    assert person.country == "QA"


def test_titles_with_their_portfolio_come_off_names_and_become_roles() -> None:
    index = entities_of(
        "Secretary of State Mark Ellery met Foreign Secretary Jane Holloway in Herat. "
        "USAID Administrator Samuel Okafor joined them."
    )
    assert [r.title for r in only(index, "Mark Ellery").roles] == ["Secretary of State"]
    assert [r.title for r in only(index, "Jane Holloway").roles] == ["Foreign Secretary"]
    assert index.named("State") is None  # the portfolio of a title, not a body
    administrator = only(index, "Samuel Okafor")
    assert [(r.title, r.organization) for r in administrator.roles] == [("Administrator", "USAID")]


def test_an_apposition_that_runs_into_another_name_is_not_the_first_persons_title() -> None:
    index = entities_of(
        "HE Dr Ahmed bin Yusuf Al Harthy, Minister for the Middle East Jane Doe and Secretary of State John Roe met."
    )
    assert only(index, "Ahmed bin Yusuf Al Harthy").roles == []  # HE and Dr come off the name
    assert [r.title for r in only(index, "Jane Doe").roles] == ["Minister for the Middle East"]
    assert [r.title for r in only(index, "John Roe").roles] == ["Secretary of State"]


# Common words and regions are no persons


def test_a_common_noun_for_a_body_is_no_name() -> None:
    index = entities_of("The Government said the Board would meet the Sultanate's envoys.")
    assert [e.name for e in index.entities if e.type == "organization"] == []


def test_a_known_region_after_an_article_is_a_region_not_a_person() -> None:
    index = entities_of("Officials said the Sahel remained tense after the talks.")
    region = only(index, "Sahel")
    assert region.type == "region"


def test_a_one_word_name_after_in_is_a_place_not_a_person() -> None:
    index = entities_of("Heavy fighting continued in Westmarch, the officials said on Friday.")
    assert "Westmarch" not in persons(index)


# Places by their words and their context


def test_coordinated_places_the_model_ran_together_are_split() -> None:
    index = entities_of("The delegation toured historic cities such as Osh and Herat.")
    assert index.named("Osh and Herat") is None
    assert (only(index, "Osh").type, only(index, "Osh").country) == ("place", "KG")
    assert (only(index, "Herat").type, only(index, "Herat").country) == ("place", "AF")


def test_a_hyphenated_city_the_model_left_untagged_is_found_whole() -> None:
    index = entities_of("Historic cities such as Mazar-i-Sharif and Herat were visited.")
    city = only(index, "Mazar-i-Sharif")
    assert (city.type, city.country) == ("place", "AF")


def test_a_name_ending_in_a_place_word_is_a_place() -> None:
    index = entities_of("The company built a dam on the Oldwater River near Mount Kerrin.")
    assert only(index, "Oldwater River").type == "place"
    assert only(index, "Mount Kerrin").type == "place"


def test_a_town_and_its_region_tagged_as_one_name_are_two_places() -> None:
    index = entities_of("The plant was moved from Springfield, Ohio to a new site.")
    assert index.named("Springfield, Ohio") is None
    assert only(index, "Springfield").type == "place"
    assert only(index, "Ohio").country == "US"


def test_an_untagged_capital_abbreviation_is_no_body_unless_spelled_out() -> None:
    index = entities_of("Guests in the VIP area watched the show. The Northern Grain Council (NGC) said exports rose.")
    assert index.named("VIP") is None
    council = only(index, "Northern Grain Council")
    assert "NGC" in council.aliases


def test_a_town_its_region_and_its_country_tagged_as_one_name_are_three_places() -> None:
    doc = parse("The firm moved its plant to Preston, Lancashire, England in 1998.")
    tagged = Span(doc, 6, 11, label="ORG")  # as the model tags it in some texts
    assert tagged.text == "Preston, Lancashire, England"
    parts = [(part.text, label) for part, label in joined_names.split_titled_person(tagged)]
    assert parts == [("Preston", "GPE"), ("Lancashire", "GPE"), ("England", "GPE")]


# Capitalized common words and titles are no names


def test_a_capitalized_phrase_of_words_the_text_writes_in_lower_case_is_no_name() -> None:
    index = entities_of(
        "The studio offers courses in industrial design and digital media.\n"
        "Industrial Design\n"
        "Students of Digital Media learn animation."
    )
    assert index.named("Industrial Design") is None
    assert index.named("Digital Media") is None


def test_a_numbered_unit_stays_a_name_though_its_words_are_common() -> None:
    index = entities_of("The air division moved in 1950. The 65th Air Division was disbanded later.")
    assert any("65th Air Division" in e.name for e in index.entities if e.type == "organization")


def test_a_title_alone_is_no_name() -> None:
    index = entities_of("The Amir received the visitors in the palace on Monday.")
    assert index.named("Amir") is None


def test_who_after_a_name_makes_it_a_person() -> None:
    index = entities_of("Marta Kessler, who founded the gallery, opened the exhibition.")
    assert only(index, "Marta Kessler").type == "person"


def test_a_country_name_the_model_cut_short_is_completed() -> None:
    index = entities_of(
        "The Government of the United Kingdom of Great Britain and Northern Ireland and "
        "the Republic of Côte d’Ivoire signed the memorandum."
    )
    assert sorted(e.country for e in index.entities if e.type == "country") == ["CI", "GB"]
    assert index.named("Northern Ireland") is None


def test_a_persons_name_the_model_ended_at_a_particle_is_completed() -> None:
    doc = parse("President Greta von der Brink opened the forum.")
    cut = Span(doc, 1, 3, label="PERSON")  # "Greta von", as the model cuts such names
    assert name_spans._completed_person(cut).text == "Greta von der Brink"


def test_the_governments_of_a_country_are_no_one_body_but_the_country_stays() -> None:
    index = entities_of(
        "The statement was released by the Governments of the United States of America, "
        "the Republic of Kazakhstan and the Kyrgyz Republic."
    )
    assert [e.name for e in index.entities if e.type == "organization"] == []
    assert sorted(e.country for e in index.entities if e.type == "country") == ["KG", "KZ", "US"]


def test_a_person_named_after_a_place_in_a_title_is_no_place() -> None:
    index = entities_of("Deputy Head of the Trade Office in Kazakhstan Ivan Petrovsky noted the growth of trade.")
    assert only(index, "Ivan Petrovsky").type == "person"


def test_born_after_a_name_makes_it_a_person() -> None:
    doc = parse("Tomas Vellner (born 1961) founded the gallery.")
    tagged = Span(doc, 0, 2, label="ORG")  # as the model sometimes tags a person
    assert mentions._is_named_person(tagged)
    assert not mentions._is_named_person(Span(doc, 5, 7, label="ORG"))


def test_a_country_package_spelling_that_is_an_english_word_or_a_name_is_no_country() -> None:
    assert gazetteer.country_named("Island") is None and gazetteer.country_named("Dominique") is None
    assert gazetteer.country_named("Iceland") is not None and gazetteer.country_named("Holland") is not None


# Persons, bodies and places by the form of their names and by their context


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first name and a surname the model tagged a place are a person on every mention
        (
            "Tomas Ferrant, Parliamentary Under Secretary of State, visited Samarkand on Monday. The aim of "
            "Tomas Ferrant’s visit was to discuss trade. Tomas Ferrant also met local officials.",
            {"Tomas Ferrant": "person", "Samarkand": "place"},
        ),
        # a company suffix or a newspaper word makes a body whatever the label
        (
            "Ludwig Brandt GmbH opened a new plant in Bavaria. Its history was told by the Springfield Herald "
            "and the album came out on Harbour Lane Records.",
            {
                "Ludwig Brandt GmbH": "organization",
                "Springfield Herald": "organization",
                "Harbour Lane Records": "organization",
            },
        ),
        # parks, gyms, pavilions and courthouses are places
        (
            "The match moved from Kellerman Gym to the new Ostrova Pavilion near Marlow Courthouse.",
            {"Kellerman Gym": "place", "Ostrova Pavilion": "place", "Marlow Courthouse": "place"},
        ),
        # two ordinary words tagged a person, none a first name, are no personal name
        (
            "The festival closed with sets by Silent Lantern and by the singer Jane Doe.",
            {"Silent Lantern": "organization", "Jane Doe": "person"},
        ),
        # a known place and a capitalized plural are a team
        (
            "He pitched one game for the Pittsburgh Comets in 1924 before moving to Chicago.",
            {"Pittsburgh Comets": "organization", "Chicago": "place"},
        ),
        # an empire is a state; a district is a place unless a body's word comes before it
        (
            "Fighting went on across the former Russian Empire. The village lies in Karimganj District, and "
            "the Westvale School District runs its schools.",
            {"Russian Empire": "place", "Karimganj District": "place", "Westvale School District": "organization"},
        ),
        # a one-word name a motion goes to or comes from is a place, and so is a name a region follows
        (
            "The brigade marched from Poolesville to Harrowgate before dawn. The convoy returned from Delmora. "
            "It camped at Sandy Hook, Maryland, where it stayed a week.",
            {"Harrowgate": "place", "Delmora": "place", "Sandy Hook": "place"},
        ),
        # a person before a region and a title stays a person
        ("The bill was backed by Jane Doe, Ohio Governor, and by the mayors.", {"Jane Doe": "person"}),
        # a region inside a list of names places none of them
        (
            "His influences were the bands Silent Lantern, Kansas, Morning Quarry and Yes.",
            {"Silent Lantern": "organization"},
        ),
        # a party adjective the model tags a body is kept
        (
            "He represented the town in the assembly from 1879 to 1883 as a Liberal member.",
            {"Liberal": "organization"},
        ),
    ],
)
def test_names_take_the_type_their_form_or_context_gives(text: str, expected: dict[str, str]) -> None:
    index = entities_of(text)
    assert {name: only(index, name).type for name in expected} == expected


def test_a_holder_set_off_by_a_comma_from_the_portfolio_is_a_person() -> None:
    index = entities_of(
        "He also met the Deputy Minister of Investments, Industry, and Trade, Odil Rakhimov to discuss investment."
    )
    assert "Odil Rakhimov" in persons(index)
    assert index.named("Trade, Odil Rakhimov") is None


def test_a_region_after_a_town_gives_it_the_regions_country() -> None:
    assert only(entities_of("It camped at Sandy Hook, Maryland, where it stayed a week."), "Sandy Hook").country == "US"


def test_a_region_shared_by_two_countries_is_the_more_populous_ones() -> None:
    assert gazetteer.subdivision_named("Maryland") == gazetteer.Subdivision("Maryland", "US")


def test_ordinary_words_initials_and_compass_points_are_no_names() -> None:
    index = entities_of(
        "Success followed the team to Washington, D.C., where its Nationally televised final drew crowds. "
        "The village lies in the South East of the plateau. The essay by Campbell, A.A. was reprinted."
    )
    assert not {"Success", "Nationally", "D.C.", "South East", "A.A."} & {e.name for e in index.entities}
    assert only(index, "Washington").type == "place"


def test_names_inside_a_span_the_model_took_for_an_event_or_a_work_are_found() -> None:
    index = entities_of("The lab lies off the Dunmore Toll Road.")  # tagged a law
    assert only(index, "Dunmore Toll Road").type == "place"
    doc = parse("Spain fought the Long Winter War against Great Britain. He joined the Harlow Point Laboratory.")
    war = Span(doc, 2, 9, label="EVENT")  # the Long Winter War against Great Britain
    laboratory = Span(doc, 12, 16, label="WORK_OF_ART")  # the Harlow Point Laboratory
    assert [(s.text, label) for s, label in name_spans._names_in_a_work(war)] == [("Great Britain", "GPE")]
    assert [(s.text, label) for s, label in name_spans._names_in_a_work(laboratory)] == [
        ("Harlow Point Laboratory", "ORG")
    ]


@pytest.mark.parametrize(
    ("countries", "expected"),
    [((), "CH"), (("US",), "CH"), (("CH", "US"), "CH")],
)
def test_a_town_at_home_does_not_outweigh_a_city_abroad(countries: tuple[str, ...], expected: str) -> None:
    geneva = gazetteer.city_named("Geneva", countries)
    assert geneva is not None and geneva.country == expected


def test_a_town_at_home_outweighs_a_town_of_the_same_size_abroad() -> None:
    namesakes = [n for n in gazetteer.namesakes_by_key().values() if len(n) > 1 and n[0].population < 100_000]
    smaller_at_home = next(
        n for n in namesakes if n[1].population * 3 > n[0].population and n[1].country != n[0].country
    )
    home = gazetteer.city_named(smaller_at_home[1].name, (smaller_at_home[1].country,))
    assert home is not None and home.country == smaller_at_home[1].country
