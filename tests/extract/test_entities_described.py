"""A name takes the kind of thing the text says it is: "X is a village", "X, a company", "the band X"."""

from __future__ import annotations

import pytest
from entity_index import entities_of

from accord.extract.entities import EntityIndex


def type_of(index: EntityIndex, name: str) -> str | None:
    entity = index.named(name)
    return entity.type if entity is not None else None


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a sentence that opens "<name> is a <noun>"
        ("Brannock is a small village in the north of the county, close to the coast.", "Brannock", "place"),
        ("Velmora are an English indie rock band from Leeds who formed in 2004.", "Velmora", "organization"),
        # apposition, after the name or before it
        (
            "The plant was sold in 2019 to Kestrelton, a packaging company with offices in Europe.",
            "Kestrelton",
            "organization",
        ),
        (
            "The record was released by the independent record label, Harrow Lane, in March.",
            "Harrow Lane",
            "organization",
        ),
        ("The minister travelled with his sister, Odile, to the opening of the exhibition.", "Odile", "person"),
        # a noun for its kind right before the name
        ("He later joined the band Tamsin Reed and toured Europe for two years.", "Tamsin Reed", "organization"),
        ("Floods cut off roads around the nature park Vessany Marsh on Tuesday.", "Vessany Marsh", "place"),
        # "the <place noun> of <name>"
        ("Rescue teams reached the village of Orrin late on Sunday evening.", "Orrin", "place"),
        ("Mervaux is a commune in the French department of Vessac.", "Vessac", "place"),
        # a plural noun for their kind before "such as", "like", "including"
        (
            "The festival booked bands such as Marrow Keys, Delta Fenn and Orla Brightwater.",
            "Orla Brightwater",
            "organization",
        ),
        ("She has recorded with guitarists such as Tovan Esk and Mirelle Daunt.", "Tovan Esk", "person"),
    ],
)
def test_a_common_noun_for_its_kind_types_a_name(text: str, name: str, expected: str) -> None:
    assert type_of(entities_of(text), name) == expected


def test_the_described_type_holds_for_every_mention_of_the_name() -> None:
    index = entities_of(
        "Brannock is a small village on the coast. Tourists arrive in summer, and Brannock has one hotel. "
        "Last year Brannock opened a harbour museum."
    )
    assert type_of(index, "Brannock") == "place"
    assert [e.type for e in index.entities if e.name == "Brannock"] == ["place"]


def test_a_name_inside_another_subject_is_not_described_by_its_verb() -> None:
    index = entities_of("Jane Doe (born 4 May 1990) in Springfield, Massachusetts is an American singer.")
    assert type_of(index, "Massachusetts") == "region"


def test_a_possessive_owner_is_not_the_thing_listed() -> None:
    index = entities_of("He later played in several big bands, including Rudy Marsh's in 1950.")
    assert type_of(index, "Rudy Marsh") == "person"


def test_nouns_of_two_kinds_before_a_list_leave_each_name_to_its_own_cues() -> None:
    index = entities_of("Bands and artists such as Jane Doe and Marrow Keys played at the festival.")
    assert type_of(index, "Jane Doe") == "person"


def test_a_country_stays_a_country_whatever_noun_describes_it() -> None:
    index = entities_of("Kazakhstan is a company of nations, the minister said.")
    assert type_of(index, "Kazakhstan") == "country"


def test_a_first_name_and_a_surname_that_is_a_place_word_stay_a_person() -> None:
    index = entities_of("The talks were chaired by Fiona Marsh, who said a deal was close. Later, Sandy Creek flooded.")
    assert type_of(index, "Fiona Marsh") == "person"


def test_an_untagged_capitalized_word_that_is_a_noun_for_a_kind_is_no_name() -> None:
    index = entities_of("Son of a fisherman, Jane Doe is a well-known painter from the coast.")
    assert type_of(index, "Son") is None
    assert type_of(index, "Jane Doe") == "person"
