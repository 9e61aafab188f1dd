"""The review queue and entity verdicts over the API and the pages."""

from __future__ import annotations

from typing import Any

from conftest import Site, bearer, html
from kb_records import document, record, span_of

from accord.ingest.writer import save_document
from accord.record import Initiative

NOTICE = "Osh, 2 July 2025. A new bus depot was mentioned during the council session."
DEPOT = "new bus depot"


def store_depot_notice(site: Site) -> None:
    """Store an article whose only initiative extraction found by a bare noun and rated below the threshold."""
    doc = document("osh-notice.txt", NOTICE, published="2025-07-02")
    depot = Initiative(
        id="i1",
        kind="project",
        title=DEPOT,
        status="unknown",
        evidence=[span_of(NOTICE, "A new bus depot")],
        found_by="project_noun",
        confidence=0.3,
        confidence_reasons=["found by project noun (0.30)", "no actors"],
    )
    assert save_document(site.engine, doc, record(doc, initiatives=[depot])) == "added"


def post(site: Site, path: str, body: dict[str, Any], token: str) -> Any:
    return site.client.post(path, json=body, headers=bearer(token))


def entity_names(site: Site) -> set[str]:
    return {e["name"] for e in site.client.get("/api/v1/entities", params={"per_page": 500}).json()["entities"]}


def test_a_weak_extraction_is_listed_for_review_and_an_admin_accepts_it(fresh_site: Site) -> None:
    site = fresh_site
    store_depot_notice(site)
    queue = site.client.get("/api/v1/review").json()
    [depot] = queue["extractions"]
    assert (depot["kind"], depot["form"], depot["source"], depot["confidence"]) == (
        "initiative",
        DEPOT,
        "osh-notice.txt",
        0.3,
    )
    page = html(site.client, "/review")
    assert "Extractions waiting for a decision" in page and DEPOT in page
    register = {row["title"]: row for row in site.client.get("/api/v1/initiatives").json()["initiatives"]}
    assert register[DEPOT]["unreviewed"] is True
    assert post(site, f"/api/v1/review/{depot['id']}", {"accept": True}, site.tokens.editor).status_code == 403
    assert post(site, f"/api/v1/review/{depot['id']}", {"accept": True}, site.tokens.admin).status_code == 200
    assert site.client.get("/api/v1/review").json()["extractions"] == []
    register = {row["title"]: row for row in site.client.get("/api/v1/initiatives").json()["initiatives"]}
    assert register[DEPOT]["unreviewed"] is False


def test_an_editor_rejects_an_entity_through_the_api_and_it_leaves_the_entity_list(fresh_site: Site) -> None:
    site = fresh_site
    [rakhimov] = [e for e in site.client.get("/api/v1/entities").json()["entities"] if e["name"] == "Ulugbek Rakhimov"]
    path = f"/api/v1/entities/{rakhimov['id']}/verdict"
    assert site.client.post(path, json={"verdict": "rejected"}).status_code == 401
    answer = post(site, path, {"verdict": "rejected", "note": "a printing error"}, site.tokens.editor)
    assert (answer.status_code, answer.json()["verdict"]) == (200, "rejected")
    assert "Ulugbek Rakhimov" not in entity_names(site)
    assert site.client.get("/api/v1/search", params={"q": "rakhimov"}).json()["entities"] == []
    assert "rejected" in html(site.client, f"/entities/{rakhimov['id']}")
    post(site, path, {"verdict": "confirmed"}, site.tokens.editor)
    assert "Ulugbek Rakhimov" in entity_names(site)
