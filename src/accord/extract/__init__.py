"""Step two: turn a parsed document into a record of entities, events, initiatives, figures and quotes.

The pipelines load when a record is first asked for (accord.extract.records), so a module of the
shared language layer (a lexicon, the gazetteer) can be used without importing spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from accord.extract.records import (
        SUPPORTED_LANGUAGES,
        extract_record,
        extract_records,
        iter_records,
        record_from_doc,
    )

__all__ = ["SUPPORTED_LANGUAGES", "extract_record", "extract_records", "iter_records", "record_from_doc"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from accord.extract import records

        return getattr(records, name)
    raise AttributeError(f"module 'accord.extract' has no attribute {name!r}")
