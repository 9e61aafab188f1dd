"""Statements of a Russian text: a transcript speaker's remarks, words in «ёлочки» or „лапки" and direct speech
after a dash ("— Мы готовы, — сказал министр."), each with its speaker."""

from __future__ import annotations

import re

from accord.extract.entities.index import EntityIndex
from accord.extract.ru.lexicon import word_class
from accord.extract.ru.speakers import speaker_lines
from accord.nlp.russian import RussianDoc, Token
from accord.record import Span, Statement

# A quotation long enough to be a statement rather than a name in quotes («Друзья Степи»).
MIN_QUOTE_WORDS = 4
_QUOTE = re.compile(r"«(?P<a>[^«»\n]+)»|„(?P<b>[^„“”\n]+)[“”]")
# Direct speech opens a line with a dash and closes at the dash before the words of saying.
_DASH_SPEECH = re.compile(r"^[ \t]*[—–][ \t]*(?P<a>[^\n—–]+?)[,!?.…]?[ \t]+[—–][ \t]*(?=\w)", re.MULTILINE)


def extract_statements(doc: RussianDoc, entities: EntityIndex) -> list[Statement]:
    """Return the direct statements of the text, each with its speaker's entity name."""
    found: list[tuple[str, int, int]] = []
    remarks: list[tuple[int, int]] = []
    for line in speaker_lines(doc.text):
        remarks.append((line.remarks_start, line.remarks_end))
        speaker = entities.at(line.name_start, line.name_end)
        if speaker is not None and speaker.type == "person":
            found += [
                (speaker.name, start, end) for start, end in _sentences(doc, line.remarks_start, line.remarks_end)
            ]
    for pattern in (_QUOTE, _DASH_SPEECH):
        for match in pattern.finditer(doc.text):
            group = "a" if match.group("a") else "b"
            start, end = match.start(group), match.end(group)
            if len(match.group(group).split()) < MIN_QUOTE_WORDS or any(a <= start < b for a, b in remarks):
                continue
            speaker_name = _speaker_near(doc, entities, start, match.end())
            if speaker_name is not None:
                found.append((speaker_name, start, end))
    found.sort(key=lambda item: item[1])
    return [
        Statement(id=f"s{number}", speaker=speaker, text=doc.text[start:end], evidence=[Span(start, end)])
        for number, (speaker, start, end) in enumerate(found, 1)
    ]


def _sentences(doc: RussianDoc, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of a speaker's remarks: each is one statement, a claim of its own."""
    return [(max(s.start, start), min(s.end, end)) for s in doc.sentences if s.start < end and s.end > start + 1]


def _speaker_near(doc: RussianDoc, entities: EntityIndex, start: int, end: int) -> str | None:
    """The person who is the subject of a verb of saying in the sentences the quotation touches or opens."""
    verbs = word_class("speech_verbs")
    touched = [i for i, s in enumerate(doc.sentences) if s.start < end and s.end > start]
    if touched and touched[-1] + 1 < len(doc.sentences) and doc.sentences[touched[-1]].end <= end + 1:
        touched.append(touched[-1] + 1)  # "«...». — сказал он" may begin the next sentence
    for index in touched:
        for token in doc.sentence_tokens(index):
            if token.lemma not in verbs or start <= token.start < end:
                continue
            for subject in (c for c in doc.children(token) if c.rel.startswith("nsubj")):
                # "заявил посол Андрей Морозов": the name may stand in apposition to a title
                named = [subject, *(c for c in doc.children(subject) if c.rel in ("appos", "flat:name"))]
                for word in named:
                    entity = entities.at(word.start, word.end)
                    if entity is not None and entity.type == "person":
                        return entity.name
                holder = _title_holder(doc, entities, subject)
                if holder is not None:
                    return holder
    return None


def _title_holder(doc: RussianDoc, entities: EntityIndex, subject: Token) -> str | None:
    """The one person of the text who holds the title a speaker is called by ("заявил Президент Узбекистана"),
    of the country named with it, if any."""
    if subject.lemma not in word_class("titles"):
        return None
    named = [entities.at(c.start, c.end) for c in doc.children(subject) if c.rel == "nmod"]
    countries = {e.country for e in named if e is not None and e.type == "country"}
    holders = [
        person.name
        for person in entities.entities
        if person.type == "person"
        and any(
            role.title.lower().startswith(subject.lemma) and (not countries or role.country in countries)
            for role in person.roles
        )
    ]
    return holders[0] if len(holders) == 1 else None
