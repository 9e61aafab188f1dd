"""An initiative's responsible bodies are the organizations and countries acting in or party to it,
not the people who proposed it or commented on it."""

from __future__ import annotations

from fastapi.testclient import TestClient
from kb_records import document, entity, record, span_of
from sqlalchemy import Engine

from accord.ingest.writer import save_document
from accord.record import Initiative
from accord.store.initiative_profile import find_initiative
from accord.store.schedule import schedules
from accord.web import WebSettings, create_app

TEXT = (
    "Minister of Transport Ramon Ibarra said the Uruguayan State Railway Administration and Paraguay "
    "would build a freight line to the port of Nueva Palmira by 2029."
)


def store_freight_line(store: Engine) -> None:
    doc = document("freight.txt", TEXT, published="2025-06-10")
    line = Initiative(
        id="i1",
        kind="project",
        title="freight line to the port of Nueva Palmira",
        status="planned",
        sector="transport",
        actors=["Ramon Ibarra", "Uruguayan State Railway Administration"],
        parties=["Paraguay"],
        deadline="2029",
        evidence=[span_of(TEXT, "build a freight line")],
    )
    entities = [
        entity(TEXT, "person", "Ramon Ibarra", country="UY"),
        entity(TEXT, "organization", "Uruguayan State Railway Administration", country="UY"),
        entity(TEXT, "country", "Paraguay", country="PY"),
    ]
    save_document(store, doc, record(doc, entities, initiatives=[line]))


def test_the_people_who_speak_of_an_initiative_are_not_responsible_for_it(store: Engine) -> None:
    store_freight_line(store)
    with store.connect() as conn:
        kb_id = find_initiative(conn, "freight line to the port of Nueva Palmira")
        assert kb_id is not None
        for plans in (schedules(conn), schedules(conn, [kb_id])):
            assert plans[kb_id].responsible == ["Uruguayan State Railway Administration", "Paraguay"]


def test_the_initiative_page_names_its_responsible_bodies(store: Engine, database_url: str) -> None:
    store_freight_line(store)
    with store.connect() as conn:
        kb_id = find_initiative(conn, "freight line")
    with TestClient(create_app(WebSettings(database_url), store)) as client:
        html = client.get(f"/initiatives/{kb_id}").text
    responsible = html.split("<dt>Responsible</dt><dd>")[1].split("</dd>")[0]
    assert responsible == "Uruguayan State Railway Administration, Paraguay"
