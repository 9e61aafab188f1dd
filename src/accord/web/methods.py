"""Answer HEAD and OPTIONS as HTTP says: HEAD is a GET without its body; OPTIONS lists the allowed methods."""

from __future__ import annotations

from starlette.routing import BaseRoute, Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


class HttpMethods:
    """ASGI middleware: HEAD runs the GET route and drops the body; OPTIONS answers 204 with `Allow`."""

    def __init__(self, app: ASGIApp, routes: list[BaseRoute]) -> None:
        self.app = app
        self.routes = routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Turn HEAD into a bodiless GET, answer OPTIONS here, pass everything else on."""
        if scope["type"] != "http" or scope["method"] not in ("HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        allowed = self._allowed(scope)
        if scope["method"] == "OPTIONS" and allowed:
            await _allow(send, allowed)
        elif scope["method"] == "HEAD" and "GET" in allowed:
            await self.app({**scope, "method": "GET"}, receive, _without_body(send))
        else:
            await self.app(scope, receive, send)

    def _allowed(self, scope: Scope) -> list[str]:
        """Return the methods some route accepts at this path (with HEAD and OPTIONS), or none."""
        methods = {
            method
            for method in _METHODS
            if any(route.matches({**scope, "method": method})[0] == Match.FULL for route in self.routes)
        }
        if not methods:
            return []
        if "GET" in methods:
            methods.add("HEAD")
        return sorted(methods | {"OPTIONS"})


async def _allow(send: Send, allowed: list[str]) -> None:
    headers = [(b"allow", ", ".join(allowed).encode()), (b"content-length", b"0")]
    await send({"type": "http.response.start", "status": 204, "headers": headers})
    await send({"type": "http.response.body", "body": b""})


def _without_body(send: Send) -> Send:
    async def headers_only(message: Message) -> None:
        if message["type"] == "http.response.body":
            if not message.get("more_body", False):
                await send({"type": "http.response.body", "body": b""})
            return
        await send(message)

    return headers_only
