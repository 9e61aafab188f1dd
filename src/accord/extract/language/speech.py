"""The speech lexicon: verbs that introduce what somebody said, and the subjects that point back to a person."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class SpeechLexicon:
    """Verbs that introduce or report speech, subjects that point back to a person, and speaker-label words."""

    speech_verbs: frozenset[str]
    pronouns: frozenset[str]
    title_nouns: frozenset[str]
    reporting_verbs: frozenset[str]
    stance_verbs: frozenset[str]
    label_words: frozenset[str]


@cache
def speech_lexicon() -> SpeechLexicon:
    """Load the speech lexicon (src/accord/data/speech.json) once."""
    data = json.loads(resources.files("accord").joinpath("data/speech.json").read_text(encoding="utf-8"))
    return SpeechLexicon(
        frozenset(data["speech_verbs"]),
        frozenset(data["pronouns"]),
        frozenset(data["title_nouns"]),
        frozenset(data["reporting_verbs"]),
        frozenset(data["stance_verbs"]),
        frozenset(data["label_words"]),
    )
