"""Measure accord's extraction against bare parsing of the same texts: speed and peak memory.

    python benchmarks/extract_speed.py [--limit N] [--csv PATH]
    python benchmarks/extract_speed.py --language ru [--corpus DIR] [--words N]

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

With --language ru the texts are the Russian excerpts of ../shared/corpus/gov-ru, each repeated to
about 3,000 words (--words), and the bare side is natasha with the models accord uses, in one pass
over each whole text as accord.nlp.russian parses it: segmenter, morphology, syntax and NER. The
peak memory target is then 1 GB.
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

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT_CSV = SHARED / "corpus" / "kremlin-en" / "press-releases.csv"
DEFAULT_RU_CORPUS = SHARED / "corpus" / "gov-ru"
TARGET_RATIO = 0.7
TARGET_PEAK_MB = {"en": 1536, "ru": 1024}
WARM_UP_DOCUMENTS = 5
DEFAULT_LIMIT = 200
DEFAULT_RU_WORDS = 3000
BARE = {"en": "bare spaCy", "ru": "bare natasha"}
ACCORD = "accord"


class Run(NamedTuple):
    """One timed pass of one side over all the texts, in its own process."""

    seconds: float
    peak_mb: float
    cpu_seconds: float  # the process's own CPU time, all threads: what it did, whatever else ran beside it


def load_bodies(path: Path, limit: int) -> list[str]:
    """Return the first `limit` non-empty bodies of the press releases, all of them if `limit` is 0."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        bodies = [row["body"] for row in csv.DictReader(handle) if row["body"].strip()]
    return bodies[: limit or None]


def repeated_excerpts(folder: Path, words: int) -> list[str]:
    """Return each text of the folder repeated, paragraph after paragraph, to about `words` words."""
    texts = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8").strip()
        copies = max(1, round(words / max(1, len(text.split()))))
        texts.append("\n\n".join([text] * copies))
    return texts


class Source(NamedTuple):
    """Where a run's texts come from: the English press releases or the Russian excerpts."""

    language: str
    path: Path
    limit: int

    def texts(self) -> list[str]:
        """Return the texts of this source."""
        return load_bodies(self.path, self.limit) if self.language == "en" else repeated_excerpts(self.path, self.limit)


def parse_bare(texts: list[str]) -> None:
    """Run the pipeline over the whole texts and drop the results."""
    nlp = get_nlp()
    nlp.max_length = max(nlp.max_length, *(len(t) + 1 for t in texts))
    for _ in nlp.pipe(texts):
        pass


def parse_bare_natasha(texts: list[str]) -> None:
    """Run natasha's segmenter, morphology, syntax and NER, with the models accord uses, over each whole text."""
    from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

    embedding = NewsEmbedding()
    segmenter, morph = Segmenter(), NewsMorphTagger(embedding)
    syntax, ner = NewsSyntaxParser(embedding), NewsNERTagger(embedding)
    for text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        doc.tag_ner(ner)


def extract_all(texts: list[str]) -> None:
    """Extract the records of the texts one by one, as `accord extract` does, and drop them."""
    for _ in iter_records(SourceDocument(source=f"release-{i}", text=t) for i, t in enumerate(texts)):
        pass


SIDES: dict[str, Callable[[list[str]], None]] = {
    BARE["en"]: parse_bare,
    BARE["ru"]: parse_bare_natasha,
    ACCORD: extract_all,
}


def peak_memory_mb() -> float:
    """Return this process's peak resident memory in megabytes (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(side: str, source: Source) -> Run:
    """Warm one side up, time its pass over the texts and return that with this process's peak memory."""
    texts = source.texts()
    run = SIDES[side]
    run(texts[:WARM_UP_DOCUMENTS])
    start, cpu_start = time.perf_counter(), time.process_time()
    run(texts)
    return Run(time.perf_counter() - start, peak_memory_mb(), time.process_time() - cpu_start)


def measure_in_fresh_process(side: str, source: Source) -> Run:
    """Run `measure` in a new interpreter, so that its memory and pipeline are its own."""
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(measure, side, source).result()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--language", choices=("en", "ru"), default="en", help="which pipeline to measure")
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV, help="press releases CSV with a 'body' column")
    parser.add_argument(
        "--limit", type=int, default=DEFAULT_LIMIT, help=f"use the first N bodies, 0 for all (default {DEFAULT_LIMIT})"
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_RU_CORPUS, help="folder of Russian texts (ru)")
    parser.add_argument(
        "--words", type=int, default=DEFAULT_RU_WORDS, help=f"repeat each Russian text to N words ({DEFAULT_RU_WORDS})"
    )
    args = parser.parse_args()
    language = args.language
    source = Source("en", args.csv, args.limit) if language == "en" else Source("ru", args.corpus, args.words)

    texts = source.texts()
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} documents, {words:,} words, {sum(map(len, texts)):,} characters", flush=True)

    bare = BARE[language]
    runs: dict[str, list[Run]] = {bare: [], ACCORD: []}
    for side in (bare, ACCORD, ACCORD, bare):
        runs[side].append(measure_in_fresh_process(side, source))
    speeds, cpu_speeds, peaks = {}, {}, {}
    for side, (first, second) in runs.items():
        mean = (first.seconds + second.seconds) / 2
        speeds[side] = len(texts) / mean
        cpu_speeds[side] = 2 / (first.cpu_seconds + second.cpu_seconds)
        peaks[side] = max(first.peak_mb, second.peak_mb)
        print(
            f"{side:12}  {len(texts) / mean:8.2f} documents/s  {words / mean:10,.0f} words/s"
            f"  ({first.seconds:.1f} s, {second.seconds:.1f} s; CPU {first.cpu_seconds:.1f} s, "
            f"{second.cpu_seconds:.1f} s)  peak {peaks[side]:,.0f} MB"
        )

    ratio = speeds[ACCORD] / speeds[bare]
    target_peak = TARGET_PEAK_MB[language]
    print(f"ratio         {ratio:.2f} (target >= {TARGET_RATIO})")
    # On a machine shared with other work the wall-clock ratio measures the neighbours too.
    print(f"CPU ratio     {cpu_speeds[ACCORD] / cpu_speeds[bare]:.2f} (each side's own CPU seconds)")
    print(f"peak memory   {peaks[ACCORD]:,.0f} MB accord (target < {target_peak:,} MB), {peaks[bare]:,.0f} MB {bare}")
    return 0 if ratio >= TARGET_RATIO and peaks[ACCORD] < target_peak else 1


if __name__ == "__main__":
    sys.exit(main())
