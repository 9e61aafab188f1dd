"""A project's own verb tells its status by tense and aspect; a sector comes from a word of its title or sentence."""

from __future__ import annotations

import pytest

from accord.extract.entities.extraction import extract_entities
from accord.extract.figures.extraction import extract_figures
from accord.extract.initiatives.extraction import extract_initiatives
from accord.extract.language.sectors import classify_sector
from accord.nlp import parse
from accord.record import Initiative


def initiatives_in(text: str) -> list[Initiative]:
    doc = parse(text)
    entities = extract_entities(doc)
    return extract_initiatives(doc, entities, extract_figures(doc, entities), "2025-03-01")


def only_initiative(text: str) -> Initiative:
    (found,) = initiatives_in(text)
    return found


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("A new logistics centre opened in the city of Eastport last week.", "completed"),
        ("The Valmora Textile Plant has opened.", "completed"),
        ("The new satellite ground station in Norland was built last year.", "completed"),
        ("Last year, the company completed the construction of a railway bridge across the Vesta River.", "completed"),
        ("We are building a cargo terminal worth 15 billion rubles.", "in_progress"),
        ("We are now starting to build the Kestrel Pass tunnel.", "in_progress"),
        ("We have also managed to establish a joint railway company with Vesta.", "completed"),
        ("Fishing port upgrades in Eastport are being launched as part of the regional programme.", "in_progress"),
        ("The region launched a pilot project last year, offering free screening to all residents.", "in_progress"),
        ("Acme and Borex launched construction of a bitumen production facility in Eastport.", "in_progress"),
        ("We intend to launch the research complex in 2027.", "planned"),
        ("For the ore field, it is necessary to build a marine terminal.", "planned"),
        ("The new ring road around Eastport was launched last spring.", "completed"),
        ("The joint Norland-Vesta secondary school in Eastport has been operating for 20 years.", "completed"),
        ("The Eastport Generator Plant launched the production of tram engines in May.", "completed"),
    ],
)
def test_the_verb_that_builds_a_project_tells_its_status(sentence: str, status: str) -> None:
    assert only_initiative(sentence).status == status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Back in 2015, Norland put forth an initiative to conclude a Northern Security Treaty.", "proposed"),
        ("The two ministers will sign the Treaty on River Navigation next week.", "planned"),
        ("The two ministers signed the Treaty on River Navigation.", "agreed"),
    ],
)
def test_an_agreement_to_be_signed_is_not_yet_agreed(sentence: str, status: str) -> None:
    assert only_initiative(sentence).status == status


def test_the_sentences_cues_come_before_a_participle_that_only_describes_the_project() -> None:
    text = (
        "Ivan Petrov spoke about the start of work on a unique integrated nuclear power plant in the "
        "Eastfield region, created in partnership with Norland. He said the project is being implemented on schedule."
    )
    assert only_initiative(text).status == "in_progress"
    assert only_initiative("This is the old Kestrel Bridge built in 1982.").status == "completed"


def test_a_verb_that_only_may_build_tells_no_status() -> None:
    assert only_initiative("Acme could build a cement plant in Eastport.").status != "completed"


@pytest.mark.parametrize(
    ("title", "sentence", "sector"),
    [
        ("federal programme for the construction of fishing vessels", "", "agriculture"),
        ("capital grant", "The region asked for co-financing of capital expenses.", "investment"),
        ("information protection system", "", "digital"),
        ("pilot project", "The pilot will offer free prenatal tests to lower infant mortality.", "health"),
        ("climate accord", "", "environment"),
        ("accord", "The accord sets targets for carbon dioxide in the atmosphere.", "environment"),
        ("new State Armament Programme", "", "security"),
        ("agreement on the safe evacuation of civilians", "", "humanitarian"),
    ],
)
def test_a_sector_comes_from_a_word_of_the_title_or_its_sentence(title: str, sentence: str, sector: str) -> None:
    assert classify_sector(title, sentence) == sector


def test_a_title_and_sentence_with_no_sector_word_stay_other() -> None:
    assert classify_sector("special commission", "The commission will meet next month.") == "other"


def test_who_builds_projects_and_building_in_general_are_no_projects() -> None:
    assert initiatives_in("This year, the army's construction complex has implemented major road projects.") == []
    assert initiatives_in("Building a cement factory from the ground up takes three years.") == []
    [plant] = initiatives_in("The new Eastport plant produced its first batch of steel in May.")
    assert plant.status == "completed"


def test_a_first_unit_launched_leaves_the_whole_project_in_progress() -> None:
    text = "We are carrying out the construction of a nuclear power station in Norland; the first unit was launched."
    assert [i.status for i in initiatives_in(text)] == ["in_progress"]


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        (
            "Norland has already made some progress by establishing a national crisis response centre.",
            "project",
            "completed",
        ),
        ("Norland will fight cyber-attacks by establishing a national crisis response centre.", "project", "planned"),
        ("Jane Corvin proposed establishing a national crisis response centre.", "proposal", "proposed"),
    ],
)
def test_a_gerund_of_means_takes_its_status_from_the_verb_it_serves(text: str, kind: str, status: str) -> None:
    assert [(i.kind, i.status) for i in initiatives_in(text)] == [(kind, status)]


@pytest.mark.parametrize(
    "sentence",
    [
        "It is important to extend the development programme of the fundamental kind.",
        "A presidential aide said the coalition would publish the article.",
    ],
)
def test_a_sector_word_does_not_count_inside_another_word(sentence: str) -> None:
    assert classify_sector("development programme", sentence) == "other"


def test_a_whole_word_sector_term_still_counts_with_its_inflections() -> None:
    assert classify_sector("grain imports", "Grain imports grew.") == "agriculture"
    assert classify_sector("aid programme", "Norland aided the flood victims.") == "humanitarian"
