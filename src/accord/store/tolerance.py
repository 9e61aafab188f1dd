"""When two reported values of one quantity disagree: more than a tolerance apart, relative to the larger."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

DEFAULT_TOLERANCE = 0.02  # 2%: rounding ("$11.6 billion" vs "$11.57 billion") is not a disagreement

Item = TypeVar("Item")


def disagree(first: float, second: float, tolerance: float = DEFAULT_TOLERANCE) -> bool:
    """Tell whether two values are more than `tolerance` apart, relative to the larger of them."""
    scale = max(abs(first), abs(second))
    return scale > 0 and abs(first - second) / scale > tolerance


def sides(
    items: Iterable[Item], value: Callable[[Item], float], tolerance: float = DEFAULT_TOLERANCE
) -> list[list[Item]]:
    """Group items into sides whose values agree within `tolerance` of each side's lowest, lowest side first."""
    grouped: list[list[Item]] = []
    for item in sorted(items, key=value):
        if grouped and not disagree(value(grouped[-1][0]), value(item), tolerance):
            grouped[-1].append(item)
        else:
            grouped.append([item])
    return grouped
