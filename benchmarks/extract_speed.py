"""Measure accord's extraction against bare spaCy parsing of the same press releases: speed and peak memory.

    python benchmarks/extract_speed.py [--limit N] [--csv PATH]

The texts are the first N non-empty bodies of the press releases: 200 by default (among them one
of 175,000 characters), all 816 with --limit 0 (about 12 CPU minutes). The two sides use the same
pipeline, accord.nlp.get_nlp():

  bare spaCy  nlp.pipe(texts) with the pipeline's own batch size, max_length raised so every
              text is parsed whole;
  accord      iter_records over the texts, the way `accord extract` runs, language detection included.

There are four runs, bare, accord, accord, bare, so that neither side profits from running last.
Each run is a fresh process that loads the pipeline, warms up on the first few texts (not timed),
times one pass over all the texts and reports its own peak resident memory. A side's speed is the
mean of its two runs, its peak the larger of its two. Targets: accord at least 0.7 of bare speed,
accord's peak memory under 1.5 GB; the exit code is 1 when one is missed.
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing
import resource
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import NamedTuple

from accord.documents import SourceDocument
from accord.extract import iter_records
from accord.nlp import get_nlp

DEFAULT_CSV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "kremlin-en" / "press-releases.csv"
TARGET_RATIO = 0.7
TARGET_PEAK_MB = 1536
WARM_UP_DOCUMENTS = 5
DEFAULT_LIMIT = 200
BARE, ACCORD = "bare spaCy", "accord"


class Run(NamedTuple):
    """One timed pass of one side over all the texts, in its own process."""

    seconds: float
    peak_mb: float


def load_bodies(path: Path, limit: int) -> list[str]:
    """Return the first `limit` non-empty bodies of the press releases, all of them if `limit` is 0."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        bodies = [row["body"] for row in csv.DictReader(handle) if row["body"].strip()]
    return bodies[: limit or None]


def parse_bare(texts: list[str]) -> None:
    """Run the pipeline over the whole texts and drop the results."""
    nlp = get_nlp()
    nlp.max_length = max(nlp.max_length, *(len(t) + 1 for t in texts))
    for _ in nlp.pipe(texts):
        pass


def extract_all(texts: list[str]) -> None:
    """Extract the records of the texts one by one, as `accord extract` does, and drop them."""
    for _ in iter_records(SourceDocument(source=f"release-{i}", text=t) for i, t in enumerate(texts)):
        pass


SIDES: dict[str, Callable[[list[str]], None]] = {BARE: parse_bare, ACCORD: extract_all}


def peak_memory_mb() -> float:
    """Return this process's peak resident memory in megabytes (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(side: str, path: Path, limit: int) -> Run:
    """Warm one side up, time its pass over the texts and return that with this process's peak memory."""
    texts = load_bodies(path, limit)
    run = SIDES[side]
    run(texts[:WARM_UP_DOCUMENTS])
    start = time.perf_counter()
    run(texts)
    return Run(time.perf_counter() - start, peak_memory_mb())


def measure_in_fresh_process(side: str, path: Path, limit: int) -> Run:
    """Run `measure` in a new interpreter, so that its memory and pipeline are its own."""
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(measure, side, path, limit).result()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV, help="press releases CSV with a 'body' column")
    parser.add_argument(
        "--limit", type=int, default=DEFAULT_LIMIT, help=f"use the first N bodies, 0 for all (default {DEFAULT_LIMIT})"
    )
    args = parser.parse_args()

    texts = load_bodies(args.csv, args.limit)
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} documents, {words:,} words, {sum(map(len, texts)):,} characters", flush=True)

    runs: dict[str, list[Run]] = {BARE: [], ACCORD: []}
    for side in (BARE, ACCORD, ACCORD, BARE):
        runs[side].append(measure_in_fresh_process(side, args.csv, args.limit))
    speeds, peaks = {}, {}
    for side, (first, second) in runs.items():
        mean = (first.seconds + second.seconds) / 2
        speeds[side] = len(texts) / mean
        peaks[side] = max(first.peak_mb, second.peak_mb)
        print(
            f"{side:10}  {len(texts) / mean:8.2f} documents/s  {words / mean:10,.0f} words/s"
            f"  ({first.seconds:.1f} s, {second.seconds:.1f} s)  peak {peaks[side]:,.0f} MB"
        )

    ratio = speeds[ACCORD] / speeds[BARE]
    print(f"ratio       {ratio:.2f} (target >= {TARGET_RATIO})")
    print(
        f"peak memory {peaks[ACCORD]:,.0f} MB accord (target < {TARGET_PEAK_MB:,} MB), {peaks[BARE]:,.0f} MB bare spaCy"
    )
    return 0 if ratio >= TARGET_RATIO and peaks[ACCORD] < TARGET_PEAK_MB else 1


if __name__ == "__main__":
    sys.exit(main())
