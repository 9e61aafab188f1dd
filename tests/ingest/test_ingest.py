"""Ingesting documents: added, unchanged, replaced or failed, each document in its own transaction."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from news_articles import article, write_articles
from sqlalchemy import Engine, func, select, update

from accord.cli.ingest import ingest_command
from accord.cli.knowledge import log_command
from accord.ingest.runner import ingest
from accord.ingest.sources import read_sources
from accord.ingest.writer import EXTRACTOR_VERSION
from accord.store import tables


def stored(store: Engine) -> list[str]:
    with store.connect() as conn:
        return sorted(Path(s).name for s in conn.scalars(select(tables.documents.c.source)))


def test_ingest_counts_added_unchanged_replaced_and_failed_and_logs_each_failure(store: Engine, tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news", 3)
    (folder / "blank.txt").write_text("  \n", encoding="utf-8")
    first = ingest(store, read_sources([str(folder)]))
    (folder / "001.txt").write_text(article(1) + "\n\nThe talks ended with a joint statement.", encoding="utf-8")
    second = ingest(store, read_sources([str(folder)]))
    assert (first.added, first.unchanged, first.replaced, first.failed) == (3, 0, 0, 1)
    assert (second.added, second.unchanged, second.replaced, second.failed) == (0, 2, 1, 1)
    assert stored(store) == ["000.txt", "001.txt", "002.txt"]
    with store.connect() as conn:
        reasons = conn.scalars(select(tables.ingest_log.c.reason)).all()
        assert (conn.scalar(select(func.count()).select_from(tables.mentions)) or 0) > 0
    assert len(reasons) == 2 and all("no text" in reason for reason in reasons)


def test_two_worker_processes_ingest_every_document(database_url: str, tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news", 6)
    runner = CliRunner(mix_stderr=False)
    result = runner.invoke(ingest_command, [str(folder), "--workers", "2", "--db", database_url, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) | {"seconds": 0, "documents_per_second": 0} == {
        "added": 6,
        "unchanged": 0,
        "replaced": 0,
        "duplicate": 0,
        "failed": 0,
        "seconds": 0,
        "documents_per_second": 0,
    }


def test_accord_log_shows_the_file_the_reason_and_the_time(database_url: str, tmp_path: Path) -> None:
    runner = CliRunner(mix_stderr=False)
    runner.invoke(ingest_command, [str(tmp_path / "nowhere.txt"), "--db", database_url])
    result = runner.invoke(log_command, ["--db", database_url, "--format", "json"])
    [entry] = json.loads(result.stdout)
    assert entry["source"].endswith("nowhere.txt") and "no such file" in entry["reason"] and entry["time"]


def test_a_document_whose_extraction_runs_past_the_timeout_is_logged_and_the_batch_goes_on(
    store: Engine, tmp_path: Path
) -> None:
    folder = write_articles(tmp_path / "news", 2)
    summary = ingest(store, read_sources([str(folder)]), timeout=0.001)
    assert (summary.added, summary.failed) == (0, 2)
    assert all("longer than 0.001 s" in failure.reason for failure in summary.failures), summary.failures


def test_a_text_an_older_accord_extracted_is_extracted_again_and_replaced(store: Engine, tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news", 2)
    ingest(store, read_sources([str(folder)]))
    with store.begin() as conn:  # as an earlier release of accord would have left it
        conn.execute(update(tables.documents).values(extractor_version="0.0.1"))
    again = ingest(store, read_sources([str(folder)]))
    assert (again.added, again.unchanged, again.replaced) == (0, 0, 2)
    with store.connect() as conn:
        assert set(conn.scalars(select(tables.documents.c.extractor_version))) == {EXTRACTOR_VERSION}
    assert ingest(store, read_sources([str(folder)])).unchanged == 2


def test_a_text_already_stored_under_another_source_is_counted_and_logged_once_as_a_duplicate(
    store: Engine, tmp_path: Path
) -> None:
    folder = write_articles(tmp_path / "news", 2)
    (folder / "copy-of-000.txt").write_text((folder / "000.txt").read_text(encoding="utf-8"), encoding="utf-8")
    first = ingest(store, read_sources([str(folder)]))
    second = ingest(store, read_sources([str(folder)]))
    assert (first.added, first.duplicate, first.documents) == (2, 1, 3)
    assert (second.unchanged, second.duplicate) == (2, 1)
    assert stored(store) == ["000.txt", "001.txt"]
    with store.connect() as conn:
        [(source, reason)] = conn.execute(select(tables.ingest_log.c.source, tables.ingest_log.c.reason)).all()
    assert source.endswith("copy-of-000.txt")
    assert "same text as" in reason and reason.split("same text as ")[1].startswith(str(folder / "000.txt"))
