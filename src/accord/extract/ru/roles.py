"""A person's role as the text states it before the name: "Президента Республики Узбекистан Р.Н.Назарбекова"."""

from __future__ import annotations

from accord.extract.ru.gazetteer import country_of_adjective, gazetteer, lemma_key
from accord.extract.ru.lexicon import word_class
from accord.extract.ru.names import joined_words, nominative_word
from accord.extract.ru.phrases import agreeing_nominative
from accord.nlp.russian import RussianDoc, Token
from accord.record import Role

# A title governs at most this many words before the name ("Председателем Постоянного Комитета ...").
MAX_TITLE_WORDS = 9


def _title_start(doc: RussianDoc, name_first: int, persons: set[int]) -> int | None:
    """Return the leftmost title word of the genitive chain that ends right before the name."""
    titles = word_class("titles")
    sentence = doc.tokens[name_first].sentence
    start: int | None = None
    for index in range(name_first - 1, max(name_first - MAX_TITLE_WORDS, 0) - 1, -1):
        token = doc.tokens[index]
        if token.sentence != sentence or not token.text[:1].isalpha() or index in persons:
            break
        if token.lemma in titles:
            start = index
        elif not (_in_title(token) or _joins_genitives(doc, index)):
            break
    return start


def _joins_genitives(doc: RussianDoc, index: int) -> bool:
    """ "и" between two genitives of one title ("Министр торговли и интеграции")."""
    if doc.tokens[index].lemma != "и" or index == 0 or index + 1 >= len(doc.tokens):
        return False
    return doc.tokens[index - 1].case == "gent" and doc.tokens[index + 1].case == "gent"


def _in_title(token: Token) -> bool:
    """A word a title may govern: a genitive, an adjective, a name ("Республики Узбекистан")."""
    return token.case == "gent" or token.pos in ("ADJ", "PROPN") or token.lemma in word_class("person_words")


def role_before(doc: RussianDoc, name_first: int, persons: set[int]) -> Role | None:
    """Return the role stated right before the name at token `name_first`, in the nominative, if any.

    The title's chain of genitives stops at another person's name (token indices in `persons`).
    """
    start = _title_start(doc, name_first, persons)
    if start is None:
        return None
    while start > 0 and doc.tokens[start - 1].pos == "ADJ" and doc.tokens[start - 1].head == start:
        start -= 1
    tokens = doc.tokens[start:name_first]
    while tokens and tokens[-1].lemma in word_class("person_words"):
        tokens = tokens[:-1]
    head = next(t for t in tokens if t.lemma in word_class("titles"))
    words = [_title_word(t, head) for t in tokens]
    title = joined_words(words, tokens)
    return Role(title=title, country=_country_in(tokens))


def role_after(doc: RussianDoc, name_last: int, persons: set[int]) -> Role | None:
    """Return the role stated in apposition after the name ("Ерланом Сапаровым, министром энергетики Казахстана")."""
    titles = word_class("titles")
    sentence = doc.tokens[name_last].sentence
    position = name_last + 1
    if position >= len(doc.tokens) or doc.tokens[position].text != ",":
        return None
    start = position + 1
    while start < len(doc.tokens) and doc.tokens[start].pos == "ADJ":
        start += 1
    if start >= len(doc.tokens) or doc.tokens[start].lemma not in titles or doc.tokens[start].sentence != sentence:
        return None
    head = doc.tokens[start]
    last = start
    for token in doc.tokens[start + 1 : start + MAX_TITLE_WORDS]:
        if token.sentence != sentence or token.i in persons or not (token.lemma in titles or _in_title(token)):
            break
        if token.pos == "ADJ" and token.case != "gent":
            break
        last = token.i
    tokens = doc.tokens[position + 1 : last + 1]
    words = [_title_word(t, head) for t in tokens]
    return Role(title=joined_words(words, tokens), country=_country_in(tokens))


def _title_word(token: Token, head: Token) -> str:
    if token is head:
        return nominative_word(token.text, token.case, None)
    if token.i < head.i:
        return agreeing_nominative(token, "masc", False)
    return token.text


def _country_in(tokens: list[Token]) -> str | None:
    world = gazetteer()
    for size in range(len(tokens), 0, -1):
        for first in range(len(tokens) - size + 1):
            key = lemma_key([t.text for t in tokens[first : first + size]])
            if key in world.countries:
                return world.countries[key].code
    for token in tokens:
        code = country_of_adjective(token.lemma)
        if code is not None:
            return code
    return None
