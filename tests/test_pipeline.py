"""Parsing texts of any length in batches of bounded size."""

from __future__ import annotations

import pytest
from entity_index import entities_of, names

from accord.nlp.pipeline import CHUNK_CHARS, batch_by_size, get_nlp, parse_many, text_of

PARAGRAPH = (
    "Anna Novak held talks with President of Uzbekistan Timur Rashidov in Tashkent. "
    "Trade turnover between the two countries grew by 20 percent to $11.6 billion in 2024.\n"
)


def test_batches_stay_within_the_character_budget_in_order() -> None:
    texts = ["a" * 30, "b" * 30, "c" * 50, "d" * 10]

    assert list(batch_by_size(texts, 60, len)) == [["a" * 30, "b" * 30], ["c" * 50, "d" * 10]]


def test_text_longer_than_the_budget_is_a_batch_of_its_own() -> None:
    texts = ["a" * 10, "b" * 100, "c" * 10]

    assert list(batch_by_size(texts, 60, len)) == [["a" * 10], ["b" * 100], ["c" * 10]]


def test_long_text_is_parsed_whole_next_to_a_short_one() -> None:
    long_text = PARAGRAPH * (2 * CHUNK_CHARS // len(PARAGRAPH) + 1)

    docs = list(parse_many([long_text, PARAGRAPH]))

    assert [doc.text for doc in docs] == [long_text, PARAGRAPH]
    assert docs[0].ents[-1].end_char > 2 * CHUNK_CHARS


def test_a_docs_text_is_built_once_and_is_its_text() -> None:
    parsed = next(parse_many([PARAGRAPH]))
    made_here = get_nlp()(PARAGRAPH)

    assert text_of(parsed) == text_of(made_here) == made_here.text == PARAGRAPH
    assert text_of(made_here) is text_of(made_here)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Seednadzor[Federal Service]", ["Seednadzor", "[", "Federal", "Service", "]"]),
        ("students of VEPhI)and others", ["students", "of", "VEPhI", ")", "and", "others"]),
        ("the K20(Westmark holds it)", ["the", "K20", "(", "Westmark", "holds", "it", ")"]),
        ('Scripture:"Greater love"', ["Scripture", ":", '"', "Greater", "love", '"']),
        ("a (b) c", ["a", "(", "b", ")", "c"]),
    ],
)
def test_brackets_and_quotes_glued_to_words_split_off(text: str, tokens: list[str]) -> None:
    assert [token.text for token in get_nlp().tokenizer(text)] == tokens


def test_no_name_holds_half_a_bracket() -> None:
    index = entities_of(
        "The head of Seednadzor[Federal Service for Seed Supervision] Jane Corvin spoke in[Westmark] Bay."
    )
    assert all(not set("[]()") & set(name) for name in names(index)), names(index)
