"""Targets: figures a text states as goals ("aim to reach $10 billion in bilateral trade by 2030").

A goal is the infinitive a goal verb governs ("aim to reach", "agreed to increase"), the phrase of
a goal noun ("a target of $5 billion", "the goal is to reach"), or a factor verb under a goal verb
("plans to triple exports"). Figures inside a goal get a `Target` (its date, who set it); amounts
there the figure extractor left out become figures of their own, and a factor becomes a figure
with the factor as value and "times" as unit.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from accord.extract.entities.index import EntityIndex
from accord.extract.figures.subjects import subject_name
from accord.extract.language.dates import resolve_date
from accord.extract.language.numbers import parse_amount
from accord.record import EntityType, Figure, Target
from accord.record import Span as Evidence

_AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY"})
_NAMED_TYPES = frozenset({"NORP", "GPE", "ORG", "PERSON", "DATE", "LOC", "FAC"})
_SETTER_TYPES: tuple[EntityType, ...] = ("person", "country", "organization")
_PRONOUNS = frozenset({"it", "this", "that", "them"})
_SHARED_MARKERS = frozenset({"bilateral", "mutual", "between", "reciprocal"})


@dataclass(frozen=True)
class _Lexicon:
    goal_verbs: frozenset[str]
    goal_nouns: frozenset[str]
    change_verbs: frozenset[str]
    factor_verbs: dict[str, float]
    deadline_words: frozenset[str]


@cache
def _lexicon() -> _Lexicon:
    data = json.loads(resources.files("accord.data").joinpath("targets.json").read_text(encoding="utf-8"))
    return _Lexicon(
        goal_verbs=frozenset(data["goal_verbs"]),
        goal_nouns=frozenset(data["goal_nouns"]),
        change_verbs=frozenset(data["change_verbs"]),
        factor_verbs={word: float(factor) for word, factor in data["factor_verbs"].items()},
        deadline_words=frozenset(data["deadline_words"]),
    )


@dataclass(frozen=True)
class _Goal:
    """The words that state a goal, the verb or noun that carries it, and whoever set it."""

    clause: Span
    action: Token
    setter: Token | None


def mark_targets(doc: Doc, figures: list[Figure], entities: EntityIndex, published: str | None) -> list[Figure]:
    """Return the figures with every goal marked as a target, goal amounts and factors they missed added."""
    result = list(figures)
    for goal in _goals(doc):
        target = Target(by=_deadline(goal.clause, published), setters=[])
        found = False
        for amount in (e for e in doc.ents if e.label_ in _AMOUNT_LABELS and _inside(e, goal.clause)):
            index = next((i for i, f in enumerate(result) if _overlaps(f, amount)), None)
            metric = _goal_metric(amount.root, result, amount.start_char)
            if index is not None:
                figure = result[index]
                result[index] = _as_target(figure, metric or figure.metric, goal, target, entities)
            elif metric is not None and (parsed := parse_amount(amount.text)) is not None:
                figure = Figure(
                    id=f"figure-{len(result) + 1}",
                    metric=metric,
                    value=parsed.value,
                    unit=parsed.unit,
                    qualifier=parsed.qualifier,
                    period=target.by,
                    text=amount.text,
                    evidence=[Evidence(amount.start_char, amount.end_char)],
                )
                result.append(_as_target(figure, metric, goal, target, entities))
            found = True
        factor = _lexicon().factor_verbs.get(goal.action.lower_)
        if not found and factor is not None and (noun := _factor_object(goal.action)) is not None:
            span = doc[min(goal.action.i, noun.left_edge.i) : max(goal.action.i, noun.i) + 1]
            figure = Figure(
                id=f"figure-{len(result) + 1}",
                metric=_phrase(noun),
                value=factor,
                unit="times",
                period=target.by,
                text=span.text,
                evidence=[Evidence(span.start_char, span.end_char)],
            )
            result.append(_as_target(figure, figure.metric, goal, replace(target, factor=factor), entities))
    return result


def _goals(doc: Doc) -> Iterator[_Goal]:
    """Yield every goal stated in the document."""
    lexicon = _lexicon()
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in lexicon.goal_verbs:
            for child in token.children:
                if child.dep_ == "xcomp" and child.lemma_.lower() in lexicon.change_verbs:
                    yield _Goal(_subtree(child), child, _subject(token))
                elif child.dep_ == "prep" and child.lower_ == "to":
                    # "intend to double trade turnover", parsed as a preposition with an adjective
                    yield from _misparsed_factor(child, token)
        elif token.pos_ == "NOUN" and lemma in lexicon.goal_nouns:
            yield from _noun_goal(token)


def _misparsed_factor(preposition: Token, goal_verb: Token) -> Iterator[_Goal]:
    for noun in preposition.children:
        for modifier in noun.children:
            if modifier.dep_ == "amod" and modifier.lower_ in _lexicon().factor_verbs:
                yield _Goal(_subtree(noun), modifier, _subject(goal_verb))


def _noun_goal(noun: Token) -> Iterator[_Goal]:
    """Yield the goal a goal noun states: "a target of $5 billion", "the goal is to reach", "the aim of raising"."""
    change_verbs = _lexicon().change_verbs
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        for verb in noun.head.children:
            if verb.dep_ == "xcomp" and verb.lemma_.lower() in change_verbs:
                yield _Goal(_subtree(verb), verb, None)
        return
    for preposition in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for verb in preposition.children:
            if verb.dep_ == "pcomp" and verb.lemma_.lower() in change_verbs:
                yield _Goal(_subtree(verb), verb, _subject(noun.head))
                return
        yield _Goal(_subtree(noun), noun, _subject(noun.head) if noun.dep_ == "dobj" else None)


def _subtree(token: Token) -> Span:
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


def _subject(verb: Token) -> Token | None:
    """Return the subject of a verb, or of the verb it is coordinated with ("met and agreed to")."""
    for candidate in (verb, verb.head if verb.dep_ == "conj" else None):
        if candidate is None:
            continue
        for child in candidate.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
    return None


def _inside(span: Span, clause: Span) -> bool:
    return clause.start_char <= span.start_char and span.end_char <= clause.end_char


def _overlaps(figure: Figure, amount: Span) -> bool:
    return any(e.start < amount.end_char and amount.start_char < e.end for e in figure.evidence)


def _goal_metric(amount: Token, figures: list[Figure], position: int) -> str | None:
    """Name what a goal amount measures: "$10 billion in trade", "bring trade to $3 billion", "raise it to"."""
    for preposition in (c for c in amount.children if c.dep_ == "prep" and c.lower_ in ("in", "of")):
        for noun in preposition.children:
            if noun.dep_ == "pobj" and noun.pos_ == "NOUN":
                return _phrase(noun)
    preposition = amount.head
    if amount.dep_ == "pobj" and preposition.lower_ == "to" and preposition.head.pos_ == "VERB":
        for noun in preposition.head.children:
            if noun.dep_ == "dobj" and noun.pos_ == "NOUN":
                return _phrase(noun)
            if noun.dep_ == "dobj" and noun.lower_ in _PRONOUNS:
                return _previous_metric(figures, amount.sent.start_char, position)
    return None


def _previous_metric(figures: list[Figure], sentence_start: int, position: int) -> str | None:
    """Return what "it" stands for: the metric of the figure just before, in the same sentence."""
    before = [f for f in figures if f.evidence and sentence_start <= f.evidence[0].start < position]
    if not before:
        return None
    metric = max(before, key=lambda f: f.evidence[0].start).metric
    return metric.removesuffix(" growth").removesuffix(" share")


def _factor_object(action: Token) -> Token | None:
    """Return the noun a factor verb multiplies ("triple its exports" -> exports)."""
    if action.dep_ == "amod":
        return action.head
    return next((c for c in action.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)


def _phrase(noun: Token) -> str:
    """Return a metric noun with its compounds and adjectives: "bilateral trade", "trade turnover"."""
    kept = [
        t
        for child in noun.lefts
        if child.dep_ in ("compound", "amod")
        for t in child.subtree
        if t.ent_type_ not in _NAMED_TYPES and t.lower_ not in _lexicon().factor_verbs and t.pos_ != "DET"
    ]
    return " ".join(t.lower_ for t in [*kept, noun])


def _deadline(clause: Span, published: str | None) -> str | None:
    """Return the date a goal is set for ("by 2030", "by the end of 2027"), if the clause says."""
    for ent in clause.ents:
        before = [t.lower_ for t in clause.doc[max(ent.start - 4, 0) : ent.start]]
        if ent.label_ == "DATE" and any(word in _lexicon().deadline_words for word in before[-4:]):
            return resolve_date(ent.text, published)
    return None


def _as_target(figure: Figure, metric: str, goal: _Goal, target: Target, entities: EntityIndex) -> Figure:
    subjects = figure.subjects or _goal_subjects(goal, entities)
    setters = _setters(goal.setter, entities) or subjects
    return replace(
        figure,
        metric=metric,
        subjects=subjects,
        period=figure.period or target.by,
        target=replace(target, by=target.by or figure.period, setters=setters),
    )


def _goal_subjects(goal: _Goal, entities: EntityIndex) -> list[str]:
    """Return the countries a goal is about: those in its sentence, else the document's two main ones."""
    sentence = goal.clause.sent
    countries = entities.within(sentence.start_char, sentence.end_char, types=["country"])
    if not countries and any(t.lower_ in _SHARED_MARKERS for t in goal.clause):
        ranked = sorted((e for e in entities.entities if e.type == "country"), key=lambda e: -len(e.mentions))
        countries = ranked[:2]
    return [subject_name(country, entities) for country in countries]


def _setters(subject: Token | None, entities: EntityIndex) -> list[str]:
    if subject is None:
        return []
    span = _subtree(subject)
    return [e.name for e in entities.within(span.start_char, span.end_char, types=_SETTER_TYPES)]
