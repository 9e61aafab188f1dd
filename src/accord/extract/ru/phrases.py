"""Noun phrases of a parsed Russian text, put in the nominative: the head and the words agreeing with it."""

from __future__ import annotations

from accord.extract.ru.names import joined_words, nominative_word
from accord.nlp.russian import GENDERS, RussianDoc, Token, morph_analyzer

_AGREEING = {"amod", "det", "nummod"}


def phrase_head(doc: RussianDoc, first: int, last: int) -> Token:
    """Return the token of [first, last] whose head lies outside the span (the first such one)."""
    for token in doc.tokens[first : last + 1]:
        if token.head is None or not first <= token.head <= last:
            return token
    return doc.tokens[first]


def nominative_phrase(doc: RussianDoc, first: int, last: int) -> str:
    """Return tokens [first, last] with the head noun and its agreeing words in the nominative.

    "Евразийского межправительственного совета" -> "Евразийский межправительственный совет";
    the words that depend on the head in their own case ("совета глав государств") stay as written.
    """
    tokens = doc.tokens[first : last + 1]
    head = phrase_head(doc, first, last)
    plural = head.feats.get("Number") == "Plur"
    gender = GENDERS.get(head.feats.get("Gender", ""))
    words: list[str] = []
    for token in tokens:
        agrees = token.head == head.i and token.rel in _AGREEING and token.i < head.i and token.pos == "ADJ"
        if token is head:
            words.append(nominative_word(token.text, token.case, None) if not plural else plural_nominative(token))
        elif agrees or (token.rel == "conj" and token.head is not None and doc.tokens[token.head].i == head.i):
            words.append(agreeing_nominative(token, None if plural else gender, plural, head.case))
        else:
            words.append(token.text)
    return joined_words(words, tokens)


def plural_nominative(token: Token) -> str:
    """A plural noun in the nominative plural ("переговоров" -> "переговоры")."""
    for parse in morph_analyzer().parse(token.text):
        if parse.tag.case == token.case and parse.tag.number == "plur":
            inflected = parse.inflect({"nomn", "plur"})
            if inflected is not None:
                word = str(inflected.word)
                return word[:1].upper() + word[1:] if token.text[:1].isupper() else word
    return token.text


def agreeing_nominative(token: Token, gender: str | None, plural: bool, case: str | None = None) -> str:
    """An adjective in the nominative, agreeing with its noun's gender and number, read in its own case or,
    when the tagger gave it none, in `case` (its noun's); of a compound ("узбекско-белорусской") only the
    last part is inflected."""
    case = token.case or case
    if case in (None, "nomn"):
        return token.text
    prefix, _, last = token.text.rpartition("-")
    if prefix and last:
        inflected = _adjective_nominative(last, case, gender, plural)
        return f"{prefix}-{inflected}" if inflected else token.text
    return _adjective_nominative(token.text, case, gender, plural) or token.text


def _adjective_nominative(text: str, case: str | None, gender: str | None, plural: bool) -> str | None:
    """The adjective `text`, read in `case`, in the nominative; None when no reading fits."""
    for parse in morph_analyzer().parse(text):
        if parse.tag.POS not in ("ADJF", "PRTF") or parse.tag.case != case:
            continue
        wanted = {"nomn", "plur"} if plural else {"nomn", "sing", *([gender] if gender else [])}
        inflected = parse.inflect(wanted)
        if inflected is not None:
            word = str(inflected.word)
            return word[:1].upper() + word[1:] if text[:1].isupper() else word
    return None
