"""A person's name holds no number and no body's word, whatever the model's tag."""

from __future__ import annotations

from entity_index import entities_of, names


def test_a_model_number_tagged_a_person_is_no_person() -> None:
    index = entities_of(
        "The forces have been equipped with over 30 new systems, including the Z-700 Kestrel and Z-250 Sokolik "
        "air defence systems."
    )
    assert not [e.name for e in index.entities if e.type == "person"], names(index)


def test_a_name_holding_a_body_word_is_a_body() -> None:
    index = entities_of("Jane Corvin praised Corporation Velikosmos for the launch.")
    types = {e.name: e.type for e in index.entities}
    assert types.get("Jane Corvin") == "person"
    assert "person" not in {t for name, t in types.items() if "Velikosmos" in name}, types
