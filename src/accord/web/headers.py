"""Add the security headers and the server's own time to every response; note writes for the cached views."""

from __future__ import annotations

import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from accord.web.cache import Views

# Everything a page uses comes from accord itself; no inline script, no other origin.
SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        b"object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
]
READS = ("GET", "HEAD", "OPTIONS")


class Headers:
    """ASGI middleware: security headers, a Server-Timing header, and `views.changed()` after every write."""

    def __init__(self, app: ASGIApp, views: Views) -> None:
        self.app = app
        self.views = views

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on, adding the headers to its response."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                # The time the server spent before answering, for dev tools and benchmarks/web_latency.py.
                timing = f"app;dur={(time.perf_counter() - started) * 1000:.2f}".encode()
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS, (b"server-timing", timing)]
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            if scope["method"] not in READS:
                self.views.changed()
