"""The bounded parameters routes read: ids (rows and documents), page numbers, days, windows and tolerances.

A value outside its range is a 422 naming the field and the range, never a database error: ids fit a
32-bit key on both stores, and days and windows stay where calendar arithmetic cannot overflow.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Annotated

from fastapi import Path, Query
from pydantic import AfterValidator, BeforeValidator, Field, WithJsonSchema

from accord.errors import ConfigError
from accord.store.calendar import parse_window

MAX_ROW_ID = 2**31 - 1
MAX_PAGE = 100_000
LATEST_DAY = date(2999, 12, 31)
LONGEST_WINDOW = timedelta(days=1000 * 365)
_DAY_PATTERN = r"^[12][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
_WINDOW_PATTERN = r"^([0-9]{1,4}[dwm]|[0-9]{1,3}y)$"


def _iso_day(value: object) -> object:
    """Accept a day only as YYYY-MM-DD from year 1000 to LATEST_DAY (not a number read as a timestamp)."""
    if value is None or isinstance(value, date):
        return value
    if not isinstance(value, str) or re.fullmatch(_DAY_PATTERN, value) is None:
        raise ValueError(f"write a day as YYYY-MM-DD, from 1000-01-01 to {LATEST_DAY}")
    return value


def _window(value: str) -> str:
    try:
        length = parse_window(value)
    except ConfigError as exc:
        raise ValueError(str(exc)) from exc
    if length > LONGEST_WINDOW:
        raise ValueError(f"{value!r} is longer than 1000 years")
    return value


RowId = Annotated[int, Path(ge=1, le=MAX_ROW_ID, description=f"an id from 1 to {MAX_ROW_ID}")]
DocumentId = Annotated[str, Path(pattern=r"^[0-9a-f]{1,64}$", description="a document id: hex digits")]
JobId = Annotated[str, Path(pattern=r"^[0-9a-f]{16}$", description="a job id: 16 hex digits")]
BodyRowId = Annotated[int, Field(ge=1, le=MAX_ROW_ID, description=f"an id from 1 to {MAX_ROW_ID}")]
PageNumber = Annotated[int, Query(alias="page", ge=1, le=MAX_PAGE, description=f"from 1 to {MAX_PAGE}")]
Day = Annotated[
    date | None,
    BeforeValidator(_iso_day),
    WithJsonSchema({"type": "string", "format": "date", "pattern": _DAY_PATTERN}),
    Query(description=f"an ISO date (YYYY-MM-DD) from 1000-01-01 to {LATEST_DAY}"),
]
Window = Annotated[
    str,
    Query(pattern=_WINDOW_PATTERN, description="a window such as 90d, 12w, 6m or 1y (days, weeks, months, years)"),
    AfterValidator(_window),
]
Tolerance = Annotated[float, Query(ge=0, le=10, allow_inf_nan=False, description="a share from 0 to 10 (0.02: 2%)")]
