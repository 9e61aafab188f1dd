"""Extraction confidence: how an initiative or a figure was found, and how complete it is, say how sure accord is."""

from __future__ import annotations

from accord.documents import SourceDocument
from accord.extract import extract_record
from accord.record import Record
from accord.store.review_queue import EXTRACTION_REVIEW_BELOW, is_weak


def record_of(text: str) -> Record:
    return extract_record(SourceDocument(source="note.txt", text=text, title=None, published="2025-09-15"))


def test_a_proposal_with_its_proposer_and_deadline_is_sure_and_a_bare_project_noun_is_not() -> None:
    found = record_of(
        "Almaty, 15 September 2025. Kazakh Transport Minister Nurlan Sauranbayev proposed creating a joint "
        "freight company with Kyrgyzstan by 2028. Delegates also discussed a logistics hub worth $25 million."
    )
    rated = {i.title: (i.found_by, i.confidence) for i in found.initiatives}
    assert rated == {
        "joint freight company with Kyrgyzstan": ("proposal_verb", 0.9),
        "logistics hub worth $25 million": ("project_noun", 0.35),
    }
    hub = next(i for i in found.initiatives if i.found_by == "project_noun")
    assert is_weak(hub.confidence) and "no actors" in hub.confidence_reasons


def test_a_figure_with_metric_subjects_and_period_is_sure_and_a_bare_count_is_not() -> None:
    found = record_of(
        "Trade between Kazakhstan and Kyrgyzstan reached $2.4 billion in 2024. About 900 guests came to the fair."
    )
    rated = {f.metric: f.confidence for f in found.figures}
    assert rated == {"trade": 1.0, "guests": 0.4}
    assert is_weak(rated["guests"]) and not is_weak(rated["trade"])


def test_every_confidence_lies_between_zero_and_one_and_says_why() -> None:
    found = record_of(
        "Bishkek, 15 September 2025. The ministers signed a memorandum on water sharing and announced the "
        "construction of a 120 MW hydropower plant on the Naryn river, due to open in 2029."
    )
    facts = [*found.initiatives, *found.figures]
    assert facts
    for fact in facts:
        assert fact.confidence is not None and 0.0 <= fact.confidence <= 1.0
        assert fact.confidence_reasons[0].startswith("found by")


def test_a_fact_stored_before_confidence_was_rated_is_never_weak() -> None:
    assert not is_weak(None)
    assert 0.0 < EXTRACTION_REVIEW_BELOW < 1.0
