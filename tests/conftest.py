"""Shared fixtures: the shared folder beside the repo, seed and sample documents, the installed
`accord` command, and databases (real SQLite always, PostgreSQL when configured)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from uuid import uuid4

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

import accord
from accord.documents import SourceDocument
from accord.extract import extract_records
from accord.record import Record
from accord.store import open_store

POSTGRES_URL = os.environ.get("ACCORD_TEST_POSTGRES_URL")
BACKENDS = ["sqlite", *(["postgresql"] if POSTGRES_URL else [])]


REPO_ROOT = Path(__file__).resolve().parents[1]


def shared_dir_path() -> Path:
    """Return where the shared material should be: $ACCORD_SHARED, else ../shared beside the repo."""
    return Path(os.environ.get("ACCORD_SHARED") or REPO_ROOT.parent / "shared")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """Return the shared folder (schema, corpus, eval); fail in CI and skip elsewhere when it is missing."""
    path = shared_dir_path()
    if not (path / "schema" / "record.schema.json").is_file():
        message = f"shared material not found at {path} (set ACCORD_SHARED to its folder)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def seed_paths(shared_dir: Path) -> list[Path]:
    """Return the seed documents that have gold annotations, in name order."""
    paths = sorted((shared_dir / "corpus" / "seeds").glob("*.txt"))
    assert paths, f"no seed documents in {shared_dir / 'corpus' / 'seeds'}"
    return paths


@pytest.fixture(scope="session")
def sample_paths() -> list[Path]:
    """Return the sample documents shipped with the package, in name order."""
    paths = sorted((Path(accord.__file__).parent / "samples").glob("*.txt"))
    assert paths, "the package bundles no sample documents"
    return paths


@pytest.fixture(scope="session")
def solar_park_records() -> list[tuple[SourceDocument, Record]]:
    """Return the five solar park articles (tests/solar_park_articles.py) with their records, extracted once."""
    from solar_park_articles import scenario_documents

    documents = scenario_documents()
    return list(zip(documents, extract_records(documents), strict=True))


@pytest.fixture(scope="session")
def accord_bin() -> str:
    """Return the path of the installed `accord` command."""
    path = Path(sys.executable).parent / "accord"
    assert path.is_file(), f"{path} is missing: install accord with pip install -e ."
    return str(path)


def _postgres(url: str) -> Engine:
    return create_engine(make_url(url).set(drivername="postgresql+psycopg"))


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Yield the URL of an empty database: a SQLite file, or a PostgreSQL schema of its own."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'accord.db'}"
        return
    assert POSTGRES_URL is not None
    schema = f"accord_test_{uuid4().hex[:12]}"
    admin = _postgres(POSTGRES_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(POSTGRES_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def store(database_url: str) -> Iterator[Engine]:
    """Yield an engine on a fresh, migrated knowledge base."""
    engine = open_store(database_url)
    yield engine
    engine.dispose()
