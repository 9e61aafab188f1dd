"""Helpers for entity tests: extract a sentence's entities and look them up by name."""

from __future__ import annotations

from accord.extract.entities import EntityIndex, extract_entities
from accord.nlp import parse
from accord.record import Entity


def entities_of(text: str) -> EntityIndex:
    """Parse a text and extract its entities, as a record's extraction does."""
    return extract_entities(parse(text))


def only(index: EntityIndex, name: str) -> Entity:
    """Return the entity of that name, failing with the names found when there is none."""
    entity = index.named(name)
    assert entity is not None, f"{name!r} not among {[e.name for e in index.entities]}"
    return entity


def names(index: EntityIndex) -> list[str]:
    """Return the names of all the entities, in order."""
    return [e.name for e in index.entities]
