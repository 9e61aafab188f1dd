"""Measure how fast `accord ingest` fills a fresh knowledge base from the press releases.

    python benchmarks/ingest_speed.py [--limit N] [--workers N] [--db URL] [--csv PATH]

Ingests the first N rows of the CSV into a fresh SQLite file (or the database given, which
should be empty), then ingests them again to time the unchanged-document path. Prints
documents per second for both runs and the split between extraction and storage.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from accord.documents import SourceDocument
from accord.extract import extract_record
from accord.ingest.runner import ingest
from accord.ingest.sources import read_sources
from accord.ingest.writer import save_document
from accord.store import open_store

DEFAULT_CSV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "kremlin-en" / "press-releases.csv"


def main() -> None:
    """Run the benchmark and print its results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--db")
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    args = parser.parse_args()
    documents = [d for d in read_sources([str(args.csv)]) if isinstance(d, SourceDocument)][: args.limit]
    with tempfile.TemporaryDirectory() as folder:
        engine = open_store(args.db or f"sqlite:///{Path(folder) / 'bench.db'}")
        first = ingest(engine, documents, workers=args.workers)
        again = ingest(engine, documents, workers=args.workers)
        engine.dispose()
        split_engine = open_store(f"sqlite:///{Path(folder) / 'split.db'}")
        sample = documents[: min(10, len(documents))]
        started = time.monotonic()
        records = [extract_record(d) for d in sample]
        extracting = time.monotonic() - started
        started = time.monotonic()
        for document, record in zip(sample, records, strict=True):
            save_document(split_engine, document, record)
        storing = time.monotonic() - started
        split_engine.dispose()
    print(
        f"first ingest: {first.documents} documents, {first.documents / first.seconds:.2f} docs/s "
        f"({first.added} added, {first.failed} failed, {args.workers} workers)"
    )
    print(f"second ingest: {again.documents / again.seconds:.1f} docs/s ({again.unchanged} unchanged)")
    print(
        f"per document (one process, {len(sample)} documents): extraction {extracting / len(sample):.3f} s, "
        f"storage and resolution {storing / len(sample):.3f} s"
    )


if __name__ == "__main__":
    main()
