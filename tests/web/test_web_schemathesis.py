"""schemathesis against a live server on loopback, with an admin token and without one, every check on, a
bounded number of examples per operation: no server error and no answer outside the documented schema."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from conftest import Tokens, fill
from test_web_load import free_port

from accord.documents import SourceDocument
from accord.record import Record
from accord.store import open_store
from accord.web import WebSettings, create_app

SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"
CONFIG = Path(__file__).with_name("schemathesis.toml")


@pytest.fixture(scope="module")
def api(
    tmp_path_factory: pytest.TempPathFactory, solar_park_records: list[tuple[SourceDocument, Record]]
) -> Iterator[tuple[str, Tokens]]:
    """Yield the OpenAPI address of a real server on its own knowledge base (the run writes to it)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('schemathesis') / 'accord.db'}"
    engine = open_store(url)
    tokens = fill(engine, solar_park_records)
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(WebSettings(url), engine), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/api/v1/openapi.json", tokens
    server.should_exit = True
    thread.join(10)
    engine.dispose()


@pytest.mark.parametrize("signed_in", [True, False], ids=["admin-token", "no-token"])
def test_schemathesis_finds_no_server_error_and_no_schema_violation(api: tuple[str, Tokens], signed_in: bool) -> None:
    assert SCHEMATHESIS.is_file(), "schemathesis is a dev dependency: pip install -e .[dev]"
    address, tokens = api
    command = [str(SCHEMATHESIS), "--config-file", str(CONFIG), "run", address, "--checks", "all"]
    command += ["--max-examples", "8", "--seed", "7", "--no-color", "--workers", "1"]
    if signed_in:
        command += ["-H", f"Authorization: Bearer {tokens.admin}"]
    run = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-6000:]
