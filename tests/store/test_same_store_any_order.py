"""The same documents make the same knowledge base, whatever order they are ingested in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest
from conftest import POSTGRES_URL
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from accord.documents import SourceDocument
from accord.ingest.runner import ingest
from accord.store import open_store
from accord.store.conflicts import find_conflicts
from accord.store.export import flat_rows

ARTICLES = [
    (
        "visit.txt",
        "YEREVAN, 3 March 2025. President of Armenia Davit Marutyan met Prime Minister of Georgia Nino "
        "Beridze in Yerevan. Trade between Armenia and Georgia reached $1.2 billion in 2024. The sides "
        "agreed to build a new railway line between Armenia and Georgia by 2028.",
    ),
    (
        "follow-up.txt",
        "TBILISI, 9 June 2025. Georgia and Armenia started construction of the new railway line between "
        "Armenia and Georgia, Prime Minister Beridze said. Trade between Armenia and Georgia reached "
        "$1.5 billion in 2024, according to the Georgian statistics office.",
    ),
    (
        "forum.txt",
        "YEREVAN, 20 June 2025. Marutyan said Armenia will open a joint university with Georgia in "
        "Nordhaven. The President of Armenia thanked the Georgian delegation for the visit.",
    ),
]


def _knowledge(url: str, order: list[int]) -> dict[str, Any]:
    """Ingest the articles in `order` into the store at `url`; return its export and conflicts, without row ids."""
    engine: Engine = open_store(url)
    ingest(engine, [SourceDocument(source=ARTICLES[i][0], text=ARTICLES[i][1]) for i in order])
    with engine.connect() as conn:
        rows = sorted(flat_rows(conn), key=lambda row: sorted((k, str(v)) for k, v in row.items()))
        conflicts = [
            (c["series"]["metric"], c["period"], [[s["source"] for s in side["sources"]] for side in c["sides"]])
            for c in find_conflicts(conn)
        ]
    engine.dispose()
    return {"rows": rows, "conflicts": conflicts}


@pytest.fixture
def second_url(database_url: str, tmp_path: Path) -> Iterator[str]:
    """Yield the URL of a second empty database on the same backend as `database_url`."""
    if database_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'second.db'}"
        return
    assert POSTGRES_URL is not None
    schema = f"accord_test_{uuid4().hex[:12]}"
    admin = create_engine(make_url(POSTGRES_URL).set(drivername="postgresql+psycopg"))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield (
            make_url(POSTGRES_URL)
            .update_query_dict({"options": f"-csearch_path={schema}"})
            .render_as_string(hide_password=False)
        )
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def test_two_orders_make_one_knowledge_base(database_url: str, second_url: str) -> None:
    forward = _knowledge(database_url, [0, 1, 2])
    backward = _knowledge(second_url, [2, 1, 0])
    assert {row["item"] for row in forward["rows"]} >= {"entity", "initiative", "observation"}
    assert forward == backward
