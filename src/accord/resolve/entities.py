"""Merge each document's entity mentions into kb entities by name, alias, acronym and spelling variant."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import Connection, bindparam, insert, select, update

from accord.extract.language.gazetteer import country_named
from accord.extract.language.lexicon import is_title_word, words
from accord.names import acronym, consonant_skeleton, normalize, surname, transliteration_key
from accord.resolve.candidates import KEY_LENGTH, EntityIndex, KbEntity
from accord.romanize import has_cyrillic
from accord.store import tables
from accord.store.curated import claim_for, claimed, source_of
from accord.store.international import is_international
from accord.store.knowledge import link_roles, refresh_entities
from accord.store.review_queue import queue_merge

MERGE_THRESHOLD = 0.7
REVIEW_BELOW = 0.75  # a merge less sure than this waits in the review queue; the mention stays apart
SIMILAR_SPELLING = 85  # rapidfuzz ratio two names sharing a consonant skeleton must reach
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "madam", "mister", "sir"})
TRANSLITERATION_VARIANT = "transliteration variant"
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


def is_personal_name(name: str) -> bool:
    """Tell whether a name has a person's shape: two or three capitalized words, none of a body or a title."""
    parts = name.split()
    return 2 <= len(parts) <= 3 and all(
        part[0].isupper()
        and part.replace("-", "").isalpha()
        and not is_title_word(part)
        and part.casefold() not in words("org_words")
        for part in parts
    )


def person_typed_as_body(mention: Mention, kb: KbEntity, kinds: set[str]) -> bool:
    """Tell whether a person and an organization bear one person's name: the model took one for a body."""
    if {mention.type, kb.type} != {"person", "organization"} or not kinds & {"n", "t"}:
        return False
    return is_personal_name(mention.name if mention.type == "organization" else kb.name)


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


def different_people(first: str, second: str) -> bool:
    """Tell whether two full names cannot name one person, whatever alias they share ('Patrushev').

    They can when one holds the other's words, or when surnames and given names are spelled alike.
    """
    ours, theirs = given_and_surname(first), given_and_surname(second)
    if len(ours) < 2 or len(theirs) < 2 or set(ours) <= set(theirs) or set(theirs) <= set(ours):
        return False
    same_surname = fuzz.ratio(ours[-1], theirs[-1]) >= SIMILAR_SPELLING
    similar_given = ours[0][0] == theirs[0][0] and fuzz.ratio(ours[0], theirs[0]) >= 80
    return not (same_surname and similar_given)


def _key_match(mention: Mention, kind: str, kb_name: str) -> tuple[float, str] | None:
    if kind == "c":
        return 1.0, "same country code"
    if kind == "n":
        return 0.95, "same name or alias"
    if kind == "t":
        return 0.9, TRANSLITERATION_VARIANT
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


def lone_surname(mention: Mention, kb: KbEntity) -> bool:
    """Tell whether one of a person mention and a kb person is named by surname alone, the other in full."""
    ours, theirs = len(given_and_surname(mention.name)), len(given_and_surname(kb.name))
    return mention.type == kb.type == "person" and min(ours, theirs) == 1 < max(ours, theirs)


def score(mention: Mention, kb: KbEntity, kinds: set[str]) -> Match | None:
    """Score a mention against a kb entity that shares the key kinds `kinds`; None if they cannot merge."""
    if not (types_compatible(mention.type, kb.type) or person_typed_as_body(mention, kb, kinds)):
        return None
    if mention.type == kb.type == "person" and different_people(mention.name, kb.name):
        return None
    # An international organization has no country: whoever hosts or joins it, it stays one body.
    countries_differ = bool(mention.country and kb.country and mention.country != kb.country) and not (
        is_international(mention.name)
    )
    # A country given to a bare surname ("President Doe") is mostly inferred from where the text
    # was filed or who else is named, so it does not keep the surname from its full name.
    if countries_differ and not (same_full_name(mention, kb.name) or lone_surname(mention, kb)):
        return None
    found = [m for m in (_key_match(mention, kind, kb.name) for kind in kinds) if m is not None]
    if not found:
        return None
    confidence, reason = max(found)
    # A Cyrillic name meets a Latin one only through its romanization or a Latin alias.
    if has_cyrillic(mention.name) != has_cyrillic(kb.name):
        reason = "transliteration" if reason == TRANSLITERATION_VARIANT else f"transliteration ({reason})"
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


def best_match(index: EntityIndex, mention: Mention, keys: set[str]) -> Match | None:
    """Find the kb entity a mention most likely belongs to, if any is likely enough."""
    matches: list[Match] = []
    for kb_entity_id, kinds in index.sharing(lookup_keys(keys)).items():
        match = score(mention, index.entities[kb_entity_id], kinds)
        if match is not None and match.confidence >= MERGE_THRESHOLD:
            matches.append(match)
    if not matches:
        return None
    # On a tie the fuller name wins: a bare 'Doe' is the Jane Doe known by full
    # name rather than another surname-only entity; then the oldest.
    return max(
        matches,
        key=lambda m: (m.confidence, len(index.entities[m.kb_entity_id].name.split()), -m.kb_entity_id),
    )


def is_place_name(name: str) -> bool:
    """Tell whether a name is a place's by its own words: a country's name, or a feature word ("Lake X")."""
    return country_named(name) is not None or any(word.casefold() in words("place_words") for word in name.split())


def _place_not_person(conn: Connection, rows: Sequence[Any]) -> bool:
    """Retype as places the person mentions whose names are places' (a lake standing where a subject
    would); tell whether any was."""
    m = tables.mentions
    ids = [row.id for row in rows if row.type == "person" and is_place_name(row.name)]
    if ids:
        conn.execute(update(m).where(m.c.id.in_(ids)).values(type="place"))
    return bool(ids)


def resolve_mentions(conn: Connection, document_id: str) -> dict[str, int]:
    """Link every entity mention of a document to a kb entity, creating one when none fits.

    A curator's claim on a name decides first; a merge less sure than REVIEW_BELOW is queued for
    review and the mention gets a kb entity of its own until a person accepts the merge.

    Returns the kb entity id of each mention, by the mention's id in the document's record.
    """
    query = select(tables.mentions).where(tables.mentions.c.document_id == document_id).order_by(tables.mentions.c.id)
    rows = conn.execute(query).all()
    if _place_not_person(conn, rows):
        rows = conn.execute(query).all()
    mentions = [Mention(row.type, row.name, tuple(row.aliases), row.country) for row in rows]
    keys = [mention_keys(mention) for mention in mentions]
    index = EntityIndex.load(conn, {key for its_keys in keys for key in lookup_keys(its_keys)})
    source = source_of(conn, document_id)
    claims = claimed(conn, "entity", source)
    links: list[dict[str, Any]] = []
    filed: list[dict[str, Any]] = []
    resolved: dict[str, int] = {}
    for row, mention, its_keys in zip(rows, mentions, keys, strict=True):
        curated = claim_for(claims, (mention.name, *mention.aliases))
        match = Match(curated, 1.0, ("curated",)) if curated is not None else best_match(index, mention, its_keys)
        if match is not None and match.confidence < REVIEW_BELOW:
            candidate = (match.kb_entity_id, index.entities[match.kb_entity_id].name)
            queue_merge(conn, "entity", source, mention.name, candidate, match.confidence, list(match.reasons))
            match = None
        if match is None:
            kb_entity_id = conn.execute(
                insert(tables.kb_entities)
                .values(type=mention.type, name=mention.name, country=mention.country)
                .returning(tables.kb_entities.c.id)
            ).scalar_one()
            match = Match(kb_entity_id, 1.0, ("first seen here",))
        index.file(index.entity(conn, match.kb_entity_id), its_keys)
        links.append(
            {"mention": row.id, "kb": match.kb_entity_id, "sure": match.confidence, "why": list(match.reasons)}
        )
        filed += [
            {"mention_id": row.id, "kb_entity_id": match.kb_entity_id, "key": key[:KEY_LENGTH]} for key in its_keys
        ]
        resolved[row.local_id] = match.kb_entity_id
    if links:
        m = tables.mentions
        conn.execute(
            update(m)
            .where(m.c.id == bindparam("mention"))
            .values(kb_entity_id=bindparam("kb"), confidence=bindparam("sure"), reasons=bindparam("why")),
            links,
        )
        link_roles(conn, select(m.c.id).where(m.c.document_id == document_id))
    if filed:
        conn.execute(insert(tables.entity_keys), filed)
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
