"""Statements of a Russian text: a transcript speaker's remarks, and words in «ёлочки» or „лапки" with their speaker."""

from __future__ import annotations

import re

from accord.extract.entities.index import EntityIndex
from accord.extract.ru.lexicon import word_class
from accord.extract.ru.speakers import speaker_lines
from accord.nlp.russian import RussianDoc
from accord.record import Span, Statement

# A quotation long enough to be a statement rather than a name in quotes («Защитники Отечества»).
MIN_QUOTE_WORDS = 5
_QUOTE = re.compile(r"«([^«»]+)»|„([^„“”]+)[“”]")


def extract_statements(doc: RussianDoc, entities: EntityIndex) -> list[Statement]:
    """Return the direct statements of the text, each with its speaker's entity name."""
    statements: list[Statement] = []
    for line in speaker_lines(doc.text):
        speaker = entities.at(line.name_start, line.name_end)
        if speaker is None or speaker.type != "person":
            continue
        for start, end in _sentences(doc, line.remarks_start, line.remarks_end):
            text = doc.text[start:end]
            statements.append(Statement(id=f"s{len(statements) + 1}", speaker=speaker.name, text=text, evidence=[Span(start, end)]))
    for match in _QUOTE.finditer(doc.text):
        quoted = match.group(1) or match.group(2)
        if len(quoted.split()) < MIN_QUOTE_WORDS:
            continue
        speaker_name = _speaker_near(doc, entities, match.start(), match.end())
        if speaker_name is not None:
            span = Span(match.start() + 1, match.end() - 1)
            statements.append(Statement(id=f"s{len(statements) + 1}", speaker=speaker_name, text=quoted, evidence=[span]))
    return statements


def _sentences(doc: RussianDoc, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of a speaker's remarks: each is one statement, a claim of its own."""
    return [(max(s.start, start), min(s.end, end)) for s in doc.sentences if s.end > start and s.start < end and s.end > start + 1]


def _speaker_near(doc: RussianDoc, entities: EntityIndex, start: int, end: int) -> str | None:
    """The person who is the subject of a verb of saying in the quote's sentence."""
    verbs = word_class("speech_verbs")
    for token in doc.tokens:
        if token.end <= start - 300 or token.start >= end + 300:
            continue
        if token.lemma in verbs:
            for child in doc.children(token):
                if child.rel == "nsubj":
                    entity = entities.at(child.start, child.end)
                    if entity is not None and entity.type == "person":
                        return entity.name
    return None
