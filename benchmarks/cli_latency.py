"""Measure how long accord's commands take from the shell, interpreter start-up included.

    python benchmarks/cli_latency.py [--db URL] [--runs N] [--metric NAME] [--name NAME] [--compare SRC]

Each command runs `--runs` times (7 by default), each time in a fresh interpreter running
accord.cli.main (what the `accord` script runs), after one untimed run that warms the disk cache.
The median wall time is compared with its target; the median CPU time (user and system) is shown
beside it, since unlike the wall time it hardly grows with what else the machine runs:

  accord --help          0.3 s
  accord initiatives     0.5 s
  accord series METRIC   0.5 s   (the metric with the most figures unless --metric)
  accord show NAME       0.5 s   (the most documented entity unless --name)

With --compare SRC, each command also runs from another source tree (PYTHONPATH=SRC, say an older
checkout's src/), interleaved with this one's runs so that both see the same load, and its median
is printed below.

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
RUN_ACCORD = "from accord.cli import main; main(prog_name='accord')"  # what the `accord` script runs
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


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    started, cpu = time.perf_counter(), _children_cpu()
    subprocess.run(command, check=True, capture_output=True, env=env)
    return time.perf_counter() - started, _children_cpu() - cpu


def run_times(arguments: list[str], runs: int, trees: list[str | None]) -> list[tuple[list[float], list[float]]]:
    """Run `accord ARGUMENTS` from each source tree (None: this one) once untimed, then `runs` times in turn;
    return each tree's wall and CPU times in seconds."""
    command = [sys.executable, "-c", RUN_ACCORD, *arguments]
    envs = [os.environ | ({"PYTHONPATH": tree} if tree else {}) for tree in trees]
    for env in envs:
        subprocess.run(command, check=True, capture_output=True, env=env)
    times: list[tuple[list[float], list[float]]] = [([], []) for _ in trees]
    for _ in range(runs):
        for (walls, cpus), env in zip(times, envs, strict=True):
            wall, cpu = _timed(command, env)
            walls.append(wall)
            cpus.append(cpu)
    return times


def main() -> int:
    """Time the commands and print each median against its target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=DEFAULT_DB, help=f"the store's URL [{DEFAULT_DB}]")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--metric", help="the metric for `accord series` [the one with the most figures]")
    parser.add_argument("--name", help="the name for `accord show` [the most documented entity]")
    parser.add_argument("--compare", metavar="SRC", help="also time the commands from this source tree")
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
        (walls, cpus), *compared = run_times(arguments, args.runs, [None, *([args.compare] if args.compare else [])])
        median = statistics.median(walls)
        label = "accord " + " ".join(a for a in arguments if a not in (args.db, "--db"))
        verdict = "ok" if median <= target else "MISSED"
        missed += median > target
        print(
            f"{label:36} {median:7.3f}s {min(walls):6.3f}s {max(walls):6.3f}s "
            f"{statistics.median(cpus):6.3f}s {target:6.1f}s  {verdict}"
        )
        for other_walls, other_cpus in compared:
            print(
                f"{'  from ' + str(args.compare):36} {statistics.median(other_walls):7.3f}s {min(other_walls):6.3f}s "
                f"{max(other_walls):6.3f}s {statistics.median(other_cpus):6.3f}s"
            )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
