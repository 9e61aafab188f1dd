"""Greetings: a transcript that opens with its speaker welcoming a named guest is of their meeting.

"Anna Novak: Mr Valcourt, I am very happy to see you." reports no meeting in words, yet the page is
the transcript of one: the speaker of the first turn meets the person the turn opens by addressing,
when the turn's first lines greet ("happy to see you", "welcome", "good afternoon"). A guest
addressed by the office alone ("Mr Minister, dear friends") names the meeting ("meeting with the
Minister"); an address to no one ("Friends, good afternoon") tells no meeting.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from accord.extract.entities.index import EntityIndex
from accord.extract.events.clause import evidence_of
from accord.extract.statements.passages import Passage
from accord.nlp import text_of
from accord.record import Event

# The words of a host greeting a guest face to face; not "we welcome the decision", which approves of one.
_GREETING = re.compile(
    r"\b(?:happy|glad|pleased|delighted|nice|good)\s+to\s+(?:see|welcome|meet|receive)\s+you\b"
    r"|\bwelcome\b(?!\s+(?:the|this|these|that|such|any)\b)"
    r"|\bgood\s+(?:afternoon|morning|evening)\b",
    re.IGNORECASE,
)
_ADDRESS_END = 48  # characters into the turn: an address opens it ("Mr Sharipov, ...", "Dear Mr Prime Minister, ...")
_GREETING_WITHIN = 160  # characters into the turn: "Mr Minister, dear friends,\nI am very happy to see you"
# "Mr Minister, dear friends, ...": a guest addressed by the office alone
_OFFICE = re.compile(
    r"\s*(?:Dear\s+)?(?:Mr|Mrs|Ms|Madam|Mister)\.?\s+(?P<office>(?:Prime\s+|Foreign\s+|Vice\s+)?(?:Minister|President)"
    r"|Secretary-General|Secretary|Chairman|Chairwoman|Chair|Governor|Ambassador|Director-General|Speaker)\b"
)


def greeting_meeting(doc: Doc, passages: list[Passage], entities: EntityIndex, published: str | None) -> Event | None:
    """Return the meeting the document's first transcript turn opens by greeting a named guest, or None."""
    turn = next((p for p in passages if p.turn), None)
    if turn is None:
        return None
    opening = doc.char_span(turn.span.start, turn.span.end, alignment_mode="expand")
    if opening is None or len(opening) == 0:
        return None
    sentence = opening[0].sent
    if not _GREETING.search(text_of(doc), turn.span.start, min(turn.span.end, turn.span.start + _GREETING_WITHIN)):
        return None
    guest = next(
        (
            person
            for person in entities.within(sentence.start_char, min(sentence.end_char, turn.span.start + _ADDRESS_END))
            if person.type == "person" and person.name != turn.speaker
        ),
        None,
    )
    if guest is not None:
        name, participants = f"meeting with {guest.name}", [turn.speaker, guest.name]
    elif (office := _OFFICE.match(text_of(doc), turn.span.start)) is not None:
        name, participants = f"meeting with the {office.group('office')}", [turn.speaker]
    else:
        return None
    return Event(
        id="",
        type="meeting",
        name=name,
        date=published,
        participants=participants,
        evidence=[evidence_of(sentence)],
    )
