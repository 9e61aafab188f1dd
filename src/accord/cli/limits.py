"""The options that bound what a file may hold (`--max-chars`, `--max-unpacked`, `--max-ratio`, `--max-pages`)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import click

from accord.documents.limits import DEFAULT_LIMITS, MEGABYTE, ContentLimits


def content_limit_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add the content-limit options to a command, which receives them as one `limits: ContentLimits`."""

    @functools.wraps(command)
    def with_limits(
        *args: Any, max_chars: int, max_unpacked: int, max_ratio: float, max_pages: int, **kwargs: Any
    ) -> Any:
        limits = ContentLimits(max_chars, max_unpacked * MEGABYTE, max_ratio, max_pages)
        return command(*args, limits=limits, **kwargs)

    options = [
        click.option(
            "--max-chars",
            type=click.IntRange(min=1),
            default=DEFAULT_LIMITS.max_chars,
            show_default=True,
            metavar="N",
            help="Refuse a document holding more characters of text.",
        ),
        click.option(
            "--max-unpacked",
            type=click.IntRange(min=1),
            show_default=True,
            metavar="MB",
            default=DEFAULT_LIMITS.max_unpacked_bytes // MEGABYTE,
            help="Refuse a Word file that unpacks to more.",
        ),
        click.option(
            "--max-ratio",
            type=click.FloatRange(min=1),
            default=DEFAULT_LIMITS.max_ratio,
            show_default=True,
            help="Refuse a Word file with a part packed more times over (a zip bomb).",
        ),
        click.option(
            "--max-pages",
            type=click.IntRange(min=1),
            default=DEFAULT_LIMITS.max_pages,
            show_default=True,
            metavar="N",
            help="Refuse a PDF of more pages.",
        ),
    ]
    for option in reversed(options):
        with_limits = option(with_limits)
    return with_limits
