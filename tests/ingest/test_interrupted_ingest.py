"""A killed ingest keeps every finished document, leaves none half-written, and a re-run completes it."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import subprocess
import time
from pathlib import Path

from drills import facts_per_document, knowledge_totals, store_problems, stored_documents
from news_articles import write_articles

from accord.cli import main
from accord.ingest.runner import ingest
from accord.ingest.sources import read_sources
from accord.store import open_store

# Each kill lands up to 0.15 s after a round's first stored document, and a round stores some ten documents
# (at most about twenty): ten rounds never store all of 200 articles.
ARTICLES = 200
KILLS = 10


def run_ingest(accord_bin: str, folder: Path, url: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [accord_bin, "ingest", str(folder), "--db", url], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def clean_run(folder: Path, url: str) -> None:
    """Ingest the folder into the store at `url` in one uninterrupted run, in this process."""
    engine = open_store(url)
    assert ingest(engine, read_sources([str(folder)])).added == ARTICLES
    engine.dispose()


def accord_ingest(folder: Path, url: str) -> None:
    """Run `accord ingest FOLDER --db URL` as the command line does (in a forked process)."""
    main(["ingest", str(folder), "--db", url], prog_name="accord")


def kill_while_storing(folder: Path, url: str, rng: random.Random) -> bool:
    """Start an ingest and kill -9 it a random moment after it stored its first document; tell whether it was
    still running when killed.

    The ingest is a child forked from this process, which has the pipeline loaded already, so each
    round costs its documents, not seconds of loading spaCy. (This module runs before the Dask tests,
    whose clients leave threads behind that a fork should not copy.)
    """
    before = stored_documents(url)
    running = multiprocessing.get_context("fork").Process(target=accord_ingest, args=(folder, url))
    running.start()
    deadline = time.monotonic() + 120
    while stored_documents(url) == before and running.is_alive() and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(rng.uniform(0, 0.15))  # anywhere in the next documents: extracting, resolving, committing
    assert running.pid is not None
    try:
        os.kill(running.pid, signal.SIGKILL)
    except ProcessLookupError:
        return False  # it finished, and is_alive() reaped it, before the kill
    running.join(timeout=30)
    return running.exitcode == -signal.SIGKILL


def test_ingest_killed_ten_times_at_random_moments_then_completed_equals_a_clean_run(
    accord_bin: str, database_url: str, tmp_path: Path
) -> None:
    folder = write_articles(tmp_path / "news", ARTICLES)
    clean_url = f"sqlite:///{tmp_path / 'clean.db'}"
    clean_run(folder, clean_url)
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)

    open_store(database_url).dispose()
    killed = sum(kill_while_storing(folder, database_url, rng) for _ in range(KILLS))
    survivors = facts_per_document(database_url)
    assert killed == KILLS and len(survivors) < ARTICLES, f"the ingest finished before it was killed (seed {seed})"
    assert all(survivors[name] == facts_per_document(clean_url)[name] for name in survivors), (
        f"a killed run left a half-written document (seed {seed})"
    )
    assert store_problems(database_url) == []

    rerun = run_ingest(accord_bin, folder, database_url)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert out.startswith(
        f"{ARTICLES - len(survivors)} added, {len(survivors)} unchanged, 0 replaced, 0 duplicate, 0 failed"
    )
    assert facts_per_document(database_url) == facts_per_document(clean_url), f"seed {seed}"
    assert knowledge_totals(database_url) == knowledge_totals(clean_url), f"something was counted twice (seed {seed})"
    assert store_problems(database_url) == []
