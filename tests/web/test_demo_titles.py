"""The demo looks like the product: the samples are dated by their datelines and every page names a
document by its headline, never by the path of the file it was read from."""

from __future__ import annotations

import shutil
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


@pytest.fixture
def demo(
    store: Engine, database_url: str, sample_paths: list[Path], tmp_path: Path
) -> Iterator[tuple[TestClient, Path]]:
    """Ingest the bundled samples from a folder of their own, as `accord demo` does, and serve them."""
    folder = tmp_path / "samples"
    folder.mkdir()
    for path in sample_paths:
        shutil.copy(path, folder / path.name)
    assert ingest(store, read_sources([str(folder)])).added == len(sample_paths)
    with TestClient(create_app(WebSettings(database_url), store)) as client:
        yield client, folder


def test_every_sample_is_stored_with_its_headline_and_the_day_of_its_dateline(
    demo: tuple[TestClient, Path], store: Engine, sample_paths: list[Path]
) -> None:
    with store.connect() as conn:
        stored = {
            Path(source).name: (title, published)
            for source, title, published in conn.execute(
                select(tables.documents.c.source, tables.documents.c.title, tables.documents.c.published)
            )
        }
    for path in sample_paths:
        title, published = stored[path.name]
        assert title == path.read_text(encoding="utf-8").splitlines()[0]
        assert published is not None and len(published) == 10


def test_no_page_or_api_answer_names_a_document_by_its_path(demo: tuple[TestClient, Path]) -> None:
    client, folder = demo
    documents = client.get("/api/v1/documents").json()["documents"]
    initiatives = client.get("/api/v1/initiatives").json()["initiatives"]
    series = client.get("/api/v1/series").json()
    pages = ["/", "/documents", "/initiatives", "/review", "/search?q=plant"]
    pages += [f"/documents/{d['id']}" for d in documents] + [f"/initiatives/{i['id']}" for i in initiatives]
    pages += [f"/series/{s['id']}" for s in series]
    assert initiatives and series
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        assert str(folder) not in response.text, path
    document_page = client.get(f"/documents/{documents[0]['id']}").text
    assert f"<h1>{documents[0]['title']}</h1>" in document_page


def test_the_command_line_names_documents_by_their_headlines(demo: tuple[TestClient, Path], database_url: str) -> None:
    client, folder = demo
    [initiative, *_] = client.get("/api/v1/initiatives").json()["initiatives"]
    runner = CliRunner(mix_stderr=False)
    for arguments in (
        ["show", f"#{initiative['id']}"],
        ["due", "--as-of", "2025-12-31", "--within", "2y"],
        ["conflicts"],
    ):
        result = runner.invoke(main, [*arguments, "--db", database_url], env={"COLUMNS": "300"})
        assert result.exit_code == 0, result.stderr
        assert str(folder) not in result.stdout, arguments
    shown = runner.invoke(main, ["show", f"#{initiative['id']}", "--db", database_url], env={"COLUMNS": "300"}).stdout
    headlines = [p.read_text(encoding="utf-8").splitlines()[0] for p in folder.glob("*.txt")]
    assert any(headline in shown for headline in headlines)


def test_api_answers_citing_a_document_give_its_headline(demo: tuple[TestClient, Path]) -> None:
    client, folder = demo
    headlines = {p.read_text(encoding="utf-8").splitlines()[0] for p in folder.glob("*.txt")}
    due = client.get("/api/v1/due", params={"as_of": "2025-12-31", "within": "2y"}).json()
    [initiative, *_] = client.get("/api/v1/initiatives").json()["initiatives"]
    chain = client.get(f"/api/v1/initiatives/{initiative['id']}").json()["chain"]
    cited = [item for item in [*due, *chain] if item.get("source") and not item["source"].startswith("curator")]
    assert cited and all(item["document_title"] in headlines for item in cited)
