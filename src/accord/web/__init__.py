"""Serve the knowledge base: server-rendered pages and a REST API under /api/v1, on the library's functions."""

from accord.web.app import create_app
from accord.web.settings import WebSettings

__all__ = ["WebSettings", "create_app"]
