"""Entities of a Russian text: persons (in the nominative, with roles), organizations, countries, places, regions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from accord.extract.entities.index import EntityIndex
from accord.extract.ru.gazetteer import (
    MAX_NAME_WORDS,
    Gazetteer,
    city_named,
    country_of_adjective,
    english_country_names,
    gazetteer,
    lemma_key,
)
from accord.extract.ru.lexicon import table, word_class
from accord.extract.ru.names import nominative_name
from accord.extract.ru.persons import PersonName, is_first_name, person_name
from accord.extract.ru.phrases import nominative_phrase
from accord.extract.ru.roles import role_after, role_before
from accord.extract.ru.speakers import speaker_lines
from accord.nlp.russian import NamedSpan, RussianDoc, Token
from accord.record import Entity, EntityType, Span
from accord.romanize import latin, name_of_adjective

# A contracted word keeps at least this many letters of each word it stands for ("меж-прав-совет").
MIN_CONTRACTED = 3
_INITIALED = re.compile(r"^(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+$")
_WORD = re.compile(r"^[А-ЯЁа-яёA-Za-z][А-ЯЁа-яёA-Za-z\-‑]*$")


@dataclass
class _Mention:
    type: EntityType
    first: int
    last: int
    name: str
    key: str
    country: str | None = None
    person: PersonName | None = None
    surfaces: list[str] = field(default_factory=list)


def _covered(taken: list[tuple[int, int]], first: int, last: int) -> bool:
    return any(first <= b and a <= last for a, b in taken)


def _gazetteer_mentions(doc: RussianDoc) -> list[_Mention]:
    """Countries, international organizations and regions named anywhere, longest name first."""
    world = gazetteer()
    found: list[_Mention] = []
    for index in range(len(doc.sentences)):
        tokens = doc.sentence_tokens(index)
        position = 0
        while position < len(tokens):
            mention = _longest_name(doc, tokens, position, world)
            if mention is None:
                position += 1
                continue
            found.append(mention)
            position += mention.last - mention.first + 1
    return found


def _longest_name(doc: RussianDoc, tokens: list[Token], position: int, world: Gazetteer) -> _Mention | None:
    if not tokens[position].text[:1].isupper():
        return _side_mention(tokens, position)  # a name opens with a capital
    for size in range(min(MAX_NAME_WORDS, len(tokens) - position), 0, -1):
        words = tokens[position : position + size]
        if not all(_WORD.match(t.text) for t in words):
            continue
        key = lemma_key([t.text for t in words])
        first, last = words[0].i, words[-1].i
        surface = doc.text[words[0].start : words[-1].end]
        if key in world.countries:
            country = world.countries[key]
            return _Mention("country", first, last, country.name, country.code, country.code, surfaces=[surface])
        if key in world.organizations:
            return _Mention("organization", first, last, world.organizations[key], key, surfaces=[surface])
        if key in world.regions:
            return _Mention("region", first, last, world.regions[key], key, surfaces=[surface])
    return _side_mention(tokens, position)


def _side_mention(tokens: list[Token], position: int) -> _Mention | None:
    """ "российская сторона" names Russia as a party."""
    if position + 1 >= len(tokens) or tokens[position + 1].lemma != "сторона":
        return None
    code = country_of_adjective(tokens[position].lemma)
    if code is None:
        return None
    country = next(c for c in gazetteer().countries.values() if c.code == code)
    return _Mention("country", tokens[position].i, tokens[position + 1].i, country.name, code, code)


def _name_spans(doc: RussianDoc) -> list[NamedSpan]:
    """The recognizer's spans, mended: a first name cut off a name joins it, "Д.Соколовский" is a person,
    a body followed by the body it belongs to is one ("Коллегии" + "Евразийской экономической комиссии")."""
    spans: list[NamedSpan] = []
    for span in doc.names:
        tokens = doc.tokens[span.first : span.last + 1]
        if span.type != "PER" and _INITIALED.match(doc.text[span.start : span.end]):
            span = NamedSpan("PER", span.start, span.end, span.first, span.last)
        previous = spans[-1] if spans else None
        if (
            previous
            and previous.type == span.type == "ORG"
            and previous.last + 1 == span.first
            and tokens[0].case == "gent"
        ):
            spans[-1] = NamedSpan("ORG", previous.start, span.end, previous.first, span.last)
            continue
        if (
            previous
            and previous.last + 1 == span.first
            and "PER" in (previous.type, span.type)
            and (is_first_name(doc.tokens[previous.first].text) or span.type == previous.type)
            and doc.tokens[previous.last].sentence == tokens[0].sentence
        ):
            spans[-1] = NamedSpan("PER", previous.start, span.end, previous.first, span.last)
            continue
        spans.append(span)
    return spans


def _speaker_mentions(doc: RussianDoc) -> list[_Mention]:
    """The names that open a transcript's lines, already in the nominative."""
    starts = {t.start: t.i for t in doc.tokens}
    ends = {t.end: t.i for t in doc.tokens}
    found: list[_Mention] = []
    for line in speaker_lines(doc.text):
        first, last, parsed = starts.get(line.name_start), ends.get(line.name_end), person_name(line.name)
        if first is not None and last is not None and parsed is not None:
            surface = doc.text[line.name_start : line.name_end]
            found.append(_Mention("person", first, last, line.name, parsed.key, person=parsed, surfaces=[surface]))
    return found


def _ner_mentions(doc: RussianDoc, known: list[_Mention]) -> list[_Mention]:
    world = gazetteer()
    taken = [(m.first, m.last) for m in known]
    found: list[_Mention] = []
    for span in _name_spans(doc):
        if _covered(taken, span.first, span.last) and span.type != "ORG":
            continue
        tokens = doc.tokens[span.first : span.last + 1]
        surface = doc.text[span.start : span.end]
        if span.type == "PER":
            while len(tokens) > 1 and _not_a_name(tokens[0]):
                tokens = tokens[1:]
            surface = doc.text[tokens[0].start : span.end]
            mention = _person_mention(tokens, surface)
        elif span.type == "ORG":
            if any(a <= span.first and span.last <= b for a, b in taken) or not _plausible_organization(doc, span):
                continue
            owner = _genitive_owner(doc, span.last, known)
            last = owner.last if owner is not None else span.last
            country = owner.country if owner is not None else None
            partner = _genitive_owner(doc, last + 1, known) if owner is not None and _is_and(doc, last + 1) else None
            if partner is not None:
                last, country = partner.last, None  # "комиссия Узбекистана и Белоруссии" is both countries'
            tokens = doc.tokens[span.first : last + 1]
            name = nominative_phrase(doc, span.first, last)
            key = lemma_key([t.text for t in tokens if t.text[:1].isalpha()])
            mention = _Mention("organization", span.first, last, world.organizations.get(key, name), key, country)
            mention.surfaces.append(doc.text[span.start : tokens[-1].end])
        else:
            mention = _place_mention(doc, span.first, span.last, surface)
        if mention is not None:
            found.append(mention)
    return found


def _plausible_organization(doc: RussianDoc, span: NamedSpan) -> bool:
    """The recognizer's organization is none when it opens with a pronoun ("в Вашем лице"), is all Latin
    (a page's font menu), or touches an editor's [bracket]."""
    tokens = doc.tokens[span.first : span.last + 1]
    opens_with_pronoun = tokens[0].pos in ("DET", "PRON") or tokens[0].lemma in word_class("person_words")
    if opens_with_pronoun or tokens[0].lemma in word_class("titles") or _is_unit(tokens):
        return False  # a title ("Председатель Правительства ...") is a person's role; "кВт·ч" a unit
    if all(t.text.isascii() for t in tokens) and not _after_company_noun(doc, span.first):
        return False
    neighbours = doc.text[max(span.start - 1, 0) : span.end + 1]
    return "[" not in neighbours and "]" not in neighbours


def _is_and(doc: RussianDoc, index: int) -> bool:
    return index < len(doc.tokens) and doc.tokens[index].lemma == "и"


def _is_unit(tokens: list[Token]) -> bool:
    units = table("figures")
    return len(tokens) == 1 and (tokens[0].text.lower() in units["units_written"] or tokens[0].lemma in units["units"])


def _after_company_noun(doc: RussianDoc, first: int) -> bool:
    """Whether a Latin name follows a firm's noun ("компания ACWA Power", "банком HSBC")."""
    before = doc.tokens[first - 1] if first > 0 else None
    return (
        before is not None
        and before.sentence == doc.tokens[first].sentence
        and before.lemma in word_class("company_nouns")
    )


def _genitive_owner(doc: RussianDoc, last: int, known: list[_Mention]) -> _Mention | None:
    """The country or body an organization belongs to, written right after it in the genitive
    ("Правительства Российской Федерации", "Межгосударственного совета ЕврАзЭС")."""
    following = last + 1
    if following >= len(doc.tokens) or doc.tokens[following].case not in ("gent", None):
        return None
    return next((m for m in known if m.first == following), None)


def _not_a_name(token: Token) -> bool:
    """A word of address or a title the recognizer took into a name ("Уважаемый", "Председатель")."""
    return token.pos == "ADJ" or token.lemma in word_class("person_words") or token.lemma in word_class("titles")


def _person_mention(tokens: list[Token], surface: str) -> _Mention | None:
    if all(_not_a_name(t) for t in tokens) or tokens[0].pos == "PRON" or not tokens[0].text[:1].isupper():
        return None
    name = nominative_name(tokens)
    parsed = person_name(name)
    if parsed is None:
        return None
    return _Mention("person", tokens[0].i, tokens[-1].i, name, parsed.key, person=parsed, surfaces=[surface])


def _place_mention(doc: RussianDoc, first: int, last: int, surface: str) -> _Mention:
    world = gazetteer()
    tokens = doc.tokens[first : last + 1]
    key = lemma_key([t.text for t in tokens if t.text[:1].isalpha()])
    before = doc.tokens[first - 1] if first > 0 and doc.tokens[first - 1].sentence == tokens[0].sentence else None
    region_word = any(t.lemma in world.region_nouns for t in tokens[1:])  # "Джизакская область"
    if key in world.regions or region_word or (before is not None and before.lemma in world.region_nouns):
        kind: EntityType = "region"
    else:
        kind = "place"
    mention = _Mention(kind, first, last, world.regions.get(key) or nominative_phrase(doc, first, last), key)
    mention.surfaces.append(surface)
    return mention


def extract_entities(doc: RussianDoc) -> EntityIndex:
    """Find the entities of a parsed Russian text, one per thing named, each with all its mentions."""
    mentions = _gazetteer_mentions(doc) + _speaker_mentions(doc)
    mentions += _ner_mentions(doc, mentions)
    mentions.sort(key=lambda m: m.first)
    entities: list[Entity] = []
    by_key: dict[tuple[str, str], Entity] = {}
    persons = _person_groups([m for m in mentions if m.person is not None])
    person_tokens = {i for m in mentions if m.type == "person" for i in range(m.first, m.last + 1)}
    for mention in mentions:
        key = (mention.type, persons.get(id(mention), mention.key))
        entity = by_key.get(key)
        if entity is None:
            entity = Entity(id=f"e{len(entities) + 1}", type=mention.type, name=mention.name, country=mention.country)
            entities.append(entity)
            by_key[key] = entity
        elif mention.person is not None and _fuller(mention.name, entity.name):
            _rename(entity, mention.name)
        _add_alias(entity, mention.name)
        for surface in mention.surfaces:
            _add_alias(entity, surface)
        entity.mentions.append(Span(doc.tokens[mention.first].start, doc.tokens[mention.last].end))
        if mention.type == "person":
            role = role_before(doc, mention.first, person_tokens) or role_after(doc, mention.last, person_tokens)
            if role is not None and all(r.title != role.title for r in entity.roles):
                entity.roles.append(role)
                entity.country = entity.country or role.country
    entities = _without_contractions(entities)
    for entity in entities:
        _finish(entity)
    return EntityIndex(entities)


def _contracts(short: str, words: list[str]) -> bool:
    """Whether `short` is `words` contracted: "межправсовет" is "межправ(ительственный) совет"."""
    if not words:
        return not short
    if len(words) == 1:
        return short == words[0]
    return any(
        short.startswith(words[0][:cut]) and _contracts(short[cut:], words[1:])
        for cut in range(MIN_CONTRACTED, len(words[0]) + 1)
    )


def _without_contractions(entities: list[Entity]) -> list[Entity]:
    """An organization named by a contracted word is the one named in full ("Евразийский межправсовет")."""
    kept: list[Entity] = []
    for entity in entities:
        words = entity.name.lower().split()
        full = next(
            (
                k
                for k in kept
                if k.type == entity.type == "organization"
                and len(k.name.split()) > len(words)
                and _contracts(" ".join(words[1:]).replace(" ", ""), k.name.lower().split()[1:])
                and k.name.lower().split()[0] == words[0]
            ),
            None,
        )
        if full is None:
            kept.append(entity)
            continue
        _add_alias(full, entity.name)
        full.aliases += [a for a in entity.aliases if a not in full.aliases]
        full.mentions = sorted([*full.mentions, *entity.mentions])
    return kept


def _fuller(candidate: str, current: str) -> bool:
    """A name with a surname beats one without; a first name written out beats initials; more words beat fewer."""

    def rank(name: str) -> tuple[bool, bool, int]:
        parsed = person_name(name)
        return (bool(parsed and parsed.surname), "." not in name, len(name.split()))

    return rank(candidate) > rank(current)


def _person_groups(mentions: list[_Mention]) -> dict[int, str]:
    """Key every person mention by the person it names: by surname, or by first name and patronymic."""
    groups: dict[int, str] = {}
    known: list[PersonName] = [m.person for m in mentions if m.person is not None and m.person.surname]
    for mention in mentions:
        name = mention.person
        assert name is not None
        if name.surname:
            groups[id(mention)] = name.surname
            continue
        matches = {k.surname for k in known if k.surname and name.could_be(k)}
        groups[id(mention)] = matches.pop() if len(matches) == 1 else name.key
    return groups


def _compose_full_name(entity: Entity) -> None:
    """ "А.Петров" addressed as "Андрей Викторович" is "Андрей Петров": the first name fills the initial."""
    parsed = person_name(entity.name)
    if parsed is None or not parsed.surname or parsed.first:
        return
    for alias in entity.aliases:
        other = person_name(alias)
        if other is not None and other.first and not other.surname and other.could_be(parsed):
            _rename(entity, f"{other.first} {parsed.surname}")
            return


def _rename(entity: Entity, name: str) -> None:
    """Give the entity a fuller name; the one it had becomes an alias."""
    old, entity.name = entity.name, name
    _add_alias(entity, old)


def _add_english_name(entity: Entity) -> None:
    """A country or a known city gets its English name as alias (so English records meet it), a city its
    country; any other name its Latin transliteration."""
    if entity.type == "country" and entity.country:
        english = english_country_names().get(entity.country)
        if english:
            _add_alias(entity, english)
            return
    if entity.type == "place":
        city = city_named(entity.name)
        if city is not None:
            entity.country = entity.country or city.country
            _add_alias(entity, city.name)
            return
    _add_alias(entity, latin(entity.name))
    words = entity.name.split()
    english = _region_words_en().get(words[-1].lower()) if entity.type == "region" and len(words) == 2 else None
    if english is not None:
        _add_alias(entity, f"{latin(name_of_adjective(words[0]))} {english}")  # "Samarkand region"


@cache
def _region_words_en() -> dict[str, str]:
    text = resources.files("accord.data").joinpath("ru/region_nouns_en.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t")[:2] for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _add_alias(entity: Entity, surface: str) -> None:
    surface = " ".join(surface.split())
    if surface and surface != entity.name and surface not in entity.aliases:
        entity.aliases.append(surface)


def _finish(entity: Entity) -> None:
    """Drop aliases equal to the name, add the surname alone and the Latin spelling."""
    entity.aliases = [a for a in entity.aliases if a != entity.name]
    if entity.type == "person":
        _compose_full_name(entity)
        parsed = person_name(entity.name)
        if parsed is not None and parsed.first and parsed.patronymic and parsed.surname:
            _rename(entity, parsed.short())
        if parsed is not None and parsed.surname and parsed.surname != entity.name:
            _add_alias(entity, parsed.surname)
    _add_english_name(entity)
