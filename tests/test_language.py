"""Telling the language of a document, as an ISO 639-1 code."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.nlp.language import FALLBACK_LANGUAGE, SAMPLE_CHARS, detect_language

ENGLISH = (
    "The two presidents agreed on Tuesday to double bilateral trade to $10 billion by 2030 "
    "and to open a new border crossing for freight trucks."
)
RUSSIAN = "Президенты двух стран договорились во вторник удвоить товарооборот до 10 миллиардов долларов."
UZBEK_LATIN = (
    "Oʻzbekiston Prezidenti xorijiy investorlar bilan uchrashuvda yangi sanoat zonalari bo'yicha taklif bildirdi."
)
UZBEK_CYRILLIC = (
    "Ўзбекистон Президенти хорижий инвесторлар билан учрашувда янги саноат зоналари бўйича таклиф билдирди."
)
KAZAKH = "Қазақстан Президенті шетелдік инвесторлармен кездесуде жаңа өнеркәсіп аймақтарын ұсынды."


@pytest.mark.parametrize(
    ("text", "language"),
    [(ENGLISH, "en"), (RUSSIAN, "ru"), (UZBEK_LATIN, "uz"), (UZBEK_CYRILLIC, "uz"), (KAZAKH, "kk")],
)
def test_language_of_a_news_sentence_is_detected(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_seed_documents_are_english(seed_paths: list[Path]) -> None:
    for path in seed_paths:
        assert detect_language(path.read_text(encoding="utf-8")) == "en", path.name


def test_english_text_naming_irish_officials_is_not_taken_for_uzbek() -> None:
    assert detect_language("O'Neill and O'Brien met the VA delegation in Dublin on Friday.") == "en"


def test_text_without_letters_gets_the_fallback_language() -> None:
    assert detect_language("2024-05-16 — 12 345 / 67,8 %") == FALLBACK_LANGUAGE
    assert detect_language("") == FALLBACK_LANGUAGE


def test_only_the_opening_of_a_long_text_is_classified() -> None:
    text = ENGLISH * (SAMPLE_CHARS // len(ENGLISH) + 1) + RUSSIAN * 200

    assert detect_language(text) == "en"
