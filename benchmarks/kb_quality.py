"""Measure issue 12's knowledge-base quality on the Kremlin press releases: can the register be trusted?

    python benchmarks/kb_quality.py [--csv PATH] [--db PATH] [--reuse] [--workers N] [--seed N] [--show]

Ingests the CSV into a fresh SQLite store (a temporary one, or `--db PATH`; with `--reuse`, an existing
store at PATH is read as it is) and prints:

- conflicts whose series has no subjects, and conflicts whose values all come from one document;
- kb initiatives merged across reports (of different documents) two of which share no country;
- the share of the register's initiatives with a known status and a known sector (of all listed, and
  of the facts alone, leaving out those waiting in the review queue unreviewed);
- a fixed-seed random sample (stable: an item added to or gone from the store changes one sampled item,
  not the whole sample) of 40 merged initiatives and 30 conflicts, each with the sentences that
  are its evidence (with `--show`), and the precision judged by hand over the sample, from
  benchmarks/kb_quality_judged.json (keys stable across runs: built from sources and titles);
- a fixed-seed random sample of 50 of the register's facts (initiatives not waiting in the review
  queue), each with its first report's sentence, and the share judged junk: a title that names no
  undertaking (a fragment, an agenda item, a procedural act, a thing merely mentioned).

Targets: conflicts without subjects 0, within one document 0, merges with no common country 0;
judged precision of merges >= 95 % and of conflicts >= 90 %; status known >= 85 %, sector known >= 80 %;
junk titles <= 5 % of the register sample.
Exits 1 when a target is missed or a sampled item has no verdict.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import tempfile
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from accord.ingest.runner import ingest
from accord.ingest.sources import read_sources
from accord.resolve.initiative_context import context_of
from accord.store import open_store, tables
from accord.store.conflicts import find_conflicts
from accord.store.initiatives import list_initiatives

SHARED = Path(os.environ.get("ACCORD_SHARED", Path(__file__).resolve().parents[2] / "shared"))
CSV = SHARED / "corpus" / "kremlin-en" / "press-releases.csv"
JUDGED = Path(__file__).with_name("kb_quality_judged.json")
MERGE_SAMPLE, CONFLICT_SAMPLE, REGISTER_SAMPLE = 40, 30, 50
TARGETS = {"merge precision": 0.95, "conflict precision": 0.90, "status known": 0.85, "sector known": 0.80}
JUNK_AT_MOST = 0.05
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def stable_key(*parts: str) -> str:
    """Return a short key from text that does not change from one run to the next (unlike row ids)."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def sentence_at(text: str, spans: list[list[int]]) -> str:
    """Return the sentence of `text` around the first span."""
    if not spans:
        return ""
    start, end = spans[0]
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _SENTENCE_END.finditer(text, end)), len(text))
    return " ".join(text[left:right].split())


def _texts(conn: Connection) -> dict[str, str]:
    d = tables.documents
    return dict(conn.execute(select(d.c.id, d.c.text)).tuples().all())


def merged_initiatives(conn: Connection, texts: dict[str, str]) -> list[dict[str, Any]]:
    """Return each kb initiative reported by two documents or more, its reports with their countries and sentences."""
    i = tables.initiatives
    rows = conn.execute(select(i).where(i.c.kb_initiative_id.is_not(None)).order_by(i.c.id)).all()
    by_kb: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        by_kb[row.kb_initiative_id].append(row)
    sources = dict(conn.execute(select(tables.documents.c.id, tables.documents.c.source)).tuples().all())
    merged = []
    for reports in by_kb.values():
        if len({r.document_id for r in reports}) < 2:
            continue
        described = [
            {
                "source": sources[r.document_id],
                "document": r.document_id,
                "title": r.title,
                "countries": sorted(context_of(conn, r).countries),
                "reasons": r.reasons,
                "sentence": sentence_at(texts[r.document_id], r.spans),
            }
            for r in reports
        ]
        key = stable_key(*sorted(f"{d['source']}|{d['title']}" for d in described))
        merged.append({"id": key, "reports": described})
    return sorted(merged, key=lambda m: m["id"])


def no_common_country(merge: dict[str, Any]) -> bool:
    """Tell whether two reports of different documents in a merge share no country."""
    return any(
        a["document"] != b["document"] and not set(a["countries"]) & set(b["countries"])
        for a, b in combinations(merge["reports"], 2)
    )


def described_conflicts(conn: Connection, texts: dict[str, str]) -> list[dict[str, Any]]:
    """Return every conflict with a stable key and the sentence of each source."""
    found = []
    for conflict in find_conflicts(conn):
        sources = [source for side in conflict["sides"] for source in side["sources"]]
        for source in sources:
            source["sentence"] = sentence_at(texts[source["document"]], source["spans"])
        series = conflict["series"]
        key = stable_key(
            series["metric"],
            ";".join(sorted(series["subjects"])),
            series["unit"] or "",
            conflict["period"] or "",
            *sorted(f"{s['source']}|{s['text']}" for s in sources),
        )
        found.append({"id": key, **conflict, "sources": sources})
    return sorted(found, key=lambda c: c["id"])


def register_facts(conn: Connection, texts: dict[str, str]) -> list[dict[str, Any]]:
    """Return the register's facts (not waiting in the review queue), each keyed by its sources and title,
    with its first report's sentence."""
    facts = []
    for initiative in list_initiatives(conn):
        if initiative["unreviewed"]:
            continue
        first = initiative["reports"][0]
        key = stable_key(initiative["title"], *sorted(r["source"] for r in initiative["reports"]))
        sentence = sentence_at(texts[first["document_id"]], first["spans"])
        described = {name: initiative[name] for name in ("title", "kind", "status", "sector")}
        facts.append({"id": key, **described, "sentence": sentence})
    return sorted(facts, key=lambda f: f["id"])


def stable_sample(items: list[dict[str, Any]], size: int, seed: int) -> list[dict[str, Any]]:
    """Return a seeded random sample of `size` items that a change elsewhere in the list leaves alone: the
    items whose seeded hash of their id is smallest, so an item added or gone swaps one item, not all."""
    ranked = sorted(items, key=lambda item: hashlib.sha256(f"{seed}:{item['id']}".encode()).hexdigest())
    return ranked[:size]


def junk_share(sample: list[dict[str, Any]], verdicts: dict[str, Any]) -> tuple[float | None, list[str]]:
    """Return the share of the sampled facts judged junk, and the ids still without a verdict."""
    missing = [item["id"] for item in sample if item["id"] not in verdicts]
    judged = [verdicts[item["id"]]["verdict"] for item in sample if item["id"] in verdicts]
    return (sum(v == "junk" for v in judged) / len(judged) if judged else None), missing


def shares(conn: Connection) -> dict[str, float]:
    """Return the shares of the register's initiatives with a known status and sector, of all and of facts."""
    listed = list_initiatives(conn)
    facts = [i for i in listed if not i["unreviewed"]]

    def share(items: list[dict[str, Any]], field: str, unknown: str) -> float:
        return sum(i[field] != unknown for i in items) / len(items) if items else 0.0

    return {
        "initiatives": len(listed),
        "facts": len(facts),
        "status known": share(listed, "status", "unknown"),
        "sector known": share(listed, "sector", "other"),
        "status known (facts)": share(facts, "status", "unknown"),
        "sector known (facts)": share(facts, "sector", "other"),
    }


def judged_precision(sample: list[dict[str, Any]], verdicts: dict[str, Any]) -> tuple[float | None, list[str]]:
    """Return the share of the sampled items judged correct, and the ids still without a verdict."""
    missing = [item["id"] for item in sample if item["id"] not in verdicts]
    judged = [verdicts[item["id"]]["verdict"] for item in sample if item["id"] in verdicts]
    return (sum(v == "correct" for v in judged) / len(judged) if judged else None), missing


def show_merge(merge: dict[str, Any]) -> None:
    print(f"\n[merge {merge['id']}]")
    for report in merge["reports"]:
        print(f"  - {report['source']} | {report['title']!r} | countries {report['countries']} | {report['reasons']}")
        print(f"    “{report['sentence'][:400]}”")


def show_conflict(conflict: dict[str, Any]) -> None:
    series = conflict["series"]
    about = f"{series['metric']} · {series['subjects']} · {series['unit']} · {conflict['period']}"
    print(f"\n[conflict {conflict['id']}] {about}")
    for source in conflict["sources"]:
        print(f"  - {source['value']:g} from {source['source']} | {source['text']!r}")
        print(f"    “{source['sentence'][:400]}”")


def show_fact(fact: dict[str, Any]) -> None:
    print(f"\n[fact {fact['id']}] {fact['title']!r} · {fact['kind']} · {fact['status']} · {fact['sector']}")
    print(f"    “{fact['sentence'][:400]}”")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=CSV)
    parser.add_argument("--db", type=Path, help="the SQLite store to build (default: a temporary file)")
    parser.add_argument("--reuse", action="store_true", help="read the store at --db as it is, without ingesting")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--judged", type=Path, default=JUDGED)
    parser.add_argument("--show", action="store_true", help="print the sampled items with their evidence")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="kb_quality_")
    path = args.db or Path(folder) / "kb.db"
    if not args.reuse and path.exists():
        path.unlink()
    engine = open_store(f"sqlite:///{path}")
    if not args.reuse:
        summary = ingest(engine, read_sources([str(args.csv)]), workers=args.workers)
        print(f"ingested {summary.added} documents ({summary.failed} failed) in {summary.seconds:.0f} s into {path}")
    with engine.connect() as conn:
        texts = _texts(conn)
        merges, conflicts, register = merged_initiatives(conn, texts), described_conflicts(conn, texts), shares(conn)
        facts = register_facts(conn, texts)
    engine.dispose()
    counts = {
        "conflicts": len(conflicts),
        "conflicts without subjects": sum(not c["series"]["subjects"] for c in conflicts),
        "conflicts within one document": sum(len({s["document"] for s in c["sources"]}) < 2 for c in conflicts),
        "merged initiatives": len(merges),
        "merges with no common country": sum(no_common_country(m) for m in merges),
    }
    merge_sample = stable_sample(merges, MERGE_SAMPLE, args.seed)
    conflict_sample = stable_sample(conflicts, CONFLICT_SAMPLE, args.seed)
    fact_sample = stable_sample(facts, REGISTER_SAMPLE, args.seed)
    verdicts = json.loads(args.judged.read_text("utf-8")) if args.judged.exists() else {}
    merge_precision, merges_unjudged = judged_precision(merge_sample, verdicts.get("merges", {}))
    conflict_precision, conflicts_unjudged = judged_precision(conflict_sample, verdicts.get("conflicts", {}))
    junk, facts_unjudged = junk_share(fact_sample, verdicts.get("titles", {}))
    if args.show:
        for merge in merge_sample:
            show_merge(merge)
        for conflict in conflict_sample:
            show_conflict(conflict)
        for fact in fact_sample:
            show_fact(fact)
        print()
    for name, value in counts.items():
        print(f"{name}: {value}")
    print(
        f"register: {register['initiatives']} initiatives, {register['facts']} of them facts (not waiting unreviewed)"
    )
    for name in ("status known", "sector known", "status known (facts)", "sector known (facts)"):
        print(f"{name}: {register[name]:.1%}")

    def precision(name: str, value: float | None, sample: list[Any], unjudged: list[str]) -> None:
        shown = "n/a" if value is None else f"{value:.1%}"
        print(f"judged {name}: {shown} of {len(sample) - len(unjudged)} judged ({len(unjudged)} unjudged: {unjudged})")

    precision("merge precision", merge_precision, merge_sample, merges_unjudged)
    precision("conflict precision", conflict_precision, conflict_sample, conflicts_unjudged)
    shown = "n/a" if junk is None else f"{junk:.1%}"
    judged_facts = len(fact_sample) - len(facts_unjudged)
    print(f"junk titles: {shown} of {judged_facts} judged ({len(facts_unjudged)} unjudged: {facts_unjudged})")
    missed = [name for name in ("conflicts without subjects", "conflicts within one document") if counts[name]]
    missed += ["merges with no common country"] if counts["merges with no common country"] else []
    measured = {
        "merge precision": merge_precision if merge_sample else 1.0,
        "conflict precision": conflict_precision if conflict_sample else 1.0,
        "status known": register["status known"],
        "sector known": register["sector known"],
    }
    missed += [name for name, target in TARGETS.items() if (measured[name] or 0.0) < target]
    missed += ["junk titles"] if (junk or 0.0) > JUNK_AT_MOST else []
    missed += ["unjudged sample items"] if merges_unjudged or conflicts_unjudged or facts_unjudged else []
    print("targets missed: " + (", ".join(missed) if missed else "none"))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
