"""Acceptance: curated values and the audit log survive re-ingesting changed documents and re-extraction,
and the review queue shows what extraction now says beneath them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from railway_reports import reextract
from solar_park_articles import PARK
from sqlalchemy import Engine

from accord import curation
from accord.documents import SourceDocument
from accord.extract import extract_record
from accord.ingest.writer import save_document
from accord.record import Record
from accord.store.audit import history
from accord.store.conflicts import find_conflicts
from accord.store.deadlines import due
from accord.store.initiative_profile import initiative_profile

RESCHEDULED = "\nConstruction is now to be completed by the end of 2027."


def test_curation_survives_changed_documents_and_a_newer_extractor(
    store: Engine, solar_park_records: list[tuple[SourceDocument, Record]]
) -> None:
    for document, record in solar_park_records:
        save_document(store, document, record)
    with store.begin() as conn:
        [conflict] = find_conflicts(conn)
        low = conflict["sides"][0]["sources"][0]["figure"]
        curation.edit_initiative(conn, PARK, {"deadline": "2027-06", "responsible": ["Ministry of Energy"]}, "alice")
        curation.judge_figure(conn, low, "rejected", "alice", note="preliminary figure")
        curation.attach_note(conn, "initiative", PARK, "Financing dispute under arbitration", "bob")
        logged = history(conn, PARK)

    suspended, _ = solar_park_records[4]
    changed = SourceDocument(suspended.source, suspended.text + RESCHEDULED, suspended.title, suspended.published)
    assert save_document(store, changed, extract_record(changed)) == "replaced"
    construction, record = solar_park_records[2]
    newer = replace(record, figures=[replace(f, value=1.95e9) for f in record.figures])
    reextract(store, construction, newer)

    with store.connect() as conn:
        park = initiative_profile(conn, PARK)
        assert history(conn, PARK) == logged
        assert find_conflicts(conn) == []
        overdue = [i for i in due(conn, date(2027, 7, 1), timedelta(days=90)) if i["kind"] == "deadline"]
        disputes = {d["field"]: d for d in curation.disputes(conn)}
    assert park is not None and park["documents"] == 4
    assert (park["schedule"]["deadline"], park["schedule"]["responsible"]) == ("2027-06", ["Ministry of Energy"])
    assert [n["note"] for n in park["notes"]] == ["Financing dispute under arbitration"]
    assert [(i["date"], i["overdue"]) for i in overdue] == [("2027-06", True)]
    assert (disputes["deadline"]["machine_then"], disputes["deadline"]["machine_now"]) == ("2026", "2027")
    assert (disputes["value"]["machine_then"], disputes["value"]["machine_now"]) == (
        {"value": 1.9e9},
        {"value": 1.95e9},
    )
