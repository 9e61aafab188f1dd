"""Extract the seed documents through the library and print the scorer's report.

    python scripts/score_seeds.py [--details] [--shared ../shared]
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
    args = parser.parse_args()
    seeds = sorted((args.shared / "corpus" / "seeds").glob("*.txt"))
    documents = [SourceDocument(source=str(p), text=p.read_text(encoding="utf-8")) for p in seeds]
    with tempfile.TemporaryDirectory() as out:
        for path, record in zip(seeds, extract_records(documents), strict=True):
            (Path(out) / f"{path.stem}.json").write_text(json.dumps(record.to_dict(), ensure_ascii=False))
        command = [sys.executable, str(args.shared / "eval" / "score.py"), "--gold",
                   str(args.shared / "eval" / "gold"), "--pred", out]
        return subprocess.call(command + (["--details"] if args.details else []))


if __name__ == "__main__":
    sys.exit(main())
