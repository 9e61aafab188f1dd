"""JSON for the API: the library's data with the record schema's names.

The store keeps evidence as `spans`, lists of [start, end]; the record schema calls them
`evidence` (an entity's own: `mentions`), lists of {"start", "end"}. Every answer goes through here.
"""

from __future__ import annotations

from typing import Any


def evidence(spans: list[list[int]] | None) -> list[dict[str, int]]:
    """Return [start, end] pairs as the schema's span objects."""
    return [{"start": start, "end": end} for start, end in spans or []]


def schema_names(value: Any, spans_name: str = "evidence") -> Any:
    """Return `value` with every `spans` list renamed `spans_name` (or "evidence") and made span objects."""
    if isinstance(value, dict):
        return {
            (spans_name if key == "spans" else key): (
                evidence(item) if key == "spans" else schema_names(item) if isinstance(item, dict | list) else item
            )
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [schema_names(item) for item in value]
    return value


def record_json(facts: dict[str, Any]) -> dict[str, Any]:
    """Return a stored document's facts as a record of the schema, the text beside it."""
    return {
        **schema_names({k: v for k, v in facts.items() if k != "entities"}),
        "entities": [schema_names(entity, "mentions") for entity in facts["entities"]],
    }
