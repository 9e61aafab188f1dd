"""Speaker lines of a transcript: "Д.Соколов: ..." or "Ли Вэйминь (как переведено): ..." open a speaker's remarks."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SURNAME = r"[А-ЯЁ][А-ЯЁа-яё]+(?:-[А-ЯЁ][А-ЯЁа-яё]+)?"
_SPEAKER = re.compile(
    rf"^[ \t]*(?P<name>(?:[А-ЯЁ]\.\s?){{1,2}}{_SURNAME}|[А-ЯЁ][а-яё]+ {_SURNAME})"
    r"(?:\s*\([^)\n]*\))?:[ \t]*(?=\S)",
    re.MULTILINE,
)


@dataclass(frozen=True)
class SpeakerLine:
    """A speaker's name at the start of a line, and the remarks that follow up to the next speaker."""

    name: str
    name_start: int
    name_end: int
    remarks_start: int
    remarks_end: int


def _title_cased(name: str) -> str:
    """ "Р.НАЗАРОВ" -> "Р.Назаров": transcripts write some speakers in capitals."""
    return re.sub(r"[А-ЯЁ]{2,}", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), name)


def speaker_lines(text: str) -> list[SpeakerLine]:
    """Return the speaker lines of a text, in order, each with the span of its remarks."""
    found = list(_SPEAKER.finditer(text))
    lines: list[SpeakerLine] = []
    for index, match in enumerate(found):
        end = found[index + 1].start() if index + 1 < len(found) else len(text)
        lines.append(
            SpeakerLine(_title_cased(match.group("name")), match.start("name"), match.end("name"), match.end(), end)
        )
    return lines
