"""Writing through the API needs a token of the right role; every change lands in the audit log."""

from __future__ import annotations

import time
from typing import Any

from conftest import Site, bearer

PARK = "Issyk-Kul Solar Park"
ARTICLE = (
    "Deputy Prime Minister of Uzbekistan Jamshid Kholmatov met Russian Deputy Prime Minister Alexei Sablin in "
    "Tashkent on 14 March 2025. The sides agreed to build a logistics centre in Navoi by 2027."
)


def initiative_id(site: Site, title: str = PARK) -> int:
    rows = site.client.get("/api/v1/initiatives").json()["initiatives"]
    return int(next(row["id"] for row in rows if row["title"] == title))


def post(site: Site, path: str, body: dict[str, Any], token: str | None = None) -> Any:
    return site.client.post(path, json=body, headers=bearer(token) if token else {})


def test_writing_without_a_token_or_with_an_unknown_one_is_refused(site: Site) -> None:
    path = f"/api/v1/initiatives/{initiative_id(site)}/verdict"
    assert post(site, path, {"verdict": "confirmed"}).status_code == 401
    refused = post(site, path, {"verdict": "confirmed"}, "accord_not-a-token")
    assert (refused.status_code, refused.headers["www-authenticate"]) == (401, "Bearer")


def test_an_editor_may_confirm_edit_and_note_but_not_merge(fresh_site: Site) -> None:
    site, park = fresh_site, initiative_id(fresh_site)
    editor = site.tokens.editor
    assert post(site, f"/api/v1/initiatives/{park}/verdict", {"verdict": "confirmed"}, editor).json()["verdict"] == (
        "confirmed"
    )
    edited = site.client.patch(
        f"/api/v1/initiatives/{park}",
        json={"changes": {"status": "in_progress"}, "note": "work resumed"},
        headers=bearer(editor),
    )
    assert edited.json()["status"] == "in_progress"
    noted = post(site, f"/api/v1/initiatives/{park}/notes", {"text": "ask the ministry"}, editor).json()
    assert [n["note"] for n in noted["notes"]] == ["ask the ministry"]
    council = initiative_id(site, "<b>Amu Darya</b> water council")
    merge = post(site, f"/api/v1/initiatives/{council}/merge", {"into": park}, editor)
    assert merge.status_code == 403
    assert "admin" in merge.json()["detail"]
    history = site.client.get(f"/api/v1/initiatives/{park}").json()["history"]
    assert [(c["actor"], c["action"]) for c in history] == [("erin", "confirm"), ("erin", "edit"), ("erin", "note")]


def test_an_admin_may_merge_and_the_register_shows_it_at_once(fresh_site: Site) -> None:
    site, park = fresh_site, initiative_id(fresh_site)
    council = initiative_id(site, "<b>Amu Darya</b> water council")
    kept = post(site, f"/api/v1/initiatives/{council}/merge", {"into": park}, site.tokens.admin)
    assert kept.status_code == 200
    assert kept.json()["documents"] == 5
    assert [row["title"] for row in site.client.get("/api/v1/initiatives").json()["initiatives"]] == [PARK]


def test_a_rejected_figure_leaves_its_series_conflict(fresh_site: Site) -> None:
    site = fresh_site
    [conflict] = site.client.get("/api/v1/conflicts").json()
    figure = conflict["sides"][0]["sources"][0]["figure"]
    assert post(site, f"/api/v1/figures/{figure}/verdict", {"verdict": "rejected"}, site.tokens.editor).is_success
    assert site.client.get("/api/v1/conflicts").json() == []


def test_curating_what_does_not_exist_answers_404_and_unknown_fields_422(fresh_site: Site) -> None:
    site = fresh_site
    assert (
        post(site, "/api/v1/initiatives/9999/verdict", {"verdict": "confirmed"}, site.tokens.editor).status_code == 404
    )
    bad = site.client.patch(
        f"/api/v1/initiatives/{initiative_id(site)}",
        json={"changes": {"colour": "red"}},
        headers=bearer(site.tokens.editor),
    )
    assert bad.status_code == 422
    assert "changes.colour" in str(bad.json()["detail"])


def test_an_initiative_added_by_hand_appears_in_the_register(fresh_site: Site) -> None:
    body = {"title": "Joint customs terminal", "status": "planned", "deadline": "2026-06", "responsible": ["Customs"]}
    added = post(fresh_site, "/api/v1/initiatives", body, fresh_site.tokens.editor)
    assert added.status_code == 201
    assert added.json()["schedule"]["deadline"] == "2026-06"
    assert "Joint customs terminal" in [
        row["title"] for row in fresh_site.client.get("/api/v1/initiatives").json()["initiatives"]
    ]


def finished_job(site: Site, job_url: str, seconds: float = 90) -> dict[str, Any]:
    """Poll an upload job until it is no longer queued or running; return it."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        job = site.client.get(job_url).json()
        if job["state"] not in ("queued", "running"):
            return job
        time.sleep(0.2)
    raise AssertionError(f"{job_url} did not finish in {seconds} s")


def test_an_uploaded_text_is_queued_then_extracted_stored_and_answered(fresh_site: Site) -> None:
    site = fresh_site
    sent = site.client.post(
        "/api/v1/documents",
        data={"text": ARTICLE, "title": "Logistics in Navoi", "published": "2025-03-14"},
        headers=bearer(site.tokens.editor),
    )
    assert sent.status_code == 202, sent.text
    assert sent.json()["state"] in ("queued", "running")
    assert sent.headers["location"] == sent.json()["url"]
    job = finished_job(site, sent.headers["location"])
    assert (job["state"], job["outcome"]) == ("done", "added"), job
    record = site.client.get(job["document"]["url"]).json()
    assert (record["document"]["title"], record["document"]["published"]) == ("Logistics in Navoi", "2025-03-14")
    assert "Jamshid Kholmatov" in {e["name"] for e in record["entities"]}
    again = site.client.post("/api/v1/documents", data={"text": ARTICLE}, headers=bearer(site.tokens.editor))
    assert finished_job(site, again.json()["url"])["outcome"] == "unchanged"


def test_uploads_are_limited_in_size_and_type(site: Site) -> None:
    editor = bearer(site.tokens.editor)
    too_big = site.client.post("/api/v1/documents", files={"file": ("big.txt", b"word " * 40_000)}, headers=editor)
    assert too_big.status_code == 413
    program = site.client.post("/api/v1/documents", files={"file": ("run.exe", b"MZ\x90\x00")}, headers=editor)
    assert (program.status_code, "cannot read '.exe' files" in program.json()["detail"]) == (400, True)
    fake_pdf = site.client.post("/api/v1/documents", files={"file": ("report.pdf", b"<html>hi</html>")}, headers=editor)
    assert (fake_pdf.status_code, "is not a .pdf file" in fake_pdf.json()["detail"]) == (400, True)
    nothing = site.client.post("/api/v1/documents", data={"title": "empty"}, headers=editor)
    assert nothing.status_code == 400
    assert site.client.post("/api/v1/documents", data={"text": ARTICLE}).status_code == 401
