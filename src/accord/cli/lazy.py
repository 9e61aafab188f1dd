"""A command group that imports a command's module only when that command runs.

A query must not pay for the NLP stack, the web stack or the database migrations it never
uses; so the group knows each command by name, module and one-line summary, and `accord --help`
lists the summaries without importing any command.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

import click


@dataclass(frozen=True)
class CommandEntry:
    """Where a command lives and what `accord --help` says of it."""

    module: str
    summary: str


class LazyGroup(click.Group):
    """A click group whose commands are imported from their modules on first use."""

    def __init__(self, *args: Any, entries: dict[str, CommandEntry], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.entries = entries

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Return the names of every command, in the order they were declared."""
        return list(self.entries)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """Import the command's module and return the command of that name."""
        entry = self.entries.get(cmd_name)
        if entry is None:
            return None
        module = importlib.import_module(entry.module)
        return next(command for command in module.COMMANDS if command.name == cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """List the commands with their summaries, importing none of them."""
        with formatter.section("Commands"):
            formatter.write_dl([(name, entry.summary) for name, entry in self.entries.items()])
