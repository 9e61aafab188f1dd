"""Records of real and sample documents keep the output contract in ../shared/schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from accord.documents.reader import read_document
from accord.extract import extract_records

SPAN_LISTS = {
    "entities": "mentions",
    "events": "evidence",
    "initiatives": "evidence",
    "figures": "evidence",
    "statements": "evidence",
}


@pytest.fixture(scope="module")
def validator(shared_dir: Path) -> Draft202012Validator:
    schema = json.loads((shared_dir / "schema" / "record.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@pytest.fixture(scope="module")
def records(seed_paths: list[Path], sample_paths: list[Path]) -> list[tuple[str, dict[str, Any]]]:
    documents = [read_document(str(path)) for path in [*seed_paths, sample_paths[0]]]
    return [(d.text, r.to_dict()) for d, r in zip(documents, extract_records(documents), strict=True)]


def _problems(validator: Draft202012Validator, record: dict[str, Any]) -> list[str]:
    return [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(record)]


def test_records_of_seeds_and_a_sample_match_the_schema(
    validator: Draft202012Validator, records: list[tuple[str, dict[str, Any]]]
) -> None:
    for _, record in records:
        assert _problems(validator, record) == [], record["document"]["source"]


def test_records_are_not_empty(records: list[tuple[str, dict[str, Any]]]) -> None:
    for _, record in records:
        assert record["entities"], f"no entities in {record['document']['source']}"


def test_every_span_lies_inside_the_document_text(records: list[tuple[str, dict[str, Any]]]) -> None:
    for text, record in records:
        for section, spans in SPAN_LISTS.items():
            for item in record[section]:
                for span in item[spans]:
                    assert 0 <= span["start"] < span["end"] <= len(text), (section, item["id"], span)


def test_record_of_an_unsupported_language_matches_the_schema_and_says_why(
    validator: Draft202012Validator, tmp_path: Path
) -> None:
    german = tmp_path / "gipfel.txt"
    german.write_text(
        "Die Regierungschefs beider Länder trafen sich am Montag in Berlin zu Gesprächen über den Handel. "
        "Sie vereinbarten, die Zusammenarbeit im Energiebereich in den kommenden Jahren auszubauen.",
        encoding="utf-8",
    )
    record = extract_records([read_document(str(german))])[0].to_dict()
    assert _problems(validator, record) == []
    assert record["document"]["language"] == "de"
    assert record["document"]["notices"], "a record left empty must say why"
