"""Entities: the names in a document, typed, merged into one entity each, with roles and countries."""

from accord.extract.entities.extraction import extract_entities
from accord.extract.entities.index import EntityIndex

__all__ = ["EntityIndex", "extract_entities"]
