"""Measure accord's extraction speed against bare spaCy parsing of the same press releases.

    python benchmarks/extract_speed.py [--limit N] [--csv PATH]

Both runs use the same pipeline (accord.nlp.get_nlp()) in the same process, after a warm-up,
in the order bare, accord, accord, bare so that neither profits from running last; each speed
is the mean of its two runs. Targets: accord at least 0.7 of bare speed, peak memory under 1.5 GB.
"""

from __future__ import annotations

import argparse
import csv
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

from accord.documents import SourceDocument
from accord.extract import extract_records
from accord.nlp import get_nlp

DEFAULT_CSV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "kremlin-en" / "press-releases.csv"
TARGET_RATIO = 0.7
TARGET_PEAK_MB = 1536
WARM_UP_DOCUMENTS = 5


def load_bodies(path: Path, limit: int | None) -> list[str]:
    """Return the non-empty bodies of the press releases, at most `limit` of them."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        bodies = [row["body"] for row in csv.DictReader(handle) if row["body"].strip()]
    return bodies[:limit]


def parse_bare(texts: list[str]) -> None:
    """Run the pipeline over the texts and drop the results."""
    nlp = get_nlp()
    nlp.max_length = max(nlp.max_length, *(len(t) + 1 for t in texts))
    for _ in nlp.pipe(texts):
        pass


def extract_all(texts: list[str]) -> None:
    """Extract records of the texts the way `accord extract` does, language detection included."""
    extract_records([SourceDocument(source=f"release-{i}", text=t) for i, t in enumerate(texts)])


def seconds(run: Callable[[list[str]], None], texts: list[str]) -> float:
    """Return the wall-clock seconds one run takes."""
    start = time.perf_counter()
    run(texts)
    return time.perf_counter() - start


def peak_memory_mb() -> float:
    """Return this process's peak resident memory in megabytes (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--csv", type=Path, default=DEFAULT_CSV, help="press releases CSV with a 'body' column"
    )
    parser.add_argument("--limit", type=int, default=100, help="use the first N bodies (default 100)")
    args = parser.parse_args()

    texts = load_bodies(args.csv, args.limit)
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} documents, {words:,} words, {sum(map(len, texts)):,} characters")
    parse_bare(texts[:WARM_UP_DOCUMENTS])
    extract_all(texts[:WARM_UP_DOCUMENTS])

    timings: dict[str, list[float]] = {"bare spaCy": [], "accord": []}
    for name, run in (
        ("bare spaCy", parse_bare),
        ("accord", extract_all),
        ("accord", extract_all),
        ("bare spaCy", parse_bare),
    ):
        timings[name].append(seconds(run, texts))
    speeds = {}
    for name, runs in timings.items():
        mean = sum(runs) / len(runs)
        speeds[name] = len(texts) / mean
        print(
            f"{name:10}  {len(texts) / mean:8.2f} documents/s  {words / mean:10,.0f} words/s  ({mean:.2f} s)"
        )

    ratio = speeds["accord"] / speeds["bare spaCy"]
    peak = peak_memory_mb()
    print(f"ratio       {ratio:.2f} (target >= {TARGET_RATIO})")
    print(f"peak memory {peak:,.0f} MB (target < {TARGET_PEAK_MB:,} MB)")
    return 0 if ratio >= TARGET_RATIO and peak < TARGET_PEAK_MB else 1


if __name__ == "__main__":
    sys.exit(main())
