"""Derived views of the knowledge base (the register, the entity index, due items), kept until it changes.

Whether it changed is read from its revision (`accord.store.revision`) at most once per `recheck`
seconds, so a busy server asks the database once a second, not once a request; the app's own
writes make the next request read it at once.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine

from accord.store.revision import knowledge_revision

T = TypeVar("T")
MAX_VIEWS = 64


class Views:
    """Build a view once per knowledge-base revision and hand it out until the revision changes."""

    def __init__(self, max_age: float, recheck: float = 1.0) -> None:
        self._max_age = max_age
        self._recheck = recheck
        self._lock = threading.Lock()
        self._revision: tuple[float, tuple[object, ...]] | None = None
        self._views: OrderedDict[Hashable, tuple[tuple[object, ...], float, Any]] = OrderedDict()

    def changed(self) -> None:
        """Note that the knowledge base was just written to, so the next request reads its revision."""
        with self._lock:
            self._revision = None

    def _current(self, engine: Engine, now: float) -> tuple[object, ...]:
        with self._lock:
            known = self._revision
        if known is not None and now - known[0] < self._recheck:
            return known[1]
        with engine.connect() as conn:
            revision = knowledge_revision(conn)
        with self._lock:
            self._revision = (now, revision)
        return revision

    def get(self, engine: Engine, key: Hashable, build: Callable[[Connection], T]) -> T:
        """Return the view `key`, built by `build(conn)` if the knowledge base changed since it was last built.

        A connection is opened only when the revision must be read or the view built.
        """
        now = time.monotonic()
        revision = self._current(engine, now)
        with self._lock:
            kept = self._views.get(key)
            if kept is not None and kept[0] == revision and now - kept[1] < self._max_age:
                self._views.move_to_end(key)
                return kept[2]
        with engine.connect() as conn:
            value = build(conn)
        with self._lock:
            self._views[key] = (revision, now, value)
            self._views.move_to_end(key)
            while len(self._views) > MAX_VIEWS:
                self._views.popitem(last=False)
        return value
