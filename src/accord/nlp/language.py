"""The language a document is written in, as an ISO 639-1 code."""

from __future__ import annotations

import re
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# The opening of a news text is enough to tell its language, and classifying
# whole documents would cost time on every read.
SAMPLE_CHARS = 4_000
# accord reads English; a text with no letters has no language to find.
FALLBACK_LANGUAGE = "en"

_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+(?:[ʻʼ‘’'`][^\W\d_]+)*")

# py3langid's model has no Uzbek, so Uzbek is recognised by its own spelling
# (oʻ and gʻ in Latin script; ў, қ, ғ, ҳ in Cyrillic) together with function
# words no neighbouring language shares.
_UZBEK_FUNCTION_WORDS = frozenset(
    {
        "bilan", "uchun", "hamda", "tomonidan", "orqali", "haqida", "boʻyicha",
        "билан", "учун", "ҳамда", "томонидан", "орқали", "ҳақида", "бўйича",
    }
)  # fmt: skip
_UZBEK_LETTERS = re.compile(r"[og]ʻ|[ўқғҳ]", re.IGNORECASE)
# Uzbek Latin text writes the ʻ of oʻ and gʻ with whichever apostrophe is at hand.
_APOSTROPHES = str.maketrans("ʼ‘’'`", "ʻʻʻʻʻ")
_MIN_UZBEK_SHARE = 0.1


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_pickled_model(MODEL_FILE)


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of the language `text` is written in.

    Only the first SAMPLE_CHARS characters are looked at. Text without any
    letters gets FALLBACK_LANGUAGE; short text is classified all the same,
    so a one-line text may be misjudged.
    """
    sample = text[:SAMPLE_CHARS]
    if not _LETTER.search(sample):
        return FALLBACK_LANGUAGE
    if _looks_uzbek(sample):
        return "uz"
    language, _score = _identifier().classify(sample)
    return str(language)


def _looks_uzbek(sample: str) -> bool:
    words = [word.lower().translate(_APOSTROPHES) for word in _WORD.findall(sample)]
    function_words = sum(1 for word in words if word in _UZBEK_FUNCTION_WORDS)
    if not function_words:
        return False
    spelled_uzbek = sum(1 for word in words if _UZBEK_LETTERS.search(word))
    return (function_words + spelled_uzbek) / len(words) >= _MIN_UZBEK_SHARE
