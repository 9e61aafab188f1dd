"""What the web app is started with."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

MEGABYTE = 1024 * 1024


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
    # Signs session cookies; a fresh one each start signs everyone out (pass a fixed one to keep sessions).
    session_secret: bytes = field(default_factory=lambda: secrets.token_bytes(32), repr=False)
