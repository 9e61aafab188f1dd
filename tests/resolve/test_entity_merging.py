"""Entities merge across documents by name, alias, acronym and spelling variant, never across types or countries."""

from __future__ import annotations

from kb_records import document, entity, record
from sqlalchemy import Engine

from accord.ingest.writer import save_document
from accord.record import Entity, Role
from accord.store.entities import entity_profile, list_entities


def ingest_mentions(store: Engine, *documents: tuple[str, list[tuple[str, ...]]]) -> None:
    """Store one document per (text, entities) pair; an entity is (type, name, *aliases[, country])."""
    for number, (text, specs) in enumerate(documents):
        doc = document(f"doc{number}.txt", text, published=f"2025-0{number + 1}-01")
        entities: list[Entity] = []
        for type_, name, *rest in specs:
            country = rest.pop() if rest and len(rest[-1]) == 2 and rest[-1].isupper() else None
            entities.append(entity(text, type_, name, *rest, country=country))
        save_document(store, doc, record(doc, entities=entities))


def names(store: Engine) -> list[tuple[str, int]]:
    with store.connect() as conn:
        return sorted((e["name"], e["documents"]) for e in list_entities(conn))


def test_a_country_merges_by_its_code_and_keeps_its_other_names_as_aliases(store: Engine) -> None:
    ingest_mentions(
        store,
        ("Kazakhstan hosted the talks.", [("country", "Kazakhstan", "KZ")]),
        ("The Republic of Kazakhstan signed.", [("country", "Republic of Kazakhstan", "KZ")]),
        ("Kazakhstan and its partners.", [("country", "Kazakhstan", "KZ")]),
    )
    with store.connect() as conn:
        profile = entity_profile(conn, "Republic of Kazakhstan")
    assert names(store) == [("Kazakhstan", 3)]
    assert profile is not None and profile["aliases"] == ["Republic of Kazakhstan"]


def test_transliteration_variants_of_a_person_merge_with_their_reason(store: Engine) -> None:
    ingest_mentions(
        store,
        ("Ambassador Matvei Kovrigin arrived.", [("person", "Matvei Kovrigin", "RU")]),
        ("Matvey Kovrigin met the minister.", [("person", "Matvey Kovrigin", "RU")]),
    )
    with store.connect() as conn:
        profile = entity_profile(conn, "Matvey Kovrigin")
    assert profile is not None and profile["documents"] == 2
    assert profile["evidence"][1]["merge"]["reasons"][0] == "transliteration variant"
    assert 0.7 <= profile["evidence"][1]["merge"]["confidence"] < 1


def test_a_place_spelled_with_other_vowels_merges(store: Engine) -> None:
    ingest_mentions(
        store,
        ("Talks were held in Tashkent.", [("place", "Tashkent", "UZ")]),
        ("A plant opened near Toshkent.", [("place", "Toshkent", "UZ")]),
    )
    assert names(store) == [("Tashkent", 2)] or names(store) == [("Toshkent", 2)]


def test_an_organization_merges_with_its_acronym(store: Engine) -> None:
    ingest_mentions(
        store,
        ("The Tengri Development Bank will lend.", [("organization", "Tengri Development Bank")]),
        ("TDB approved the loan.", [("organization", "TDB")]),
    )
    assert len(names(store)) == 1


def test_a_surname_alone_or_after_an_honorific_joins_the_person_known_by_full_name(store: Engine) -> None:
    ingest_mentions(
        store,
        ("President Kanat Serikbayev spoke.", [("person", "Kanat Serikbayev", "KZ")]),
        ("Serikbayev later left.", [("person", "Serikbayev")]),
        ("Mr Serikbayev agreed.", [("person", "Mr Serikbayev")]),
    )
    assert names(store) == [("Kanat Serikbayev", 3)]


def test_people_sharing_a_surname_but_not_a_given_name_stay_apart(store: Engine) -> None:
    ingest_mentions(
        store,
        ("Rodion Volkov spoke.", [("person", "Rodion Volkov", "RU")]),
        ("Yaroslav Volkov replied.", [("person", "Yaroslav Volkov", "RU")]),
    )
    assert names(store) == [("Rodion Volkov", 1), ("Yaroslav Volkov", 1)]


def test_people_whose_full_names_differ_stay_apart_though_both_go_by_their_surname(store: Engine) -> None:
    ingest_mentions(
        store,
        ("Vsevolod Kurbatov chaired. Kurbatov said.", [("person", "Vsevolod Kurbatov", "Kurbatov", "RU")]),
        ("Minister Lavrenty Kurbatov spoke. Kurbatov added.", [("person", "Lavrenty Kurbatov", "Kurbatov")]),
    )
    assert names(store) == [("Lavrenty Kurbatov", 1), ("Vsevolod Kurbatov", 1)]


def test_a_bare_surname_joins_the_person_known_by_full_name_whatever_country_it_was_given(store: Engine) -> None:
    ingest_mentions(
        store,
        ("Talks in Astana. President Hrynkevich arrived.", [("person", "Hrynkevich", "KZ")]),
        (
            "President of Belarus Anatol Hrynkevich. Hrynkevich said.",
            [("person", "Anatol Hrynkevich", "Hrynkevich", "BY")],
        ),
        ("Mr Hrynkevich agreed.", [("person", "Hrynkevich")]),
    )
    assert names(store) == [("Anatol Hrynkevich", 3)]


def test_same_name_in_different_countries_stays_apart(store: Engine) -> None:
    ingest_mentions(
        store,
        ("The National Bank raised rates.", [("organization", "National Bank", "KZ")]),
        ("The National Bank cut rates.", [("organization", "National Bank", "KG")]),
    )
    assert len(names(store)) == 2


def test_a_person_and_an_organization_of_one_name_stay_apart(store: Engine) -> None:
    ingest_mentions(
        store,
        ("Mr Brantley spoke.", [("person", "Brantley")]),
        ("Brantley opened a plant.", [("organization", "Brantley")]),
    )
    assert len(names(store)) == 2


def test_a_person_keeps_each_role_with_the_date_of_the_document_stating_it(store: Engine) -> None:
    for number, (text, title) in enumerate(
        [
            ("Minister Aliya Nurova spoke.", "Minister"),
            ("Deputy Prime Minister Aliya Nurova spoke.", "Deputy Prime Minister"),
        ]
    ):
        doc = document(f"doc{number}.txt", text, published=f"202{number + 3}-01-01")
        nurova = entity(text, "person", "Aliya Nurova", country="KZ", roles=[Role(title, None, "KZ")])
        save_document(store, doc, record(doc, entities=[nurova]))
    with store.connect() as conn:
        profile = entity_profile(conn, "Aliya Nurova")
    assert profile is not None
    assert [(r["title"], r["date"]) for r in profile["roles"]] == [
        ("Minister", "2023-01-01"),
        ("Deputy Prime Minister", "2024-01-01"),
    ]


def test_replacing_a_document_removes_entities_only_it_supported(store: Engine) -> None:
    ingest_mentions(
        store, ("Kyrgyzstan and Armenia met.", [("country", "Kyrgyzstan", "KG"), ("country", "Armenia", "AM")])
    )
    doc = document("doc0.txt", "Kyrgyzstan alone.")
    save_document(store, doc, record(doc, entities=[entity(doc.text, "country", "Kyrgyzstan", country="KG")]))
    assert names(store) == [("Kyrgyzstan", 1)]


def test_a_full_name_merges_even_when_one_document_gives_the_person_another_country(store: Engine) -> None:
    ingest_mentions(
        store,
        ("President Lai Quoc Thinh of Vietnam spoke.", [("person", "Lai Quoc Thinh", "VN")]),
        ("Putting questions to Lai Quoc Thinh.", [("person", "Lai Quoc Thinh", "TH")]),
    )
    with store.connect() as conn:
        profile = entity_profile(conn, "Lai Quoc Thinh")
    assert profile is not None and profile["documents"] == 2
    assert profile["evidence"][1]["merge"]["reasons"][-1] == "countries differ (TH/VN)"


def test_names_that_only_share_initials_stay_apart(store: Engine) -> None:
    ingest_mentions(
        store,
        ("The Korvensk Territory will host it.", [("organization", "Korvensk Territory")]),
        ("The Kalmyrsk Territory will host it.", [("organization", "Kalmyrsk Territory")]),
        ("The Kurgala-Tavrino pipeline.", [("organization", "Kurgala-Tavrino")]),
    )
    assert len(names(store)) == 3


def test_a_name_within_a_fuller_name_of_the_same_person_merges(store: Engine) -> None:
    ingest_mentions(
        store,
        ("President Ahmet Kemal Ozturk spoke.", [("person", "Ahmet Kemal Ozturk", "TR")]),
        ("Kemal Ozturk arrived.", [("person", "Kemal Ozturk", "TR")]),
    )
    assert names(store) == [("Ahmet Kemal Ozturk", 2)]


def test_a_surname_later_in_the_same_document_joins_the_person_named_before_it(store: Engine) -> None:
    ingest_mentions(
        store,
        (
            "Gennady Voronin met the press. Later Voronin left.",
            [("person", "Gennady Voronin", "RU"), ("person", "Voronin")],
        ),
    )
    assert names(store) == [("Gennady Voronin", 1)]


def test_a_person_the_model_took_for_a_body_joins_the_person_and_the_type_most_documents_give_wins(
    store: Engine,
) -> None:
    ingest_mentions(
        store,
        ("Talks with Aidar Nurlanov were held.", [("organization", "Aidar Nurlanov")]),
        ("President Aidar Nurlanov arrived.", [("person", "Aidar Nurlanov", "KZ")]),
        ("President Aidar Nurlanov spoke.", [("person", "Aidar Nurlanov", "KZ")]),
    )
    with store.connect() as conn:
        entities = list_entities(conn)
    assert [(e["name"], e["type"], e["documents"]) for e in entities] == [("Aidar Nurlanov", "person", 3)]


def test_a_body_with_a_body_word_in_its_name_stays_apart_from_a_person_of_that_name(store: Engine) -> None:
    ingest_mentions(
        store,
        ("The Nurlanov Foundation gave grants.", [("organization", "Nurlanov Foundation")]),
        ("Nurlanov Foundation spoke.", [("person", "Nurlanov Foundation")]),
    )
    assert len(names(store)) == 2


def test_two_bare_surnames_given_different_countries_stay_apart(store: Engine) -> None:
    ingest_mentions(
        store,
        ("President Kim arrived in Seoul.", [("person", "Kim", "KR")]),
        ("Chairman Kim spoke in Pyongyang.", [("person", "Kim", "KP")]),
    )
    assert len(names(store)) == 2
