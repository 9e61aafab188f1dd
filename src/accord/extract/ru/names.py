"""Russian names in the nominative, whatever their case in the text, and their Latin spelling."""

from __future__ import annotations

import re

from pymorphy3.tagset import OpencorporaTag

from accord.nlp.russian import GENDERS, Token, morph_analyzer

_INITIALS = re.compile(r"^((?:[А-ЯЁA-Z]\.\s?)+)(.*)$")
_PERSON_GRAMMEMES = ("Name", "Surn", "Patr")


def _capitalized_like(word: str, model: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-")) if model[:1].isupper() else word


def nominative_word(word: str, case: str | None, gender: str | None, person: bool = False) -> str:
    """Return `word` in the nominative singular, reading it in `case`; unchanged when no reading fits.

    For a person's name, readings as a first name, surname or patronymic come first, and the
    gender of the whole name decides between "Назарбекову" (a man's dative) and "Назарбекова" (a woman's).
    """
    if case in (None, "nomn"):
        return word
    parses = [p for p in morph_analyzer().parse(word) if p.tag.POS == "NOUN" or (not person and p.tag.POS == "ADJF")]
    fitting = [p for p in parses if p.tag.case == case and (gender is None or _same_gender(p.tag, gender))]
    if person:
        fitting.sort(key=lambda p: not any(g in p.tag for g in _PERSON_GRAMMEMES))
    for parse in fitting:
        wanted = {"nomn", "sing"} if "Pltm" not in parse.tag else {"nomn"}
        if gender and parse.tag.POS == "ADJF":
            wanted.add(gender)
        inflected = parse.inflect(wanted)
        if inflected is not None:
            return _capitalized_like(str(inflected.word), word)
    return word


def _same_gender(tag: OpencorporaTag, gender: str) -> bool:
    return "ms-f" in tag or tag.gender in (None, gender)


def person_gender(tokens: list[Token]) -> str | None:
    """Return the pymorphy3 gender of a name from the tokens natasha tagged."""
    for token in tokens:
        gender = GENDERS.get(token.feats.get("Gender", ""))
        if gender:
            return gender
    return None


def nominative_name(tokens: list[Token]) -> str:
    """Return a person's name written over `tokens` in the nominative ("Рустаму Назарбекову" -> "Рустам Назарбеков")."""
    gender = person_gender(tokens)
    case = _shared_case(tokens)
    words: list[str] = []
    for token in tokens:
        match = _INITIALS.match(token.text)
        if token.text == "." or (match and not match.group(2)):
            words.append(token.text)
            continue
        prefix, rest = (match.group(1), match.group(2)) if match else ("", token.text)
        nominative = nominative_word(rest, case, gender, person=True)
        if nominative == rest and token.case != case:
            nominative = nominative_word(rest, token.case, gender, person=True)
        if nominative == rest and case in (None, "nomn"):
            nominative = nominative_word(rest, _only_case(rest), gender, person=True)
        words.append(prefix + nominative)
    return joined_words(words, tokens)


def _only_case(word: str) -> str | None:
    """The case of a word the dictionary can read in one case only, when that is not the nominative
    ("Цинлинем" can only be instrumental, whatever the tagger said)."""
    cases = {p.tag.case for p in morph_analyzer().parse(word) if p.tag.POS == "NOUN"}
    return cases.pop() if len(cases) == 1 and "nomn" not in cases else None


def _shared_case(tokens: list[Token]) -> str | None:
    """The parts of a name agree in case: the tagger's most frequent reading (the surname's on a tie) is the name's."""
    cases = [t.case for t in reversed(tokens) if t.case and len(t.text) > 1]
    return max(cases, key=cases.count) if cases else None


def joined_words(words: list[str], tokens: list[Token]) -> str:
    """Join words standing for `tokens`, with a space where the text has one between the tokens."""
    out = ""
    for index, (word, token) in enumerate(zip(words, tokens, strict=True)):
        if index and tokens[index - 1].end < token.start:
            out += " "
        out += word
    return out
