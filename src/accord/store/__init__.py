"""The knowledge base: documents and their facts in SQLite or PostgreSQL, behind one interface."""

from accord.store.engine import DEFAULT_URL, database_url, open_store

__all__ = ["DEFAULT_URL", "database_url", "open_store"]
