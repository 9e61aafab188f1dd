"""The read API answers every page's data as JSON, with the record schema's field names."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import Site

PARK = "Issyk-Kul Solar Park"


def get(site: Site, path: str, **params: Any) -> Any:
    response = site.client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def park(site: Site) -> dict[str, Any]:
    [found] = [i for i in get(site, "/api/v1/initiatives")["initiatives"] if i["title"] == PARK]
    return found


def test_the_register_lists_the_park_with_its_status_deadline_and_reports(site: Site) -> None:
    row = park(site)
    assert (row["status"], row["sector"], row["deadline"], row["documents"]) == ("stalled", "energy", "2026", 4)
    assert (row["first_reported"], row["last_reported"]) == ("2024-03-12", "2027-02-10")
    assert "Temir Asanov" in row["actors"]


def titles(site: Site, **params: Any) -> list[str]:
    return [row["title"] for row in get(site, "/api/v1/initiatives", **params)["initiatives"]]


def test_the_register_keeps_what_each_filter_names(site: Site) -> None:
    assert titles(site, status="stalled") == [PARK]
    assert titles(site, status="completed") == []
    assert titles(site, sector="environment") == ["<b>Amu Darya</b> water council"]
    assert titles(site, kind="proposal", actor="Asanov") == [PARK]
    assert titles(site, country="KZ") == [PARK]
    assert titles(site, country="Kazakhstan") == [PARK]
    assert titles(site, since="2027") == [PARK]
    assert titles(site, until="2024-06") == [PARK]
    assert titles(site, since="2025-05-01", until="2025-05-31") == [PARK, "<b>Amu Darya</b> water council"]


def test_the_register_sorts_and_pages(site: Site) -> None:
    assert titles(site, sort="title", order="asc") == ["<b>Amu Darya</b> water council", PARK]
    assert titles(site, sort="last_reported", order="asc") == ["<b>Amu Darya</b> water council", PARK]
    second = get(site, "/api/v1/initiatives", sort="title", order="asc", per_page=1, page=2)
    assert (second["total"], second["pages"], [r["title"] for r in second["initiatives"]]) == (2, 2, [PARK])


def test_the_register_refuses_an_unknown_sort(site: Site) -> None:
    assert site.client.get("/api/v1/initiatives", params={"sort": "colour"}).status_code == 422


def test_the_filtered_register_downloads_as_csv_without_formulas(site: Site) -> None:
    response = site.client.get("/api/v1/initiatives.csv", params={"sector": "energy"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [(r["title"], r["status"], r["deadline"]) for r in rows] == [(PARK, "stalled", "2026")]
    assert "Temir Asanov" in rows[0]["actors"].split("; ")


def test_an_initiative_answers_its_status_chain_with_evidence_into_its_documents(site: Site) -> None:
    initiative = get(site, f"/api/v1/initiatives/{park(site)['id']}")
    assert [step["status"] for step in initiative["chain"]] == ["proposed", "agreed", "in_progress", "stalled"]
    adoption = initiative["chain"][1]
    [span] = adoption["evidence"]
    text = get(site, f"/api/v1/documents/{adoption['document']}")["text"]
    assert text[span["start"] : span["end"]] == adoption["sentence"]["quote"]
    assert "signed an agreement" in adoption["sentence"]["quote"]
    assert {e["name"] for e in initiative["entities"]} >= {"Temir Asanov"}


def test_a_document_answers_a_record_valid_against_the_shared_schema(site: Site, shared_dir: Path) -> None:
    schema = json.loads((shared_dir / "schema" / "record.schema.json").read_text())
    for listed in get(site, "/api/v1/documents")["documents"]:
        answer = get(site, f"/api/v1/documents/{listed['id']}")
        jsonschema.validate(answer, schema)
        for entity in answer["entities"]:
            assert all(answer["text"][m["start"] : m["end"]] for m in entity["mentions"])


def test_an_entity_answers_its_mentions_initiatives_and_companions(site: Site) -> None:
    [asanov] = [e for e in get(site, "/api/v1/entities", type="person")["entities"] if e["name"] == "Temir Asanov"]
    entity = get(site, f"/api/v1/entities/{asanov['id']}")
    assert entity["documents"] == 1
    assert [i["title"] for i in entity["initiatives"]] == [PARK]
    assert "Daniyar Seitkali" in {c["name"] for c in entity["companions"]}
    assert entity["mentions"][0]["document"]["source"] == "proposal.txt"
    assert entity["mentions"][0]["evidence"][0].keys() == {"start", "end"}


def test_the_trade_series_holds_both_2024_sources_as_a_conflict_and_the_2030_target(site: Site) -> None:
    [trade] = [s for s in get(site, "/api/v1/series") if s["metric"] == "trade"]
    track = get(site, f"/api/v1/series/{trade['id']}")
    observed = [(o["period"], o["value"], o["source"]["source"], o["conflict"]) for o in track["observations"]]
    assert observed == [("2024", 1.9e9, "construction.txt", True), ("2024", pytest.approx(2.05e9), "trade.txt", True)]
    assert [(t["value"], t["by"]) for t in track["targets"]] == [(3e9, "2030")]


def test_search_finds_words_in_texts_and_in_names(site: Site) -> None:
    found = get(site, "/api/v1/search", q="solar park")
    assert {d["source"] for d in found["documents"]} >= {"proposal.txt", "suspended.txt"}
    assert [i["title"] for i in found["initiatives"]] == [PARK]
    assert [e["name"] for e in get(site, "/api/v1/search", q="asanov")["entities"]] == ["Temir Asanov"]
    assert get(site, "/api/v1/search", q='"; DROP TABLE documents; --')["documents"] == []


def test_the_overview_counts_and_flags_the_missed_deadline(site: Site) -> None:
    overview = get(site, "/api/v1/overview", as_of="2027-01-10")
    assert overview["counts"]["documents"] == 6
    assert dict(overview["by_status"]) == {"stalled": 1, "proposed": 1}
    assert [(i["initiative"], i["label"]) for i in overview["overdue"]] == [(PARK, "deadline")]


def test_due_and_conflicts_answer_as_the_commands_do(site: Site) -> None:
    assert [i["state"] for i in get(site, "/api/v1/due", as_of="2026-12-01", within="60d")] == ["due"]
    [conflict] = get(site, "/api/v1/conflicts")
    assert conflict["period"] == "2024"
    assert conflict["sides"][0]["sources"][0]["evidence"][0].keys() == {"start", "end"}


def test_the_openapi_schema_documents_reads_and_writes(site: Site) -> None:
    paths = get(site, "/api/v1/openapi.json")["paths"]
    assert {"get"} <= paths["/api/v1/initiatives"].keys()
    assert {"post"} <= paths["/api/v1/documents"].keys()
    assert {"patch"} <= paths["/api/v1/initiatives/{initiative_id}"].keys()
    assert not any(path.startswith(("/initiatives", "/sign-in")) for path in paths)


def test_unknown_things_answer_404(site: Site) -> None:
    unknown = ("initiatives/9999", "entities/9999", "series/9999", "documents/ffffffffffffffff")
    for path in (f"/api/v1/{name}" for name in unknown):
        response = site.client.get(path)
        assert response.status_code == 404
        assert "no " in response.json()["detail"]
