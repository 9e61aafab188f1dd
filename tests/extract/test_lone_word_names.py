"""A one-word name the model tags a person needs something that makes it a person's: a first name, a form of
address, or a longer name of the text that ends with it. Without it, a region is the region and an ordinary
word is no name; a plural is never one person's name."""

from __future__ import annotations

from entity_index import entities_of, names, only


def test_a_region_tagged_a_person_is_the_region_when_nothing_makes_it_a_name() -> None:
    index = entities_of("The special operation to protect Syunik continues, officials said.")
    assert only(index, "Syunik").type == "region"


def test_an_ordinary_word_tagged_a_person_is_no_name() -> None:
    assert names(entities_of("Hooray! The children cheered and sang.")) == []
    assert names(entities_of("Sorrow filled the hall as the delegates stood in silence.")) == []


def test_a_surname_that_is_an_ordinary_word_stays_a_person_with_a_form_of_address() -> None:
    assert only(entities_of("Mr Baker said the talks went well."), "Baker").type == "person"


def test_a_surname_that_is_an_ordinary_word_stays_the_person_of_the_longer_name() -> None:
    index = entities_of("Jane Baker opened the session. Baker said the talks went well.")
    assert only(index, "Jane Baker").type == "person"
    assert "Baker" not in names(index)


def test_a_plural_tagged_a_person_names_a_group_not_a_person() -> None:
    index = entities_of("We know about Vorlanites too.")
    assert "person" not in {e.type for e in index.entities}, names(index)


def test_a_common_noun_for_ones_country_is_no_name() -> None:
    assert names(entities_of("They defended the Motherland and the Fatherland.")) == []
