"""Serve the knowledge base: server-rendered pages and a REST API under /api/v1, on the library's functions.

The app is imported when first asked for, so a module of this package (its settings, its charts) can be
used without loading the web stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from accord.web.app import create_app
    from accord.web.settings import WebSettings

__all__ = ["WebSettings", "create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from accord.web.app import create_app

        return create_app
    if name == "WebSettings":
        from accord.web.settings import WebSettings

        return WebSettings
    raise AttributeError(f"module 'accord.web' has no attribute {name!r}")
