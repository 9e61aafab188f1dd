"""What the web app is started with."""

from __future__ import annotations

from dataclasses import dataclass

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
