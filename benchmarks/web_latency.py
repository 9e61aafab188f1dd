"""Measure issue 6's web targets with 10,000 documents stored: page render times and register API throughput.

    python benchmarks/web_latency.py [--db URL] [--stored N] [--csv PATH] [--workers N] [--port N]

1. A knowledge base of `--stored` documents: the Kremlin press releases extracted once (in
   `--workers` processes) and stored as copies with varied text through `save_document`, as
   benchmarks/ingest_speed.py does. An existing `--db` that holds enough documents is used as it is.
2. `accord serve` on it, in a process of its own, on 127.0.0.1.
3. Each page is requested once (its time is shown as "first"), then 20 times; the median of the
   server's own time (its Server-Timing header) must be < 300 ms. Views the app keeps until the
   knowledge base changes (the register, the entity index, the series list, due items, a series'
   track) are built by a page's or an API call's first request; those first times are printed too.
4. The register API (`GET /api/v1/initiatives`) under a bounded load on loopback: `--clients`
   keep-alive connections send at most `--requests` requests in at most `--seconds` seconds; it
   must answer >= 200 requests/s, every answer a 200.
Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from ingest_speed import DEFAULT_CSV, copy_of, read_rows, texts_of
from sqlalchemy import func, select

from accord.ingest.extraction import extract_all
from accord.ingest.writer import save_document
from accord.nlp import get_nlp
from accord.record import Record
from accord.store import open_store, tables

TARGET_PAGE_MS = 300.0
TARGET_RATE = 200.0
REPEATS = 20
HOST = "127.0.0.1"  # the load goes to this machine's loopback only


def stored_count(url: str) -> int:
    """Return how many documents the knowledge base at `url` holds."""
    engine = open_store(url)
    with engine.connect() as conn:
        count = conn.scalar(select(func.count()).select_from(tables.documents)) or 0
    engine.dispose()
    return count


def fill(url: str, csv_path: Path, stored: int, workers: int) -> float:
    """Store copies of the extracted press releases until `stored` documents are stored; return the seconds."""
    started = time.perf_counter()
    documents = texts_of(read_rows(csv_path, None))
    with ProcessPoolExecutor(workers, initializer=get_nlp) as pool:
        extracted = [(d, r) for d, r in extract_all(documents, pool, 2 * workers, None) if isinstance(r, Record)]
    engine = open_store(url)
    count, number = stored_count(url), 0
    while count < stored and extracted:
        number += 1
        for document, record in extracted[: stored - count]:
            count += save_document(engine, *copy_of(document, record, number)) == "added"
    engine.dispose()
    return time.perf_counter() - started


class Client:
    """One keep-alive HTTP connection to the server."""

    def __init__(self, port: int) -> None:
        self.connection = http.client.HTTPConnection(HOST, port, timeout=60)

    def get(self, path: str) -> tuple[int, bytes, float]:
        """Return the status, body and server-side milliseconds of a GET."""
        self.connection.request("GET", path, headers={"Accept": "text/html"})
        response = self.connection.getresponse()
        body = response.read()
        timing = response.getheader("Server-Timing", "app;dur=nan")
        return response.status, body, float(timing.split("dur=")[1])


def start_server(url: str, port: int) -> subprocess.Popen[bytes]:
    """Start `accord serve` and wait until it answers."""
    accord = Path(sys.executable).parent / "accord"
    server = subprocess.Popen([str(accord), "serve", "--db", url, "--host", HOST, "--port", str(port)])
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if Client(port).get("/static/accord.css")[0] == 200:
                return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("the server did not start within 120 s")


def api(client: Client, path: str, built: dict[str, float]) -> Any:
    """GET an API path, noting its server-side time in `built` (these first calls build the cached views)."""
    status, body, ms = client.get(path)
    assert status == 200, f"{path}: {status}"
    built[path] = ms
    return json.loads(body)


def pages(client: Client) -> tuple[list[str], dict[str, float]]:
    """Return the pages to time (every kind, each showing the largest thing of its kind), and the times of the
    API calls that found them, which built the register, the entity index and the series list."""
    built: dict[str, float] = {}
    busiest = api(client, "/api/v1/initiatives?sort=documents&per_page=1", built)["initiatives"][0]["id"]
    entity = api(client, "/api/v1/entities?per_page=1", built)["entities"][0]["id"]
    series = api(client, "/api/v1/series", built)[0]["id"]
    document = api(client, "/api/v1/documents?per_page=1", built)["documents"][0]["id"]
    paths = [
        "/",
        "/initiatives",
        "/initiatives?status=agreed&sector=energy&sort=title&order=asc",
        "/initiatives?country=KZ&page=2",
        f"/initiatives/{busiest}",
        "/entities",
        f"/entities/{entity}",
        "/series",
        f"/series/{series}",
        "/documents",
        f"/documents/{document}",
        "/search?q=nuclear+power+plant",
        "/review",
        "/upload",
    ]
    return paths, built


def time_page(client: Client, path: str) -> tuple[float, float]:
    """Return the first and the median of `REPEATS` further server-side times of a page, in ms."""
    status, _, first = client.get(path)
    assert status == 200, f"{path}: {status}"
    return first, statistics.median(client.get(path)[2] for _ in range(REPEATS))


def load(port: int, path: str, clients: int, requests: int, seconds: float) -> tuple[int, int, float]:
    """Send at most `requests` GETs from `clients` connections for at most `seconds`; return (ok, failed, s)."""
    lock, sent, counts = threading.Lock(), [0], {"ok": 0, "failed": 0}
    stop = time.monotonic() + seconds

    def worker() -> None:
        client = Client(port)
        while time.monotonic() < stop:
            with lock:
                if sent[0] >= requests:
                    return
                sent[0] += 1
            status = client.get(path)[0]
            with lock:
                counts["ok" if status == 200 else "failed"] += 1

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return counts["ok"], counts["failed"], time.perf_counter() - started


def verdict(met: bool) -> str:
    """Return how a measured value compares with its target."""
    return "ok" if met else "MISSED"


def main() -> int:
    """Build or reuse the knowledge base, serve it, time the pages and load the register API."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", metavar="URL", help="knowledge base to use, filled up to --stored [a temporary file]")
    parser.add_argument("--stored", type=int, default=10_000, metavar="N", help="documents stored [10000]")
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV, help="press releases CSV, one article per row")
    parser.add_argument("--workers", type=int, default=2, help="extraction processes while filling [2]")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--clients", type=int, default=8, help="concurrent connections of the load [8]")
    parser.add_argument("--requests", type=int, default=4000, help="most requests the load sends [4000]")
    parser.add_argument("--seconds", type=float, default=20.0, help="longest the load runs [20]")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'web.db'}"
        if stored_count(url) < args.stored:
            print(f"filling the knowledge base: {fill(url, args.csv, args.stored, args.workers):.0f} s", flush=True)
        count = stored_count(url)
        server = start_server(url, args.port)
        try:
            client = Client(args.port)
            print(f"stored documents: {count}; server: accord serve, one process; times from its Server-Timing")
            checks = []
            paths, built = pages(client)
            print("first calls, building the cached views: " + ", ".join(f"{p} {ms:.0f} ms" for p, ms in built.items()))
            for path in paths:
                first, median = time_page(client, path)
                checks.append(median < TARGET_PAGE_MS)
                print(
                    f"page {path}: median {median:.1f} ms of {REPEATS} (first {first:.0f} ms) "
                    f"(target < {TARGET_PAGE_MS:.0f} ms) {verdict(checks[-1])}"
                )
            path = "/api/v1/initiatives"
            ok, failed, seconds = load(args.port, path, args.clients, args.requests, args.seconds)
            rate = ok / seconds
            checks.append(rate >= TARGET_RATE and failed == 0)
            print(
                f"register API {path}: {rate:.0f} requests/s ({ok} answered, {failed} failed, {seconds:.1f} s, "
                f"{args.clients} connections on {HOST}) (target >= {TARGET_RATE:.0f}/s) {verdict(checks[-1])}"
            )
        finally:
            server.terminate()
            server.wait(30)
    return 0 if all(checks) else 1


if __name__ == "__main__":
    sys.exit(main())
