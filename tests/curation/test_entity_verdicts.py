"""An entity can be confirmed or rejected; a rejected one leaves the lists, keeps its evidence, and stays rejected."""

from __future__ import annotations

import json
import subprocess

from kb_records import document, entity, record, span_of
from sqlalchemy import Engine

from accord import curation
from accord.documents import SourceDocument
from accord.ingest.writer import save_document
from accord.record import Initiative, Record
from accord.store.audit import history
from accord.store.entities import entity_profile, list_entities
from accord.store.name_search import find_names
from accord.store.register import build_register

BRIEFING = (
    "Baku, 12 June 2025. The Caspian Shipping Company and the Ministry of Transport presented a ferry terminal "
    "in Alat. Reporters from Shipping Weekly attended.{extra}"
)


def briefing(extra: str = "") -> tuple[SourceDocument, Record]:
    text = BRIEFING.format(extra=extra)
    doc = document("baku-briefing.txt", text, published="2025-06-12")
    terminal = Initiative(
        id="i1",
        kind="project",
        title="ferry terminal in Alat",
        status="planned",
        actors=["Caspian Shipping Company", "Shipping Weekly"],
        parties=["Ministry of Transport", "Shipping Weekly"],
        evidence=[span_of(text, "presented a ferry terminal in Alat")],
    )
    entities = [
        entity(text, "organization", "Caspian Shipping Company", country="AZ"),
        entity(text, "organization", "Ministry of Transport", country="AZ"),
        entity(text, "organization", "Shipping Weekly"),
        entity(text, "place", "Alat", country="AZ"),
    ]
    return doc, record(doc, entities, initiatives=[terminal])


def listed(store: Engine) -> dict[str, list[str]]:
    with store.connect() as conn:
        [terminal] = build_register(conn).rows
        return {
            "entities": [e["name"] for e in list_entities(conn)],
            "actors": terminal["actors"],
            "parties": terminal["parties"],
            "search": [e["name"] for e in find_names(conn, "shipping")["entities"]],
        }


def test_a_rejected_entity_leaves_lists_actors_and_search_but_keeps_its_evidence(store: Engine) -> None:
    save_document(store, *briefing())
    with store.begin() as conn:
        curation.judge_entity(conn, "Shipping Weekly", "rejected", "alice", note="a newspaper, not a party")
    assert listed(store) == {
        "entities": ["Alat", "Caspian Shipping Company", "Ministry of Transport"],
        "actors": ["Caspian Shipping Company"],
        "parties": ["Ministry of Transport"],
        "search": ["Caspian Shipping Company"],
    }
    with store.connect() as conn:
        profile = entity_profile(conn, "Shipping Weekly")
        changes = history(conn, "Shipping Weekly")
    assert profile is not None
    assert profile["verdict"] == "rejected" and [e["name"] for e in profile["evidence"]] == ["Shipping Weekly"]
    assert [(c["actor"], c["action"], c["before"], c["after"]) for c in changes] == [
        ("alice", "reject", None, "rejected")
    ]


def test_a_confirmed_entity_comes_back_to_the_lists(store: Engine) -> None:
    save_document(store, *briefing())
    with store.begin() as conn:
        curation.judge_entity(conn, "Shipping Weekly", "rejected", "alice")
        curation.judge_entity(conn, "Shipping Weekly", "confirmed", "bob")
    assert "Shipping Weekly" in listed(store)["entities"]
    assert "Shipping Weekly" in listed(store)["actors"]


def test_an_entity_verdict_survives_reingest_of_a_changed_document(store: Engine) -> None:
    save_document(store, *briefing())
    with store.begin() as conn:
        curation.judge_entity(conn, "Shipping Weekly", "rejected", "alice")
    assert save_document(store, *briefing(" Shipping Weekly later published photos.")) == "replaced"
    assert "Shipping Weekly" not in listed(store)["entities"]
    with store.connect() as conn:
        profile = entity_profile(conn, "Shipping Weekly")
    assert profile is not None and profile["verdict"] == "rejected"


def test_accord_reject_and_confirm_entity_from_the_command_line(
    store: Engine, database_url: str, accord_bin: str
) -> None:
    save_document(store, *briefing())

    def accord(*args: str) -> str:
        done = subprocess.run([accord_bin, *args, "--db", database_url], capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
        return done.stdout

    accord("reject", "entity", "Shipping Weekly", "--by", "carol", "--note", "press")
    names = [e["name"] for e in json.loads(accord("entities", "--format", "json"))]
    assert "Shipping Weekly" not in names
    changes = json.loads(accord("history", "Shipping Weekly", "--format", "json"))
    assert [(c["actor"], c["action"], c["note"]) for c in changes] == [("carol", "reject", "press")]
    accord("confirm", "entity", "Shipping Weekly", "--by", "carol")
    names = [e["name"] for e in json.loads(accord("entities", "--format", "json"))]
    assert "Shipping Weekly" in names
