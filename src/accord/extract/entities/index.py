"""The entities of one document, looked up by position and by name: what every later section reads."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from accord.record import Entity, EntityType


class EntityIndex:
    """The entities of one document, searchable by character position and by name."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.entities: list[Entity] = list(entities)
        mentions = sorted((m.start, m.end, e) for e in self.entities for m in e.mentions)
        self._starts = [start for start, _, _ in mentions]
        self._mentions = mentions
        self._by_name = {alias.casefold(): e for e in self.entities for alias in (e.name, *e.aliases)}

    def at(self, start: int, end: int) -> Entity | None:
        """Return the entity whose mention overlaps [start, end) the most, if any."""
        best, best_overlap = None, 0
        first = bisect.bisect_left(self._starts, start - 200)
        for m_start, m_end, entity in self._mentions[first:]:
            if m_start >= end:
                break
            overlap = min(end, m_end) - max(start, m_start)
            if overlap > best_overlap:
                best, best_overlap = entity, overlap
        return best

    def within(self, start: int, end: int, types: Iterable[EntityType] | None = None) -> list[Entity]:
        """Return the entities mentioned inside [start, end), in order of first mention there."""
        wanted = set(types) if types is not None else None
        seen: list[Entity] = []
        first = bisect.bisect_left(self._starts, start)
        for m_start, m_end, entity in self._mentions[first:]:
            if m_start >= end:
                break
            if m_end <= end and entity not in seen and (wanted is None or entity.type in wanted):
                seen.append(entity)
        return seen

    def named(self, name: str) -> Entity | None:
        """Return the entity with this name or alias (case-insensitive)."""
        return self._by_name.get(name.casefold())

    def most_mentioned_countries(self, count: int = 2) -> list[Entity]:
        """Return the `count` countries mentioned most often: the ones a document is about."""
        countries = [e for e in self.entities if e.type == "country"]
        return sorted(countries, key=lambda e: len(e.mentions), reverse=True)[:count]

    def person_before(self, position: int) -> Entity | None:
        """Return the person mentioned last before `position`: who a "he" or "she" most likely is."""
        index = bisect.bisect_left(self._starts, position)
        for _start, m_end, entity in reversed(self._mentions[:index]):
            if entity.type == "person" and m_end <= position:
                return entity
        return None
