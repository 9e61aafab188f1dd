"""Measure issue 15's scale figures, every ratio from one run: Dask ingest, and PostgreSQL at 100,000 documents.

    python benchmarks/scale.py [--limit N] [--docs N] [--pg URL] [--csv PATH] [--port N] [--fresh]

1. Throughput: `accord ingest` (the command, in a process of its own) of the first `--limit` rows of the
   press releases, three times, each into an empty PostgreSQL schema: `--dask --workers 1`,
   `--dask --workers 2` (a local cluster of worker processes) and plain `--workers 2`. Documents/s
   are taken from ingest's own clock (its JSON summary: the Dask cluster is up before it starts, the
   plain pool starts inside it); the command's whole wall time, cluster start included, is printed too.
2. Per-document costs, in this process: each row extracted (wall and CPU seconds), then stored through
   `save_document` (one transaction each) into the empty database `--pg`: the cost of storing into a
   small store.
3. Growth to `--docs` documents: copies of those documents with varied text (as
   benchmarks/ingest_speed.py makes them), copied by SQL with all their facts and merges
   (`grow_by_copies`); then 20 more copies stored through `save_document`: the cost of storing at size.
   The save path itself is not used for the bulk because its cost per document grows with the copies
   each kb row gathers (phase 3 prints it): 100,000 through it would take hours on this machine.
4. At that size: the database's size per document, and `accord serve` on it (a process of its own):
   the register page, /api/v1/initiatives, search, the busiest entity's page and the largest series'
   page, each requested once ("first": the app builds its cached views) and then 20 times; the median
   of the server's own time (Server-Timing) must be < 300 ms.

Targets: Dask with 2 workers >= 1.6 x Dask with 1, and within 15 % of `--workers 2`; each page < 300 ms.
Exits 1 when a target is missed. A database that already holds `--docs` documents is used as it is
(phases 2 and 3 then only measure storing at size); `--fresh` empties it first.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from ingest_speed import DEFAULT_CSV, copy_of, read_rows, texts_of
from sqlalchemy import Connection, Engine, Table, create_engine, func, select, text
from sqlalchemy.engine import make_url
from web_latency import Client, start_server, time_page, verdict

from accord.documents import SourceDocument
from accord.ingest.extraction import extract_or_explain
from accord.ingest.writer import save_document
from accord.record import Record
from accord.store import open_store, tables

DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/accord_scale"
TARGET_DASK_SPEEDUP = 1.6
TARGET_DASK_VS_PLAIN = 0.15
TARGET_PAGE_MS = 300.0
COPIES_PER_BATCH = 25  # copy numbers per transaction of the growth: 25 x the originals' documents
STORED_AT_SIZE = 20
COPY = "#copy"
# The facts of a document other than its mentions: copied row for row, with the copy's document id.
FACT_TABLES = (tables.events, tables.initiatives, tables.figures, tables.statements)
MENTION_CHILDREN = (tables.roles, tables.entity_keys)


@dataclass(frozen=True)
class Run:
    """One `accord ingest` run: its arguments, its summary and the command's whole wall time."""

    label: str
    documents: int
    seconds: float
    wall: float
    cpu: float
    failed: int

    @property
    def rate(self) -> float:
        """Return documents per second by ingest's own clock."""
        return self.documents / self.seconds


def load() -> str:
    """Return the machine's load averages, as uptime says them."""
    return "load average " + ", ".join(f"{x:.2f}" for x in os.getloadavg())


def children_cpu() -> float:
    """Return the CPU seconds of this process's finished children and theirs (a run's whole process tree)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def admin_url(url: str) -> str:
    """Return the URL of the server's maintenance database, to create or drop databases from."""
    return make_url(url).set(drivername="postgresql+psycopg", database="postgres").render_as_string(False)


def ensure_database(url: str, fresh: bool) -> None:
    """Create the database `url` names if it is missing (drop it first with `fresh`)."""
    name = make_url(url).database
    admin = create_engine(admin_url(url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        if fresh:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        if not conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}):
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()


def first_rows(csv_path: Path, limit: int, folder: Path) -> Path:
    """Write the first `limit` rows of the CSV to a temporary CSV (read by the runs, deleted after)."""
    csv.field_size_limit(sys.maxsize)
    with csv_path.open(encoding="utf-8-sig", newline="") as source:
        reader = csv.DictReader(source)
        rows = list(islice(reader, limit))
        fields = reader.fieldnames or []
    path = folder / "rows.csv"
    with path.open("w", encoding="utf-8", newline="") as target:
        writer = csv.DictWriter(target, fields)
        writer.writeheader()
        writer.writerows(rows)
    return path


def ingest_run(url: str, rows: Path, label: str, options: list[str]) -> Run:
    """Run `accord ingest` of the rows into an empty schema of the database at `url`; return its figures."""
    schema = "scale_" + label.replace(" ", "_").replace("-", "")
    admin = create_engine(make_url(url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    run_url = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(False)
    accord = Path(sys.executable).parent / "accord"
    started, cpu = time.perf_counter(), children_cpu()
    done = subprocess.run(
        [str(accord), "ingest", str(rows), "--db", run_url, "--format", "json", *options],
        capture_output=True,
        text=True,
    )
    wall, cpu = time.perf_counter() - started, children_cpu() - cpu
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()
    if done.returncode != 0:
        raise SystemExit(f"accord ingest {' '.join(options)} failed: {done.stderr[-2000:]}")
    summary = json.loads(done.stdout)
    documents = sum(summary[k] for k in ("added", "unchanged", "replaced", "duplicate", "failed"))
    return Run(label, documents, summary["seconds"], wall, cpu, summary["failed"])


def throughput(url: str, csv_path: Path, limit: int) -> bool:
    """Run the three ingests and print their rates and ratios; return whether the targets are met."""
    with tempfile.TemporaryDirectory() as folder:
        rows = first_rows(csv_path, limit, Path(folder))
        runs = []
        for label, options in (
            ("dask-1", ["--dask", "--workers", "1"]),
            ("dask-2", ["--dask", "--workers", "2"]),
            ("workers-2", ["--workers", "2"]),
        ):
            before = load()
            runs.append(ingest_run(url, rows, label, options))
            run = runs[-1]
            print(
                f"ingest {' '.join(options)}: {run.documents} documents, {run.rate:.2f} docs/s by ingest's clock "
                f"({run.seconds:.1f} s; the command {run.wall:.1f} s, {1000 * run.cpu / run.documents:.0f} ms CPU "
                f"per document), {run.failed} failed; {before}",
                flush=True,
            )
    one, two, plain = runs
    speedup, behind = two.rate / one.rate, 1 - two.rate / plain.rate
    checks = [speedup >= TARGET_DASK_SPEEDUP, behind <= TARGET_DASK_VS_PLAIN]
    print(
        f"Dask 2 workers / Dask 1 worker: {speedup:.2f} x (target >= {TARGET_DASK_SPEEDUP}) {verdict(checks[0])}; "
        f"by the commands' wall time {one.wall / two.wall:.2f} x"
    )
    print(
        f"Dask 2 workers / --workers 2: {two.rate / plain.rate:.2f} "
        f"(target within {TARGET_DASK_VS_PLAIN:.0%}) {verdict(checks[1])}; by wall time {plain.wall / two.wall:.2f}"
    )
    return all(checks)


def extract_timed(documents: list[SourceDocument]) -> list[tuple[SourceDocument, Record]]:
    """Extract each document in this process; print the wall and CPU seconds per document."""
    from accord.nlp import get_nlp

    get_nlp()  # loading the pipeline is a worker's start-up, not a document's cost
    wall, cpu = time.perf_counter(), time.process_time()
    extracted = [(d, r) for d in documents if isinstance(r := extract_or_explain(d), Record)]
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    n = len(documents)
    print(f"extraction, one process: {1000 * wall / n:.0f} ms per document ({1000 * cpu / n:.0f} ms CPU), {n} docs")
    return extracted


def store_timed(engine: Engine, pairs: list[tuple[SourceDocument, Record]], label: str) -> None:
    """Store each document through `save_document`, one transaction each; print the time per document."""
    times = []
    for document, record in pairs:
        started = time.perf_counter()
        save_document(engine, document, record)
        times.append(time.perf_counter() - started)
    print(
        f"storing {label}: {1000 * statistics.mean(times):.0f} ms per document (median "
        f"{1000 * statistics.median(times):.0f} ms), {len(times)} documents through save_document, {load()}",
        flush=True,
    )


def document_count(conn: Connection) -> int:
    """Return how many documents the store holds."""
    return conn.scalar(select(func.count()).select_from(tables.documents)) or 0


def last_copy_number(conn: Connection) -> int:
    """Return the highest copy number stored so far (0 when none is)."""
    found = conn.scalar(text(rf"SELECT max(substring(source from '{COPY}(\d+)$')::int) FROM documents"))
    return int(found or 0)


def _columns(table: Table, replace: dict[str, str], prefix: str) -> tuple[str, str]:
    names = [c.name for c in table.columns if c.name != "id" or "id" in replace]  # a serial id is the database's
    return ", ".join(names), ", ".join(replace.get(n, f"{prefix}.{n}") for n in names)


def copy_documents(conn: Connection, first: int, last: int) -> int:
    """Copy every original document (copy numbers first..last) with all its facts and merges; return how many."""
    conn.execute(
        text(
            "CREATE TEMP TABLE copies ON COMMIT DROP AS "
            "SELECT original, number, body, left(encode(sha256(convert_to(body, 'UTF8')), 'hex'), 16) AS id FROM ("
            "  SELECT d.id AS original, k AS number, "
            "  d.text || E'\\n\\n(Copy ' || k || ' of this press release.)' AS body "
            "  FROM documents d CROSS JOIN generate_series(CAST(:first AS integer), CAST(:last AS integer)) AS k "
            f"  WHERE d.source NOT LIKE '%{COPY}%'"
            ") AS made"
        ),
        {"first": first, "last": last},
    )
    names, values = _columns(
        tables.documents, {"id": "c.id", "source": f"d.source || '{COPY}' || c.number", "text": "c.body"}, "d"
    )
    added = conn.execute(
        text(f"INSERT INTO documents ({names}) SELECT {values} FROM copies c JOIN documents d ON d.id = c.original")
    ).rowcount
    for table in (tables.mentions, *FACT_TABLES):
        names, values = _columns(table, {"document_id": "c.id"}, "f")
        conn.execute(
            text(
                f"INSERT INTO {table.name} ({names}) SELECT {values} "
                f"FROM copies c JOIN {table.name} f ON f.document_id = c.original"
            )
        )
    for table in MENTION_CHILDREN:  # they point at a mention: the copy's mention of the same local id
        names, values = _columns(table, {"mention_id": "new.id"}, "f")
        conn.execute(
            text(
                f"INSERT INTO {table.name} ({names}) SELECT {values} FROM copies c "
                "JOIN mentions old ON old.document_id = c.original "
                f"JOIN {table.name} f ON f.mention_id = old.id "
                "JOIN mentions new ON new.document_id = c.id AND new.local_id = old.local_id"
            )
        )
    return added


def grow_by_copies(engine: Engine, docs: int) -> float:
    """Copy the stored originals in batches until `docs` documents are stored; return the seconds it took."""
    started = time.perf_counter()
    with engine.connect() as conn:
        count, number = document_count(conn), last_copy_number(conn)
    while count < docs:
        with engine.begin() as conn:
            count += copy_documents(conn, number + 1, number + COPIES_PER_BATCH)
        number += COPIES_PER_BATCH
        print(f"  {count} documents stored, {time.perf_counter() - started:.0f} s", flush=True)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE"))  # as autovacuum would have by the time anyone reads it
    return time.perf_counter() - started


def database_size(engine: Engine) -> None:
    """Print the database's size per document, and the largest tables' and indexes' share."""
    with engine.connect() as conn:
        count = document_count(conn)
        total = conn.scalar(text("SELECT pg_database_size(current_database())")) or 0
        largest = conn.execute(
            text(
                "SELECT relname, pg_total_relation_size(c.oid) FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY 2 DESC LIMIT 5"
            )
        ).all()
    print(
        f"database size: {total / 2**20:,.0f} MB for {count} documents, {total / count / 1024:.1f} KB per document; "
        "largest (with indexes and TOAST): "
        + ", ".join(f"{name} {size / count / 1024:.1f} KB/doc" for name, size in largest)
    )


def pages(client: Client) -> list[tuple[str, str]]:
    """Return the pages to time, each showing the largest thing of its kind."""
    entity = json.loads(client.get("/api/v1/entities?per_page=1")[1])["entities"][0]["id"]
    series = json.loads(client.get("/api/v1/series")[1])[0]["id"]
    return [
        ("register page", "/initiatives"),
        ("register API", "/api/v1/initiatives"),
        ("search", "/search?q=nuclear+power+plant"),
        ("entity page", f"/entities/{entity}"),
        ("series page", f"/series/{series}"),
    ]


def latencies(url: str, port: int) -> bool:
    """Serve the store and time each page; print first and median server times; return whether all are met."""
    server = start_server(url, port)
    checks = []
    try:
        client = Client(port)
        for label, path in pages(client):
            first, median = time_page(client, path)
            checks.append(median < TARGET_PAGE_MS)
            print(
                f"{label} {path}: median {median:.1f} ms of 20 (first {first:.0f} ms) "
                f"(target < {TARGET_PAGE_MS:.0f} ms) {verdict(checks[-1])}",
                flush=True,
            )
    finally:
        server.terminate()
        server.wait(30)
    return all(checks)


def main() -> int:
    """Run the phases and print the results; return 1 if a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV, help="press releases CSV, one article per row")
    parser.add_argument("--limit", type=int, default=200, help="rows ingested and extracted [200]")
    parser.add_argument("--docs", type=int, default=100_000, help="documents the PostgreSQL store grows to [100000]")
    parser.add_argument("--pg", default=DEFAULT_PG, metavar="URL", help=f"database to grow (created) [{DEFAULT_PG}]")
    parser.add_argument("--fresh", action="store_true", help="drop and create the database first")
    parser.add_argument("--skip-ingest", action="store_true", help="skip phase 1")
    parser.add_argument("--skip-store", action="store_true", help="run phase 1 only")
    parser.add_argument("--port", type=int, default=8766)
    args = parser.parse_args()
    print(f"scale benchmark: --limit {args.limit}, --docs {args.docs}, {os.cpu_count()} cores, {load()}", flush=True)
    ensure_database(args.pg, args.fresh)
    met = args.skip_ingest or throughput(args.pg, args.csv, args.limit)
    if args.skip_store:
        return 0 if met else 1
    engine = open_store(args.pg)
    with engine.connect() as conn:
        stored = document_count(conn)
    if stored == 0:
        extracted = extract_timed(texts_of(read_rows(args.csv, args.limit)))
        store_timed(engine, extracted, "into an empty store")
    else:
        extracted = extract_timed(texts_of(read_rows(args.csv, STORED_AT_SIZE)))
        print(f"reusing the {stored} documents stored in {args.pg}")
    seconds = grow_by_copies(engine, args.docs)
    with engine.connect() as conn:
        size, number = document_count(conn), last_copy_number(conn) + 1
    print(f"grown to {size} documents by SQL copies in {seconds:.0f} s", flush=True)
    at_size = [copy_of(d, r, number) for d, r in extracted[:STORED_AT_SIZE]]
    store_timed(engine, at_size, f"into {size} documents (copy {number} of {len(at_size)} of them)")
    database_size(engine)
    engine.dispose()
    met &= latencies(args.pg, args.port)
    print(f"done; {load()}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
