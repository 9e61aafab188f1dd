"""Refuse request bodies over a size before anything reads them."""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

TOO_LARGE = "the request is larger than this server accepts"
# Outside the app's routes no template is at hand: a page of its own, in the app's style, with a way back.
TOO_LARGE_PAGE = (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>413 · accord</title>'
    '<link rel="stylesheet" href="/static/accord.css"></head><body><main><h1>413</h1>'
    "<p>The file is larger than this server accepts; upload a smaller one, or ask for a larger --max-upload.</p>"
    '<p><a href="/upload">Back to the upload form</a></p></main></body></html>'
)


class BodyLimit:
    """ASGI middleware: answer 413 to a body over `max_bytes`, by its Content-Length or as it streams in."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on, counting its body."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            await _refuse(scope, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                raise BodyTooLarge
            return message

        try:
            await self.app(scope, counted, send)
        except BodyTooLarge:
            await _refuse(scope, send)


class BodyTooLarge(Exception):
    """Raised inside the app when a streamed body passes the limit."""


async def _refuse(scope: Scope, send: Send) -> None:
    """Answer 413: a page for a browser's form, the API's error body for everyone else."""
    accept = dict(scope["headers"]).get(b"accept", b"")
    wants_page = b"text/html" in accept and not scope["path"].startswith("/api/")
    body = TOO_LARGE_PAGE.encode() if wants_page else json.dumps({"detail": TOO_LARGE}).encode()
    kind = b"text/html; charset=utf-8" if wants_page else b"application/json"
    headers = [(b"content-type", kind), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 413, "headers": headers})
    await send({"type": "http.response.body", "body": body})
