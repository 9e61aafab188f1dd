"""Noun phrases as stretches of text: a word, the adjectives before it and the words after it up to the clause's end.

The parse of a long Russian sentence often hangs a noun's genitives on a far verb, so a phrase is read
linearly to the right (stopping at punctuation, a verb or a conjunction opening a clause) rather than as a subtree.
"""

from __future__ import annotations

from accord.nlp.russian import RussianDoc, Token

# A phrase stops at this many words: a title is a name, not a paragraph.
MAX_PHRASE_WORDS = 16
MAX_QUOTED_WORDS = 6  # a name in quotes is this long at most; a longer quote is a statement
_STOPS = {",", ";", ":", "–", "—", "(", ")", "«", "»", ".", "!", "?"}
_CLAUSE_POS = {"VERB", "AUX", "SCONJ"}


def _closing_quote(doc: RussianDoc, index: int, end: int) -> int | None:
    """Return where the quoted name opening at `index` closes, if one does, within a name's length."""
    if doc.tokens[index].text != "«":
        return None
    for close in range(index + 1, min(end, index + MAX_QUOTED_WORDS + 1) + 1):
        if doc.tokens[close].text == "»":
            return close if close > index + 1 else None
        if doc.tokens[close].text == "«":
            return None
    return None


def _initial(token: Token) -> bool:
    return len(token.text) == 1 and token.text.isupper()


def _opens_phrase(doc: RussianDoc, index: int, heads: frozenset[str]) -> bool:
    """Whether the words from `index` open a clause or a new phrase headed by one of `heads`."""
    token = doc.tokens[index]
    if token.pos in _CLAUSE_POS:
        return True
    while token.pos == "ADJ" and index + 1 < len(doc.tokens):
        index += 1
        token = doc.tokens[index]
    return token.lemma in heads


def phrase_span(
    doc: RussianDoc, root: Token, left: bool = True, heads: frozenset[str] = frozenset()
) -> tuple[int, int]:
    """Return the token range of `root` with the adjectives before it and its words after it.

    A conjunction before another phrase headed by a word of `heads` ("соглашение ... и меморандум") ends it.
    """
    sentence = doc.sentences[root.sentence]
    first = root.i
    while left and first > sentence.first and doc.tokens[first - 1].pos == "ADJ":
        first -= 1
    last = root.i
    while last < sentence.last and last - first < MAX_PHRASE_WORDS:
        after = doc.tokens[last + 1]
        if after.text == "." and _initial(doc.tokens[last]):
            last += 1  # the full stop of an initial ("А.В.Волкова")
            continue
        closing = _closing_quote(doc, last + 1, sentence.last)
        if closing is not None:
            last = closing  # a name in quotes after its noun is the phrase's: ГЭС «Кызыл-Суу», компания «Восток»
            continue
        if after.text in _STOPS or after.pos in _CLAUSE_POS:
            break
        if after.pos == "CCONJ" and last + 2 <= sentence.last and _opens_phrase(doc, last + 2, heads):
            break
        last += 1
    while last > root.i and doc.tokens[last].pos in ("ADP", "CCONJ", "DET", "PART", "ADV"):
        last -= 1
    return first, last
