"""Bring a database's schema up to date with Alembic, configured in code.

Alembic (and the scan of every migration script it makes) costs more than a whole query, so
`upgrade` first compares the database's revision with the newest script's, read from the
scripts' own `revision =` lines, and runs Alembic only when they differ.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
VERSION_TABLE = "alembic_version"
_REVISION = re.compile(r"^(down_revision|revision)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|None)", re.MULTILINE)


def alembic_config() -> Config:
    """Return the Alembic configuration for accord's migrations."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@cache
def head_revision() -> str | None:
    """Return the revision no migration script revises: the newest (None when the scripts branch)."""
    revised: set[str] = set()
    revisions: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        for name, double, single in _REVISION.findall(script.read_text(encoding="utf-8")):
            value = double or single
            if value:
                (revisions if name == "revision" else revised).add(value)
    heads = revisions - revised
    return heads.pop() if len(heads) == 1 else None


def current_revision(engine: Engine) -> str | None:
    """Return the revision the database is at (None: not created yet)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        return conn.scalar(text(f"SELECT version_num FROM {VERSION_TABLE}"))


def upgrade(engine: Engine) -> None:
    """Apply every migration the database has not had yet, in one transaction."""
    head = head_revision()
    if head is not None and current_revision(engine) == head:
        return
    from alembic import command

    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
