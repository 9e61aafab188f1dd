"""Figures of a Russian text: "11,6 млрд долларов", "на 15 процентов", "свыше 3 тыс. совместных предприятий"."""

from __future__ import annotations

import re

from accord.extract.entities.index import EntityIndex
from accord.extract.ru.dates import find_dates
from accord.extract.ru.lexicon import table
from accord.extract.ru.phrases import nominative_phrase
from accord.nlp.russian import RussianDoc, Token
from accord.record import Figure, Qualifier, Span

_NUMBER = re.compile(r"^\d+(?:[,.]\d+)?$")
_YEARS = re.compile(r"^(?:год|года|году|г|гг|годы|годах)$")


def _value(tokens: list[Token], index: int) -> tuple[float, int] | None:
    """Read the number that starts at tokens[index], joining groups of three ("3 500"); return it and its last index."""
    text = tokens[index].text
    last = index
    while last + 1 < len(tokens) and re.fullmatch(r"\d{3}", tokens[last + 1].text) and tokens[last].end + 1 == tokens[last + 1].start:
        last += 1
        text += tokens[last].text
    try:
        return float(text.replace(",", ".")), last
    except ValueError:
        return None


def _is_date_part(tokens: list[Token], index: int, last: int) -> bool:
    following = tokens[last + 1].text.lower().rstrip(".") if last + 1 < len(tokens) else ""
    previous = tokens[index - 1].text if index > 0 else ""
    if _YEARS.match(following) and len(tokens[index].text) == 4:
        return True
    if previous in ("–", "—", "-", "по", "с") and index > 1 and _NUMBER.match(tokens[index - 2].text or ""):
        return True
    months = table("dates")["months"]
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    if nxt is not None and any(re.match(stem, nxt.text.lower()) for stem in months):
        return True
    if nxt is not None and nxt.text in ("–", "—", "-") and last + 3 < len(tokens):
        after = tokens[last + 3].text.lower()
        return any(re.match(stem, after) for stem in months)
    return len(tokens[index].text) == 4 and tokens[index].text[:2] in ("19", "20") and previous.lower() in ("в", "к", "до", "с")


def _qualifier(tokens: list[Token], index: int) -> Qualifier:
    qualifiers = table("figures")["qualifiers"]
    two = " ".join(t.text.lower() for t in tokens[max(index - 2, 0) : index])
    one = tokens[index - 1].text.lower() if index > 0 else ""
    value = qualifiers.get(two) or qualifiers.get(one) or "exact"
    return value  # type: ignore[no-any-return]


def _measured_noun(doc: RussianDoc, unit_token: Token, tokens: list[Token], after: int) -> str | None:
    """What a percent or a sum measures: a genitive noun after it, else the subject of the verb it depends on."""
    skip_det = after
    while skip_det < len(tokens) and tokens[skip_det].pos in ("DET", "ADJ"):
        skip_det += 1
    if skip_det < len(tokens) and tokens[skip_det].pos == "NOUN" and tokens[skip_det].case == "gent":
        return _noun_phrase(doc, tokens, after, skip_det)
    head = doc.tokens[unit_token.head] if unit_token.head is not None else None
    if head is not None and head.pos == "NOUN" and head.i < unit_token.i:
        return head.lemma  # "мощностью 500 тыс. тонн"
    while head is not None:
        subjects = [c for c in doc.children(head) if c.rel in ("nsubj", "nsubj:pass") and c.pos == "NOUN"]
        if subjects:
            return subjects[0].lemma
        if head.rel != "conj" or head.head is None:
            break
        head = doc.tokens[head.head]
    return None


def _noun_phrase(doc: RussianDoc, tokens: list[Token], first: int, noun: int) -> str:
    """The counted or measured noun with its adjectives and the genitives after it, in the nominative."""
    last = noun
    while last + 1 < len(tokens) and tokens[last + 1].case == "gent" and tokens[last + 1].pos in ("NOUN", "PROPN", "ADJ"):
        last += 1
    start = first
    while start < noun and tokens[start].pos not in ("ADJ", "NOUN"):
        start += 1
    head = tokens[noun]
    phrase = nominative_phrase(doc, tokens[start].i, tokens[last].i)
    lemma_first = [t.lemma if t is head else None for t in tokens[start : last + 1]]
    return phrase if None in lemma_first else head.lemma


def extract_figures(doc: RussianDoc, entities: EntityIndex, published: str | None) -> list[Figure]:
    """Return the normalized figures of the text, each with its metric, period and subjects."""
    data = table("figures")
    figures: list[Figure] = []
    for index in range(len(doc.sentences)):
        tokens = doc.sentence_tokens(index)
        sentence = doc.sentences[index]
        periods = [d for d in find_dates(doc.text[sentence.start : sentence.end], published, sentence.start)]
        position = 0
        while position < len(tokens):
            figure, position = _figure_at(doc, tokens, position, data, entities, periods, len(figures) + 1)
            if figure is not None:
                figures.append(figure)
    return figures


def _figure_at(doc, tokens, position, data, entities, periods, number):  # type: ignore[no-untyped-def]
    token = tokens[position]
    if not _NUMBER.match(token.text) or (position + 1 < len(tokens) and tokens[position + 1].text in ("-", "‑")):
        return None, position + 1
    read = _value(tokens, position)
    if read is None or _is_date_part(tokens, position, read[1]):
        return None, position + 1
    value, last = read
    cursor = last + 1
    if cursor < len(tokens) and tokens[cursor].lemma.rstrip(".") in data["scales"]:
        value *= data["scales"][tokens[cursor].lemma.rstrip(".")]
        cursor += 1
        if cursor < len(tokens) and tokens[cursor].text == ".":
            cursor += 1
    if cursor >= len(tokens):
        return None, cursor
    counted_from = cursor
    while cursor + 1 < len(tokens) and tokens[cursor].pos == "ADJ" and tokens[cursor + 1].pos in ("ADJ", "NOUN"):
        cursor += 1  # "3 тыс. совместных предприятий": the counted noun is after its adjectives
    unit_token = tokens[cursor]
    key = unit_token.lemma.rstrip(".").lower()
    unit: str | None
    if key in data["currencies"]:
        unit = data["currencies"][key]
    elif key in data["units"]:
        unit = data["units"][key]
    elif unit_token.pos == "NOUN" and key not in data["not_counted"]:
        unit = None
    else:
        return None, cursor
    after = cursor + 1
    if after < len(tokens) and tokens[after].text == "." and len(unit_token.text) <= 4:
        after += 1
    rest = " ".join(t.text.lower() for t in tokens[after : after + 2])
    if unit == "tonnes" and any(rest.startswith(p) for p in data["per_year"]):
        unit = "tonnes/year"
    if unit is None:
        metric = _noun_phrase(doc, tokens, counted_from, cursor)
    else:
        metric = _measured_noun(doc, unit_token, tokens, after) or ""
    if not metric and unit != "years":
        return None, after
    start, end = token.start, tokens[after - 1].end
    subjects = [e.name for e in entities.within(doc.sentences[token.sentence].start, doc.sentences[token.sentence].end, ["country"])]
    period = next((d.value for d in periods if d.preposition not in ("до", "к")), None)
    figure = Figure(
        id=f"f{number}",
        metric=metric or "срок",
        value=value,
        unit=unit,
        qualifier=_qualifier(tokens, position),
        period=period,
        subjects=subjects or [e.name for e in entities.most_mentioned_countries()],
        text=doc.text[start:end],
        evidence=[Span(start, end)],
    )
    return figure, after
