"""Extract the seed documents (or another folder of texts) through the library and print the scorer's report.

    python scripts/score_seeds.py [--details] [--shared ../shared] [--corpus DIR --gold DIR] [--pattern GLOB]

The Russian samples: --corpus src/accord/samples --pattern 'ru_*.txt' --gold benchmarks/samples-ru/gold
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from accord.documents import SourceDocument
from accord.extract import extract_records


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--corpus", type=Path, help="a folder of .txt documents [the seeds in --shared]")
    parser.add_argument("--gold", type=Path, help="their gold answers [the seeds' in --shared]")
    parser.add_argument("--pattern", default="*.txt", help="which files of the corpus to score [*.txt]")
    args = parser.parse_args()
    corpus = args.corpus or args.shared / "corpus" / "seeds"
    gold = args.gold or args.shared / "eval" / "gold"
    seeds = sorted(corpus.glob(args.pattern))
    documents = [SourceDocument(source=str(p), text=p.read_text(encoding="utf-8")) for p in seeds]
    with tempfile.TemporaryDirectory() as out:
        for path, record in zip(seeds, extract_records(documents), strict=True):
            (Path(out) / f"{path.stem}.json").write_text(json.dumps(record.to_dict(), ensure_ascii=False))
        command = [sys.executable, str(args.shared / "eval" / "score.py"), "--gold", str(gold), "--pred", out]
        return subprocess.call(command + (["--details"] if args.details else []))


if __name__ == "__main__":
    sys.exit(main())
