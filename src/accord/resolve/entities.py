"""Merge each document's entity mentions into kb entities by name, alias, acronym and spelling variant."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import Connection, insert, select, update

from accord.resolve.names import acronym, consonant_skeleton, normalize, surname, transliteration_key
from accord.store import tables
from accord.store.knowledge import refresh_entities

MERGE_THRESHOLD = 0.7
SIMILAR_SPELLING = 85  # rapidfuzz ratio two names sharing a consonant skeleton must reach
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "madam", "mister", "sir"})
_COMPATIBLE_TYPES = (frozenset({"country", "place", "region"}), frozenset({"organization", "other"}))


@dataclass(frozen=True)
class Mention:
    """One document's entity, as the resolver sees it."""

    type: str
    name: str
    aliases: tuple[str, ...]
    country: str | None


@dataclass(frozen=True)
class Match:
    """A kb entity a mention may belong to, with how sure the merge is and why."""

    kb_entity_id: int
    confidence: float
    reasons: tuple[str, ...]


def mention_keys(mention: Mention) -> set[str]:
    """Return the keys a mention is filed under: its names, their variants, acronym, country code, surname.

    An acronym is filed as 'a:' when the name is one ('EDB') and as 'i:' when it is a full name's
    initials ('Eurasian Development Bank'), so that only an acronym and a full name meet that way.
    """
    keys: set[str] = set()
    for form in (mention.name, *mention.aliases):
        if not normalize(form):
            continue
        keys |= {f"n:{normalize(form)}", f"t:{transliteration_key(form)}", f"k:{consonant_skeleton(form)}"}
        short = acronym(form) if mention.type in ("organization", "other") else None
        if short:
            keys.add(f"{'i' if ' ' in form.strip() else 'a'}:{short}")
    if mention.type == "country" and mention.country:
        keys.add(f"c:{mention.country}")
    if mention.type == "person":
        keys.add(f"s:{surname(mention.name)}")
    return keys


def lookup_keys(keys: set[str]) -> set[str]:
    """Return the keys to look a mention up by: its own, with acronyms and initials looking for each other."""
    swapped = {"a": "i", "i": "a"}
    return {f"{swapped.get(key[0], key[0])}{key[1:]}" if key[1] == ":" else key for key in keys}


def types_compatible(first: str, second: str) -> bool:
    """Tell whether two entity types can name the same thing (a country tagged as a place, say)."""
    return first == second or any(first in group and second in group for group in _COMPATIBLE_TYPES)


def given_and_surname(name: str) -> list[str]:
    """Return the transliteration keys of a person's name words, without a leading honorific."""
    words = transliteration_key(name).split()
    return words[1:] if len(words) > 1 and words[0] in HONORIFICS else words


def _person_match(mention: Mention, kb_name: str) -> tuple[float, str] | None:
    ours, theirs = given_and_surname(mention.name), given_and_surname(kb_name)
    if len(ours) == 1 or len(theirs) == 1:
        return 0.75, "same surname, one side has no given name"
    if set(ours) <= set(theirs) or set(theirs) <= set(ours):
        return 0.8, "one name within the other"
    if ours[0][0] == theirs[0][0] and fuzz.ratio(ours[0], theirs[0]) >= 80:
        return 0.8, "same surname and a similar given name"
    return None


def _key_match(mention: Mention, kind: str, kb_name: str) -> tuple[float, str] | None:
    if kind == "c":
        return 1.0, "same country code"
    if kind == "n":
        return 0.95, "same name or alias"
    if kind == "t":
        return 0.9, "transliteration variant"
    if kind in ("a", "i"):
        return 0.85, "acronym"
    if kind == "k":
        ratio = fuzz.ratio(normalize(mention.name), normalize(kb_name))
        return (0.8, f"similar spelling ({ratio:.0f}%)") if ratio >= SIMILAR_SPELLING else None
    if kind == "s":
        return _person_match(mention, kb_name)
    return None


def same_full_name(mention: Mention, kb_name: str) -> bool:
    """Tell whether a person mention has a given name and surname spelled like the kb entity's."""
    key = transliteration_key(mention.name)
    return mention.type == "person" and " " in key and key == transliteration_key(kb_name)


def score(mention: Mention, kb: Any, kinds: set[str]) -> Match | None:
    """Score a mention against a kb entity that shares the key kinds `kinds`; None if they cannot merge."""
    if not types_compatible(mention.type, kb.type):
        return None
    countries_differ = bool(mention.country and kb.country and mention.country != kb.country)
    if countries_differ and not same_full_name(mention, kb.name):
        return None
    found = [m for m in (_key_match(mention, kind, kb.name) for kind in kinds) if m is not None]
    if not found:
        return None
    confidence, reason = max(found)
    reasons = [reason]
    if mention.type != kb.type:
        confidence *= 0.9
        reasons.append(f"types {mention.type}/{kb.type} compatible")
    if countries_differ:
        # A person's country comes from a role the text states, and extraction gets it wrong more
        # often than two people share a full name.
        confidence = min(confidence, 0.8)
        reasons.append(f"countries differ ({mention.country}/{kb.country})")
    elif mention.country and mention.country == kb.country:
        confidence = min(1.0, confidence + 0.03)
        reasons.append("same country")
    return Match(kb.id, round(confidence, 3), tuple(reasons))


def best_match(conn: Connection, mention: Mention, keys: set[str]) -> Match | None:
    """Find the kb entity a mention most likely belongs to, if any is likely enough."""
    shared: dict[int, set[str]] = defaultdict(set)
    rows = conn.execute(
        select(tables.entity_keys.c.kb_entity_id, tables.entity_keys.c.key)
        .where(tables.entity_keys.c.key.in_(lookup_keys(keys)))
        .distinct()
    )
    for kb_entity_id, key in rows:
        shared[kb_entity_id].add(key.split(":", 1)[0])
    if not shared:
        return None
    candidates = conn.execute(select(tables.kb_entities).where(tables.kb_entities.c.id.in_(shared)))
    matches: list[Match] = []
    for kb in candidates:
        match = score(mention, kb, shared[kb.id])
        if match is not None and match.confidence >= MERGE_THRESHOLD:
            matches.append(match)
    if not matches:
        return None
    return max(matches, key=lambda m: (m.confidence, -m.kb_entity_id))


def resolve_mentions(conn: Connection, document_id: str) -> dict[str, int]:
    """Link every entity mention of a document to a kb entity, creating one when none fits.

    Returns the kb entity id of each mention, by the mention's id in the document's record.
    """
    resolved: dict[str, int] = {}
    rows = conn.execute(
        select(tables.mentions).where(tables.mentions.c.document_id == document_id).order_by(tables.mentions.c.id)
    ).all()
    for row in rows:
        mention = Mention(row.type, row.name, tuple(row.aliases), row.country)
        keys = mention_keys(mention)
        match = best_match(conn, mention, keys)
        if match is None:
            kb_entity_id = conn.execute(
                insert(tables.kb_entities)
                .values(type=mention.type, name=mention.name, country=mention.country)
                .returning(tables.kb_entities.c.id)
            ).scalar_one()
            match = Match(kb_entity_id, 1.0, ("first seen here",))
        conn.execute(
            update(tables.mentions)
            .where(tables.mentions.c.id == row.id)
            .values(kb_entity_id=match.kb_entity_id, confidence=match.confidence, reasons=list(match.reasons))
        )
        conn.execute(
            insert(tables.entity_keys),
            [{"mention_id": row.id, "kb_entity_id": match.kb_entity_id, "key": key[:255]} for key in keys],
        )
        resolved[row.local_id] = match.kb_entity_id
    refresh_entities(conn, set(resolved.values()))
    return resolved


def entity_ids_by_name(conn: Connection, document_id: str) -> dict[str, int]:
    """Map each normalized name and alias used in a document to the kb entity it was resolved to."""
    by_name: dict[str, int] = {}
    rows = conn.execute(
        select(tables.mentions.c.name, tables.mentions.c.aliases, tables.mentions.c.kb_entity_id).where(
            tables.mentions.c.document_id == document_id, tables.mentions.c.kb_entity_id.is_not(None)
        )
    )
    for name, aliases, kb_entity_id in rows:
        for form in (name, *aliases):
            by_name.setdefault(normalize(form), kb_entity_id)
    return by_name
