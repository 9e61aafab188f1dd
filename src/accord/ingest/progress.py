"""Progress of a long ingest as plain lines, for logs and pipes where no progress bar can draw."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

SKIPPED = frozenset({"unchanged"})  # found stored before extraction: they say nothing of the pace


def duration(seconds: float) -> str:
    """Say how long, to the precision a person waiting wants: 45 s, 3 min 20 s, 2 h 5 min."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds} s" if seconds else f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"


@dataclass
class ProgressLines:
    """Write a line every `every` documents or `seconds` seconds: how many done, the pace, the time left."""

    total: int
    write: Callable[[str], None]
    every: int = 50
    seconds: float = 30.0
    clock: Callable[[], float] = time.monotonic
    done: int = 0
    skipped: int = 0
    started: float = field(default=0.0)
    last_line: float = field(default=0.0)
    last_done: int = 0

    def __post_init__(self) -> None:
        self.started = self.last_line = self.clock()

    def advance(self, result: str) -> None:
        """Count one document's result, and write a line when one is due."""
        self.done += 1
        self.skipped += result in SKIPPED
        now = self.clock()
        if self.done - self.last_done >= self.every or now - self.last_line >= self.seconds or self.done == self.total:
            self.write(self.line(now))
            self.last_line, self.last_done = now, self.done

    def line(self, now: float) -> str:
        """Describe the progress at `now`."""
        elapsed = now - self.started
        worked = self.done - self.skipped
        share = f" ({self.done / self.total:.0%})" if self.total else ""
        text = f"ingest: {self.done} of {self.total} documents{share}"
        if self.skipped:
            text += f", {self.skipped} already stored"
        if worked and elapsed > 0:
            rate = worked / elapsed
            text += f", {rate:.1f} docs/s"
            left = self.total - self.done
            text += f", about {duration(left / rate)} left" if left else f", done in {duration(elapsed)}"
        return text
