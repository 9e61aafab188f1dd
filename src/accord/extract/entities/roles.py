"""Roles of persons: the titles, organizations and countries the text gives them.

Two constructions carry nearly all roles in news prose:
- a pre-modifier: "Tajik President Farhod Sharipov", "ACME Director Jane Doe",
  "Deputy Head of the Federal Office in Ruritania John Doe";
- an apposition: "John Doe, Ambassador Extraordinary and Plenipotentiary of Ruritania to Freedonia,".
A plural title heads a list whose members share it: "Presidents A (Ruritania), B (Freedonia)".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from accord.extract.entities.index import EntityIndex
from accord.extract.language import gazetteer
from accord.extract.language.lexicon import TITLE_MODIFIERS, is_title_word, words
from accord.record import Entity, Role

_PHRASE_CONNECTORS = frozenset({"of", "the", "in", "for", "and", "to", "at", "on", "-", "'s", "’s", "."})
_TITLE_TOKENS_STOP = frozenset({"of", "to", "in", "at", "for", "on"})


def _is_title_token(token: Token) -> bool:
    return is_title_word(token.text) or token.lower_ in TITLE_MODIFIERS or token.text == "-"


def _joins_a_title(comma: Token) -> bool:
    """Tell a comma inside a title ("Minister of Investment, Industry and Trade") from one between phrases."""
    doc = comma.doc
    if comma.text != "," or comma.i == 0 or comma.i + 1 >= len(doc):
        return False
    before, after = doc[comma.i - 1], doc[comma.i + 1]
    return before.is_title and after.is_title and any(t.lower_ == "of" for t in doc[max(0, comma.i - 4) : comma.i])


def _left_phrase(doc: Doc, start: int, person_tokens: frozenset[int]) -> Span | None:
    """Return the capitalized phrase right before a name, back to a comma, a lower-case word, another person
    or the sentence's start: "... the leaders of Ruritania. Jane Doe said" gives her no title."""
    if doc[start].is_sent_start:
        return None
    index = start - 1
    while index >= 0:
        token = doc[index]
        if index in person_tokens or doc[index + 1].is_sent_start:
            break
        if token.is_punct and token.text not in {"-", "."}:
            if not _joins_a_title(token):
                break
        elif not (
            token.text[:1].isupper()
            or token.lower_ in _PHRASE_CONNECTORS
            or is_title_word(token.text)
            # "Acmegaz chief executive Jane Doe": a modifier after its title word
            or (token.lower_ in TITLE_MODIFIERS and index > 0 and is_title_word(doc[index - 1].text))
        ):
            break
        if token.is_sent_start:
            index -= 1
            break
        index -= 1
    phrase = doc[index + 1 : start]
    return phrase if len(phrase) and any(is_title_word(t.text) for t in phrase) else None


def _apposition(doc: Doc, end: int, person_tokens: frozenset[int]) -> Span | None:
    """Return ", <title phrase>," right after a name, when it starts with a title; None when the phrase
    runs into another person's name, whose title it is ("Jane Doe, Minister of Trade John Roe and ...")."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    index = end + 1
    while index < len(doc) and doc[index].lower_ in TITLE_MODIFIERS | {"the", "a", "-"}:
        index += 1
    if index >= len(doc) or not is_title_word(doc[index].text) or doc[index].dep_ in {"nsubj", "nsubjpass"}:
        return None  # "At the request of Jane Doe, the President of Ruritania briefed him": a subject, not her title
    stop, depth = end + 1, 0
    while stop < len(doc):
        token = doc[stop]
        if stop > end + 1 and token.is_sent_start:
            break
        if stop in person_tokens:
            return None
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth -= 1
        elif (depth <= 0 and token.text in {",", ";", "—", "–"}) or (
            token.pos_ in {"VERB", "AUX"} and token.tag_ != "VBN"
        ):
            break
        stop += 1
    verb = doc[stop] if stop < len(doc) else None
    if verb is not None and verb.pos_ in {"VERB", "AUX"} and not any(c.dep_.startswith("nsubj") for c in verb.children):
        return None  # the phrase is the subject of the verb that ends it, whatever the parse says
    return doc[end + 1 : stop]


def _role_from_phrase(phrase: Span, index: EntityIndex, person: Entity) -> Role | None:
    """Read title, organization and country from a role phrase."""
    tokens = list(phrase)
    title_positions = [i for i, t in enumerate(tokens) if is_title_word(t.text)]
    if not title_positions:
        return None
    first = title_positions[0]
    leading = TITLE_MODIFIERS | words("portfolio_words") | {"-"}
    while first > 0 and tokens[first - 1].lower_ in leading and tokens[first - 1].lower_ != "and":
        first -= 1
    last = first
    while (
        last + 1 < len(tokens)
        and tokens[last + 1].lower_ not in _TITLE_TOKENS_STOP
        and (_is_title_token(tokens[last + 1]) or (tokens[last + 1].is_title and tokens[last].lower_ in {"and", "-"}))
    ):
        last += 1
    while last > first and tokens[last].lower_ in {"and", "-"}:
        last -= 1
    last = _portfolio_end(tokens, last, index)
    title = _singular(phrase.doc[phrase.start + first : phrase.start + last + 1].text)
    organization, country = None, None
    before = phrase.doc[phrase.start : phrase.start + first]
    after = phrase.doc[phrase.start + last + 1 : phrase.end]
    for part, is_owner in ((before, True), (after, False)):
        for entity in index.within(part.start_char, part.end_char):
            if entity is person:
                continue
            if entity.type == "country" and country is None and (is_owner or _is_of_object(part, entity)):
                country = entity.country
            elif entity.type == "organization" and organization is None:
                organization = entity.name
                country = country or entity.country
    if country is None:
        for token in before:
            found = gazetteer.country_of_demonym(token.text)
            if found:
                country = found.code
                break
    return Role(title=title, organization=organization, country=country)


def _portfolio_end(tokens: list[Token], last: int, index: EntityIndex) -> int:
    """Carry a title over the portfolio it names ("Secretary of State", "Minister for the Middle East",
    "Minister of Foreign Affairs"): "of"/"for" and capitalized words that hold no country, body or person."""
    position = last + 1
    if position + 1 >= len(tokens) or tokens[position].lower_ not in {"of", "for"}:
        return last
    position += 1
    if tokens[position].lower_ == "the":
        position += 1
    end = position
    joiners = {"and", ","}  # "Minister of Investment, Industry and Trade"
    while end < len(tokens) and (tokens[end].is_title or (end > position and tokens[end].lower_ in joiners)):
        owner = index.at(tokens[end].idx, tokens[end].idx + len(tokens[end]))
        if owner is not None and owner.type in {"country", "organization", "person"}:
            return last
        end += 1
    while end > position and tokens[end - 1].lower_ in joiners:
        end -= 1
    return end - 1 if end > position else last


def _singular(title: str) -> str:
    """Return "President" for "Presidents": a plural title heads a list of its holders."""
    head, _, last = title.rpartition(" ")
    if last.endswith("s") and last[:-1].casefold() in words("titles") and last.casefold() not in words("titles"):
        return f"{head} {last[:-1]}".strip()
    return title


def _is_of_object(part: Span, entity: Entity) -> bool:
    """Tell whether an entity is governed by "of" (its owner) rather than "in"/"to" (a place)."""
    for mention in entity.mentions:
        if part.start_char <= mention.start < part.end_char:
            preceding = part.text[: mention.start - part.start_char].split()
            words_before = [w.casefold() for w in preceding if w.casefold() != "the"]
            return bool(words_before) and words_before[-1] == "of"
    return False


def _listed_role(doc: Doc, start: int, roles_at: dict[int, Role]) -> Role | None:
    """Return the role shared by a list like "Presidents A (X), B (Y), and C (Z)"."""
    index = start - 1
    while index >= 0 and doc[index].lower_ in {",", "and"}:
        index -= 1
    if index < 0 or doc[index].text != ")":
        return None
    for earlier in sorted(roles_at, reverse=True):
        if earlier < start and doc[earlier].sent == doc[start].sent:
            role = roles_at[earlier]
            return Role(title=role.title, organization=role.organization)
    return None


def attach_roles(doc: Doc, index: EntityIndex) -> None:
    """Give each person the roles stated around its mentions, and a country from them."""
    roles_at: dict[int, Role] = {}
    mentions = sorted(
        ((m, e) for e in index.entities if e.type == "person" for m in e.mentions), key=lambda pair: pair[0].start
    )
    spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m, _ in mentions]
    person_tokens = frozenset(i for span in spans if span is not None for i in range(span.start, span.end))
    for (_mention, person), span in zip(mentions, spans, strict=True):
        if span is None:
            continue
        role = None
        for phrase in (_left_phrase(doc, span.start, person_tokens), _apposition(doc, span.end, person_tokens)):
            if phrase is not None:
                role = _role_from_phrase(phrase, index, person)
                if role is not None:
                    break
        role = role or _listed_role(doc, span.start, roles_at)
        if role is None:
            continue
        roles_at[span.start] = role
        if not any(r.title.casefold() == role.title.casefold() for r in person.roles):
            person.roles.append(role)
    for person in index.entities:
        if person.type == "person":
            person.country = person.country or next((r.country for r in person.roles if r.country), None)
