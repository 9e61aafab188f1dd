"""A Russian and an English report of one meeting make one person, one country and one initiative in the
knowledge base, each with evidence in both languages, on SQLite and PostgreSQL; `accord show`, the entity
page and the initiative page list both."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from accord.cli import main
from accord.ingest.runner import ingest
from accord.ingest.sources import read_sources
from accord.store import tables
from accord.web import WebSettings, create_app

# The two reports of the meeting, written for this test: the minister and the plant are invented.
MEETING = Path(__file__).parent


RUSSIAN_AGREEMENT = "соглашение о строительстве ГЭС «Кызыл-Суу» на реке Нарын"


@pytest.fixture
def both(store: Engine, tmp_path: Path) -> Engine:
    """The two reports, ingested in one run as `accord ingest` does."""
    paths = [tmp_path / "ru.txt", tmp_path / "en.txt"]
    for path, name in zip(paths, ("meeting_ru.txt", "meeting_en.txt"), strict=True):
        path.write_text((MEETING / name).read_text(encoding="utf-8"), encoding="utf-8")
    assert ingest(store, read_sources([str(p) for p in paths])).added == 2
    return store


def languages_of(store: Engine, table: tables.Table, column: str, kb_id: int) -> set[str]:
    """Return the languages of the documents whose facts in `table` belong to kb item `kb_id`."""
    d = tables.documents
    with store.connect() as conn:
        query = select(d.c.language).join(table, table.c.document_id == d.c.id).where(table.c[column] == kb_id)
        return set(conn.scalars(query))


def kb_ids(store: Engine, table: tables.Table, column: str, **where: str) -> set[int]:
    """Return the kb items that the facts of `table` matching `where` belong to."""
    with store.connect() as conn:
        query = select(table.c[column]).where(*(table.c[key] == value for key, value in where.items()))
        return set(conn.scalars(query))


def test_the_minister_is_one_person_with_evidence_in_both_languages(both: Engine) -> None:
    named = kb_ids(both, tables.mentions, "kb_entity_id", name="Таалайбек Жолдошбеков")
    named |= kb_ids(both, tables.mentions, "kb_entity_id", name="Taalaibek Joldoshbekov")
    [person] = named
    assert languages_of(both, tables.mentions, "kb_entity_id", person) == {"ru", "en"}
    with both.connect() as conn:
        reasons = conn.scalars(select(tables.mentions.c.reasons).where(tables.mentions.c.kb_entity_id == person))
        assert any("transliteration" in reason for its in reasons for reason in its)


def test_the_country_is_one_country_with_evidence_in_both_languages(both: Engine) -> None:
    [kyrgyzstan] = kb_ids(both, tables.mentions, "kb_entity_id", type="country", country="KG")
    assert languages_of(both, tables.mentions, "kb_entity_id", kyrgyzstan) == {"ru", "en"}


def test_the_agreement_is_one_initiative_reported_in_both_languages(both: Engine) -> None:
    with both.connect() as conn:
        rows = conn.execute(select(tables.initiatives.c.title, tables.initiatives.c.kb_initiative_id)).all()
    agreements = {kb_id for title, kb_id in rows if title.startswith(("соглашение о строительстве", "agreement on"))}
    [agreement] = agreements
    assert languages_of(both, tables.initiatives, "kb_initiative_id", agreement) == {"ru", "en"}
    with both.connect() as conn:
        reasons = conn.scalars(
            select(tables.initiatives.c.reasons).where(tables.initiatives.c.kb_initiative_id == agreement)
        )
        assert any(reason.startswith("same country and project") for its in reasons for reason in its)


@pytest.fixture
def client(both: Engine, database_url: str) -> Iterator[TestClient]:
    with TestClient(create_app(WebSettings(database_url), both)) as client:
        yield client


def test_show_and_the_pages_list_the_evidence_in_both_languages(
    both: Engine, client: TestClient, database_url: str
) -> None:
    [person] = kb_ids(both, tables.mentions, "kb_entity_id", name="Taalaibek Joldoshbekov")
    [agreement] = kb_ids(both, tables.initiatives, "kb_initiative_id", title=RUSSIAN_AGREEMENT)
    with both.connect() as conn:
        name = conn.scalar(select(tables.kb_entities.c.name).where(tables.kb_entities.c.id == person))
        title = conn.scalar(select(tables.kb_initiatives.c.title).where(tables.kb_initiatives.c.id == agreement))
    runner = CliRunner(mix_stderr=False)
    for shown_name, ru_words, en_words in (
        (name, "Жолдошбеков", "Joldoshbekov"),
        (title, "соглашение о строительстве ГЭС", "agreement on the construction"),
    ):
        shown = runner.invoke(main, ["show", shown_name, "--db", database_url], env={"COLUMNS": "400"})
        assert shown.exit_code == 0, shown.stderr
        assert ru_words in shown.stdout and en_words in shown.stdout, shown_name
    entity_page = client.get(f"/entities/{person}").text
    initiative_page = client.get(f"/initiatives/{agreement}").text
    # The entity page lists each document's mentions with the name as written there, the initiative
    # page each report's sentence.
    assert "“Таалайбек Жолдошбеков”" in entity_page and "“Taalaibek Joldoshbekov”" in entity_page
    assert "Киргизия и Узбекистан подписали соглашение" in entity_page
    assert "подписали соглашение о строительстве" in initiative_page and "signed an agreement" in initiative_page


def test_a_project_named_by_no_proper_name_meets_by_its_place_and_figures(
    store: Engine, tmp_path: Path, sample_paths: list[Path]
) -> None:
    """The bundled samples report one solar plant in English and, later, in Russian: "solar power plant in
    the Samarkand region" and "первая очередь солнечной электростанции мощностью 500 МВт"."""
    plant = [path for path in sample_paths if path.name in ("solar_plant.txt", "ru_solar_plant.txt")]
    assert ingest(store, read_sources([str(p) for p in plant])).added == 2
    with store.connect() as conn:
        rows = conn.execute(select(tables.initiatives.c.kb_initiative_id, tables.initiatives.c.reasons)).all()
    reported = {kb_id for kb_id, reasons in rows if any("same place, same figures" in r for r in reasons)}
    [plant_id] = reported
    assert languages_of(store, tables.initiatives, "kb_initiative_id", plant_id) == {"ru", "en"}
