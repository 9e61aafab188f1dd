"""Framing: a sentence that only mentions an undertaking (a stance held always, a denial, a condition, a
generic case, a sum mentioned in passing) makes no fact; it waits in the review queue, saying why."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from accord.curation.review import review_queue
from accord.documents import SourceDocument
from accord.extract import extract_record
from accord.ingest.writer import save_document
from accord.record import Record
from accord.store.initiatives import list_initiatives
from accord.store.review_queue import is_weak


def record_of(text: str) -> Record:
    return extract_record(SourceDocument(source="note.txt", text=text, title=None, published="2025-09-15"))


def framings(text: str) -> dict[str, str | None]:
    return {i.title: i.framing for i in record_of(text).initiatives}


@pytest.mark.parametrize(
    ("sentence", "title", "cue"),
    [
        (
            "Norland has always advocated the settlement of border disputes by peaceful means.",
            "settlement of border disputes",
            "a stance held 'always'",
        ),
        (
            "Our ministry has consistently proposed the creation of a regional water council.",
            "regional water council",
            "a stance held 'consistently'",
        ),
        (
            "Norland has consistently advocated forming a system of equal and indivisible security in the region.",
            "system of equal and indivisible security in the region",
            "a stance held 'consistently'",
        ),
        (
            "Kazakhstan advocates the creation of a fair regional trading system based on agreed rules.",
            "fair regional trading system based on agreed rules",
            "a stance ('advocates')",
        ),
        (
            "I would ask the institute to develop such a training programme for rural teachers.",
            "training programme for rural teachers",
            "points back ('such'), naming no one undertaking",
        ),
        (
            "I want to thank the Regional Training Centre that employs two hundred skilled engineers.",
            "Regional Training Centre",
            "thanked, no undertaking reported ('thank')",
        ),
        (
            "Contracts for the rural water order can now be concluded with a single supplier.",
            "Contracts for the rural water order",
            "a generic case ('Contracts can')",
        ),
        (
            "Growers can confidently plan to build a new packing plant or extend an old one.",
            "new packing plant",
            "a generic case ('Growers can')",
        ),
        (
            "Let them agree and implement not the road map of the agreements, but a plan with a tight deadline.",
            "road map of the agreements",
            "denied ('not' before it: \"not X, but Y\")",
        ),
        (
            "I mentioned a $3 billion investment, but the real sum is larger.",
            "$3 billion investment",
            "mentioned in passing ('mentioned')",
        ),
    ],
)
def test_a_sentence_that_only_mentions_an_undertaking_frames_it(sentence: str, title: str, cue: str) -> None:
    found = framings(sentence)
    assert found.get(title) == cue, found


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers agreed to build a new railway bridge across the Tana river by 2028.",
        "Norland proposed the creation of a regional water council at the summit.",
        "The two governments signed an agreement on visa-free travel, which is not limited in time.",
        "Not only did the sides agree to build a grain terminal, they also set a deadline.",
        "They signed not only the agreement on trade but also a memorandum on energy.",
    ],
)
def test_a_sentence_that_reports_an_undertaking_frames_nothing(sentence: str) -> None:
    found = framings(sentence)
    assert found and all(framing is None for framing in found.values()), found


def test_a_framed_initiative_is_weak_and_says_why() -> None:
    found = record_of("The Norland government has always advocated the establishment of a regional development bank.")
    framed = next(i for i in found.initiatives if i.framing is not None)
    assert is_weak(framed.confidence)
    assert any("its sentence reports no undertaking" in reason for reason in framed.confidence_reasons)


def test_a_framed_initiative_waits_in_the_review_queue_while_a_reported_one_is_a_fact(store: Engine) -> None:
    for source, text in (
        ("stance.txt", "The Norland government has always advocated the establishment of a regional development bank."),
        ("fact.txt", "The Norland government proposed the establishment of a regional seed bank by 2027."),
    ):
        document = SourceDocument(source=source, text=text, title=None, published="2025-09-15")
        save_document(store, document, extract_record(document))
    with store.connect() as conn:
        waiting = {i["title"]: i["unreviewed"] for i in list_initiatives(conn)}
        asked = review_queue(conn)["extractions"]
    assert waiting == {"regional development bank": True, "regional seed bank": False}
    assert any("a stance held 'always'" in reason for question in asked for reason in question["reasons"])
