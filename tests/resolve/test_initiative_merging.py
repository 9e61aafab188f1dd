"""Initiatives merge when they are the same undertaking: similar titles plus shared place, actors, sector or figures."""

from __future__ import annotations

from kb_records import document, entity, record, span_of
from sqlalchemy import Engine

from accord.ingest.writer import save_document
from accord.record import Entity, Initiative, Status
from accord.resolve.titles import shared_phrase
from accord.store.initiatives import InitiativeFilter, list_initiatives


def report(
    store: Engine,
    source: str,
    text: str,
    title: str,
    sector: str,
    entities: list[Entity],
    location: str | None = None,
    published: str = "2025-03-01",
    status: Status = "planned",
) -> None:
    doc = document(source, text, published=published)
    initiative = Initiative(
        id="i1",
        kind="project",
        title=title,
        status=status,
        sector=sector,
        location=location,
        parties=[e.name for e in entities if e.type == "country"],
        evidence=[span_of(text, title)],
    )
    save_document(store, doc, record(doc, entities=entities, initiatives=[initiative]))


def test_titles_sharing_a_common_noun_phrase_in_one_country_merge_keeping_both_reports(store: Engine) -> None:
    first = "Kazakhstan plans the first unit of its future hydroelectric power station on the Ili river."
    second = "Work began on the large hydroelectric power station in the Almaty region of Kazakhstan."
    report(
        store,
        "a.txt",
        first,
        "first unit of its future hydroelectric power station",
        "energy",
        [entity(first, "country", "Kazakhstan", country="KZ")],
    )
    report(
        store,
        "b.txt",
        second,
        "large hydroelectric power station in the Almaty region",
        "energy",
        [entity(second, "country", "Kazakhstan", country="KZ"), entity(second, "place", "Almaty region", country="KZ")],
        location="Almaty region",
    )
    with store.connect() as conn:
        [merged] = list_initiatives(conn)
    assert merged["documents"] == 2
    assert [r["source"] for r in merged["reports"]] == ["a.txt", "b.txt"]
    assert "shared phrase 'hydroelectric power station'" in merged["reports"][1]["reasons"]


def test_the_same_undertaking_in_two_countries_stays_two(store: Engine) -> None:
    first = "A hydroelectric power station will be built in Kyrgyzstan."
    second = "A hydroelectric power station will be built in Tajikistan."
    report(
        store,
        "a.txt",
        first,
        "hydroelectric power station",
        "energy",
        [entity(first, "country", "Kyrgyzstan", country="KG")],
        location="Kyrgyzstan",
    )
    report(
        store,
        "b.txt",
        second,
        "hydroelectric power station",
        "energy",
        [entity(second, "country", "Tajikistan", country="TJ")],
        location="Tajikistan",
    )
    with store.connect() as conn:
        assert len(list_initiatives(conn)) == 2


def test_initiatives_of_different_sectors_stay_apart(store: Engine) -> None:
    first = "The sides agreed on a joint action plan for trade."
    second = "The sides agreed on a joint action plan for culture."
    report(store, "a.txt", first, "joint action plan for trade", "trade", [])
    report(store, "b.txt", second, "joint action plan for culture", "culture", [])
    with store.connect() as conn:
        assert len(list_initiatives(conn)) == 2


def test_proper_names_alone_are_no_shared_phrase() -> None:
    assert shared_phrase("Grainexpress Central Asia–Russia project", "Central Asia–Russia Engineering Hub") is None
    assert shared_phrase("future nuclear power plant", "nuclear power plant in the north") == "nuclear power plant"


def test_initiatives_filter_by_sector_actor_country_and_date(store: Engine) -> None:
    first = "Armenia proposed a new railway line."
    second = "Georgia announced a solar park."
    report(
        store,
        "a.txt",
        first,
        "new railway line",
        "transport",
        [entity(first, "country", "Armenia", country="AM")],
        published="2024-05-01",
    )
    report(
        store,
        "b.txt",
        second,
        "solar park",
        "energy",
        [entity(second, "country", "Georgia", country="GE")],
        published="2025-05-01",
    )
    with store.connect() as conn:

        def titles(**wanted: str) -> list[str]:
            return [i["title"] for i in list_initiatives(conn, InitiativeFilter(**wanted))]

        assert titles() == ["solar park", "new railway line"]
        assert titles(sector="transport") == ["new railway line"]
        assert titles(actor="Georgia") == ["solar park"]
        assert titles(country="AM") == ["new railway line"]
        assert titles(since="2025") == ["solar park"]
        assert titles(status="completed") == []


def test_replacing_a_report_recomputes_the_merged_initiative(store: Engine) -> None:
    first = "Armenia plans a grain terminal at the port."
    second = "Armenia started building the grain terminal at the port."
    armenia = [entity(first, "country", "Armenia", country="AM")]
    report(store, "a.txt", first, "grain terminal at the port", "trade", armenia, published="2025-01-01")
    report(
        store,
        "b.txt",
        second,
        "grain terminal at the port",
        "trade",
        armenia,
        published="2025-06-01",
        status="in_progress",
    )
    with store.connect() as conn:
        assert [(i["status"], i["documents"]) for i in list_initiatives(conn)] == [("in_progress", 2)]
    doc = document("b.txt", "Armenia said nothing new.")
    save_document(store, doc, record(doc))
    with store.connect() as conn:
        assert [(i["status"], i["documents"]) for i in list_initiatives(conn)] == [("planned", 1)]


def test_a_limited_list_keeps_the_most_recently_reported_with_all_their_reports(store: Engine) -> None:
    for number, (title, published) in enumerate(
        [
            ("grain terminal at the port", "2024-02-01"),
            ("solar park", "2025-04-01"),
            ("grain terminal at the port", "2025-06-01"),
        ]
    ):
        text = f"On {published} Armenia announced the {title}."
        armenia = [entity(text, "country", "Armenia", country="AM")]
        report(store, f"{number}.txt", text, title, "energy", armenia, published=published)
    with store.connect() as conn:
        [latest] = list_initiatives(conn, limit=1)
        assert list_initiatives(conn, limit=2) == list_initiatives(conn)
    assert latest["title"] == "grain terminal at the port" and latest["last_reported"] == "2025-06-01"
    assert [r["source"] for r in latest["reports"]] == ["0.txt", "2.txt"]


def test_a_report_as_like_two_initiatives_waits_for_a_person_instead_of_joining_one(store: Engine) -> None:
    treaties = "Norland signed a Treaty of Friendship and Cooperation with Vesta and another with Ostria."
    vesta = "The Treaty of Friendship and Cooperation between Norland and Vesta was ratified."
    ostria = "The Treaty of Friendship and Cooperation between Norland and Ostria was ratified."
    countries = {"Norland": "NL", "Vesta": "VE", "Ostria": "OS"}

    def named(text: str) -> list[Entity]:
        return [entity(text, "country", name, country=code) for name, code in countries.items() if name in text]

    report(
        store,
        "vesta.txt",
        vesta,
        "Treaty of Friendship and Cooperation between Norland and Vesta",
        "diplomacy",
        named(vesta),
    )
    report(
        store,
        "ostria.txt",
        ostria,
        "Treaty of Friendship and Cooperation between Norland and Ostria",
        "diplomacy",
        named(ostria),
    )
    report(store, "both.txt", treaties, "Treaty of Friendship and Cooperation", "diplomacy", named(treaties))
    with store.connect() as conn:
        initiatives = list_initiatives(conn)
    assert all(i["documents"] == 1 for i in initiatives), [(i["title"], i["documents"]) for i in initiatives]
