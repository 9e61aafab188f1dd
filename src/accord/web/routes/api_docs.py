"""The API's documentation as a page of accord's own, drawn from the OpenAPI schema (FastAPI's loads a CDN)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from accord.web.render import page

router = APIRouter(include_in_schema=False)
METHODS = ("get", "post", "patch", "put", "delete")


def endpoints(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """Return every operation of an OpenAPI schema: method, path, summary, description, parameters, tag."""
    found = []
    for path, operations in schema["paths"].items():
        for method in METHODS:
            operation = operations.get(method)
            if operation is None:
                continue
            found.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "tag": (operation.get("tags") or ["other"])[0],
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": [
                        {"name": p["name"], "in": p["in"], "required": p.get("required", False)}
                        for p in operation.get("parameters", [])
                    ],
                    "body": "requestBody" in operation,
                }
            )
    return sorted(found, key=lambda e: (e["tag"], e["path"], e["method"]))


@router.get("/api", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """Show every API endpoint with its parameters; the schema itself is at /api/v1/openapi.json."""
    return page(request, "api_docs.html", {"endpoints": endpoints(request.app.openapi())})
