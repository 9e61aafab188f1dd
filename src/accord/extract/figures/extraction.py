"""Figures: quantitative facts (money, percentages, physical quantities, counts), normalized.

A figure's evidence is the span of its expression, from a leading qualifier ("over") to its
unit and rate ("tonnes of metal products per year"); `text` holds that surface string.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from accord.extract.entities.index import EntityIndex
from accord.extract.figures.periods import MONTHS, YEAR, figure_period
from accord.extract.figures.subjects import figure_subjects
from accord.extract.figures.words import next_word, previous_word
from accord.extract.language import gazetteer
from accord.extract.language.dateline import find_dateline
from accord.extract.language.numbers import Amount, is_currency, parse_amount, qualifier_at, rate_at, unit_at, words_of
from accord.nlp import text_of
from accord.record import Figure, Qualifier
from accord.record import Span as Evidence

_RATIO_UNITS = frozenset({"percent", "times"})
_NUMERIC_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
_CLIMB_LIMIT = 8
_FOLD = "fold"
_GROWTH = " growth"
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
# Spelled-out counts below ten ("two problems", "five more laws") are talk, not figures.
_SMALLEST_SPELLED = 10
# "2+2 format", "5/6 grade": numbers glued to other numbers are labels.
_JOINERS = frozenset({"+", "/", "×", "x"})
# The dependencies by which a number or its unit modifies the noun it measures ("a 560-megawatt plant": nmod).
_MODIFIER_DEPS = frozenset({"nummod", "compound", "quantmod", "amod", "npadvmod", "nmod"})
# What a unit alone tells is measured when the sentence names nothing; a length may be a mere distance.
_MEASURED_BY_UNIT = frozenset({"capacity", "area"})
_NAMED_TYPES = frozenset({"NORP", "GPE", "ORG", "PERSON", "DATE", "LOC", "FAC"})
# Where a noun stands in a clause: a word there the tagger calls an adjective is a noun ("sign a compact").
_NOUN_PLACES = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos"})


@dataclass(frozen=True)
class _Lexicon:
    verb_nouns: dict[str, str]
    factor_verbs: dict[str, float]
    giving_verbs: frozenset[str]
    ownership_nouns: frozenset[str]
    change_verbs: frozenset[str]
    growth_verbs: frozenset[str]
    share_verbs: frozenset[str]
    containers: dict[str, str]
    worth_nouns: frozenset[str]
    time_units: frozenset[str]
    empty_nouns: frozenset[str]
    plain_modifiers: frozenset[str]
    discourse_determiners: frozenset[str]
    verb_qualifiers: dict[str, Qualifier]
    unit_metrics: dict[str, str]


@cache
def _lexicon() -> _Lexicon:
    data = json.loads(resources.files("accord.data").joinpath("metrics.json").read_text(encoding="utf-8"))
    return _Lexicon(
        verb_nouns=data["verb_nouns"],
        factor_verbs={verb: float(factor) for verb, factor in data["factor_verbs"].items()},
        giving_verbs=frozenset(data["giving_verbs"]),
        ownership_nouns=frozenset(data["ownership_nouns"]),
        change_verbs=frozenset(data["change_verbs"]),
        growth_verbs=frozenset(data["growth_verbs"]),
        share_verbs=frozenset(data["share_verbs"]),
        containers=data["containers"],
        worth_nouns=frozenset(data["worth_nouns"]),
        time_units=frozenset(data["time_units"]),
        empty_nouns=frozenset(data["empty_nouns"]),
        plain_modifiers=frozenset(data["plain_modifiers"]),
        discourse_determiners=frozenset(data["discourse_determiners"]),
        verb_qualifiers=data["verb_qualifiers"],
        unit_metrics=data["unit_metrics"],
    )


def extract_figures(doc: Doc, entities: EntityIndex, published: str | None = None) -> list[Figure]:
    """Find the figures of a parsed document: value, unit, qualifier, metric, period and subjects.

    `published` (ISO date) dates relative periods: "last year", "in January-September"; without it,
    the dateline's day does ("OSLO, March 3, 2025 –").
    """
    published = published or _filed_on(text_of(doc))
    figures: list[Figure] = []
    seen: set[int] = set()
    for number, anchor in _candidates(doc):
        expression = _expression(number, anchor)
        if expression.start_char in seen:
            continue
        figure = _figure(expression, number, anchor, entities, len(figures) + 1, published)
        if figure is not None:
            seen.add(expression.start_char)
            figures.append(figure)
    figures += [f for verb in doc if (f := _factor_figure(verb, entities, published)) is not None]
    return _merge_restated(figures, _headline_end(text_of(doc)))


def _factor_figure(verb: Token, entities: EntityIndex, published: str | None) -> Figure | None:
    """Return the growth a factor verb states as done: "exports doubled", "has tripled its trade".

    Only a past or perfect verb states a fact; "will double" is a forecast, "plans to double" a goal.
    """
    factor = _lexicon().factor_verbs.get(verb.lemma_.lower())
    if factor is None or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or verb.dep_ == "amod":
        return None
    if any(c.dep_ == "prt" or c.tag_ == "MD" for c in verb.children):
        return None  # "doubled down", "would have doubled"
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    measured = next(iter(objects or _subjects_of(verb)), None)
    if measured is None or measured.pos_ != "NOUN" or (named := _named(measured)) is None:
        return None
    metric, noun = named[0] + _GROWTH, named[1]
    doc = verb.doc
    start = verb.i
    for size in (2, 1):  # "more than doubled", "almost tripled"
        words = [t.lower_ for t in doc[max(verb.i - size, 0) : verb.i]]
        if len(words) == size and qualifier_at(words)[1] == size:
            start = verb.i - size
            break
    span = doc[start : verb.i + 1]
    qualifier = qualifier_at([t.lower_ for t in doc[start : verb.i]])[0] or "exact"
    return Figure(
        id="",
        metric=metric,
        value=factor,
        unit="times",
        qualifier=qualifier,
        period=figure_period(span, verb, published, growth=True),
        subjects=figure_subjects(noun, metric, entities),
        text=span.text,
        evidence=[Evidence(span.start_char, span.end_char)],
    )


def _merge_restated(figures: list[Figure], headline_end: int) -> list[Figure]:
    """Put the figures in text order and merge a sum of money stated again ("a $50 million grant ... the
    $50 million from the bank") into its first statement: one fact with both pieces of evidence.
    A headline words a sum in short ("$1.3 billion wind farm"): the body's statement names it."""
    merged: list[Figure] = []
    for figure in sorted(figures, key=lambda f: f.evidence[0].start):
        first = next((f for f in merged if _restates(f, figure)), None)
        if first is None:
            figure.id = f"figure-{len(merged) + 1}"
            merged.append(figure)
            continue
        if first.evidence[-1].end <= headline_end:
            first.metric = figure.metric
        first.evidence += figure.evidence
        first.subjects += [s for s in figure.subjects if s not in first.subjects]
        first.period = first.period or figure.period
    return merged


def _headline_end(text: str) -> int:
    """Return where a headline ends: a first line that is not a sentence, or 0 when there is none."""
    first_line = text.lstrip().split("\n", 1)[0].rstrip()
    headline = first_line and first_line[-1] not in '.!?:"”' and "\n" in text.lstrip()
    return text.find(first_line) + len(first_line) if headline else 0


def _restates(first: Figure, later: Figure) -> bool:
    """Tell a later figure that states the same sum of money as an earlier one."""
    same = (first.unit, first.value, first.qualifier) == (later.unit, later.value, later.qualifier)
    return same and is_currency(first.unit)


def _filed_on(text: str) -> str | None:
    """Return the day a dateline says the story was filed, when it gives the year."""
    dateline = find_dateline(text, None)
    date = dateline.date if dateline is not None else None
    return date if date is not None and YEAR.match(date) else None


def _candidates(doc: Doc) -> Iterator[tuple[Span, Token]]:
    """Yield each numeric span with the token its syntax hangs from."""
    for ent in doc.ents:
        if ent.label_ in _NUMERIC_LABELS:
            # "in excess of 5 million rubles" hangs from its number, not from "excess".
            _, size = qualifier_at([t.lower_ for t in ent])
            core = ent[size:] if size < len(ent) else ent
            # "the remaining 49%": words before the number that name no qualifier belong to the sentence.
            while len(core) > 1 and core[0].pos_ in ("DET", "ADJ", "VERB") and not core[0].like_num:
                core = core[1:]
            yield core, core.root
        elif ent.label_ == "DATE":
            yield from _numbers_in_date(ent)
    for token in doc:
        if token.like_num and not token.ent_type_ and token.dep_ == "nummod" and token.head.pos_ == "NOUN":
            yield doc[token.i : token.i + 1], token
        elif token.lower_.endswith(_FOLD) and not token.ent_type_:
            yield from _fold(token)


def _fold(token: Token) -> Iterator[tuple[Span, Token]]:
    """Yield a multiple the tagger left unnamed: "sixfold", "six-fold", "2.5-fold"."""
    doc = token.doc
    if token.lower_ != _FOLD:
        yield doc[token.i : token.i + 1], token
        return
    hyphen = previous_word(token)
    number = previous_word(hyphen) if hyphen is not None and hyphen.text == "-" else None
    if number is not None and number.like_num:
        yield doc[number.i : token.i + 1], token


def _numbers_in_date(date: Span) -> Iterator[tuple[Span, Token]]:
    """Yield numbers the tagger folded into a date ("approximately 430 twenty years ago")."""
    time_units = _lexicon().time_units
    for token in date:
        if not token.like_num or not any(c.isdigit() for c in token.text) or YEAR.fullmatch(token.text):
            continue
        neighbours = [t.lower_ for t in (next_word(token), previous_word(token)) if t is not None]
        if any(n in MONTHS or n.rstrip("s") in time_units for n in neighbours):
            continue
        yield date.doc[token.i : token.i + 1], _above_time(token)


def _above_time(token: Token) -> Token:
    """Climb from a number past the time words the parser hung it on ("430 twenty years ago")."""
    time_units = _lexicon().time_units
    anchor = token
    while anchor.head != anchor and (
        anchor.head.like_num or anchor.head.lemma_.lower() in time_units or anchor.head.lower_ == "ago"
    ):
        anchor = anchor.head
    return anchor


def _expression(number: Span, anchor: Token) -> Span:
    """Widen a numeric span to its qualifier on the left and its unit and rate on the right."""
    doc = number.doc
    start, end = number.start, number.end
    for size in (3, 2, 1):
        words = [t.lower_ for t in doc[max(start - size, 0) : start] if not t.is_space]
        if len(words) == size and qualifier_at(words)[1] == size:
            start -= size
            break
    following = [t.lower_ for t in doc[end : end + 3]]
    if not any(unit_at(words_of(t.text))[0] for t in number) and unit_at(following)[1]:
        end += unit_at(following)[1]
    return doc[start : _rate_end(doc, end, anchor)]


def _rate_end(doc: Doc, end: int, anchor: Token) -> int:
    """Return where a rate after the quantity ends ("... of metal products per year"), or `end`."""
    after = end
    if after < len(doc) and doc[after].lower_ == "of":
        after = doc[after].right_edge.i + 1
    words = [t.lower_ for t in doc[after : after + 2]]
    _, size = rate_at(words)
    if size == 0 and after > end:
        # "per year" hanging inside the of-phrase: look at the phrase's last two tokens too.
        words = [t.lower_ for t in doc[after - 2 : after]]
        return after if rate_at(words)[1] == 2 else end
    return after + size if size else end


def _figure(
    expression: Span, number: Span, anchor: Token, entities: EntityIndex, ordinal: int, published: str | None
) -> Figure | None:
    amount = parse_amount(expression.text)
    if amount is None or not _is_quantity(number, amount):
        return None
    found = _metric(anchor, amount)
    unit_metric = _lexicon().unit_metrics.get(amount.unit or "")
    if found is None and unit_metric in _MEASURED_BY_UNIT:
        found = unit_metric, anchor  # "on 1.2 million hectares" is an area, "the first 250 MW" a capacity
    if found is None:
        return None
    metric, head = found
    return Figure(
        id=f"figure-{ordinal}",
        metric=metric,
        value=amount.value,
        unit=amount.unit,
        qualifier=_verb_qualifier(anchor) if amount.qualifier == "exact" else amount.qualifier,
        period=figure_period(expression, head, published, growth=metric.endswith(_GROWTH)),
        subjects=figure_subjects(head, metric, entities, owned=_owned(amount, metric)),
        text=expression.text,
        evidence=[Evidence(expression.start_char, expression.end_char)],
    )


def _owned(amount: Amount, metric: str) -> bool:
    """Tell an amount someone owns, spends or builds (money, a plant's capacity, "a 51% stake") from a
    count or a ratio, which the subject of its verb only reports."""
    return amount.unit not in (None, *_RATIO_UNITS) or metric.split()[-1] in _lexicon().ownership_nouns


def _verb_qualifier(anchor: Token) -> Qualifier:
    """Return the qualifier a verb gives its object: "exceeded 1,200" is more than 1,200."""
    verb = anchor.head if anchor.dep_ == "dobj" else None
    return _lexicon().verb_qualifiers.get(verb.lemma_.lower(), "exact") if verb is not None else "exact"


def _is_quantity(number: Span, amount: Amount) -> bool:
    """Tell a measured quantity from a year, an ordinal, a "20-year" duration or "two problems"."""
    if any(_ORDINAL.fullmatch(t.text) for t in number):
        return False
    if amount.unit is not None:
        return True
    digits = [t for t in number if t.like_num]
    if not digits or amount.value <= 1:
        return False
    before = previous_word(number[0])
    if len(digits) == 1 and _year_like(digits[0], before):
        return False
    if before is not None and _is_reference(before):
        return False
    spelled = not any(c.isdigit() for c in number.text)
    if spelled and amount.value < _SMALLEST_SPELLED:
        return False
    after = next_word(number[-1])
    if (before is not None and before.text in _JOINERS) or (after is not None and after.text in _JOINERS):
        return False
    if after is not None and after.text == "-":
        after = next_word(after)
        if after is not None and after.is_upper:
            return False  # "Law 127-FZ": a number glued to capitals is a label
    return after is None or after.lemma_.lower() not in _lexicon().time_units


def _is_reference(before: Token) -> bool:
    """Tell a count that only points back from one that informs: "our 2 countries", "one in 3 people"."""
    if before.tag_ == "PRP$":
        return True
    ahead = previous_word(before)
    return before.lower_ == "in" and ahead is not None and ahead.lower_ in ("one", "1")


def _year_like(token: Token, before: Token | None) -> bool:
    """Tell "in 1722" or "2024" from "1500 workers": a bare four-digit year, or one after a preposition."""
    if YEAR.fullmatch(token.text):
        return True
    return bool(re.fullmatch(r"1\d{3}", token.text)) and before is not None and before.dep_ == "prep"


def _metric(anchor: Token, amount: Amount) -> tuple[str, Token] | None:
    """Return what the figure measures and the token that names it, or None when nothing does."""
    if amount.unit == "percent":
        share = _share_of(anchor)
        if share is not None:
            return share
        change = _change_of(anchor) or _growth_of_sum(anchor)
        if change is not None:
            return change
    head = anchor.head
    if amount.unit is None and anchor.dep_ in ("nummod", "amod", "compound") and head.pos_ == "NOUN":
        return _named(head) if head.i > anchor.i else None
    found = _climbed_metric(anchor, amount)
    if amount.unit is None or amount.unit == "percent":
        return found
    giving = found is not None and found[1].lemma_.lower() in _lexicon().giving_verbs
    if found is not None and found[1].pos_ in ("VERB", "AUX") and not giving:
        return found  # "invested $5 billion in energy": the verb names it; "committed $5 million in aid": the aid
    # "$65 million in new assistance", "300 km of power lines", "$50 million committed by ...".
    # "more than 5 GW of capacity": the tagger may leave the unit out of the number, what follows hangs on it.
    unit = anchor.head if anchor.dep_ in _MODIFIER_DEPS and unit_at([anchor.head.lower_])[0] else anchor
    own = _measured_after(unit) or _participle_metric(anchor)
    if own is not None:
        return own
    return found or _partitive_metric(anchor, amount) or _source_metric(anchor)


def _climbed_metric(anchor: Token, amount: Amount) -> tuple[str, Token] | None:
    """Climb from the figure to the noun or verb that names what it measures."""
    token = anchor
    for _ in range(_CLIMB_LIMIT):
        head = token.head
        if head == token:
            return None
        if head.lower_ in _lexicon().worth_nouns and head.pos_ != "NOUN":
            owner = head.head
            if owner.pos_ in ("VERB", "AUX"):  # "attracting investment worth $5 billion"
                owner = next((c for c in owner.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), owner)
            return _named(owner) if owner.pos_ == "NOUN" else None
        if token.dep_ in _MODIFIER_DEPS and unit_at([head.lower_])[0]:
            token = head  # "covering 200 hectares": the unit names nothing, what it hangs from does
            continue
        # "a five-year, $524.7 million compact": the parser may make the amount the subject of its noun.
        misparsed = token.dep_ == "nsubj" and head.pos_ == "ADJ" and head.i == token.i + 1
        modifies = token.dep_ in _MODIFIER_DEPS or misparsed
        if modifies and _noun_like(head, named=amount.unit is not None):
            if amount.unit in _lexicon().unit_metrics:
                return _lexicon().unit_metrics[amount.unit], head  # "a 500 MW wind farm": its capacity
            return _worth_or_noun(head)
        if token.dep_ in ("prep", "conj") and head.pos_ in ("VERB", "AUX"):
            return _verb_metric(head, growth=False, figure=token)
        if token.dep_ == "prep" and _in_compound_preposition(head) and head.head.head.lemma_ != "be":
            # "In addition to $5 million, Ghana will contribute ..." is an aside; "this aid is in
            # addition to $5 million" says the sum is aid too.
            return None
        if (token.dep_ in ("pobj", "pcomp") and head.lower_ in ("from", "to")) or token.dep_ in ("prep", "conj"):
            token = head
            continue
        if token.dep_ in ("pobj", "pcomp"):
            owner = head.head
            if _noun_like(owner) and head.lower_ == "of" and owner.lemma_.lower() in _lexicon().containers:
                token = owner  # "a total of 800 billion rubles": the total is the figure itself
                continue
            if _noun_like(owner):
                return _worth_or_noun(owner)
            if owner.pos_ in ("VERB", "AUX"):
                growth = head.lower_ == "by" and amount.unit in _RATIO_UNITS
                return _verb_metric(owner, growth=growth, figure=token)
            token = head
            continue
        if head.pos_ in ("VERB", "AUX"):
            # "trade grew 40%", "exports rose sixfold": a ratio on a verb of change is its growth.
            growth = amount.unit in _RATIO_UNITS and head.lemma_.lower() in _lexicon().growth_verbs
            return _verb_metric(head, growth=growth, figure=token)
        return None
    return None


def _noun_like(token: Token, named: bool = False) -> bool:
    """Tell a noun, or a word the tagger took for an adjective in a noun's place ("signed a compact");
    with `named`, a name too ("the $350 million Harbour Compact")."""
    if token.pos_ == "NOUN" or (named and token.pos_ == "PROPN"):
        return True
    return token.pos_ == "ADJ" and token.dep_ in _NOUN_PLACES


def _measured_after(amount: Token) -> tuple[str, Token] | None:
    """Name what a bare noun after an amount says it is of: "$65 million in new assistance",
    "£400 million of aid", "300 kilometres of power lines"; not "in 2024", "in the city", "in support of"."""
    for preposition in amount.children:
        if preposition.dep_ != "prep" or preposition.lower_ not in ("in", "of"):
            continue
        for noun in preposition.children:
            if noun.dep_ != "pobj" or not _noun_like(noun) or noun.ent_type_ in _NAMED_TYPES:
                continue
            if any(c.dep_ in ("det", "poss") for c in noun.children):
                continue  # "in the new plant": a place or a target, not what the money is
            if not _in_compound_preposition(noun):
                return _named(noun)
    return None


def _in_compound_preposition(noun: Token) -> bool:
    """Tell the noun of "in support of", "in addition to": bare, singular, with an of- or to-phrase."""
    bare = noun.tag_ == "NN" and noun.n_lefts == 0 and noun.dep_ == "pobj"
    return bare and any(c.dep_ == "prep" and c.lower_ in ("of", "to") for c in noun.children)


def _participle_metric(amount: Token) -> tuple[str, Token] | None:
    """Name a figure by the participle that follows it: "$50 million committed by the government"."""
    verb_nouns = _lexicon().verb_nouns
    for verb in amount.children:
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in verb_nouns:
            return verb_nouns[verb.lemma_.lower()], verb
    return None


def _partitive_metric(amount: Token, parsed: Amount) -> tuple[str, Token] | None:
    """Give a part the metric of its whole: "assistance amounted to €138 million, of which €37.5 million ..."."""
    start = amount
    while start.ent_iob_ == "I" and start.i > 0:
        start = start.doc[start.i - 1]  # back to the first word of the amount's entity
    which = previous_word(start)
    of = previous_word(which) if which is not None and which.lower_ == "which" else None
    if of is None or of.lower_ != "of":
        return None
    sentence = amount.sent
    whole = next((t for t in reversed(sentence[: of.i - sentence.start]) if t.like_num and t.ent_type_), None)
    found = _metric(whole, parsed) if whole is not None else None
    if found is None:
        return None
    # The part's own clause says whose it is: "of which $28 million came from the partner, Acme Ltd".
    verb = amount.head
    return found[0], verb if amount.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") else found[1]


def _source_metric(amount: Token) -> tuple[str, Token] | None:
    """Name money that comes from someone named its funding: "an additional $130 million from the government"."""
    for preposition in amount.children:
        named = any(t.ent_type_ in ("ORG", "GPE", "NORP") for t in preposition.subtree)
        if preposition.dep_ == "prep" and preposition.lower_ == "from" and named:
            return "funding", preposition
    return None


def _change_of(percent: Token) -> tuple[str, Token] | None:
    """Name what "up 15%" or "down 3 percent" after a verb's figure measures: the verb's subject's growth."""
    for ancestor in percent.ancestors:
        if ancestor.lower_ in ("up", "down") and ancestor.dep_ == "advmod" and ancestor.head.pos_ in ("VERB", "AUX"):
            return _verb_metric(ancestor.head, growth=True, figure=percent)
        if ancestor.pos_ in ("VERB", "AUX"):
            return None
    return None


def _growth_of_sum(percent: Token) -> tuple[str, Token] | None:
    """Name a growth stated beside the sum it brought: "reached $3.4 billion, an increase of 11 percent",
    "$612 million (up 22.4 percent)" are the growth of what the sum measures."""
    for ancestor in percent.ancestors:
        if ancestor.lower_ in ("up", "down") and ancestor.head.like_num:
            return _grown(ancestor.head)
        if _lexicon().containers.get(ancestor.lemma_.lower()) == "growth" and ancestor.pos_ == "NOUN":
            if ancestor.dep_ == "appos" and ancestor.head.like_num:
                return _grown(ancestor.head)
            sums = [c for c in ancestor.head.children if c.i < ancestor.i and c.like_num and c.ent_type_ == "MONEY"]
            return _grown(sums[-1]) if sums and ancestor.head.pos_ in ("VERB", "AUX") else None
        if ancestor.pos_ in ("VERB", "AUX"):
            return None
    return None


def _grown(total: Token) -> tuple[str, Token] | None:
    """Return the growth of what a sum measures: "trade turnover" -> "trade turnover growth"."""
    entity = next((e for e in total.doc.ents if e.start <= total.i < e.end), None)
    amount = parse_amount(entity.text) if entity is not None else None
    found = _climbed_metric(total, amount) if amount is not None else None
    return (found[0] + _GROWTH, found[1]) if found is not None else None


def _share_of(percent: Token) -> tuple[str, Token] | None:
    """Name the whole a percentage is a part of: "84 percent of detergents" -> detergents share."""
    for child in percent.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for whole in child.children:
                if whole.dep_ == "pobj" and whole.pos_ == "NOUN":
                    return f"{_noun_phrase(whole)} share", whole
    return None


def _worth_or_noun(noun: Token) -> tuple[str, Token] | None:
    """Name what "worth"/"value of" points at ("$5 billion worth of agreements"), else the noun itself."""
    if noun.lower_ in _lexicon().worth_nouns:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return _named(objects[0])
        # "projects ... worth over $14 billion": what is worth it is the noun "worth" hangs from.
        return _named(noun.head) if noun.head.pos_ == "NOUN" and noun.head != noun else None
    return _named(noun)


def _named(noun: Token) -> tuple[str, Token] | None:
    """Return the noun phrase a metric is named by, unless the noun is a time, a unit or a stand-in."""
    lemma = noun.lemma_.lower()
    lexicon = _lexicon()
    if lemma in lexicon.time_units or lemma in lexicon.empty_nouns or unit_at([noun.lower_])[0]:
        return None
    if any(_coordinates_a_figure(child) for child in noun.lefts):
        return None  # "equipment must make up 81 percent and fire engines 56 percent": a gap the parser misreads
    phrase = _noun_phrase(noun)
    return (phrase, noun) if phrase != noun.lower_ or lemma not in lexicon.containers else None


def _coordinates_a_figure(modifier: Token) -> bool:
    """Tell whether a noun's modifier is a figure joined by "and" to what follows it ("81 percent and")."""
    subtree = list(modifier.subtree)
    return any(t.tag_ == "CD" for t in subtree) and any(t.dep_ == "cc" for t in subtree)


def _verb_metric(verb: Token, growth: bool, figure: Token) -> tuple[str, Token] | None:
    """Name the metric of a verb's figure: "invested" -> investment, "trade grew by" -> trade growth."""
    lexicon = _lexicon()
    lemma = verb.lemma_.lower()
    # "raised the limit to 1,000 euros" measures the object; "trade reached $5 billion", the subject.
    roles = ("dobj",) if figure.dep_ in ("pobj", "prep") else ()
    measured = [c for c in verb.children if c.dep_ in roles and c != figure and c.pos_ == "NOUN"]
    if not measured and lemma in lexicon.verb_nouns:
        return lexicon.verb_nouns[lemma], verb
    if not measured and lemma not in lexicon.change_verbs:
        return None
    measured += [c for c in _subjects_of(verb) if c != figure]
    if not measured or measured[0].pos_ != "NOUN":
        return None
    named = _named(measured[0])
    if named is None:
        return None
    phrase, noun = named
    if lemma in lexicon.share_verbs:
        phrase += " share"
    elif growth:
        phrase += " growth"
    return phrase, noun


def _subjects_of(verb: Token) -> list[Token]:
    """Return a verb's subjects, or those of the verb it is coordinated with ("trade grew and reached ...")."""
    while True:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "trade grew and reached ...", "investments tripled, reaching ...": the clause borrows its subject,
        # and so does "trade stood at X, and in 2024 it rose to Y", whose "it" is that trade.
        borrows = verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")
        stands_in = len(subjects) == 1 and subjects[0].lower_ == "it"
        if (subjects and not stands_in) or not borrows or verb.head.pos_ not in ("VERB", "AUX"):
            return subjects
        verb = verb.head


def _noun_phrase(noun: Token) -> str:
    """Return a noun with its compounds and telling adjectives: "mutual trade volume", "joint ventures"."""
    lexicon = _lexicon()
    container = lexicon.containers.get(noun.lemma_.lower())
    if container is not None:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
                if objects:
                    return f"{_noun_phrase(objects[0])} {container}".strip()
    boundary = max((c.i for c in noun.lefts if c.dep_ in ("det", "poss", "nummod", "quantmod")), default=-1)
    kept = {
        token.i
        for child in noun.lefts
        if child.i > boundary and child.dep_ in ("compound", "amod", "nmod")
        for token in child.subtree
        if token.ent_type_ not in _NAMED_TYPES
        and not (token.pos_ == "PROPN" and gazetteer.country_named(token.text))
        and token.lower_ not in lexicon.plain_modifiers
        and token.tag_ not in ("VBG", "VBN", "CD", "DT", "PRP$", "POS")
        and not unit_at([token.lower_])[0]
    }
    kept.add(noun.i)
    doc = noun.doc
    words = [doc[i] for i in sorted(kept)]
    text = "".join(t.text + (t.whitespace_ if t.i + 1 in kept else " ") for t in words).strip(" -–")
    return text if noun.pos_ == "PROPN" else text.lower()
