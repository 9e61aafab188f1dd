"""`accord ingest --dask`: extraction on a real Dask cluster, storing as ever, a killed worker losing nothing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import BACKENDS
from drills import facts_per_document, knowledge_totals, store_problems, stored_documents
from news_articles import write_articles

from accord.cli.ingest import ingest_command
from accord.documents import SourceDocument
from accord.ingest.extraction import extract_or_explain
from accord.ingest.runner import ingest
from accord.ingest.sources import read_sources
from accord.store import open_store

ARTICLES = 20
WORKER_KILLS = 2


@pytest.fixture(scope="module")
def distributed() -> Any:
    """Return the distributed package; CI installs the [dask] extra, so there it must be present."""
    if os.environ.get("CI"):
        import distributed

        return distributed
    return pytest.importorskip("distributed")


def clean_run(folder: Path, url: str, count: int) -> None:
    """Ingest the folder into the store at `url` in this process, without Dask."""
    engine = open_store(url)
    assert ingest(engine, read_sources([str(folder)])).added == count
    engine.dispose()


def dask_workers(psutil: Any, pid: int) -> list[Any]:
    """Return the live Dask worker processes of the local cluster an ingest started (its spawned children)."""
    workers = []
    for child in psutil.Process(pid).children(recursive=True):
        try:
            if "spawn_main" in " ".join(child.cmdline()) and child.status() != psutil.STATUS_ZOMBIE:
                workers.append(child)
        except psutil.Error:  # it ended while we looked: the killed worker, or its restart failing over
            continue
    return workers


def wait_for(condition: Any, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_a_document_past_the_time_limit_in_a_worker_thread_is_given_up() -> None:
    # Dask runs tasks in threads, where no alarm signal can reach.
    document = SourceDocument(source="slow.txt", text="The ministers of two countries met in the capital. " * 40)
    with ThreadPoolExecutor(1) as pool:
        assert "longer than 0.001 s" in str(pool.submit(extract_or_explain, document, 0.001).result())
        assert not isinstance(pool.submit(extract_or_explain, document, 600).result(), str)


def test_ingest_on_the_scheduler_of_an_existing_cluster_stores_what_plain_ingest_stores(
    distributed: Any, tmp_path: Path
) -> None:
    folder = write_articles(tmp_path / "news", 6)
    database_url, clean_url = f"sqlite:///{tmp_path / 'dask.db'}", f"sqlite:///{tmp_path / 'clean.db'}"
    clean_run(folder, clean_url, 6)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=None) as cluster:
        runner = CliRunner(mix_stderr=False)
        arguments = [str(folder), "--dask", cluster.scheduler_address, "--db", database_url, "--format", "json"]
        result = runner.invoke(ingest_command, arguments)
        again = runner.invoke(ingest_command, arguments)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["added"] == 6 and json.loads(again.stdout)["unchanged"] == 6
    assert facts_per_document(database_url) == facts_per_document(clean_url)
    assert knowledge_totals(database_url) == knowledge_totals(clean_url)


def test_a_dask_address_that_is_not_one_is_refused_with_one_line(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news", 1)
    result = CliRunner(mix_stderr=False).invoke(ingest_command, ["--dask", str(folder), "--db", "sqlite://"])
    assert result.exit_code == 2
    assert f"{folder}: not a scheduler address (tcp://HOST:PORT); put the paths before --dask" in result.stderr


@pytest.fixture
def local_ingest(accord_bin: str, database_url: str, tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    """Start `accord ingest --dask --workers 2` on a folder of articles; yield it and the folder."""
    folder = write_articles(tmp_path / "news", ARTICLES)
    open_store(database_url).dispose()  # the tables exist before the test counts what is stored
    command = [accord_bin, "ingest", str(folder), "--dask", "--workers", "2", "--db", database_url, "--format", "json"]
    running = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    yield running, folder
    if running.poll() is None:
        running.kill()
        running.communicate()


@pytest.mark.parametrize("database_url", BACKENDS[-1:], indirect=True)  # PostgreSQL when there is one
def test_dask_workers_killed_mid_run_lose_nothing_and_count_nothing_twice(
    distributed: Any, local_ingest: tuple[subprocess.Popen[str], Path], database_url: str, tmp_path: Path
) -> None:
    import psutil  # a dependency of distributed

    running, folder = local_ingest
    for kill in range(WORKER_KILLS):
        # Each time a few more documents on, with both workers up (the killed one restarted).
        wait_for(
            lambda kill=kill: running.poll() is not None
            or (stored_documents(database_url) > 2 + 4 * kill and len(dask_workers(psutil, running.pid)) == 2)
        )
        assert running.poll() is None, "the ingest finished before a worker could be killed"
        workers = dask_workers(psutil, running.pid)
        os.kill(max(workers, key=lambda w: w.cpu_times().user).pid, signal.SIGKILL)  # the busier one
    out, err = running.communicate(timeout=300)
    assert running.returncode == 0, err
    summary = json.loads(out)
    assert (summary["added"], summary["failed"], summary["duplicate"]) == (ARTICLES, 0, 0), err

    clean_url = f"sqlite:///{tmp_path / 'clean.db'}"
    clean_run(folder, clean_url, ARTICLES)
    assert facts_per_document(database_url) == facts_per_document(clean_url)
    assert knowledge_totals(database_url) == knowledge_totals(clean_url)
    assert store_problems(database_url) == []
