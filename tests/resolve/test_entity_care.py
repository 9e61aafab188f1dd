"""Entities with care: an international organization has no country, and debris never becomes an alias."""

from __future__ import annotations

from kb_records import document, entity, record
from sqlalchemy import Engine

from accord.ingest.writer import save_document
from accord.record import Entity
from accord.store.entities import alias_form, list_entities


def mention(store: Engine, source: str, text: str, entities: list[Entity]) -> None:
    doc = document(source, text)
    save_document(store, doc, record(doc, entities=entities))


def test_an_international_organization_has_no_country_whoever_hosts_it(store: Engine) -> None:
    first = "NATO ministers met in Armenia on Tuesday."
    second = "NATO held an exercise off the coast of Georgia."
    mention(store, "a.txt", first, [entity(first, "organization", "NATO", country="AM")])
    mention(store, "b.txt", second, [entity(second, "organization", "NATO", country="GE")])
    with store.connect() as conn:
        [nato] = list_entities(conn)
    assert (nato["name"], nato["country"], nato["documents"]) == ("NATO", None, 2)


def test_a_national_body_keeps_its_country(store: Engine) -> None:
    text = "The Armenian Railways board met in Yerevan."
    mention(store, "a.txt", text, [entity(text, "organization", "Armenian Railways", country="AM")])
    with store.connect() as conn:
        [railways] = list_entities(conn)
    assert railways["country"] == "AM"


def test_punctuation_and_transcript_debris_never_become_aliases(store: Engine) -> None:
    assert alias_form("Jane Doe:") == "Jane Doe"
    assert alias_form("Presidential] Executive Office") is None
    assert alias_form("—") is None
    text = "Jane Doe: We opened the Presidential Executive Office. Jane Doe thanked the guests."
    doe = entity(text, "person", "Jane Doe", "Jane Doe:", "Presidential] Executive Office", country="AM")
    mention(store, "a.txt", text, [doe])
    with store.connect() as conn:
        [person] = list_entities(conn)
    assert person["aliases"] == []


def test_a_place_is_not_a_person_because_it_stands_where_a_subject_would(store: Engine) -> None:
    text = "Lake Ashmere welcomed more visitors this year, and Jane Doe opened a museum there."
    mention(
        store,
        "a.txt",
        text,
        [entity(text, "person", "Lake Ashmere", country="AM"), entity(text, "person", "Jane Doe", country="AM")],
    )
    with store.connect() as conn:
        assert sorted((e["name"], e["type"]) for e in list_entities(conn)) == [
            ("Jane Doe", "person"),
            ("Lake Ashmere", "place"),
        ]
