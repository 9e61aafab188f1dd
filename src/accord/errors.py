"""Errors accord raises on purpose; anything else is a bug.

    AccordError
    ├── ReadError       a document could not be read into text
    ├── ConfigError     an option or setting has a value accord cannot use
    └── CurationError   a curator's change names nothing known, or cannot be made

Each message names the file or value at fault and, when there is one, the fix.
"""

from __future__ import annotations


class AccordError(Exception):
    """Base of every error accord raises on purpose."""


class ReadError(AccordError):
    """Raise when a document cannot be read into text."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ConfigError(AccordError):
    """Raise when an option or setting has a value accord cannot use."""

    def __init__(self, setting: str, reason: str) -> None:
        super().__init__(f"{setting}: {reason}")
        self.setting = setting
        self.reason = reason


class CurationError(AccordError):
    """Raise when a curator's change names nothing in the knowledge base, or cannot be made."""

    def __init__(self, subject: str, reason: str) -> None:
        super().__init__(f"{subject}: {reason}")
        self.subject = subject
        self.reason = reason
