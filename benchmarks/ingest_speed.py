"""Measure issue 4's knowledge-base targets on the Kremlin press releases, every ratio from one run.

    python benchmarks/ingest_speed.py [--limit N] [--workers N] [--db URL] [--csv PATH] [--stored N]

Each phase runs in a fresh process of its own, one after the other:

1. bare spaCy: `nlp.pipe` over the rows' texts with `--workers` processes (accord.nlp.get_nlp(),
   the pipeline accord extracts with);
2. ingest: `accord ingest`'s library call (rows read from the CSV, extracted in `--workers`
   processes, stored and resolved) into an empty knowledge base, then the same rows again, unchanged;
3. asking: the rows extracted once more and stored as copies with varied text (through
   `save_document`, so resolution runs for every copy) until `--stored` documents are stored, then
   `accord initiatives --format json` and `accord search WORDS --format json` timed, each run in
   this process with click's test runner: opening the store, the query and the JSON output count,
   the interpreter's start-up and imports (spaCy's above all, seconds) do not.

Targets: ingest >= 0.6 x bare spaCy's documents/s; re-ingest >= 20 x faster than the first pass;
each question answered in < 200 ms (median of 20); ingest's peak memory < 2 GB, taken as the
ingest process's peak plus `--workers` times its largest worker's peak (ru_maxrss of RUSAGE_SELF
and RUSAGE_CHILDREN), an upper bound on the process tree's peak.
Wall-clock times decide; CPU seconds (of the phase's whole process tree) are printed beside them,
as other work on the machine slows the wall clock but not those.
Exits 1 when a target is missed. Use an empty database with --db; without it a temporary SQLite file is used.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from itertools import islice
from multiprocessing import get_context
from pathlib import Path
from typing import Any, TypeVar

from click.testing import CliRunner
from sqlalchemy import func, select

from accord.cli import main as accord
from accord.documents import SourceDocument
from accord.ingest.extraction import extract_all
from accord.ingest.runner import ingest
from accord.ingest.sources import read_sources
from accord.ingest.tables import Failure
from accord.ingest.writer import save_document
from accord.nlp import get_nlp
from accord.record import Record
from accord.store import open_store, tables

DEFAULT_CSV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "kremlin-en" / "press-releases.csv"
TARGET_RATIO = 0.6
TARGET_REINGEST_SPEEDUP = 20.0
TARGET_ANSWER_MS = 200.0
TARGET_PEAK_MB = 2048.0
REPEATS = 20
BARE_BATCH = 16  # texts per nlp.pipe batch: small enough that every process gets work
T = TypeVar("T")


@dataclass(frozen=True)
class Timed:
    """How long a phase's work took: wall-clock seconds and the CPU seconds of its process tree."""

    seconds: float
    cpu: float


@dataclass(frozen=True)
class Ingested:
    """What the ingest phase measured."""

    documents: int
    added: int
    failed: int
    first: Timed
    again: Timed
    again_unchanged: int
    main_mb: float
    worker_mb: float
    workers: int

    @property
    def peak_mb(self) -> float:
        """Return the bound on the ingest process tree's peak: the main process and each worker at its largest."""
        return self.main_mb + (self.workers * self.worker_mb if self.workers > 1 else 0.0)


@dataclass(frozen=True)
class Answer:
    """A command's median milliseconds and how many items its JSON answer holds."""

    command: str
    ms: float
    items: int


def read_rows(csv_path: Path, limit: int | None) -> list[SourceDocument | Failure]:
    """Return the first `limit` rows of the CSV as documents, or failures for rows that cannot be read."""
    return list(islice(read_sources([str(csv_path)]), limit))


def texts_of(items: list[SourceDocument | Failure]) -> list[SourceDocument]:
    """Return the documents among the rows."""
    return [item for item in items if isinstance(item, SourceDocument)]


def apart(function: Callable[..., T], *args: Any) -> T:
    """Run `function(*args)` in a fresh process, so each phase's memory and start-up are its own."""
    with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
        return pool.submit(function, *args).result()


def cpu_seconds() -> float:
    """Return the CPU seconds this process and its finished children have used so far."""
    return sum(
        usage.ru_utime + usage.ru_stime
        for usage in (resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN))
    )


def timed(work: Callable[[], T]) -> tuple[T, Timed]:
    """Run `work` and return its result with how long it took."""
    wall, cpu = time.perf_counter(), cpu_seconds()
    result = work()
    return result, Timed(time.perf_counter() - wall, cpu_seconds() - cpu)


def parse_bare(csv_path: Path, limit: int | None, workers: int) -> Timed:
    """Time bare `nlp.pipe` over the rows' texts with `workers` processes."""
    texts = [d.text for d in texts_of(read_rows(csv_path, limit))]
    nlp = get_nlp()
    nlp.max_length = max(nlp.max_length, *(len(t) + 1 for t in texts))
    return timed(lambda: sum(1 for _ in nlp.pipe(texts, n_process=workers, batch_size=BARE_BATCH)))[1]


def peak_mb(who: int) -> float:
    """Return a peak resident size in MB (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(who).ru_maxrss / 1024


def ingest_twice(csv_path: Path, limit: int | None, workers: int, url: str) -> Ingested:
    """Ingest the rows into the knowledge base at `url`, then again unchanged, timing both with the reading."""
    engine = open_store(url)
    first, first_time = timed(lambda: ingest(engine, read_rows(csv_path, limit), workers=workers))
    main_mb, worker_mb = peak_mb(resource.RUSAGE_SELF), peak_mb(resource.RUSAGE_CHILDREN)
    again, again_time = timed(lambda: ingest(engine, read_rows(csv_path, limit), workers=workers))
    engine.dispose()
    return Ingested(
        first.documents, first.added, first.failed, first_time, again_time, again.unchanged, main_mb, worker_mb, workers
    )


def copy_of(document: SourceDocument, record: Record, number: int) -> tuple[SourceDocument, Record]:
    """Return a copy of a document with its text varied at the end (so every offset stays right)."""
    text = f"{document.text}\n\n(Copy {number} of this press release.)"
    copy = replace(document, source=f"{document.source}#copy{number}", text=text)
    return copy, replace(record, document=replace(record.document, id=copy.id, source=copy.source))


def store_copies(csv_path: Path, limit: int | None, workers: int, url: str, stored: int) -> tuple[int, float]:
    """Extract the rows once and store copies of them until `stored` documents are stored.

    Returns how many documents are stored and how many seconds storing the copies took.
    """
    documents = texts_of(read_rows(csv_path, limit))
    with ProcessPoolExecutor(workers, initializer=get_nlp) as pool:
        extracted = [(d, r) for d, r in extract_all(documents, pool, 2 * workers, None) if isinstance(r, Record)]
    engine = open_store(url)
    with engine.connect() as conn:
        count = conn.scalar(select(func.count()).select_from(tables.documents)) or 0
    started, number = time.perf_counter(), 0
    while count < stored and extracted:
        number += 1
        for document, record in extracted[: stored - count]:
            count += save_document(engine, *copy_of(document, record, number)) == "added"
    engine.dispose()
    return count, time.perf_counter() - started


def ask(url: str, *command: str) -> Answer:
    """Return the median milliseconds of `REPEATS` runs of an accord command, after one warm-up run."""
    runner = CliRunner(mix_stderr=False)  # stdout alone: the "20 of N shown" notice goes to stderr
    arguments = [*command, "--format", "json", "--db", url]
    times = []
    for _ in range(REPEATS + 1):
        started = time.perf_counter()
        result = runner.invoke(accord, arguments)
        times.append((time.perf_counter() - started) * 1000)
        if result.exit_code != 0:
            raise RuntimeError(f"accord {' '.join(command)} failed: {result.output}")
    shown = " ".join(f"'{word}'" if " " in word else word for word in command)
    return Answer(f"accord {shown} --format json", statistics.median(times[1:]), len(json.loads(result.stdout)))


def ask_with_copies(
    csv_path: Path, limit: int | None, workers: int, url: str, stored: int, words: str
) -> tuple[int, float, list[Answer]]:
    """Fill the knowledge base with copies up to `stored` documents, then time the two commands."""
    count, seconds = store_copies(csv_path, limit, workers, url, stored)
    return count, seconds, [ask(url, "initiatives"), ask(url, "search", words)]


def verdict(met: bool) -> str:
    """Return how a measured value compares with its target."""
    return "ok" if met else "MISSED"


def report(workers: int, bare: Timed, ingested: Ingested) -> bool:
    """Print the ingest phase's values with their targets; return whether all are met."""
    first, again = ingested.first, ingested.again
    ratio, speedup = bare.seconds / first.seconds, first.seconds / again.seconds
    checks = [ratio >= TARGET_RATIO, speedup >= TARGET_REINGEST_SPEEDUP, ingested.peak_mb < TARGET_PEAK_MB]
    n = ingested.documents
    print(
        f"bare spaCy nlp.pipe, n_process={workers}: {n} documents in {bare.seconds:.1f} s "
        f"({bare.cpu:.0f} CPU s), {n / bare.seconds:.2f} docs/s"
    )
    print(
        f"ingest --workers {workers}: {n} documents in {first.seconds:.1f} s ({first.cpu:.0f} CPU s), "
        f"{n / first.seconds:.2f} docs/s; {ingested.added} added, {ingested.failed} failed"
    )
    print(
        f"ingest / bare spaCy throughput: {ratio:.2f} (target >= {TARGET_RATIO}) {verdict(checks[0])}; "
        f"by CPU seconds {bare.cpu / first.cpu:.2f}"
    )
    print(
        f"re-ingest unchanged: {again.seconds:.2f} s ({ingested.again_unchanged} unchanged), "
        f"{speedup:.0f} x faster than the first pass (target >= {TARGET_REINGEST_SPEEDUP:.0f} x) {verdict(checks[1])}"
    )
    print(
        f"ingest peak memory: {ingested.peak_mb:,.0f} MB = main {ingested.main_mb:,.0f} MB + {workers} x "
        f"worker {ingested.worker_mb:,.0f} MB (target < {TARGET_PEAK_MB:,.0f} MB) {verdict(checks[2])}"
    )
    return all(checks)


def report_answers(stored: int, seconds: float, answers: list[Answer]) -> bool:
    """Print the asking phase's values with their targets; return whether all are met."""
    print(
        f"{stored} documents stored (copies stored in {seconds:.0f} s); commands run in-process, "
        f"start-up excluded, median of {REPEATS}:"
    )
    for answer in answers:
        print(
            f"{answer.command}: {answer.ms:.1f} ms, {answer.items} items "
            f"(target < {TARGET_ANSWER_MS:.0f} ms) {verdict(answer.ms < TARGET_ANSWER_MS)}"
        )
    return all(answer.ms < TARGET_ANSWER_MS for answer in answers)


def main() -> int:
    """Run the phases and print the results; return 1 if a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV, help="press releases CSV, one article per row")
    parser.add_argument("--limit", type=int, help="use the first N rows [all]")
    parser.add_argument("--workers", type=int, default=2, help="extraction processes, and spaCy's n_process [2]")
    parser.add_argument("--db", metavar="URL", help="an empty knowledge base to fill [a temporary SQLite file]")
    parser.add_argument(
        "--stored", type=int, default=10_000, metavar="N", help="documents stored before asking; 0 skips it [10000]"
    )
    parser.add_argument("--search", default="nuclear power plant", metavar="WORDS", help="words to search for")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'bench.db'}"
        bare = apart(parse_bare, args.csv, args.limit, args.workers)
        ingested = apart(ingest_twice, args.csv, args.limit, args.workers, url)
        met = report(args.workers, bare, ingested)
        if args.stored:
            met &= report_answers(
                *apart(ask_with_copies, args.csv, args.limit, args.workers, url, args.stored, args.search)
            )
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
