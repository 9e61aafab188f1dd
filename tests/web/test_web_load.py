"""A load drill on a real `accord serve` process: 20 concurrent uploads of 1 MB texts while 8 clients read.

Reads stay fast because extraction runs in a worker process; every upload ends as a stored document or a
clear refusal (a full queue, a job past its time limit); memory stays bounded; SIGTERM stops the server
promptly even with jobs in hand."""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import threading
import time
from pathlib import Path

import httpx
import pytest
from live_server import free_port

UPLOADERS, READERS = 20, 8


def resident_megabytes(pid: int) -> float:
    """Return the resident memory of a process and all its children, in MB."""
    children = subprocess.run(["ps", "-o", "rss=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    own = subprocess.run(["ps", "-o", "rss=", "-p", str(pid)], capture_output=True, text=True).stdout
    return sum(int(kb) for kb in (own + children).split()) / 1024


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"


def megabyte_text(n: int) -> str:
    """Return about 1 MB of news-like sentences, different for each `n`."""
    sentence = (
        "Minister Alan Dorn{n} met the delegation of Veloria in Tashkent on {day} May 2025, and the sides agreed "
        "to build a railway corridor worth ${day}.{n} billion by 2030. "
    )
    count = 1_000_000 // len(sentence.format(n=n, day=10))
    return "".join(sentence.format(n=n, day=1 + i % 28) for i in range(count))


@pytest.fixture
def server(tmp_path: Path, accord_bin: str) -> tuple[subprocess.Popen[bytes], str, str]:
    """Start `accord serve` on a fresh store; return the process, its address and an editor token."""
    url = f"sqlite:///{tmp_path / 'load.db'}"
    token = subprocess.run(
        [accord_bin, "token", "create", "--role", "editor", "--db", url], capture_output=True, text=True, check=True
    ).stdout.strip()
    port = free_port()
    command = [
        accord_bin,
        "serve",
        "--db",
        url,
        "--port",
        str(port),
        "--max-upload",
        "2",
        "--timeout",
        "3",
        "--upload-queue",
        "4",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    address = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{address}/api/v1/initiatives", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.1)
    else:
        process.kill()
        raise AssertionError(f"accord serve did not start: {process.stderr.read().decode() if process.stderr else ''}")
    yield process, address, token
    if process.poll() is None:
        process.kill()


def test_reads_stay_fast_and_every_upload_ends_while_twenty_megabyte_uploads_arrive(
    server: tuple[subprocess.Popen[bytes], str, str],
) -> None:
    process, address, token = server
    headers = {"Authorization": f"Bearer {token}"}
    read_seconds: list[float] = []
    answers: list[httpx.Response] = []
    peak = [0.0]
    uploading = threading.Event()
    uploading.set()

    def upload(n: int) -> None:
        with httpx.Client(base_url=address, timeout=60) as client:
            answers.append(client.post("/api/v1/documents", data={"text": megabyte_text(n)}, headers=headers))

    def read() -> None:
        with httpx.Client(base_url=address, timeout=30) as client:
            while uploading.is_set():
                started = time.perf_counter()
                assert client.get("/api/v1/initiatives").status_code == 200
                read_seconds.append(time.perf_counter() - started)

    def watch_memory() -> None:
        while uploading.is_set():
            peak[0] = max(peak[0], resident_megabytes(process.pid))
            time.sleep(0.2)

    readers = [threading.Thread(target=read) for _ in range(READERS)] + [threading.Thread(target=watch_memory)]
    uploaders = [threading.Thread(target=upload, args=(n,)) for n in range(UPLOADERS)]
    for thread in readers + uploaders:
        thread.start()
    for thread in uploaders:
        thread.join()
    accepted = [answer.json()["url"] for answer in answers if answer.status_code == 202]
    refused = [answer for answer in answers if answer.status_code != 202]
    finished = {}
    deadline = time.monotonic() + 120
    with httpx.Client(base_url=address, timeout=30) as client:
        while len(finished) < len(accepted) and time.monotonic() < deadline:
            for job_url in accepted:
                job = client.get(job_url).json()
                if job["state"] not in ("queued", "running"):
                    finished[job_url] = job
            time.sleep(0.5)
    uploading.clear()
    for thread in readers:
        thread.join()

    assert len(answers) == UPLOADERS
    assert all(answer.status_code in (429, 503) and answer.headers.get("retry-after") for answer in refused)
    assert len(finished) == len(accepted) > 0, "every accepted upload finished"
    for job in finished.values():
        assert job["state"] == "done" or job["error"], job
    p95 = statistics.quantiles(read_seconds, n=20)[-1]
    assert p95 < 0.3, f"reads p95 {p95 * 1000:.0f} ms over {len(read_seconds)} reads"
    assert peak[0] < 2048, f"peak memory {peak[0]:.0f} MB"

    # A job in hand when SIGTERM comes: the server still stops within 10 s.
    with httpx.Client(base_url=address, timeout=60) as client:
        assert client.post("/api/v1/documents", data={"text": megabyte_text(99)}, headers=headers).status_code == 202
    workers = subprocess.run(["ps", "-o", "pid=", "--ppid", str(process.pid)], capture_output=True, text=True)
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=15)
    assert time.monotonic() - started < 10
    time.sleep(0.5)
    assert not [pid for pid in map(int, workers.stdout.split()) if alive(pid)], "the workers stopped too"
