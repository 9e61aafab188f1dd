"""`accord export --format ftm`: FollowTheMoney entities that followthemoney's model and its `ftm` command accept."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from followthemoney import model
from followthemoney.types import registry
from sqlalchemy import Engine, func, select

from accord.documents import SourceDocument, read_document
from accord.extract import extract_records
from accord.ingest.writer import save_document
from accord.record import Record
from accord.report.ftm import TEXT_LIMIT, ftm_entities, is_public_body, text_parts
from accord.store import tables

FTM_BIN = Path(sys.executable).parent / "ftm"


@pytest.fixture(scope="module")
def records(seed_paths: list[Path], sample_paths: list[Path]) -> list[tuple[SourceDocument, Record]]:
    """Return the seeds and the samples with their records, extracted once."""
    documents = [read_document(path) for path in [*seed_paths, *sample_paths]]
    return list(zip(documents, extract_records(documents), strict=True))


def stored(engine: Engine, records: list[tuple[SourceDocument, Record]]) -> list[dict[str, Any]]:
    """Store the records and return the knowledge base as FtM entity dicts."""
    for document, record in records:
        save_document(engine, document, record)
    with engine.connect() as conn:
        return list(ftm_entities(conn))


def problems(entity: dict[str, Any], ids: dict[str, str]) -> list[str]:
    """Return what is wrong with an entity dict by followthemoney's model: the schema, each property and value,
    the required properties, and every reference (to an exported entity of the schema the property wants)."""
    proxy = model.get_proxy(entity, cleaned=False)  # raises on an unknown schema or property
    schema, found = proxy.schema, []
    if schema.abstract:
        found.append(f"{entity['id']}: {schema.name} is abstract")
    found += [f"{entity['id']}: {schema.name} needs {name}" for name in schema.required if not proxy.get(name)]
    for name, values in entity["properties"].items():
        prop = schema.get(name)
        for value in values:
            if not prop.type.validate(value) or prop.type.clean(value) != value:
                found.append(f"{entity['id']}: {name}={value!r} is not a clean {prop.type.name}")
            if prop.type == registry.entity and not (value in ids and model.get(ids[value]).is_a(prop.range)):
                found.append(f"{entity['id']}: {name} points at {value}, not an exported {prop.range.name}")
    return found


def test_every_entity_validates_against_the_followthemoney_model(
    store: Engine, records: list[tuple[SourceDocument, Record]]
) -> None:
    entities = stored(store, records)
    ids = {e["id"]: e["schema"] for e in entities}
    assert len(ids) == len(entities), "every entity id is unique"
    assert [p for e in entities for p in problems(e, ids)] == []
    schemata = {e["schema"] for e in entities}
    assert {"Article", "Person", "Organization", "Territory", "Documentation", "Event", "Project"} <= schemata
    assert {"ProjectParticipant", "UnknownLink"} <= schemata
    with store.connect() as conn:
        documents = conn.scalar(select(func.count()).select_from(tables.documents))
        initiatives = conn.scalar(select(func.count()).select_from(tables.kb_initiatives))
        events = conn.scalar(select(func.count()).select_from(tables.events))
    assert sum(e["schema"] == "Article" for e in entities) == documents
    assert sum(e["schema"] == "Project" for e in entities) == initiatives
    assert sum(e["schema"] == "Event" for e in entities) == events


def test_the_ftm_command_reads_the_export_and_keeps_every_value(
    store: Engine, database_url: str, records: list[tuple[SourceDocument, Record]], accord_bin: str, tmp_path: Path
) -> None:
    for document, record in records:
        save_document(store, document, record)
    exported, validated = tmp_path / "kb.ftm.json", tmp_path / "validated.ftm.json"
    subprocess.run(
        [accord_bin, "export", "--format", "ftm", "--out", str(exported), "--db", database_url],
        check=True,
        capture_output=True,
    )
    assert FTM_BIN.is_file(), f"{FTM_BIN} is missing: followthemoney installs it"
    subprocess.run([str(FTM_BIN), "validate", "-i", str(exported), "-o", str(validated)], check=True)
    before = [json.loads(line) for line in exported.read_text(encoding="utf-8").splitlines()]
    after = {e["id"]: e for e in map(json.loads, validated.read_text(encoding="utf-8").splitlines())}
    assert len(after) == len(before) > 0
    for entity in before:
        kept = after[entity["id"]]
        assert kept["schema"] == entity["schema"]
        assert {k: sorted(v) for k, v in kept["properties"].items()} == {
            k: sorted(v) for k, v in entity["properties"].items()
        }, entity["id"]


def by_name(entities: list[dict[str, Any]], schema: str, name: str) -> dict[str, Any]:
    return next(e for e in entities if e["schema"] == schema and name in e["properties"].get("name", []))


def test_people_bodies_countries_events_and_initiatives_map_onto_their_schemata(
    store: Engine, solar_park_records: list[tuple[SourceDocument, Record]]
) -> None:
    entities = stored(store, solar_park_records)
    asanov = by_name(entities, "Person", "Temir Asanov")
    assert asanov["properties"]["country"] == ["kg"]
    assert "Prime Minister" in asanov["properties"]["position"]
    assert "Asanov" in asanov["properties"].get("weakAlias", []), "a bare surname is no alias to match on"
    ministry = by_name(entities, "PublicBody", "Ministry of Energy of Kyrgyzstan")
    kyrgyzstan = by_name(entities, "Territory", "Kyrgyzstan")
    assert kyrgyzstan["properties"]["territoryCode"] == ["kg"] and kyrgyzstan["properties"]["level"] == ["country"]
    park = by_name(entities, "Project", "Issyk-Kul Solar Park")
    assert park["properties"]["status"] == ["stalled"]
    assert "Deadline 2026" in park["properties"]["description"][0]
    files = {e["id"]: e["properties"]["fileName"][0] for e in entities if e["schema"] == "Article"}
    proofs = {files[proof] for proof in park["properties"]["proof"]}
    assert proofs == {"proposal.txt", "adoption.txt", "construction.txt", "suspended.txt"}, "its reports are its proof"
    assert "suspended" in park["properties"]["summary"][0], "the latest report's sentence"
    ends = {e["id"]: (e["properties"].get("project") or e["properties"].get("object"), e) for e in entities}
    links = [link for project, link in ends.values() if project == [park["id"]]]
    participants = {(e["properties"].get("participant") or e["properties"]["subject"])[0]: e for e in links}
    assert participants[asanov["id"]]["schema"] == "ProjectParticipant"
    assert "actor" in participants[asanov["id"]]["properties"]["role"]
    assert participants[kyrgyzstan["id"]]["schema"] == "UnknownLink", "a country takes part through its territory"
    assert "kg" in park["properties"]["country"]
    commission = next(e for e in entities if e["schema"] == "Event" and "2024-09-19" in e["properties"].get("date", []))
    assert commission["properties"]["location"] == ["Astana"]
    assert {"kz", "kg"} <= set(commission["properties"].get("country", []))
    proposal = next(e for e in entities if e["schema"] == "Article" and e["properties"]["fileName"] == ["proposal.txt"])
    assert proposal["properties"]["publishedAt"] == ["2024-03-12"]
    assert proposal["properties"]["title"] == ["Solar park idea for Lake Issyk-Kul"]
    mention = next(
        e
        for e in entities
        if e["schema"] == "Documentation"
        and e["properties"]["entity"] == [asanov["id"]]
        and e["properties"]["document"] == [proposal["id"]]
    )
    assert "Temir Asanov held talks" in mention["properties"]["summary"][0]
    assert any(e["properties"].get("entity") == [ministry["id"]] for e in entities if e["schema"] == "Documentation")


@pytest.mark.parametrize(
    ("name", "public"),
    [
        ("Ministry of Foreign Affairs of Freedonia", True),
        ("Government of Freedonia", True),
        ("State Committee for Tourism", True),
        ("Freedonia Prosecutor's Office", True),
        ("Intergovernmental Commission on Trade", False),
        ("Ministerial Review Group", False),
        ("Northwind Logistics", False),
    ],
)
def test_an_organization_is_a_public_body_when_its_name_holds_a_public_bodys_word(name: str, public: bool) -> None:
    assert is_public_body(name) is public


def test_a_text_longer_than_followthemoney_takes_in_one_value_is_given_whole_in_parts() -> None:
    paragraph = "The committee met in the capital on Monday and reviewed the customs plan. " * 2000
    parts = text_parts(paragraph)
    assert len(paragraph) > TEXT_LIMIT and len(parts) == 3
    assert all(registry.text.validate(part) and len(part) <= TEXT_LIMIT for part in parts)
    assert " ".join(parts).split() == paragraph.split()
    assert text_parts("A short release.") == ["A short release."]
