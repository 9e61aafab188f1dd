"""Downloads from the register and the entity list: the filtered list as CSV, JSON and XLSX, and the whole
knowledge base as `accord export` writes it, FollowTheMoney entities included."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from conftest import Site, html
from openpyxl import load_workbook

PARK = "Issyk-Kul Solar Park"


def download(site: Site, path: str, filename: str) -> bytes:
    response = site.client.get(path)
    assert response.status_code == 200, response.text[:300]
    assert response.headers["content-disposition"] == f'attachment; filename="{filename}"'
    return response.content


@pytest.mark.parametrize("page", ["/initiatives?status=stalled", "/entities?type=person"])
def test_the_list_pages_link_every_download_with_their_filters(site: Site, page: str) -> None:
    body = html(site.client, page)
    path, query = page.split("?")
    links = set(re.findall(r'<a download href="([^"]+)"', body))
    for kind in ("csv", "json", "xlsx"):
        assert any(link.startswith(f"{path}.{kind}?") and query in link for link in links), (kind, links)
    assert {"/export/json", "/export/csv", "/export/xlsx", "/export/ftm"} <= links


def test_the_register_downloads_its_filtered_view_as_csv_json_and_xlsx(site: Site) -> None:
    text = download(site, "/initiatives.csv?status=stalled", "initiatives.csv").decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    kept = json.loads(download(site, "/initiatives.json?status=stalled", "initiatives.json"))
    sheet = load_workbook(io.BytesIO(download(site, "/initiatives.xlsx?status=stalled", "initiatives.xlsx"))).active
    assert [r["title"] for r in rows] == [r["title"] for r in kept] == [PARK]
    assert kept[0]["status"] == "stalled" and kept[0]["deadline"]
    assert [c.value for c in sheet[1]][:3] == ["id", "title", "kind"] and sheet["B2"].value == PARK
    everything = json.loads(download(site, "/initiatives.json", "initiatives.json"))
    assert len(everything) > len(kept)


def test_the_entity_list_downloads_one_type_or_all(site: Site) -> None:
    people = json.loads(download(site, "/entities.json?type=person", "entities.json"))
    everyone = list(csv.DictReader(io.StringIO(download(site, "/entities.csv", "entities.csv").decode())))
    assert people and {e["type"] for e in people} == {"person"}
    assert len(everyone) > len(people) and {"country", "person"} <= {e["type"] for e in everyone}
    sheet = load_workbook(io.BytesIO(download(site, "/entities.xlsx?type=person", "entities.xlsx"))).active
    assert sheet.max_row - 1 == len(people)


def test_the_whole_knowledge_base_downloads_as_followthemoney_entities_and_a_workbook(site: Site) -> None:
    entities = [json.loads(line) for line in download(site, "/export/ftm", "knowledge-base.ftm.json").splitlines()]
    assert {"Article", "Person", "Territory", "Project"} <= {e["schema"] for e in entities}
    assert any(e["schema"] == "Project" and e["properties"]["name"] == [PARK] for e in entities)
    book = load_workbook(io.BytesIO(download(site, "/export/xlsx", "knowledge-base.xlsx")))
    assert "initiatives" in book.sheetnames
    assert site.client.get("/api/v1/export/jsonl").status_code == 200
    assert site.client.get("/export/pdf").status_code == 422
