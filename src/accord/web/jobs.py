"""Uploads as bounded background jobs: the request queues a document and answers at once.

Jobs wait in a bounded queue in the web process and run, `workers` at a time, in worker processes
(accord.ingest.worker), so extraction never blocks the event loop and reads stay fast. Beyond the
queue a submit is refused (QueueFull, a 503 with Retry-After); a holder sending faster than the rate
limit is refused (RateLimited, a 429). A queued job nobody asked about for `abandon_after` seconds is
cancelled. On shutdown queued jobs are cancelled, running ones get a grace period, then the workers
are stopped.
"""

from __future__ import annotations

import multiprocessing
import secrets
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import partial
from typing import Literal

from accord.documents import SourceDocument
from accord.ingest.worker import IngestResult, ingest_one, start_worker
from accord.web.settings import JobLimits

JobState = Literal["queued", "running", "done", "failed", "cancelled"]
FINISHED: frozenset[JobState] = frozenset({"done", "failed", "cancelled"})
_KEEP_FINISHED = 1_000  # finished jobs remembered for their status page; the oldest are forgotten


class JobRefused(Exception):
    """Raised when a job cannot be taken now; `retry_after` says in how many seconds to try again."""

    def __init__(self, reason: str, retry_after: int) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class QueueFull(JobRefused):
    """Raised when the queue holds as many jobs as it may."""


class RateLimited(JobRefused):
    """Raised when a holder has sent as many uploads as the last minute allows."""


@dataclass
class Job:
    """One upload: where it stands, and once finished, its document and outcome or why it failed."""

    id: str
    source: str
    document_id: str
    holder: str
    document: SourceDocument | None = field(repr=False)
    state: JobState = "queued"
    outcome: str | None = None
    error: str | None = None
    seen: float = field(default_factory=time.monotonic)

    def as_dict(self) -> dict[str, object]:
        """Return the job as the API shows it."""
        done = self.state == "done"
        return {
            "id": self.id,
            "url": f"/api/v1/jobs/{self.id}",
            "state": self.state,
            "source": self.source,
            "outcome": self.outcome,
            "error": self.error,
            "document": {"id": self.document_id, "url": f"/api/v1/documents/{self.document_id}"} if done else None,
        }


class UploadJobs:
    """The upload queue of one web app, and the worker processes that extract and store its documents."""

    def __init__(self, database_url: str, limits: JobLimits) -> None:
        self.database_url = database_url
        self.limits = limits
        self._lock = threading.Lock()
        self._jobs: dict[str, Job] = {}
        self._waiting: deque[Job] = deque()
        self._running: dict[str, Future[IngestResult]] = {}
        self._sent: dict[str, deque[float]] = {}
        self._executor: ProcessPoolExecutor | None = None
        self._closed = False

    def submit(self, document: SourceDocument, holder: str) -> Job:
        """Queue `document` sent by `holder`; raise QueueFull or RateLimited when it cannot be taken now."""
        now = time.monotonic()
        with self._lock:
            if self._closed:
                raise QueueFull("the server is shutting down; send it again in a moment", 10)
            self._reap(now)
            self._check_rate(holder, now)
            if len(self._waiting) >= self.limits.queue:
                raise QueueFull(f"{len(self._waiting)} uploads are waiting already, the most the queue holds", 30)
            job = Job(secrets.token_hex(8), document.source, document.id, holder, document)
            self._jobs[job.id] = job
            self._waiting.append(job)
            self._sent.setdefault(holder, deque()).append(now)
            self._dispatch()
            return job

    def get(self, job_id: str) -> Job | None:
        """Return a job (noting that someone still waits for it), or None when it is unknown."""
        with self._lock:
            job = self._jobs.get(job_id)
            if job is not None:
                job.seen = time.monotonic()
            return job

    def position(self, job: Job) -> int:
        """Return how many queued jobs are ahead of `job` (0 when it is not queued)."""
        with self._lock:
            return next((n for n, waiting in enumerate(self._waiting) if waiting is job), 0)

    def cancel(self, job_id: str) -> bool:
        """Cancel a queued job; return False when it is unknown or no longer queued."""
        with self._lock:
            job = self._jobs.get(job_id)
            if job is None or job.state != "queued":
                return False
            self._drop(job, "cancelled by its sender")
            return True

    def close(self, grace: float = 5.0) -> None:
        """Cancel queued jobs, give running ones `grace` seconds to finish, then stop the workers."""
        with self._lock:
            self._closed = True
            for job in list(self._waiting):
                self._drop(job, "the server shut down before it ran; send it again")
            running = list(self._running.values())
            executor, self._executor = self._executor, None
        if executor is None:
            return
        wait(running, timeout=grace)
        executor.shutdown(wait=False, cancel_futures=True)
        for child in multiprocessing.active_children():  # the workers of a job still running past its grace
            child.terminate()

    def _check_rate(self, holder: str, now: float) -> None:
        sent = self._sent.setdefault(holder, deque())
        while sent and sent[0] < now - 60:
            sent.popleft()
        if len(sent) >= self.limits.per_minute:
            wait_for = int(sent[0] + 60 - now) + 1
            raise RateLimited(f"{holder} sent {len(sent)} uploads in the last minute, the most allowed", wait_for)

    def _reap(self, now: float) -> None:
        """Cancel queued jobs nobody asked about lately; forget the oldest finished ones."""
        for job in [j for j in self._waiting if now - j.seen > self.limits.abandon_after]:
            self._drop(job, "nobody asked for it any more")
        finished = [job_id for job_id, job in self._jobs.items() if job.state in FINISHED]
        for job_id in finished[: max(0, len(finished) - _KEEP_FINISHED)]:
            del self._jobs[job_id]

    def _drop(self, job: Job, why: str) -> None:
        self._waiting.remove(job)
        job.state, job.error, job.document = "cancelled", why, None

    def _dispatch(self) -> None:
        """Start queued jobs while a worker is free (the lock is held)."""
        while self._waiting and len(self._running) < self.limits.workers:
            job = self._waiting.popleft()
            assert job.document is not None, "a queued job holds its document until it runs"
            job.state = "running"
            future = self._pool().submit(ingest_one, job.document, job.holder, self.limits.seconds)
            self._running[job.id] = future
            future.add_done_callback(partial(self._finished, job))

    def _finished(self, job: Job, future: Future[IngestResult]) -> None:
        try:
            result = future.result()
        except BrokenProcessPool:
            mb = self.limits.memory_mb
            why = f"the worker stopped while extracting it (killed, or over its {mb} MB); raise it with --upload-memory"
            result = IngestResult(None, why)
        except Exception as exc:  # the pool shut down under it
            result = IngestResult(None, f"extraction failed ({type(exc).__name__}: {exc})")
        with self._lock:
            if isinstance(future.exception(), BrokenProcessPool):
                self._executor = None  # a worker died: the next job starts a fresh pool
            self._running.pop(job.id, None)
            job.document = None
            job.state = "done" if result.outcome else "failed"
            job.outcome, job.error = result.outcome, result.error
            if not self._closed:
                self._reap(time.monotonic())
                self._dispatch()

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            memory = self.limits.memory_mb * 1024 * 1024 if self.limits.memory_mb else None
            self._executor = ProcessPoolExecutor(
                self.limits.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=start_worker,
                initargs=(self.database_url, memory),
            )
        return self._executor
