"""schemathesis against a live server on loopback, with an admin token and without one, every check on, a
bounded number of examples per operation: no server error and no answer outside the documented schema."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import Tokens, fill
from live_server import serving

from accord.documents import SourceDocument
from accord.record import Record
from accord.store import open_store

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
    with serving(url, engine) as address:
        yield f"{address}/api/v1/openapi.json", tokens
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
