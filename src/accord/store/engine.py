"""Find the knowledge base's database and open it with an up-to-date schema."""

from __future__ import annotations

import os

from sqlalchemy import Engine

from accord.store.dialect import engine_for
from accord.store.migrate import upgrade

DEFAULT_URL = "sqlite:///accord.db"
URL_VARIABLE = "ACCORD_DATABASE_URL"


def database_url(explicit: str | None = None) -> str:
    """Return the URL to use: the one given, else $ACCORD_DATABASE_URL, else ./accord.db."""
    return explicit or os.environ.get(URL_VARIABLE) or DEFAULT_URL


def open_store(url: str | None = None) -> Engine:
    """Open the knowledge base at `url` (see `database_url`), creating or migrating its tables."""
    engine = engine_for(database_url(url))
    upgrade(engine)
    return engine
