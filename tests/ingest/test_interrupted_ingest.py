"""A killed ingest keeps every finished document, leaves none half-written, and a re-run completes it."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path
from typing import Any

from news_articles import write_articles
from sqlalchemy import func, select

from accord.store import open_store, tables
from accord.store.dialect import engine_for

ARTICLES = 30


def facts_per_document(url: str) -> dict[str, tuple[Any, ...]]:
    """Return, per document source, how many facts of each kind it has and the kb entities they resolve to."""
    engine = engine_for(url)
    facts: dict[str, tuple[Any, ...]] = {}
    with engine.connect() as conn:
        for document_id, source in conn.execute(select(tables.documents.c.id, tables.documents.c.source)):
            counts = tuple(
                conn.scalar(select(func.count()).select_from(table).where(table.c.document_id == document_id))
                for table in (tables.mentions, tables.events, tables.initiatives, tables.figures, tables.statements)
            )
            kb_names = tuple(
                sorted(
                    conn.scalars(
                        select(tables.kb_entities.c.name)
                        .join(tables.mentions, tables.mentions.c.kb_entity_id == tables.kb_entities.c.id)
                        .where(tables.mentions.c.document_id == document_id)
                    )
                )
            )
            facts[Path(source).name] = (*counts, kb_names)
    engine.dispose()
    return facts


def stored_documents(url: str) -> int:
    engine = engine_for(url)
    with engine.connect() as conn:
        count = conn.scalar(select(func.count()).select_from(tables.documents)) or 0
    engine.dispose()
    return count


def run_ingest(accord_bin: str, folder: Path, url: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [accord_bin, "ingest", str(folder), "--db", url], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def test_kill_9_mid_ingest_then_rerun_equals_a_clean_run(accord_bin: str, database_url: str, tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news", ARTICLES)
    clean_url = f"sqlite:///{tmp_path / 'clean.db'}"
    assert run_ingest(accord_bin, folder, clean_url).wait(timeout=300) == 0
    clean = facts_per_document(clean_url)

    open_store(database_url).dispose()
    interrupted = run_ingest(accord_bin, folder, database_url)
    deadline = time.monotonic() + 300
    while stored_documents(database_url) < 3 and interrupted.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    interrupted.send_signal(signal.SIGKILL)
    interrupted.wait(timeout=30)
    assert interrupted.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    survivors = facts_per_document(database_url)
    assert 3 <= len(survivors) < ARTICLES
    assert all(survivors[name] == clean[name] for name in survivors), "a killed run left a half-written document"

    rerun = run_ingest(accord_bin, folder, database_url)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert out.startswith(
        f"{ARTICLES - len(survivors)} added, {len(survivors)} unchanged, 0 replaced, 0 duplicate, 0 failed"
    )
    assert facts_per_document(database_url) == clean
