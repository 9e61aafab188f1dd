"""The speech lexicon: verbs that introduce what somebody said, and the subjects that point back to a person."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class SpeechLexicon:
    """Verbs that introduce speech and subjects that point back to the last person named."""

    speech_verbs: frozenset[str]
    pronouns: frozenset[str]
    title_nouns: frozenset[str]


@cache
def speech_lexicon() -> SpeechLexicon:
    """Load the speech lexicon (src/accord/data/speech.json) once."""
    data = json.loads(resources.files("accord").joinpath("data/speech.json").read_text(encoding="utf-8"))
    return SpeechLexicon(frozenset(data["speech_verbs"]), frozenset(data["pronouns"]), frozenset(data["title_nouns"]))
