"""Greetings: a Russian transcript that opens with its speaker welcoming a guest is of their meeting.

"А.Волков: Уважаемый Фарход Рустамович! ... я очень рад Вас видеть." reports no meeting in words, yet the
page is the transcript of one: an address that opens the first remarks ("Уважаемый ...", "Дорогой ...")
and a greeting in them ("рад Вас видеть", "приветствую Вас", "добро пожаловать") make the meeting of the
transcript's speakers, when two or more speak in it.
"""

from __future__ import annotations

import re

from accord.extract.ru.speakers import SpeakerLine
from accord.record import Event, Span

_ADDRESS = re.compile(r"\s*(?:[Уу]важаем|[Дд]орог)\w*\s+[А-ЯЁ]")
_GREETING = re.compile(
    r"\bрад\w*\s+(?:Вас|вас|тебя)\s+(?:видеть|приветствовать)|\bприветствую\s+(?:Вас|вас)\b|\bдобро пожаловать",
    re.IGNORECASE,
)
_OPENING = 400  # characters of the first remarks where the greeting is looked for


def greeting_meeting(text: str, lines: list[SpeakerLine], speakers: list[str], published: str | None) -> Event | None:
    """Return the meeting of the transcript's speakers when its first remarks greet a guest, or None."""
    if not lines or len(speakers) < 2:
        return None
    first = lines[0]
    opening = text[first.remarks_start : min(first.remarks_end, first.remarks_start + _OPENING)]
    greeting = _GREETING.search(opening)
    if not _ADDRESS.match(opening) or greeting is None:
        return None
    return Event(
        id="",
        type="meeting",
        name="встреча",
        date=published,
        participants=list(speakers),
        evidence=[Span(first.name_start, first.remarks_start + greeting.end())],
    )
