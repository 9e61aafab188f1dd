"""The store keeps each document with its text and every fact with its evidence, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from alembic import command
from kb_records import document, entity, record, span_of
from sqlalchemy import Engine, func, inspect, select

from accord.documents import SourceDocument
from accord.ingest.writer import save_document
from accord.record import Figure, Record, Role, Statement
from accord.store import open_store, tables
from accord.store.dialect import engine_for
from accord.store.documents import insert_record
from accord.store.migrate import alembic_config
from accord.store.search import search

VISIT = (
    "President of Kyrgyzstan Almaz Temirov met Prime Minister of Armenia Davit Hakobyan in Yerevan. "
    "Trade between Kyrgyzstan and Armenia reached {amount} in 2024. "
    "\u201cWe will double it,\u201d Temirov said."
)


def visit_record(amount: str = "$310 million") -> tuple[SourceDocument, Record]:
    text = VISIT.format(amount=amount)
    doc = document("visit.txt", text)
    temirov = entity(text, "person", "Almaz Temirov", "Temirov", country="KG", roles=[Role("President", None, "KG")])
    kyrgyzstan = entity(text, "country", "Kyrgyzstan", country="KG")
    armenia = entity(text, "country", "Armenia", country="AM")
    trade = Figure(
        id="f1",
        metric="trade turnover",
        value=310e6,
        unit="USD",
        period="2024",
        subjects=["Kyrgyzstan", "Armenia"],
        text=amount,
        evidence=[span_of(text, amount)],
    )
    quote = Statement(id="s1", speaker="Almaz Temirov", text="We will double it,", evidence=[span_of(text, "We will")])
    return doc, record(doc, entities=[temirov, kyrgyzstan, armenia], figures=[trade], statements=[quote])


def count(store: Engine, table: tables.Table) -> int:
    with store.connect() as conn:
        return conn.scalar(select(func.count()).select_from(table)) or 0


def test_opening_a_store_twice_keeps_one_schema_at_the_latest_revision(database_url: str) -> None:
    open_store(database_url).dispose()
    engine = open_store(database_url)
    assert {"documents", "mentions", "kb_entities", "figures", "series", "ingest_log"} <= set(
        inspect(engine).get_table_names()
    )
    engine.dispose()


def test_a_document_stored_before_an_upgrade_is_found_by_search_after_it(database_url: str) -> None:
    doc, _ = visit_record()
    engine = engine_for(database_url)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        insert_record(conn, doc, record(doc), "0.1.0")
    engine.dispose()
    engine = open_store(database_url)
    with engine.connect() as conn:
        assert [hit["source"] for hit in search(conn, "Yerevan trade")] == ["visit.txt"]
    engine.dispose()


def test_a_document_is_stored_with_its_text_hash_and_extractor_version(store: Engine) -> None:
    doc, rec = visit_record()
    assert save_document(store, doc, rec) == "added"
    with store.connect() as conn:
        row = conn.execute(select(tables.documents)).one()
    assert (row.id, row.source, row.text, row.language, row.published) == (
        doc.id,
        "visit.txt",
        doc.text,
        "en",
        "2025-05-01",
    )
    assert row.extractor_version


def test_every_fact_keeps_its_document_and_character_spans(store: Engine) -> None:
    doc, rec = visit_record()
    save_document(store, doc, rec)
    with store.connect() as conn:
        figure = conn.execute(select(tables.figures)).one()
        statement = conn.execute(select(tables.statements)).one()
        temirov = conn.execute(select(tables.mentions).where(tables.mentions.c.name == "Almaz Temirov")).one()
    assert figure.document_id == doc.id
    assert [doc.text[s:e] for s, e in figure.spans] == ["$310 million"]
    assert [doc.text[s:e] for s, e in statement.spans] == ["We will"]
    assert [doc.text[s:e] for s, e in temirov.spans] == ["Almaz Temirov", "Temirov"]


def test_a_role_is_dated_by_the_document_that_states_it(store: Engine) -> None:
    doc, rec = visit_record()
    save_document(store, doc, rec)
    with store.connect() as conn:
        role = conn.execute(select(tables.roles)).one()
    assert (role.title, role.country, role.date) == ("President", "KG", "2025-05-01")


def test_the_same_text_twice_adds_nothing(store: Engine) -> None:
    doc, rec = visit_record()
    save_document(store, doc, rec)
    assert save_document(store, doc, rec) == "unchanged"
    assert count(store, tables.documents) == 1
    assert count(store, tables.mentions) == 3


def test_a_changed_text_replaces_that_documents_facts(store: Engine) -> None:
    save_document(store, *visit_record())
    doc, rec = visit_record(amount="$320 million")
    assert save_document(store, doc, rec) == "replaced"
    with store.connect() as conn:
        assert conn.scalars(select(tables.documents.c.text)).all() == [doc.text]
        assert conn.scalar(select(func.count()).select_from(tables.mentions)) == 3
        assert conn.scalar(select(func.count()).select_from(tables.kb_entities)) == 3
        assert conn.scalar(select(func.count()).select_from(tables.series)) == 1


def test_a_failed_document_leaves_nothing_behind(store: Engine) -> None:
    doc, rec = visit_record()
    rec.figures[0].evidence = None
    with pytest.raises(TypeError):
        save_document(store, doc, rec)
    assert count(store, tables.documents) == 0
    assert count(store, tables.mentions) == 0
