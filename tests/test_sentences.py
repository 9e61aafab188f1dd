"""Sentences: the pipeline ends a sentence at every line break, as headlines and list items do."""

from __future__ import annotations

from accord.nlp import parse


def test_headline_without_a_full_stop_is_a_sentence_of_its_own() -> None:
    doc = parse("Kazakhstan and Uzbekistan agree to raise trade\n\nTASHKENT, March 14 – The sides signed a roadmap.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[0] == "Kazakhstan and Uzbekistan agree to raise trade"
    assert sentences[-1].endswith("The sides signed a roadmap.")


def test_each_list_item_is_a_sentence() -> None:
    doc = parse("He proposed:\n• a joint fund;\n• a water council.")
    assert [s.text.strip() for s in doc.sents] == ["He proposed:", "• a joint fund;", "• a water council."]
