"""Formats: secretariats, commissions, dialogues and consulates set up, launched or held for the first time."""

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


def test_the_establishment_of_a_named_secretariat_is_a_new_format() -> None:
    (found,) = initiatives_of("The ministers announced the establishment of the Norland-Vesta Joint Secretariat.")
    assert (found.title, found.kind, found.status) == ("Norland-Vesta Joint Secretariat", "other", "in_progress")


def test_a_dialogue_relaunched_or_held_for_the_first_time_is_a_format_a_constructive_one_is_not() -> None:
    text = (
        "Officials met for the third meeting of the Norland-Vesta High-Level Trade Dialogue, which was relaunched "
        "in 2022. The two presidents agreed to keep up a constructive dialogue."
    )
    assert [(i.title, i.kind) for i in initiatives_of(text)] == [("Norland-Vesta High-Level Trade Dialogue", "other")]


def test_counted_working_groups_give_one_format_per_topic() -> None:
    text = (
        "The ministers announced the launch of the first Norland-Vesta Strategic Dialogue, which will include "
        "two working groups focused on water management and tourism."
    )
    titles = [i.title for i in initiatives_of(text)]
    assert titles == [
        "Norland-Vesta Strategic Dialogue",
        "working group on water management",
        "working group on tourism",
    ]


def test_a_consulate_opened_is_a_format_that_was_set_up() -> None:
    text = "Vesta welcomed the new Norland Consulate-General in Port Amber, opened in March 2023."
    (found,) = initiatives_of(text)
    assert "Consulate" in found.title
