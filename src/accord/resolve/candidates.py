"""The kb entities one document's mentions may join, found by key in one query and kept in memory."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, select

from accord.store import tables

KEY_LENGTH = 255  # entity_keys.key holds this many characters


@dataclass(frozen=True)
class KbEntity:
    """A kb entity as the resolver scores it."""

    id: int
    type: str
    name: str
    country: str | None


class EntityIndex:
    """Kb entities by the keys they are filed under.

    Loaded once per document for all its mentions' keys; each mention resolved is filed here too,
    so a later mention of the same document finds it as it would in the database.
    """

    def __init__(self) -> None:
        self.entities: dict[int, KbEntity] = {}
        self._ids: dict[str, set[int]] = defaultdict(set)

    @classmethod
    def load(cls, conn: Connection, keys: Iterable[str]) -> EntityIndex:
        """Return the index of the kb entities filed under any of `keys`."""
        kb, k = tables.kb_entities, tables.entity_keys
        index = cls()
        # Keys first, distinct, from the covering index alone: a country or a leader is filed
        # under the same key by thousands of mentions.
        filed = conn.execute(select(k.c.key, k.c.kb_entity_id).where(k.c.key.in_(set(keys))).distinct()).all()
        rows = conn.execute(
            select(kb.c.id, kb.c.type, kb.c.name, kb.c.country).where(kb.c.id.in_({i for _, i in filed}))
        )
        entities = {row.id: KbEntity(row.id, row.type, row.name, row.country) for row in rows}
        for key, kb_entity_id in filed:
            index.file(entities[kb_entity_id], [key])
        return index

    def file(self, entity: KbEntity, keys: Iterable[str]) -> None:
        """File a kb entity under these keys."""
        self.entities.setdefault(entity.id, entity)
        for key in keys:
            self._ids[key[:KEY_LENGTH]].add(entity.id)

    def entity(self, conn: Connection, kb_entity_id: int) -> KbEntity:
        """Return a kb entity, from the index or else from the database."""
        if kb_entity_id not in self.entities:
            kb = tables.kb_entities
            row = conn.execute(select(kb.c.type, kb.c.name, kb.c.country).where(kb.c.id == kb_entity_id)).one()
            self.entities[kb_entity_id] = KbEntity(kb_entity_id, row.type, row.name, row.country)
        return self.entities[kb_entity_id]

    def sharing(self, keys: Iterable[str]) -> dict[int, set[str]]:
        """Return the kb entities filed under any of `keys`, each with the kinds of key it shares ('n', 's'...)."""
        shared: dict[int, set[str]] = defaultdict(set)
        for key in keys:
            for kb_entity_id in self._ids.get(key, ()):
                shared[kb_entity_id].add(key.split(":", 1)[0])
        return shared
