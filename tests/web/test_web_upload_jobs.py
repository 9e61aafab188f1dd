"""Uploads are bounded background jobs: a full queue answers 503 and a fast sender 429, both with Retry-After;
queued jobs can be cancelled and are dropped when nobody asks for them; a job past its time limit fails with a
reason; shutting down cancels what waits."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import Site, bearer, fill
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from test_web_api_write import ARTICLE, finished_job

from accord.documents import SourceDocument
from accord.record import Record
from accord.web import WebSettings, create_app
from accord.web.jobs import QueueFull, RateLimited, UploadJobs
from accord.web.settings import JobLimits

# No worker runs: jobs stay queued, which is what the queue's own rules are about.
HOLDING = JobLimits(workers=0, queue=2, per_minute=100)


def article(n: int) -> SourceDocument:
    """Return a distinct short article."""
    return SourceDocument(source=f"pasted:{n}", text=f"{ARTICLE} Report number {n}.")


def site_with(
    store: Engine, database_url: str, records: list[tuple[SourceDocument, Record]], limits: JobLimits
) -> Iterator[Site]:
    tokens = fill(store, records)
    settings = WebSettings(database_url, max_upload_bytes=64 * 1024, jobs=limits)
    with TestClient(create_app(settings, store), follow_redirects=False) as client:
        yield Site(client, store, tokens)


@pytest.fixture
def holding_site(
    store: Engine, database_url: str, solar_park_records: list[tuple[SourceDocument, Record]]
) -> Iterator[Site]:
    """Yield the app with a queue of two that runs nothing."""
    yield from site_with(store, database_url, solar_park_records, HOLDING)


def test_a_full_queue_refuses_with_503_and_retry_after(holding_site: Site) -> None:
    editor = bearer(holding_site.tokens.editor)
    for n in range(2):
        accepted = holding_site.client.post("/api/v1/documents", data={"text": f"{ARTICLE} {n}"}, headers=editor)
        assert (accepted.status_code, accepted.json()["state"]) == (202, "queued")
    refused = holding_site.client.post("/api/v1/documents", data={"text": f"{ARTICLE} 3"}, headers=editor)
    assert refused.status_code == 503
    assert int(refused.headers["retry-after"]) > 0
    assert "the most the queue holds" in refused.json()["detail"]


def test_a_sender_over_the_rate_limit_gets_429_and_others_still_send() -> None:
    jobs = UploadJobs("sqlite://", JobLimits(workers=0, queue=10, per_minute=3))
    for n in range(3):
        jobs.submit(article(n), "erin")
    with pytest.raises(RateLimited) as refused:
        jobs.submit(article(3), "erin")
    assert 0 < refused.value.retry_after <= 61
    assert jobs.submit(article(4), "adam").state == "queued"


def test_a_queued_job_is_cancelled_by_its_sender(holding_site: Site) -> None:
    editor = bearer(holding_site.tokens.editor)
    job = holding_site.client.post("/api/v1/documents", data={"text": ARTICLE}, headers=editor).json()
    cancelled = holding_site.client.delete(job["url"], headers=editor).json()
    assert (cancelled["cancelled"], cancelled["state"]) == (True, "cancelled")
    assert holding_site.client.delete(job["url"], headers=editor).json()["cancelled"] is False
    assert holding_site.client.delete(job["url"]).status_code == 401
    assert holding_site.client.get("/api/v1/jobs/0123456789abcdef").status_code == 404


def test_a_queued_job_nobody_asks_about_is_dropped() -> None:
    jobs = UploadJobs("sqlite://", JobLimits(workers=0, queue=1, abandon_after=0.05))
    first = jobs.submit(article(1), "erin")
    time.sleep(0.1)
    second = jobs.submit(article(2), "erin")  # the queue had room again: the first was abandoned
    assert (first.state, first.error) == ("cancelled", "nobody asked for it any more")
    assert second.state == "queued"
    with pytest.raises(QueueFull):
        jobs.submit(article(3), "erin")


def test_shutting_down_cancels_what_waits_and_refuses_more() -> None:
    jobs = UploadJobs("sqlite://", HOLDING)
    waiting = jobs.submit(article(1), "erin")
    jobs.close()
    assert waiting.state == "cancelled" and "shut down" in str(waiting.error)
    with pytest.raises(QueueFull, match="shutting down"):
        jobs.submit(article(2), "erin")


def test_the_upload_form_shows_the_job_until_it_runs(holding_site: Site) -> None:
    site = holding_site
    site.client.get("/sign-in")
    csrf = str(site.client.cookies.get("accord_csrf"))
    signed = site.client.post("/sign-in", data={"token": site.tokens.editor, "csrf_token": csrf, "next": "/"})
    assert signed.status_code == 303
    sent = site.client.post("/upload", data={"text": ARTICLE, "csrf_token": csrf})
    assert sent.status_code == 303 and sent.headers["location"].startswith("/jobs/")
    waiting = site.client.get(sent.headers["location"], headers={"accept": "text/html"})
    assert waiting.status_code == 200
    assert '<meta http-equiv="refresh"' in waiting.text and "Waiting to be extracted" in waiting.text


def test_a_job_past_its_time_limit_fails_with_the_reason(
    store: Engine, database_url: str, solar_park_records: list[tuple[SourceDocument, Record]]
) -> None:
    for site in site_with(store, database_url, solar_park_records, JobLimits(seconds=0.001)):
        sent = site.client.post("/api/v1/documents", data={"text": ARTICLE}, headers=bearer(site.tokens.editor))
        job = finished_job(site, sent.json()["url"])
        assert job["state"] == "failed"
        assert "took longer than" in job["error"]
        assert site.client.get("/api/v1/initiatives").status_code == 200


def test_an_upload_over_the_size_limit_gets_a_page_in_the_browser_and_json_in_the_api(holding_site: Site) -> None:
    big = {"file": ("big.txt", b"word " * 40_000)}
    page = holding_site.client.post("/upload", files=big, headers={"accept": "text/html"})
    assert page.status_code == 413
    assert page.headers["content-type"].startswith("text/html")
    assert 'href="/upload"' in page.text and "larger than this server accepts" in page.text
    api = holding_site.client.post("/api/v1/documents", files=big, headers=bearer(holding_site.tokens.editor))
    assert api.status_code == 413 and "larger than this server accepts" in api.json()["detail"]


def test_a_worker_over_its_memory_fails_the_job_with_the_limit_to_raise(tmp_path: Path) -> None:
    jobs = UploadJobs(f"sqlite:///{tmp_path / 'accord.db'}", JobLimits(memory_mb=150))
    job = jobs.submit(article(1), "erin")
    deadline = time.monotonic() + 60
    while job.state in ("queued", "running") and time.monotonic() < deadline:
        time.sleep(0.1)
    jobs.close()
    assert job.state == "failed"
    assert "over its 150 MB" in str(job.error) and "--upload-memory" in str(job.error)
