"""Search finds Russian documents by Russian words in any of their forms, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from kb_records import document, entity, record
from sqlalchemy import Engine

from accord.ingest.writer import save_document
from accord.store.name_search import find_names
from accord.store.search import count_matches, search
from accord.store.terms import russian_stem

RUSSIAN = (
    "Министры энергетики Киргизии и Казахстана обсудили строительство новой гидроэлектростанции на реке Нарын. "
    "Стороны договорились подготовить технико-экономическое обоснование проекта до конца года."
)
ENGLISH = "The energy ministers of Kyrgyzstan and Kazakhstan discussed building a new hydropower plant on the Naryn."


@pytest.fixture
def stored(store: Engine) -> Engine:
    ru, en = document("ru.txt", RUSSIAN), document("en.txt", ENGLISH)
    minister = entity(RUSSIAN, "organization", "Министры энергетики")
    save_document(store, ru, record(ru, entities=[minister], language="ru"))
    save_document(store, en, record(en))
    return store


def sources(store: Engine, words: str) -> list[str]:
    with store.connect() as conn:
        hits = search(conn, words)
        assert count_matches(conn, words) == len(hits)
    return sorted(hit["source"] for hit in hits)


@pytest.mark.parametrize(
    "words",
    [
        "строительство",  # as written
        "СТРОИТЕЛЬСТВО",  # case folded
        "строительства гидроэлектростанций",  # other cases and numbers of the same words
        "министр энергетика",
        "обоснованию проектов",
    ],
)
def test_a_russian_document_is_found_by_its_words_in_any_form(stored: Engine, words: str) -> None:
    assert sources(stored, words) == ["ru.txt"]


def test_a_snippet_marks_the_russian_words_found(stored: Engine) -> None:
    with stored.connect() as conn:
        [hit] = search(conn, "гидроэлектростанция")
    assert "[гидроэлектростанции]" in hit["snippet"]


def test_words_in_neither_text_find_nothing_and_english_search_is_unchanged(stored: Engine) -> None:
    assert sources(stored, "нефтепровод") == []
    assert sources(stored, "строительство нефтепровода") == []
    assert sources(stored, "hydropower plant") == ["en.txt"]
    assert sources(stored, "Naryn") == ["en.txt"]  # the Russian text writes it in Cyrillic


def test_a_stem_is_only_used_when_it_is_long_enough_to_search_by() -> None:
    assert russian_stem("строительства") == "строительств"
    assert russian_stem("на") is None
    assert russian_stem("plant") is None


def test_names_are_found_by_their_cyrillic_words_whatever_their_case(stored: Engine) -> None:
    with stored.connect() as conn:
        for words in ("министры", "ЭНЕРГЕТИКИ", "Министры энергетики", "министров энергетика"):
            assert [e["name"] for e in find_names(conn, words)["entities"]] == ["Министры энергетики"], words
