"""Entities: persons, organizations, countries, places and regions with all their mentions."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc

from accord.extract.entities.affiliation import (
    assign_described_bodies,
    assign_foreign_branches,
    assign_home_officials,
    assign_unnamed_office_holders,
)
from accord.extract.entities.index import EntityIndex
from accord.extract.entities.mentions import Mention, find_mentions, named_countries
from accord.extract.entities.roles import attach_roles
from accord.extract.entities.sides import assign_sides
from accord.extract.language import gazetteer
from accord.extract.language.gazetteer import name_key
from accord.nlp import text_of
from accord.record import Entity, Span

_PAREN_ALIAS = re.compile(r"\s*\(([A-Z][\w.&\- ]{1,60})\)")
_SIDE = re.compile(r"\b[Tt]he ([A-Z][a-z]+) (?:side|party|delegation)\b")


def _parenthesized_alias(text: str, mention: Mention, mentions_by_start: dict[int, Mention]) -> str | None:
    """Return the name in parentheses right after a mention: "Federal Agency (Rosstat)"."""
    match = _PAREN_ALIAS.match(text, mention.end)
    if match is None:
        return None
    inner = match.group(1)
    other = mentions_by_start.get(match.start(1))
    if other is not None and other.type != mention.type and other.type != "organization":
        return None
    return inner


def _surnames_as_persons(mentions: list[Mention]) -> list[Mention]:
    """Retype a lone surname the model took for a body or place ("According to Petrov") as that person."""
    owners: dict[str, set[str]] = {}
    for mention in mentions:
        words = name_key(mention.text).split()
        if mention.type == "person" and len(words) > 1:
            owners.setdefault(words[-1], set()).add(" ".join(words))
    return [
        replace(m, type="person", country=None)
        if m.type in ("organization", "place", "other") and len(owners.get(name_key(m.text), ())) == 1
        else m
        for m in mentions
    ]


_LOCATION_TYPES = ("country", "place", "region")


def _with_one_type_per_name(mentions: list[Mention]) -> list[Mention]:
    """Give every mention of one name the same type: the one the text describes it by, else a location if any
    mention is one (unless the name is a first name and a surname: "Jane Doe's visit" tagged a building), else
    the most frequent."""
    types_by_name: dict[str, list[Mention]] = {}
    for mention in mentions:
        types_by_name.setdefault(name_key(mention.text), []).append(mention)
    retyped: dict[int, Mention] = {}
    for same_name in types_by_name.values():
        if len({m.type for m in same_name}) < 2:
            continue
        locations = [m for m in same_name if m.type in _LOCATION_TYPES]
        described = [m for m in same_name if m.described]
        if described:  # "Aldmoor is a village": the text's own word for it outweighs the model's guesses
            kind, country = described[0].type, described[0].country
        elif locations and not gazetteer.reads_as_a_personal_name(same_name[0].text):
            kind, country = locations[0].type, locations[0].country
        else:
            kind, country = Counter(m.type for m in same_name).most_common(1)[0][0], None
        for mention in same_name:
            retyped[id(mention)] = replace(mention, type=kind, country=country or mention.country)
    return [retyped.get(id(m), m) for m in mentions]


def _side_mentions(text: str) -> list[Mention]:
    """Find "the Russian side"-style mentions of a country through its national adjective."""
    found = []
    for match in _SIDE.finditer(text):
        country = gazetteer.country_of_demonym(match.group(1))
        if country:
            found.append(Mention(match.start(), match.end(), match.group(0), "country", country.code))
    return found


class _Builder:
    """Accumulates mentions into entities, one per distinct thing."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._keys: dict[tuple[str, str], Entity] = {}

    def add(self, mention: Mention, key: str, name: str) -> Entity:
        entity = self._keys.get((mention.type, key))
        if entity is None:
            entity = Entity(id=f"e{len(self.entities) + 1}", type=mention.type, name=name, country=mention.country)
            self.entities.append(entity)
            self._keys[(mention.type, key)] = entity
        entity.mentions.append(Span(mention.start, mention.end))
        entity.country = entity.country or mention.country
        if entity.name.isupper() and not mention.text.isupper() and mention.type != "country":
            entity.name = mention.text  # "TASHKENT" of a dateline is named as the body writes it
        _add_alias(entity, mention.text)
        return entity

    def alias(self, entity: Entity, key: str, surface: str) -> None:
        self._keys.setdefault((entity.type, key), entity)
        _add_alias(entity, surface)


def _name_as_written(country: Entity, text: str) -> None:
    """Name a country as the text mostly writes it ("Türkiye", not the gazetteer's "Turkey"); the
    gazetteer's name becomes an alias. On a tie, for official long forms and for abbreviations ("U.S."),
    the gazetteer's name stays."""
    forms = Counter(
        surface
        for m in country.mentions
        if (surface := " ".join(text[m.start : m.end].split()))
        and " " not in surface
        and surface[0].isupper()
        and not surface.replace(".", "").isupper()  # "U.S.", "UK": a short form, not the name
        and (found := gazetteer.country_named(surface)) is not None
        and found.code == country.country
    )
    if not forms:
        return
    (written, count), *rest = forms.most_common()
    if written == country.name or (rest and rest[0][1] == count) or forms[country.name] >= count:
        return
    country.aliases = [a for a in country.aliases if a != written]
    gazetteer_name, country.name = country.name, written
    _add_alias(country, gazetteer_name)


def _add_alias(entity: Entity, surface: str) -> None:
    surface = " ".join(surface.split())
    # A person's name with words run in before it ("Acme Jane Doe") is the name misread, not another name.
    run_in = entity.type == "person" and name_key(surface).endswith(f" {name_key(entity.name)}")
    if name_key(surface) != name_key(entity.name) and surface not in entity.aliases and not run_in:
        entity.aliases.append(surface)


def _person_groups(mentions: list[Mention]) -> dict[int, str]:
    """Map each person mention to the key of its full name; surnames join the full name."""
    full_names = {name_key(m.text) for m in mentions if m.type == "person" and len(m.text.split()) > 1}
    # "Acme Jane Doe" (a body the model ran into the name) is "Jane Doe" when the text also says "Jane Doe".
    shortest = {
        full: min((o for o in full_names if full.endswith(f" {o}")), key=len, default=full) for full in full_names
    }
    by_surname: dict[str, set[str]] = {}
    for full in shortest.values():
        by_surname.setdefault(full.split()[-1], set()).add(full)
    groups = {}
    for index, mention in enumerate(mentions):
        if mention.type != "person":
            continue
        key = name_key(mention.text)
        owners = by_surname.get(key, set()) if len(key.split()) == 1 else set()
        groups[index] = next(iter(owners)) if len(owners) == 1 else shortest.get(key, key)
    return groups


def _mention_key(mention: Mention, person_key: str | None) -> tuple[str, str]:
    """Return what identifies a mention's entity: its type and its normalized name or code."""
    if mention.type == "person" and person_key:
        return mention.type, person_key
    if mention.type == "country" and mention.country:
        return mention.type, mention.country
    if mention.type == "organization" and (body := gazetteer.international_organization(mention.text)):
        return mention.type, name_key(body.name)  # "EU" and "European Union" are one body
    if mention.type == "organization":
        return mention.type, _body_key(name_key(mention.text))
    return mention.type, name_key(mention.text)


_BODY_HEADS = "ministry|department|agency|committee|commission|service|inspectorate"
_HEAD_FIRST = re.compile(rf"({_BODY_HEADS}) (?:of|for) (?:the )?(.+)")
_HEAD_LAST = re.compile(rf"(.+?) ({_BODY_HEADS})")


def _body_key(key: str) -> str:
    """Fold a body named by its field either way round: "Emergencies Ministry" is the "Ministry of Emergencies"."""
    first, last = _HEAD_FIRST.fullmatch(key), _HEAD_LAST.fullmatch(key)
    head, field = (first.group(1), first.group(2)) if first else (last.group(2), last.group(1)) if last else ("", "")
    if not head or " of " in field or " and " in field:
        return key
    return f"{head} of {' '.join(_singular(word) for word in field.split())}"


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def extract_entities(doc: Doc) -> EntityIndex:
    """Find the entities of a parsed document and merge their mentions."""
    text = text_of(doc)
    mentions = sorted(find_mentions(doc) + _side_mentions(text), key=lambda m: m.start)
    mentions = _with_one_type_per_name(_surnames_as_persons(mentions))
    person_keys = _person_groups(mentions)
    keys = [_mention_key(m, person_keys.get(i)) for i, m in enumerate(mentions)]
    # A name seen only in a title-case headline may be a headline's capitalized words.
    confirmed = {key for key, m in zip(keys, mentions, strict=True) if not m.weak}
    full_names = {
        key: m.text for key, m in zip(keys, mentions, strict=True) if m.type == "person" and name_key(m.text) == key[1]
    }
    mentions_by_start = {m.start: m for m in mentions}
    builder = _Builder()
    pending_aliases: list[tuple[Entity, str]] = []
    for key, mention in zip(keys, mentions, strict=True):
        if key not in confirmed:
            continue
        if mention.type == "person":
            builder.add(mention, key[1], full_names.get(key, mention.text))
        elif mention.type == "country":
            country = gazetteer.country_named(mention.text)
            builder.add(mention, key[1], country.name if country else mention.text)
        else:
            body = gazetteer.international_organization(mention.text) if mention.type == "organization" else None
            entity = builder.add(mention, key[1], body.name if body else mention.text)
            alias = _parenthesized_alias(text, mention, mentions_by_start)
            if alias:
                pending_aliases.append((entity, alias))
    for entity, alias in pending_aliases:
        builder.alias(entity, name_key(alias), alias)
    entities = _absorb_alias_entities(builder.entities)
    for nation in (e for e in entities if e.type == "country"):
        _name_as_written(nation, text)
    _add_surname_mentions(text, entities)
    for entity in entities:
        if entity.type == "organization" and entity.country is None:
            entity.country = _country_of_aliases(entity, named_countries(doc))
    assign_foreign_branches(doc, entities)
    assign_described_bodies(doc, entities)
    index = EntityIndex(entities)  # roles and countries change below, mentions do not
    attach_roles(doc, index)
    assign_unnamed_office_holders(doc, entities)
    assign_home_officials(text, entities)
    assign_sides(doc, index)
    return index


def _add_surname_mentions(text: str, entities: list[Entity]) -> None:
    """Add the bare surnames the model left untagged ("..., Petrov said") to their persons."""
    owners: dict[str, Entity | None] = {}
    for person in (e for e in entities if e.type == "person" and " " in e.name):
        surname = person.name.split()[-1]
        owners[surname] = None if surname in owners else person  # two namesakes: leave it
    taken = [(m.start, m.end) for e in entities for m in e.mentions]
    known = {surname: owner for surname, owner in owners.items() if owner is not None}
    if not known:
        return
    pattern = re.compile(r"\b(" + "|".join(re.escape(s) for s in sorted(known, key=len, reverse=True)) + r")\b")
    for match in pattern.finditer(text):
        if all(match.end() <= start or match.start() >= end for start, end in taken):
            owner = known[match.group(1)]
            owner.mentions.append(Span(match.start(), match.end()))
            owner.mentions.sort()
            _add_alias(owner, match.group(1))


def _country_of_aliases(entity: Entity, named: frozenset[str]) -> str | None:
    """Return the country an organization's short names point to ("Rosstat" style)."""
    for alias in entity.aliases:
        first_word = alias.split()[0] if alias.split() else alias
        found = gazetteer.country_of_compound_name(first_word, named)
        if found:
            return found.code
    return None


def _absorb_alias_entities(entities: list[Entity]) -> list[Entity]:
    """Fold an entity whose name is another entity's alias into that entity."""
    owners = {name_key(a): e for e in entities for a in e.aliases}
    kept = []
    for entity in entities:
        owner = owners.get(name_key(entity.name))
        if owner is not None and owner is not entity and owner.type == entity.type:
            owner.mentions.extend(entity.mentions)
            owner.mentions.sort()
            owner.country = owner.country or entity.country
            continue
        kept.append(entity)
    for number, entity in enumerate(kept, start=1):
        entity.id = f"e{number}"
    return kept
