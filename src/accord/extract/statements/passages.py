"""Passages of speech without quotation marks: transcript turns and paragraphs a speaker introduces.

A transcript turn opens a line with a speaker label and a colon ("President of Russia Ivan Petrov:
Friends, ...", "SECRETARY DOE: Good afternoon") and runs until the next label or a separator line
("* * *"). An introduced passage follows a line that ends in a speech verb and a colon ("At the end
of his visit the Minister said:") and runs until a heading, a separator or another label.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from accord.extract.entities.index import EntityIndex
from accord.extract.language.lexicon import TITLE_MODIFIERS, is_title_word
from accord.extract.language.speech import speech_lexicon
from accord.extract.statements.speakers import person_called, subject_speaker
from accord.record import Span

# A label opens a line and is followed by speech, not by a quotation (that is a headline: "Doe: “...”").
_LABEL = re.compile(r"^[ \t]*(?P<label>[A-Z][^\n:“”\"«»(),.;!?]{1,80}?)[ \t]*:[ \t]+(?=[^\s“«\"‘'])")
# A turn may also open mid-line, after a sentence's end, where a page lost its line breaks ("... today.
# Jane Doe: Thank you."); such a label must name a person the text knows, and may carry a scraped
# duplicate of the name and title ("Jane Doe Doe JanePresident of ...").
_INLINE_LABEL = re.compile(
    r"(?<=[.!?…”’\"»)])[ \t]+(?P<label>[A-Z][^\n:“”\"«»(),.;!?]{1,200}?)[ \t]*:[ \t]+(?=[^\s“«\"‘'])"
)
_MAX_LABEL_WORDS = 10
_MAX_INLINE_LABEL_WORDS = 24
_SEPARATOR = re.compile(r"^[\W_]*$")
_SENTENCE_END = '.!?…”’"»)'


@dataclass(frozen=True)
class Passage:
    """Lines of speech by one speaker: where they are and who speaks."""

    speaker: str
    span: Span
    turn: bool  # a transcript turn, not a passage a sentence introduces


def _lines(text: str) -> Iterator[tuple[int, str]]:
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


def _label_speaker(label: str, start: int, entities: EntityIndex, inline: bool = False) -> str | None:
    """Return who a transcript label names: a person in it, or (opening a line) its name words past the titles."""
    words = label.split()
    lexicon = speech_lexicon()
    most = _MAX_INLINE_LABEL_WORDS if inline else _MAX_LABEL_WORDS
    if len(words) > most or not all(w[:1].isupper() or w in lexicon.label_words for w in words):
        return None
    people = entities.within(start, start + len(label), types=("person",))
    if people and not people[-1].name.isupper():
        return people[0 if inline else -1].name
    if inline:
        return None
    names = [w for w in words if not (is_title_word(w) or w.casefold() in TITLE_MODIFIERS | lexicon.label_words)]
    if not names or len(names) > 3 or not any(is_title_word(w) for w in words):
        return None  # a label is a title and a name, not a phrase ("About the Author")
    name = " ".join(w.title() if w.isupper() else w for w in names)
    found = [person_called(n, entities) for n in (name, names[-1].title())]
    person = next((p for p in found if p is not None and p.type == "person"), None)
    return person.name if person else name


def _label(line: str, offset: int, entities: EntityIndex) -> tuple[str, int] | None:
    """Return the speaker a line's label names and where the speech after it starts."""
    match = _LABEL.match(line)
    if match is None:
        return None
    speaker = _label_speaker(match.group("label"), offset + match.start("label"), entities)
    return (speaker, offset + match.end()) if speaker else None


def _inline_labels(line: str, offset: int, entities: EntityIndex) -> Iterator[tuple[int, str, int]]:
    """Yield where each turn opening inside a line starts, its speaker, and where its speech starts."""
    for match in _INLINE_LABEL.finditer(line):
        speaker = _label_speaker(match.group("label"), offset + match.start("label"), entities, inline=True)
        if speaker is not None:
            yield offset + match.start("label"), speaker, offset + match.end()


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.endswith(tuple(_SENTENCE_END))


def _introducer(doc: Doc, line_end: int, entities: EntityIndex) -> str | None:
    """Return the speaker of a line that ends "... said:", "... stated in a joint statement:"."""
    colon = doc.char_span(line_end - 1, line_end, alignment_mode="expand")
    if colon is None:
        return None
    verbs = speech_lexicon().speech_verbs | speech_lexicon().reporting_verbs
    verb: Token | None = colon.sent.root
    if verb is None or verb.lemma_.casefold() not in verbs:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject_speaker(subject, entities, ("person",)) if subject is not None else None


def find_passages(doc: Doc, text: str, entities: EntityIndex) -> list[Passage]:
    """Return the transcript turns and introduced passages of a document."""
    passages: list[Passage] = []
    speaker: str | None = None
    start = 0
    in_turn = False  # a turn runs past page furniture ("See also"); an introduced passage ends at a heading

    def close(end: int) -> None:
        if speaker is not None and end > start:
            passages.append(Passage(speaker, Span(start, end), in_turn))

    for offset, line in _lines(text):
        label = _label(line, offset, entities)
        ends_passage = bool(line.strip()) and _SEPARATOR.match(line) is not None
        if label is not None:
            close(offset)
            (speaker, start), in_turn = label, True
        elif ends_passage or (speaker is not None and not in_turn and _is_heading(line)):
            close(offset)
            speaker = None
        elif line.rstrip().endswith(":") and (introducer := _introducer(doc, offset + len(line.rstrip()), entities)):
            close(offset)
            speaker, start, in_turn = introducer, offset + len(line) + 1, False
        if in_turn:  # a transcript whose page lost its line breaks holds further turns inside a line
            for label_start, turn_speaker, speech_start in _inline_labels(line, offset, entities):
                close(label_start)
                speaker, start = turn_speaker, speech_start
    close(len(text))
    return passages
