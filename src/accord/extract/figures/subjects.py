"""Subjects: whom a figure is about, where its sentence says.

The entities of the metric's own phrase come first: the recipient of a grant or loan ("a $50 million
loan to Acme Ltd"), the partner of a compact ("a compact with Ghana"), the owner ("Norway's exports",
"Norwegian aid", "Norway-Chile trade"). Then whoever the governing verb's subject names: the funder
("the Government of Chile will contribute $10 million") or the owner of a project. Countries and
regions of the clause come last. A two-sided metric ("bilateral trade", "trade between our
countries") with fewer than two countries named means the document's two main countries.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from spacy.tokens import Span, Token

from accord.extract.entities.index import EntityIndex
from accord.extract.language import gazetteer
from accord.record import Entity, EntityType

_PHRASE_TYPES: tuple[EntityType, ...] = ("country", "organization", "region", "place")
_ACTOR_TYPES: tuple[EntityType, ...] = ("country", "organization", "region")
_CLAUSE_TYPES: tuple[EntityType, ...] = ("country", "region")
_RECIPIENT_PREPOSITIONS = frozenset({"to", "with", "for", "into"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# How a verb without a subject of its own borrows one: "plans to invest", "met and agreed to fund".
_BORROWING_DEPS = frozenset({"xcomp", "acl", "conj", "advcl", "relcl"})
_ACTOR_CLIMB = 4
_GOVERNMENT = re.compile(r"^(?:the\s+)?(?:government|cabinet)\s+of\s+(?:the\s+)?(.+)$|^(.+?)\s+government$", re.I)
_LONGEST_ABBREVIATION = 4
_REGION_WORD = " region"
_SPLIT_PAIR = re.compile(r"[-\u2010-\u2015/]")


@cache
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """Return the words that make a figure two-sided: markers ("bilateral") and metrics ("trade")."""
    data = json.loads(resources.files("accord.data").joinpath("metrics.json").read_text(encoding="utf-8"))
    return frozenset(data["shared_markers"]), frozenset(data["two_sided_metrics"])


def figure_subjects(head: Token, metric: str, entities: EntityIndex, owned: bool = False) -> list[str]:
    """Return the names of the entities a figure is about, most telling first. The subject of the verb
    counts as a party when it is a country or region, or, for an `owned` amount (money, a plant's
    capacity), an organization: the funder or the company ("a loan to Acme will build a 4 GW plant")."""
    doc = head.doc
    phrase = doc[head.left_edge.i : head.right_edge.i + 1]
    found = _mentioned(phrase, entities, _PHRASE_TYPES)
    for recipient in _recipients(head):
        found += _mentioned(doc[recipient.left_edge.i : recipient.right_edge.i + 1], entities, _PHRASE_TYPES)
    for actor in _actors(head):
        found += _mentioned(
            doc[actor.left_edge.i : actor.right_edge.i + 1], entities, _ACTOR_TYPES if owned else _CLAUSE_TYPES
        )
    if not any(e.type in ("country", "region") for e in found):
        clause = governing_clause(head)
        found += _mentioned(clause, entities, _CLAUSE_TYPES) + _named_by_words(clause, entities, pairs_only=True)
        if not found and clause.root.dep_ in ("advcl", "relcl"):
            # A subordinate clause that names no one takes its main clause's places: "launched in the
            # region, creating 9,000 jobs", "aid to Ghana came to $9 million, of which $2 million went ...".
            clause = governing_clause(clause.root.head)
            found += _mentioned(clause, entities, _CLAUSE_TYPES)
    found += _named_by_words(phrase, entities)
    names = list(dict.fromkeys(subject_name(e, entities) for e in found))
    if _two_sided(phrase, metric) and sum(1 for e in found if e.type == "country") < 2:
        sides = [subject_name(c, entities) for c in entities.most_mentioned_countries()]
        names += [name for name in sides if name not in names]
    return names


def _mentioned(span: Span, entities: EntityIndex, types: tuple[EntityType, ...]) -> list[Entity]:
    """Return the entities of `types` mentioned inside a span."""
    return entities.within(span.start_char, span.end_char, types=types)


def _named_by_words(span: Span, entities: EntityIndex, pairs_only: bool = False) -> list[Entity]:
    """Return the document's countries a word of the span names though no mention covers it:
    "U.S.-Mexico trade", "Norwegian aid"; with `pairs_only`, only a pair does ("American estimates"
    in a clause say who estimated, not whose the figure is)."""
    found: list[Entity] = []
    for token in span:
        if token.pos_ not in ("PROPN", "ADJ", "X", "NOUN") or token.is_lower:
            continue
        words = _SPLIT_PAIR.split(token.text)
        if pairs_only and len(words) < 2:
            continue
        for word in words:
            country = _country_of_word(word)
            known = _country_entity(country.code, entities) if country else None
            if known is not None and known not in found:
                found.append(known)
    return found


def _recipients(head: Token) -> list[Token]:
    """Return whom the verb of a figure's noun gives or binds it to: "signed a compact with the
    Government of Ghana", "raise the supply to the city by 80 percent"."""
    verb = head.head if head.dep_ in ("dobj", "nsubjpass") else head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [
        pobj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in _RECIPIENT_PREPOSITIONS
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def _country_of_word(word: str) -> gazetteer.Country | None:
    """Return the country one word names: a name, a national adjective or a dotted abbreviation."""
    if not word:
        return None
    return gazetteer.country_named(word) or gazetteer.country_of_demonym(word) or gazetteer.country_abbreviated(word)


def _country_entity(code: str, entities: EntityIndex) -> Entity | None:
    return next((e for e in entities.entities if e.type == "country" and e.country == code), None)


def subject_name(entity: Entity, entities: EntityIndex) -> str:
    """Name an entity as a subject: a country's government or a place named like a country is the
    country; a country written as an abbreviation ("UK") goes by its full name where one is known."""
    if entity.type in ("region", "place") and entity.name.endswith(_REGION_WORD):
        # "the Pacific Islands region" is the Pacific Islands, when the text names them so too.
        plain = entities.named(entity.name.removesuffix(_REGION_WORD))
        return plain.name if plain is not None and plain.type in ("region", "place") else entity.name
    if entity.type in ("organization", "place"):
        match = _GOVERNMENT.match(entity.name) if entity.type == "organization" else None
        surface = next((g for g in match.groups() if g), "") if match else entity.name
        country = gazetteer.country_named(surface) or gazetteer.country_abbreviated(surface)
        if country is None:
            return entity.name
        known = _country_entity(country.code, entities)
        if known is None:
            return country.name
        entity = known
    if entity.type == "country" and _abbreviation(entity.name):
        return next((a for a in entity.aliases if not _abbreviation(a)), entity.name)
    return entity.name


def _abbreviation(name: str) -> bool:
    """Tell "UK", "USA" or "U.S." from a name."""
    letters = name.replace(".", "")
    return letters.isalpha() and letters.isupper() and (len(letters) <= _LONGEST_ABBREVIATION or "." in name)


def _actors(head: Token) -> list[Token]:
    """Return the subjects (and passive agents) of the verb that governs a figure, borrowed from the
    verb it depends on when it has none ("the delegation presented plans to invest ...")."""
    verb = head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    for _ in range(_ACTOR_CLIMB):
        # "Secretary of State Jane Doe announced": a person's title names no party to the figure.
        actors = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.pos_ != "PRON" and c.ent_type_ != "PERSON"]
        actors += [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        if actors or verb.dep_ not in _BORROWING_DEPS or verb.head == verb:
            return actors
        verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head  # "plans to invest": from the noun to the verb that has it
    return []


def _two_sided(phrase: Span, metric: str) -> bool:
    """Tell a figure between two sides: "bilateral" or "mutual" in its phrase, or a trade that is "our
    trade" or whose sentence calls it so ("Bilateral trade continues to grow as total trade rose ...")."""
    markers, metrics = _lexicon()
    if any(t.lower_ in markers for t in phrase):
        return True
    if not any(word in metrics for word in metric.split()):
        return False
    # "our trade grew by 20 percent", said to the other side, is the trade between the two.
    ours = any(t.lower_ == "our" and t.dep_ == "poss" for t in phrase)
    return ours or any(t.lower_ in markers for t in phrase.sent)


def governing_clause(token: Token) -> Span:
    """Return the subtree of the verb that governs `token`, within its sentence."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    return token.doc[verb.left_edge.i : verb.right_edge.i + 1]
