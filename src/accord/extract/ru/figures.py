"""Figures of a Russian text: "11,6 млрд долларов", "на 15 процентов", "свыше 3 тыс. совместных предприятий"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from accord.extract.entities.index import EntityIndex
from accord.extract.ru.dates import FoundDate, find_dates, is_month
from accord.extract.ru.lexicon import table
from accord.extract.ru.phrases import nominative_phrase
from accord.nlp.russian import RussianDoc, Token, morph_analyzer
from accord.record import Figure, Qualifier, Span

_NUMBER = re.compile(r"^\d+(?:[,.]\d+)?$")
_YEAR_WORDS = re.compile(r"^(?:год|года|году|г|гг|годы|годах)$")
_DASHES = ("–", "—", "-")


@dataclass(frozen=True)
class _Amount:
    """A number as written, scaled: its value and the token range [first, last] it covers."""

    value: float
    first: int
    last: int


def _amount(tokens: list[Token], position: int, scales: dict[str, float]) -> _Amount:
    """Read the number at tokens[position]: groups of three join ("3 500"), a scale word multiplies ("11,6 млрд")."""
    text = tokens[position].text
    last = position
    while (
        last + 1 < len(tokens)
        and re.fullmatch(r"\d{3}", tokens[last + 1].text)
        and tokens[last].end + 1 == tokens[last + 1].start
    ):
        last += 1
        text += tokens[last].text
    value = float(text.replace(",", "."))
    if last + 1 < len(tokens) and tokens[last + 1].lemma.rstrip(".") in scales:
        last += 1
        value *= scales[tokens[last].lemma.rstrip(".")]
        if last + 1 < len(tokens) and tokens[last + 1].text == ".":
            last += 1
    return _Amount(value, position, last)


def _worded_amount(tokens: list[Token], position: int, data: dict[str, Any]) -> _Amount | None:
    """A number written as a word ("восемь документов"), from three up and not of the parties ("три страны")."""
    token = tokens[position]
    value = data["number_words"].get(token.lemma) if token.pos == "NUM" else None
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    if value is None or following is None or following.lemma in data["not_counted_after_words"]:
        return None
    return _Amount(float(value), position, position)


def _is_date_part(tokens: list[Token], position: int, last: int) -> bool:
    """Whether the number is a year, a day of a month or the first day of a range of days."""
    number = tokens[position].text
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    previous = tokens[position - 1].text.lower() if position > 0 else ""
    is_year = len(number) == 4 and number[:2] in ("19", "20")
    if is_year and (
        previous in ("в", "к", "до", "с", "по") or (following and _YEAR_WORDS.match(following.text.lower()))
    ):
        return True
    if following is not None and is_month(following.text):
        return True
    if following is not None and following.text in _DASHES and last + 3 < len(tokens):
        return is_month(tokens[last + 3].text)
    return previous in (*_DASHES, "по") and position > 1 and bool(_NUMBER.match(tokens[position - 2].text))


def _qualifier(tokens: list[Token], position: int) -> Qualifier:
    data = table("figures")
    qualifiers: dict[str, Qualifier] = data["qualifiers"]
    two = " ".join(t.text.lower() for t in tokens[max(position - 2, 0) : position])
    one = tokens[position - 1].text.lower() if position > 0 else ""
    found = qualifiers.get(two) or qualifiers.get(one) or "exact"
    if found == "up_to" and any(t.lemma in data["change_verbs"] for t in tokens[:position]):
        return "exact"  # "выросли до 1,2 млн тонн", "довести до 2 млрд": the value reached, not a cap
    return found


def _noun_before(tokens: list[Token], position: int) -> str | None:
    """A noun in the instrumental just before the number measures it: "мощностью 500 тыс. тонн", "объёмом 2 млрд"."""
    index = position - 1
    if index >= 0 and tokens[index].text.lower() in table("figures")["qualifiers"]:
        index -= 1
    if index >= 0 and tokens[index].pos == "NOUN" and tokens[index].case == "ablt":
        return tokens[index].lemma
    if index >= 0 and tokens[index].pos in ("NOUN", "ADJ"):
        # the tagger may misread the noun ("объёмом" as an adjective): the dictionary tells
        reading = next((p for p in morph_analyzer().parse(tokens[index].text) if {"NOUN", "ablt"} in p.tag), None)
        if reading is not None and "Geox" not in reading.tag and "Name" not in reading.tag:
            return str(reading.normal_form)
    return None


def _measured_noun(doc: RussianDoc, unit: Token, tokens: list[Token], after: int) -> str | None:
    """What a percent or a sum measures: a genitive noun after it ("70 процентов торговли"), the noun it
    belongs to, or the subject of its verb ("товарооборот вырос на 15 процентов")."""
    noun = after
    while noun < len(tokens) and tokens[noun].pos in ("DET", "ADJ"):
        noun += 1
    if noun < len(tokens) and tokens[noun].pos == "NOUN" and tokens[noun].case == "gent":
        return _noun_phrase(doc, tokens, after, noun)
    head = doc.tokens[unit.head] if unit.head is not None else None
    if head is not None and head.pos == "NOUN" and head.i < unit.i:
        return head.lemma
    for _ in range(4):
        if head is None:
            break
        subjects = [c for c in doc.children(head) if c.rel in ("nsubj", "nsubj:pass") and c.pos == "NOUN"]
        if subjects:
            return subjects[0].lemma
        # "довести объём взаимной торговли до 2 млрд долларов": what the verb changes is its object
        objects = [c for c in doc.children(head) if c.rel == "obj" and c.pos == "NOUN" and c.i < unit.i]
        if head.pos == "VERB" and objects:
            return _noun_phrase(doc, tokens, tokens.index(objects[0]), tokens.index(objects[0]))
        head = doc.tokens[head.head] if head.rel == "conj" and head.head is not None else None
    return None


def _noun_phrase(doc: RussianDoc, tokens: list[Token], first: int, noun: int) -> str:
    """The counted or measured noun with its adjectives and the genitives after it, in the nominative."""
    last = noun
    while (
        last + 1 < len(tokens) and tokens[last + 1].case == "gent" and tokens[last + 1].pos in ("NOUN", "PROPN", "ADJ")
    ):
        last += 1
    start = first
    while start < noun and tokens[start].pos not in ("ADJ", "NOUN"):
        start += 1
    if start == noun == last:
        return tokens[noun].lemma
    return nominative_phrase(doc, tokens[start].i, tokens[last].i)


def _unit(token: Token, data: dict[str, Any], counted_by_adjective: bool = False) -> tuple[bool, str | None]:
    """Whether the word after a number makes a figure, and the unit it gives (None for a count); a noun
    never counted alone ("место") is with an adjective ("300 рабочих мест")."""
    key = token.lemma.rstrip(".").lower()
    if token.text.lower() in data["units_written"]:
        return True, data["units_written"][token.text.lower()]  # "кВт·ч": a compound abbreviation, read as written
    if key in data["currencies"]:
        return True, data["currencies"][key]
    if key in data["units"]:
        return True, data["units"][key]
    return token.pos == "NOUN" and (key not in data["not_counted"] or counted_by_adjective), None


def extract_figures(doc: RussianDoc, entities: EntityIndex, published: str | None) -> list[Figure]:
    """Return the normalized figures of the text, each with its metric, period and subjects."""
    figures: list[Figure] = []
    for index, sentence in enumerate(doc.sentences):
        tokens = doc.sentence_tokens(index)
        periods = find_dates(doc.text[sentence.start : sentence.end], published, sentence.start)
        countries = [e.name for e in entities.within(sentence.start, sentence.end, ["country"])]
        position = 0
        while position < len(tokens):
            figure, position = _figure_at(doc, tokens, position, periods)
            if figure is not None and not figure.metric and figures and _same_sentence(doc, figures[-1], sentence):
                figure.metric = figures[-1].metric  # "составил 3,4 млрд долларов, что на 12 процентов больше"
            if figure is not None:
                figure.id = f"f{len(figures) + 1}"
                figure.subjects = countries or [e.name for e in entities.most_mentioned_countries()]
                figures.append(figure)
    return figures


def _same_sentence(doc: RussianDoc, figure: Figure, sentence: Any) -> bool:
    return sentence.start <= figure.evidence[0].start < sentence.end


def _figure_at(
    doc: RussianDoc, tokens: list[Token], position: int, periods: list[FoundDate]
) -> tuple[Figure | None, int]:
    """Read a figure starting at tokens[position]; return it (or None) and where to read on."""
    data = table("figures")
    token = tokens[position]
    glued = (
        position + 1 < len(tokens)
        and tokens[position + 1].text in ("-", "‑")
        and tokens[position + 1].start == token.end
    )
    worded = _worded_amount(tokens, position, data)
    if worded is not None:
        amount = worded
    elif not _NUMBER.match(token.text) or glued:
        return None, position + 1
    else:
        amount = _amount(tokens, position, data["scales"])
    if _is_date_part(tokens, position, amount.last) or amount.last + 1 >= len(tokens):
        return None, position + 1
    cursor = amount.last + 1
    while cursor + 1 < len(tokens) and tokens[cursor].pos == "ADJ" and tokens[cursor + 1].pos in ("ADJ", "NOUN"):
        cursor += 1  # "3 тыс. совместных предприятий": the counted noun comes after its adjectives
    makes_figure, unit = _unit(tokens[cursor], data, cursor > amount.last + 1)
    if not makes_figure:
        return None, cursor
    after = cursor + 1
    if after < len(tokens) - 1 and tokens[after].text == "." and len(tokens[cursor].text) <= 4:
        after += 1  # the full stop of an abbreviation ("долл."), not the sentence's
    following = " ".join(t.text.lower() for t in tokens[after : after + 2])
    if unit == "tonnes" and any(following.startswith(p) for p in data["per_year"]):
        unit = "tonnes/year"
    if unit is None:
        metric = _noun_phrase(doc, tokens, amount.last + 1, cursor)
    else:
        metric = _noun_before(tokens, position) or _measured_noun(doc, tokens[cursor], tokens, after) or ""
    if not metric and unit not in ("years", "percent"):
        return None, after
    start, end = token.start, tokens[after - 1].end
    period = next((d.value for d in periods if d.preposition not in ("до", "к")), None)
    figure = Figure(
        id="",
        metric=metric,
        value=float(f"{amount.value:.12g}"),  # 8,3 млрд is 8300000000, not 8300000000.000001
        unit=unit,
        qualifier=_qualifier(tokens, position),
        period=period,
        text=doc.text[start:end],
        evidence=[Span(start, end)],
    )
    return figure, after
