"""What the web app is started with."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from accord.documents.limits import ContentLimits

MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class JobLimits:
    """How many uploads run at once (0 holds them queued, running none) and wait, how long and how large one
    may run, how often one holder may send, and how long a queued job waits for someone to ask about it."""

    workers: int = 1
    queue: int = 8
    seconds: float = 120.0
    memory_mb: int = 2_048
    per_minute: int = 30
    abandon_after: float = 120.0


@dataclass(frozen=True)
class WebSettings:
    """The knowledge base to serve and the limits the app keeps."""

    database_url: str
    max_upload_bytes: int = 5 * MEGABYTE
    page_size: int = 25
    # Derived views are rebuilt when the knowledge base changes, and at the latest after this long,
    # which catches the rare change its revision cannot see (see accord.store.revision).
    view_max_age: float = 30.0
    secure_cookies: bool = False
    jobs: JobLimits = field(default_factory=JobLimits)
    content: ContentLimits | None = None  # None: accord.documents.limits.DEFAULT_LIMITS
    # Signs session cookies; a fresh one each start signs everyone out (pass a fixed one to keep sessions).
    session_secret: bytes = field(default_factory=lambda: secrets.token_bytes(32), repr=False)
