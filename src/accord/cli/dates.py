"""Dates given on the command line: publication dates and days, refused once as usage errors."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import click

from accord.documents.published import parse_published


def _published(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    try:
        return parse_published(value) if value else None
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


def published_option(help_text: str, name: str = "--published") -> Callable[[Any], Any]:
    """Return an option taking an ISO date as precise as known (2025, 2025-10 or 2025-10-09)."""
    return click.option(name, callback=_published, metavar="DATE", help=help_text)


def day(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    """Read a YYYY-MM-DD day, or say how to write one."""
    try:
        return date.fromisoformat(value) if value else None
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a day; use YYYY-MM-DD") from exc
