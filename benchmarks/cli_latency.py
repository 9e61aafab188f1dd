"""Measure how long accord's commands take from the shell, interpreter start-up included.

    python benchmarks/cli_latency.py [--db URL] [--runs N] [--metric NAME] [--name NAME]

Each command runs `--runs` times (7 by default) as a fresh `python -m accord.cli` process, after
one untimed run that warms the disk cache; the median wall time is compared with its target
(the median CPU time, user and system, is shown beside it: unlike the wall time, it does not
grow with what else the machine runs):

  accord --help          0.3 s
  accord initiatives     0.5 s
  accord series METRIC   0.5 s   (the metric with the most figures unless --metric)
  accord show NAME       0.5 s   (the most documented entity unless --name)

The store is the one `accord ingest press-releases.csv --db URL` builds from the 816 Kremlin
releases (by default sqlite:////tmp/cli_kb.db). The exit code is 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time

from sqlalchemy import func, select

from accord.store import open_store, tables

DEFAULT_DB = "sqlite:////tmp/cli_kb.db"
HELP_TARGET = 0.3
QUERY_TARGET = 0.5


def busiest_metric(db_url: str) -> str:
    """Return the metric with the most figures in the store."""
    engine = open_store(db_url)
    s, f = tables.series, tables.figures
    with engine.connect() as conn:
        metric = conn.scalar(
            select(s.c.metric).join(f, f.c.series_id == s.c.id).group_by(s.c.metric).order_by(func.count().desc())
        )
    engine.dispose()
    return str(metric)


def busiest_entity(db_url: str) -> str:
    """Return the name of the entity named in the most documents."""
    engine = open_store(db_url)
    kb, m = tables.kb_entities, tables.mentions
    with engine.connect() as conn:
        name = conn.scalar(
            select(kb.c.name)
            .join(m, m.c.kb_entity_id == kb.c.id)
            .group_by(kb.c.id, kb.c.name)
            .order_by(func.count(func.distinct(m.c.document_id)).desc())
        )
    engine.dispose()
    return str(name)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_times(arguments: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Run `accord ARGUMENTS` once untimed, then `runs` times; return the wall and CPU times in seconds."""
    command = [sys.executable, "-m", "accord.cli", *arguments]
    subprocess.run(command, check=True, capture_output=True)
    walls, cpus = [], []
    for _ in range(runs):
        started, cpu = time.perf_counter(), _children_cpu()
        subprocess.run(command, check=True, capture_output=True)
        walls.append(time.perf_counter() - started)
        cpus.append(_children_cpu() - cpu)
    return walls, cpus


def main() -> int:
    """Time the commands and print each median against its target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=DEFAULT_DB, help=f"the store's URL [{DEFAULT_DB}]")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--metric", help="the metric for `accord series` [the one with the most figures]")
    parser.add_argument("--name", help="the name for `accord show` [the most documented entity]")
    args = parser.parse_args()
    metric = args.metric or busiest_metric(args.db)
    name = args.name or busiest_entity(args.db)
    commands = [
        (["--help"], HELP_TARGET),
        (["initiatives", "--db", args.db], QUERY_TARGET),
        (["series", metric, "--db", args.db], QUERY_TARGET),
        (["show", name, "--db", args.db], QUERY_TARGET),
    ]
    missed = 0
    load = os.getloadavg()[0]
    print(f"{args.runs} runs each; load average {load:.1f} on {os.cpu_count()} CPUs (others' work slows the wall time)")
    print(f"{'command':36} {'median':>8} {'min':>7} {'max':>7} {'cpu':>7} {'target':>7}")
    for arguments, target in commands:
        walls, cpus = run_times(arguments, args.runs)
        median = statistics.median(walls)
        label = "accord " + " ".join(a for a in arguments if a not in (args.db, "--db"))
        verdict = "ok" if median <= target else "MISSED"
        missed += median > target
        print(
            f"{label:36} {median:7.3f}s {min(walls):6.3f}s {max(walls):6.3f}s "
            f"{statistics.median(cpus):6.3f}s {target:6.1f}s  {verdict}"
        )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
