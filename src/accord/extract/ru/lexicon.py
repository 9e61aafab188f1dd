"""Word classes of Russian as data: one lemma a line in accord/data/ru/*.txt, or JSON tables."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def word_class(name: str) -> frozenset[str]:
    """Return the lemmas listed in accord/data/ru/{name}.txt (comments and blank lines skipped)."""
    text = resources.files("accord.data").joinpath(f"ru/{name}.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def table(name: str) -> Any:
    """Return the JSON table accord/data/ru/{name}.json."""
    return json.loads(resources.files("accord.data").joinpath(f"ru/{name}.json").read_text(encoding="utf-8"))
