"""The parts of a Russian person's name: first name, patronymic, surname and initials."""

from __future__ import annotations

import re
from dataclasses import dataclass

from accord.nlp.russian import morph_analyzer

_INITIALS = re.compile(r"^((?:[А-ЯЁA-Z]\.\s?)+)\s*(.*)$")
_PATRONYMIC = re.compile(r"(?:ович|евич|ич|овна|евна|ична|инична)$")


@dataclass(frozen=True)
class PersonName:
    """A name split into its parts; `key` is what tells one person from another in a text."""

    first: str | None
    patronymic: str | None
    surname: str | None
    initials: str

    @property
    def key(self) -> str:
        """The surname, or the first name and patronymic when there is no surname."""
        return self.surname or " ".join(p for p in (self.first, self.patronymic) if p)

    def could_be(self, other: PersonName) -> bool:
        """Whether this name without a surname fits `other`'s first name (or initial) and patronymic."""
        if not self.first:
            return False
        other_first = other.first[:1] if other.first else other.initials[:1]
        if self.first[:1] != other_first or (other.first and other.first != self.first):
            return False
        if not self.patronymic:
            return True
        other_patronymic = other.patronymic[:1] if other.patronymic else other.initials[1:2]
        return not other_patronymic or self.patronymic[:1] == other_patronymic

    def short(self) -> str:
        """First name and surname, without the patronymic ("Рустам Назарбеков")."""
        return " ".join(p for p in (self.first, self.surname) if p)


def _is_patronymic(word: str) -> bool:
    return bool(_PATRONYMIC.search(word)) or any("Patr" in p.tag for p in morph_analyzer().parse(word)[:2])


def is_first_name(word: str) -> bool:
    """Whether the dictionary reads `word` first as a given name."""
    parses = morph_analyzer().parse(word)
    return bool(parses) and "Name" in parses[0].tag and not any("Surn" in p.tag for p in parses[:1])


def person_name(name: str) -> PersonName | None:
    """Split a nominative name ("Д.А.Соколовский", "Бахром Тохирович", "Рустам Назарбеков") into its parts."""
    match = _INITIALS.match(name)
    initials = "".join(ch for ch in match.group(1) if ch.isalpha()) if match else ""
    words = (match.group(2) if match else name).split()
    if not words:
        return None
    if initials:
        return PersonName(None, None, words[-1], initials)
    if len(words) == 1:
        if is_first_name(words[0]):
            return PersonName(words[0], None, None, words[0][:1])
        return PersonName(None, None, words[0], "")
    if len(words) == 2 and _is_patronymic(words[1]):
        return PersonName(words[0], words[1], None, words[0][:1] + words[1][:1])
    patronymic = words[1] if len(words) >= 3 and _is_patronymic(words[1]) else None
    initials = words[0][:1] + (patronymic[:1] if patronymic else "")
    return PersonName(words[0], patronymic, words[-1], initials)
