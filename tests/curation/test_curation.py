"""Curation: confirm, reject, edit, merge, split, add by hand and note; every change outlives ingests and is logged."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from kb_records import document, entity, record, span_of
from railway_reports import follow_up, reextract, store_both, visit
from sqlalchemy import Engine, text

from accord import curation
from accord.errors import CurationError
from accord.ingest.writer import save_document
from accord.record import Initiative
from accord.store.audit import history
from accord.store.conflicts import find_conflicts
from accord.store.deadlines import due
from accord.store.entities import entity_profile
from accord.store.initiative_profile import initiative_profile
from accord.store.initiatives import list_initiatives
from accord.store.series import find_series

RAILWAY = "Gyumri-Batumi railway line"


def railway_status(store: Engine) -> str:
    with store.connect() as conn:
        profile = initiative_profile(conn, RAILWAY)
    assert profile is not None
    return str(profile["status"])


def test_an_edited_status_wins_and_outlives_a_changed_document_and_a_newer_extractor(store: Engine) -> None:
    store_both(store)
    with store.begin() as conn:
        curation.edit_initiative(conn, RAILWAY, {"status": "stalled"}, "alice", note="works stopped in June")
    assert railway_status(store) == "stalled"
    assert save_document(store, *follow_up(extra=" Freight trains were discussed.")) == "replaced"
    reextract(store, *visit())
    assert railway_status(store) == "stalled"
    with store.connect() as conn:
        [railway] = list_initiatives(conn)
        assert (railway["status"], railway["documents"]) == ("stalled", 2)
        assert curation.disputes(conn) == []


def test_what_extraction_now_says_beneath_a_curated_value_waits_for_review_unapplied(store: Engine) -> None:
    store_both(store)
    with store.begin() as conn:
        curation.edit_initiative(conn, RAILWAY, {"status": "stalled", "deadline": "2029"}, "alice")
    reextract(store, *follow_up(status="completed"))
    with store.connect() as conn:
        found = {d["field"]: d for d in curation.disputes(conn)}
    assert (found["status"]["curated"], found["status"]["machine_then"], found["status"]["machine_now"]) == (
        "stalled",
        "in_progress",
        "completed",
    )
    assert "deadline" not in found
    assert railway_status(store) == "stalled"


def test_a_rejected_initiative_leaves_the_lists_and_stays_rejected_after_reingest(store: Engine) -> None:
    store_both(store)
    with store.begin() as conn:
        curation.judge_initiative(conn, RAILWAY, "rejected", "alice")
    save_document(store, *follow_up(extra=" More trains will run."))
    with store.connect() as conn:
        assert list_initiatives(conn) == []
        profile = initiative_profile(conn, RAILWAY)
    assert profile is not None and profile["verdict"] == "rejected"


def test_a_rejected_figure_leaves_series_and_conflicts_even_after_reextraction(store: Engine) -> None:
    store_both(store)
    with store.connect() as conn:
        [conflict] = find_conflicts(conn)
    wrong = conflict["sides"][1]["sources"][0]["figure"]
    with store.begin() as conn:
        curation.judge_figure(conn, wrong, "rejected", "alice", note="the railway quoted an old estimate")
    reextract(store, *follow_up())
    with store.connect() as conn:
        assert find_conflicts(conn) == []
        [series] = find_series(conn, "trade")
    assert [o["value"] for o in series["observations"]] == [1.2e9]


def test_an_edited_figure_value_survives_reingest_and_a_new_extracted_value_waits_for_review(store: Engine) -> None:
    store_both(store)
    with store.connect() as conn:
        figure = find_series(conn, "trade")[0]["observations"][1]["figure"]
    with store.begin() as conn:
        curation.edit_figure(conn, figure, {"value": 1.21e9}, "alice")
        assert find_conflicts(conn) == []
    reextract(store, *follow_up(value=1.35e9))
    with store.connect() as conn:
        assert sorted(o["value"] for o in find_series(conn, "trade")[0]["observations"]) == [1.2e9, 1.21e9]
        [dispute] = curation.disputes(conn)
    assert (dispute["kind"], dispute["machine_then"], dispute["machine_now"]) == (
        "figure",
        {"value": 1.3e9},
        {"value": 1.35e9},
    )


def test_an_entity_renamed_by_hand_keeps_its_name_and_evidence_through_reingest(store: Engine) -> None:
    store_both(store)
    with store.begin() as conn:
        curation.edit_entity(conn, "Georgian Railway", {"name": "Sakartvelos Rkinigza"}, "alice")
    save_document(store, *follow_up(extra=" Freight grew."))
    with store.connect() as conn:
        railway = entity_profile(conn, "Sakartvelos Rkinigza")
        assert curation.disputes(conn) == []
    assert railway is not None and (railway["name"], railway["documents"]) == ("Sakartvelos Rkinigza", 2)


def separate_initiatives(store: Engine) -> None:
    first = "Armenia will build the Gyumri logistics hub."
    second = "Georgia opened talks on a dry port near Batumi."
    for source, words, title in (("hub.txt", first, "Gyumri logistics hub"), ("port.txt", second, "dry port")):
        doc = document(source, words)
        item = Initiative(id="i1", kind="project", title=title, status="planned", evidence=[span_of(words, title)])
        save_document(store, doc, record(doc, initiatives=[item]))


def test_two_initiatives_merged_by_hand_stay_one_through_reingest(store: Engine) -> None:
    separate_initiatives(store)
    with store.begin() as conn:
        curation.merge_initiatives(conn, "dry port", "Gyumri logistics hub", "alice")
    words = "Georgia opened talks on a dry port near Batumi, the ministry said."
    doc = document("port.txt", words)
    item = Initiative(
        id="i1", kind="project", title="dry port", status="planned", evidence=[span_of(words, "dry port")]
    )
    assert save_document(store, doc, record(doc, initiatives=[item])) == "replaced"
    with store.connect() as conn:
        [merged] = list_initiatives(conn)
    assert (merged["title"], merged["documents"]) == ("Gyumri logistics hub", 2)


def test_a_wrong_merge_split_by_source_stays_split_through_reingest(store: Engine) -> None:
    store_both(store)
    with store.begin() as conn:
        curation.split_initiative(conn, RAILWAY, "alice", sources=["follow-up.txt"])
    save_document(store, *follow_up(extra=" The line will carry freight."))
    with store.connect() as conn:
        assert sorted(i["documents"] for i in list_initiatives(conn)) == [1, 1]


def test_merging_and_splitting_entities_moves_their_mentions_and_refiles_their_series(store: Engine) -> None:
    store_both(store)
    with store.begin() as conn:
        split_off = curation.split_entity(conn, "Georgia", "alice", sources=["follow-up.txt"])
    with store.connect() as conn:
        assert len(find_series(conn, "trade")) == 2
    save_document(store, *follow_up(extra=" Freight was discussed."))
    with store.connect() as conn:
        assert len(find_series(conn, "trade")) == 2
    with store.begin() as conn:
        curation.merge_entities(conn, f"#{split_off}", "Georgia", "alice")
    with store.connect() as conn:
        georgia = entity_profile(conn, "Georgia")
        [series] = find_series(conn, "trade")
    assert georgia is not None and georgia["documents"] == 2
    assert len(series["observations"]) == 2


def test_an_initiative_added_by_hand_has_responsible_bodies_and_due_dates_and_outlives_ingests(store: Engine) -> None:
    with store.begin() as conn:
        curation.add_initiative(
            conn,
            "Joint customs post at Sadakhlo",
            "carol",
            sector="trade",
            responsible=["State Revenue Committee of Armenia", "Revenue Service of Georgia"],
            deadline="2026-06",
            milestones=[{"label": "design approved", "date": "2025-12"}],
        )
    store_both(store)
    with store.connect() as conn:
        post = initiative_profile(conn, "Joint customs post at Sadakhlo")
        items = due(conn, date(2026, 1, 15), timedelta(days=180))
    assert post is not None and post["schedule"]["responsible"] == [
        "State Revenue Committee of Armenia",
        "Revenue Service of Georgia",
    ]
    assert [(i["label"], i["state"]) for i in items if i["initiative"] == "Joint customs post at Sadakhlo"] == [
        ("design approved", "missed"),
        ("deadline", "due"),
    ]


def test_every_change_goes_to_an_append_only_audit_log_shown_by_name(store: Engine) -> None:
    store_both(store)
    with store.begin() as conn:
        curation.edit_initiative(conn, RAILWAY, {"deadline": "2029"}, "alice", note="new schedule")
        curation.attach_note(conn, "initiative", RAILWAY, "Check the tender results", "bob")
    with store.connect() as conn:
        changes = history(conn, RAILWAY)
        notes = initiative_profile(conn, RAILWAY)
    assert [(c["actor"], c["action"], c["before"], c["after"]) for c in changes] == [
        ("alice", "edit", {"deadline": "2028"}, {"deadline": "2029"}),
        ("bob", "note", None, None),
    ]
    assert notes is not None and [n["note"] for n in notes["notes"]] == ["Check the tender results"]
    for statement in ("UPDATE audit_log SET actor = 'mallory'", "DELETE FROM audit_log"):
        with pytest.raises(Exception, match="append-only"), store.begin() as conn:
            conn.execute(text(statement))


def test_a_curation_naming_nothing_known_says_where_to_look(store: Engine) -> None:
    with pytest.raises(CurationError, match="accord initiatives"), store.begin() as conn:
        curation.edit_initiative(conn, "Atlantis tunnel", {"status": "stalled"}, "alice")
    store_both(store)
    with pytest.raises(CurationError, match="cannot be edited"), store.begin() as conn:
        curation.edit_initiative(conn, RAILWAY, {"budget": 5}, "alice")


def documents_of(store: Engine, name: str) -> int:
    with store.connect() as conn:
        profile = entity_profile(conn, name)
    return profile["documents"] if profile else 0


def store_misspelled_railway(store: Engine, words: str) -> None:
    doc = document("freight.txt", words)
    save_document(store, doc, record(doc, [entity(words, "other", "Georgian Railwy")]))


def test_an_entity_merge_below_the_threshold_waits_for_review_and_acceptance_sticks(store: Engine) -> None:
    store_both(store)
    store_misspelled_railway(store, "The Georgian Railwy said freight grew.")
    with store.connect() as conn:
        [waiting] = curation.pending(conn)
    assert (waiting["form"], waiting["candidate"], waiting["confidence"]) == (
        "Georgian Railwy",
        "Georgian Railway",
        0.72,
    )
    assert documents_of(store, "Georgian Railway") == 2
    with store.begin() as conn:
        curation.decide(conn, waiting["id"], True, "alice")
    store_misspelled_railway(store, "The Georgian Railwy said freight grew. Exports rose.")
    with store.connect() as conn:
        assert curation.pending(conn) == []
    assert documents_of(store, "Georgian Railway") == 3


def store_programme(store: Engine, source: str, title: str, extra: str = "") -> None:
    words = f"The ministry presented the {title}.{extra}"
    doc = document(source, words)
    item = Initiative(id="i1", kind="project", title=title, status="planned", evidence=[span_of(words, title)])
    save_document(store, doc, record(doc, initiatives=[item]))


def test_an_initiative_merge_below_the_threshold_waits_and_a_rejection_is_not_asked_again(store: Engine) -> None:
    store_programme(store, "a.txt", "programme for upgrading housing and utilities")
    store_programme(store, "b.txt", "programme for upgrading the housing and utilities")
    with store.connect() as conn:
        [waiting] = curation.pending(conn)
        assert len(list_initiatives(conn)) == 2
    assert waiting["kind"] == "initiative" and waiting["confidence"] < 0.7
    with store.begin() as conn:
        curation.decide(conn, waiting["id"], False, "alice", note="two different programmes")
    store_programme(store, "b.txt", "programme for upgrading the housing and utilities", " It runs to 2030.")
    with store.connect() as conn:
        assert curation.pending(conn) == []
        assert len(list_initiatives(conn)) == 2
        assert [c["action"] for c in history(conn, "programme for upgrading the housing and utilities")] == [
            "reject merge"
        ]
