"""Extract on Dask: a cluster of worker processes on this machine, or the scheduler of an existing one.

Only extraction runs on the workers. Their records come back to the process that called `ingest`,
which stores each document in its own transaction as always: a worker that dies mid-task leaves
nothing half-written, and Dask runs its task again on another worker.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Executor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import Any

from distributed import Client, LocalCluster
from distributed.diagnostics.plugin import WorkerPlugin

from accord.errors import ConfigError
from accord.nlp import get_nlp

CONNECT_TIMEOUT = "20s"


class PipelineLoader(WorkerPlugin):
    """Load the English pipeline once in each worker, as it starts or restarts, before its first document."""

    name = "accord-pipeline"

    def setup(self, worker: Any) -> None:
        """Load the pipeline into the worker's process."""
        get_nlp()


@dataclass(frozen=True)
class Cluster:
    """Where extraction runs: an executor whose tasks go to Dask workers, and how many run at once."""

    executor: Executor
    slots: int


@contextmanager
def dask_cluster(address: str | None, workers: int) -> Iterator[Cluster]:
    """Yield a Dask cluster to extract on: `workers` local worker processes, or the scheduler at `address`.

    Closing it closes the client, and a local cluster with it.
    """
    with ExitStack() as stack:
        if address is None:
            # One thread per worker process: extraction holds the GIL, so threads would not run side by side.
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
            stack.enter_context(cluster)
            client = stack.enter_context(Client(cluster))
        else:
            try:
                client = stack.enter_context(Client(address, timeout=CONNECT_TIMEOUT))
            except OSError as exc:
                raise ConfigError(f"--dask {address}", f"cannot reach the Dask scheduler ({exc})") from exc
        client.register_plugin(PipelineLoader())
        slots = sum(client.nthreads().values())
        if not slots:
            raise ConfigError(f"--dask {address}", "the scheduler has no workers")
        yield Cluster(client.get_executor(pure=False), slots)
