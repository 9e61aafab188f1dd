"""Compare accord's entities with bare en_core_web_sm's on real articles with gold names (wikigold).

    python benchmarks/entities_real.py [--shared ../shared] [--details N]

Both sides run on the same texts in the same run: the texts come from the shared wikigold corpus
as ../shared/eval/wikigold_eval.py prepares them, and both sides' records are scored by that
script's own `score` command (the overall lines). The per-type lines use its matching rule
(`close`) too: recall is its per-type recall; precision counts the predictions of a type that match
a gold name of that type. Bare spaCy is the model alone, loaded as wikigold_eval.py loads it.
Target: accord's overall F1 at least bare's + 0.05.

With --details N it also lists up to N gold names bare spaCy finds and accord misses, then up to N
of accord's predictions that match no gold name: where accord loses to the model it starts from.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

import spacy

from accord.documents import SourceDocument
from accord.extract import iter_records
from accord.nlp.pipeline import MODEL_NAME

TARGET_MARGIN = 0.05
_SHARED = Path(os.environ.get("ACCORD_SHARED") or Path(__file__).resolve().parents[2] / "shared")
_SCORE_LINE = re.compile(r"P=([\d.]+) R=([\d.]+) F1=([\d.]+)")
_LOCATIONS = {"country", "place", "region"}
Records = list[list[dict[str, Any]]]  # per article, its predicted entities


def load_eval(shared: Path) -> ModuleType:
    """Import the shared wikigold_eval.py, whose article reader and matching rule both sides use."""
    spec = importlib.util.spec_from_file_location("wikigold_eval", shared / "eval" / "wikigold_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def accord_entities(texts: list[str]) -> Records:
    """Run accord's extraction, as `accord extract` does, and keep each record's entities."""
    documents = (SourceDocument(source=f"wg{i:03d}.txt", text=t) for i, t in enumerate(texts))
    return [record.to_dict()["entities"] for record in iter_records(documents)]


def bare_entities(texts: list[str], spacy_types: dict[str, str | None]) -> Records:
    """Run the bare model and keep every tagged name of a scored label, as wikigold_eval.py's `spacy` does."""
    nlp = spacy.load(MODEL_NAME)
    return [
        [{"name": e.text, "type": spacy_types[e.label_], "aliases": []} for e in doc.ents if spacy_types.get(e.label_)]
        for doc in nlp.pipe(texts)
    ]


def official_score(evaluator: Path, conll: Path, records: Records) -> tuple[str, tuple[float, float, float]]:
    """Score records with wikigold_eval.py's own `score` command; return its report and (P, R, F1)."""
    with tempfile.TemporaryDirectory() as folder:
        for number, entities in enumerate(records):
            (Path(folder) / f"wg{number:03d}.json").write_text(json.dumps({"entities": entities}), encoding="utf-8")
        report = subprocess.run(
            [sys.executable, str(evaluator), "score", str(conll), folder], capture_output=True, text=True, check=True
        ).stdout
    match = _SCORE_LINE.search(report)
    assert match is not None, report
    precision, recall, f1 = (float(v) for v in match.groups())
    return report, (precision, recall, f1)


def _scored(prediction: dict[str, Any]) -> bool:
    return prediction.get("type") in {"person", "organization", *_LOCATIONS}


def _surfaces(prediction: dict[str, Any]) -> list[str]:
    return [prediction["name"], *prediction.get("aliases", [])]


def _unique_gold(wg: ModuleType, names: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Return an article's scored gold names once each, the first spelling kept, as wikigold_eval.py does."""
    unique: dict[str, tuple[str, str]] = {}
    for value, kind in names:
        if kind in wg.TYPES:
            unique.setdefault(wg.norm(value), (value, kind))
    return list(unique.values())


def per_type(wg: ModuleType, gold: list[list[tuple[str, str]]], records: Records) -> dict[str, tuple[float, float]]:
    """Return (P, R) per gold type: recall as wikigold_eval.py counts it, precision within the type."""
    counts = {kind: [0, 0, 0, 0] for kind in wg.TYPES}  # recall hits, gold, precision hits, predicted
    for names, predictions in zip(gold, records, strict=True):
        scored = [p for p in predictions if _scored(p)]
        for value, kind in _unique_gold(wg, names):
            typed = [p for p in scored if p["type"] in wg.TYPES[kind]]
            counts[kind][0] += any(wg.close(s, value) for p in typed for s in _surfaces(p))
            counts[kind][1] += 1
        for prediction in scored:
            kind = next(k for k, types in wg.TYPES.items() if prediction["type"] in types)
            counts[kind][2] += any(wg.close(s, v) for s in _surfaces(prediction) for v, t in names if t == kind)
            counts[kind][3] += 1
    return {
        kind: (p_hit / p_all if p_all else 0.0, r_hit / r_all if r_all else 0.0)
        for kind, (r_hit, r_all, p_hit, p_all) in counts.items()
    }


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


Gold = list[list[tuple[str, str]]]  # per article, its (name, type) pairs


def print_details(wg: ModuleType, gold: Gold, accord: Records, bare: Records, limit: int) -> None:
    """List gold names bare spaCy finds and accord misses, then accord's predictions that match no gold name."""
    lost, wrong = [], []
    for number, (names, ours, theirs) in enumerate(zip(gold, accord, bare, strict=True)):
        for value, kind in _unique_gold(wg, names):

            def found(predictions: list[dict[str, Any]], value: str = value, kind: str = kind) -> bool:
                return any(
                    p.get("type") in wg.TYPES[kind] and any(wg.close(s, value) for s in _surfaces(p))
                    for p in predictions
                )

            if found(theirs) and not found(ours):
                near = [f"{p['name']}/{p['type']}" for p in ours if any(wg.close(s, value) for s in _surfaces(p))]
                lost.append(f"wg{number:03d} {kind} {value!r} accord: {near or '-'}")
        for prediction in filter(_scored, ours):
            if not any(wg.close(s, v) for s in _surfaces(prediction) for v, _ in names):
                wrong.append(f"wg{number:03d} {prediction['type']} {prediction['name']!r}")
    print(f"\ngold names bare spaCy finds and accord misses: {len(lost)}")
    print("\n".join(lost[:limit]))
    print(f"\naccord's predictions matching no gold name: {len(wrong)}")
    print("\n".join(wrong[:limit]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=_SHARED, help="the shared folder (corpus/ and eval/)")
    parser.add_argument("--details", type=int, default=0, metavar="N", help="list up to N losses and wrong names")
    args = parser.parse_args()
    evaluator = args.shared / "eval" / "wikigold_eval.py"
    conll = args.shared / "corpus" / "wikigold" / "wikigold.conll.txt"
    wg = load_eval(args.shared)
    articles = wg.articles(conll)
    texts, gold = [text for text, _ in articles], [names for _, names in articles]

    sides = {"accord": accord_entities(texts), "bare": bare_entities(texts, wg.SPACY)}
    totals = {}
    for side, records in sides.items():
        report, totals[side] = official_score(evaluator, conll, records)
        print(f"== {side}\n{report.rstrip()}")
        for kind, (precision, recall) in per_type(wg, gold, records).items():
            print(f"  {kind:3} P={precision:.3f} R={recall:.3f} F1={_f1(precision, recall):.3f}")
    difference = [a - b for a, b in zip(totals["accord"], totals["bare"], strict=True)]
    print("accord - bare  P={:+.3f} R={:+.3f} F1={:+.3f}".format(*difference))
    print(f"target: accord F1 >= bare F1 + {TARGET_MARGIN:.2f} = {totals['bare'][2] + TARGET_MARGIN:.3f}")
    if args.details:
        print_details(wg, gold, sides["accord"], sides["bare"], args.details)
    return 0 if difference[2] >= TARGET_MARGIN else 1


if __name__ == "__main__":
    sys.exit(main())
