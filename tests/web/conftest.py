"""Web fixtures: a knowledge base of the solar park articles and a hostile one, served by the real app."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from uuid import uuid4

import pytest
from fastapi.testclient import TestClient
from kb_records import document, entity, record, span_of
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from accord.documents import SourceDocument
from accord.ingest.writer import save_document
from accord.record import Initiative, Record
from accord.store import open_store
from accord.store.dialect import engine_for
from accord.store.tokens import create_token
from accord.web import WebSettings, create_app

# As in tests/conftest.py: SQLite always, PostgreSQL when a server is named.
POSTGRES_URL = os.environ.get("ACCORD_TEST_POSTGRES_URL")
BACKENDS = ["sqlite", *(["postgresql"] if POSTGRES_URL else [])]
HOSTILE = (
    'Officials met in Tashkent on 2 May 2025. <script>alert("owned")</script> was printed on a leaflet. '
    "The <b>Amu Darya</b> water council was proposed by Ulugbek Rakhimov."
)


@dataclass(frozen=True)
class Tokens:
    """An editor's and an admin's token for the served knowledge base."""

    editor: str
    admin: str


def hostile_document() -> tuple[SourceDocument, Record]:
    """Return an article whose text and facts hold HTML, as a scraped page might."""
    doc = document("leaflet.txt", HOSTILE, published="2025-05-02")
    council = Initiative(
        id="i1",
        kind="proposal",
        title="<b>Amu Darya</b> water council",
        status="proposed",
        sector="environment",
        actors=["Ulugbek Rakhimov"],
        evidence=[span_of(HOSTILE, "The <b>Amu Darya</b> water council was proposed")],
    )
    people = [entity(HOSTILE, "person", "Ulugbek Rakhimov", country="UZ"), entity(HOSTILE, "place", "Tashkent")]
    return doc, record(doc, people, initiatives=[council])


def fill(engine: Engine, solar_park_records: list[tuple[SourceDocument, Record]]) -> Tokens:
    """Store the solar park articles and the hostile one; return fresh tokens."""
    for doc, rec in [*solar_park_records, hostile_document()]:
        assert save_document(engine, doc, rec) == "added"
    with engine.begin() as conn:
        return Tokens(create_token(conn, "editor", "erin")[1], create_token(conn, "admin", "adam")[1])


@pytest.fixture(scope="module", params=BACKENDS)
def served_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Yield the URL of an empty knowledge base kept for a module's tests: SQLite, or a PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('web') / 'accord.db'}"
        return
    assert POSTGRES_URL is not None
    schema = f"accord_web_{uuid4().hex[:12]}"
    admin = engine_for(POSTGRES_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield make_url(POSTGRES_URL).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@dataclass(frozen=True)
class Site:
    """The app on a filled knowledge base, a client for it, and tokens to write with."""

    client: TestClient
    engine: Engine
    tokens: Tokens


@pytest.fixture(scope="module")
def site(served_url: str, solar_park_records: list[tuple[SourceDocument, Record]]) -> Iterator[Site]:
    """Yield the app serving the filled knowledge base (shared by a module's tests; writers make their own)."""
    engine = open_store(served_url)
    tokens = fill(engine, solar_park_records)
    with TestClient(
        create_app(WebSettings(served_url, max_upload_bytes=64 * 1024), engine), follow_redirects=False
    ) as client:
        yield Site(client, engine, tokens)
    engine.dispose()


@pytest.fixture
def fresh_site(
    store: Engine, database_url: str, solar_park_records: list[tuple[SourceDocument, Record]]
) -> Iterator[Site]:
    """Yield the app on a knowledge base of the test's own, for tests that change it."""
    tokens = fill(store, solar_park_records)
    with TestClient(
        create_app(WebSettings(database_url, max_upload_bytes=64 * 1024), store), follow_redirects=False
    ) as client:
        yield Site(client, store, tokens)


def bearer(token: str) -> dict[str, str]:
    """Return the header that carries a token."""
    return {"Authorization": f"Bearer {token}"}


def html(client: TestClient, path: str) -> str:
    """Return a page's HTML, asserting it rendered."""
    response = client.get(path, headers={"accept": "text/html"})
    assert response.status_code == 200, response.text[:500]
    return response.text
