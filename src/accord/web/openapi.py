"""The OpenAPI schema as the API really answers: every error status an operation can return, and its body.

FastAPI documents only 200 and its own 422 shape; accord answers errors as `{"detail": ...}` (a sentence,
or a list of them for a 422), and an operation may also answer 400 (a value accord cannot use), 404
(an id it does not hold), 401/403 (writing without the right token), 409 (a change that cannot be made
as the knowledge base stands), 413 (a body over the limit) and,
for uploads, 429 and 503 with Retry-After.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

ERROR = {
    "type": "object",
    "properties": {
        "detail": {
            "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}],
            "description": "what is wrong and, where there is one, the fix",
        }
    },
    "required": ["detail"],
}
_READ_ERRORS = {"400": "a value accord cannot use", "404": "nothing with this id", "422": "a parameter out of range"}
_WRITE_ERRORS = {
    "401": "no token, or an unknown or revoked one",
    "403": "a token without the needed role",
    "409": "a change that cannot be made to the knowledge base as it stands",
    "413": "a body over the limit",
}
_UPLOAD_ERRORS = {
    "429": "too many uploads from this token; see Retry-After",
    "503": "the queue is full; see Retry-After",
}


def _error(description: str) -> dict[str, Any]:
    body = {"schema": {"$ref": "#/components/schemas/Error"}}
    return {"description": description, "content": {"application/json": body}}


def error_statuses(method: str, path: str) -> dict[str, str]:
    """Return the error statuses (with what each means) an operation can answer."""
    statuses = dict(_READ_ERRORS)
    if method != "get":
        statuses |= _WRITE_ERRORS
    if method == "post" and path == "/api/v1/documents":
        statuses |= _UPLOAD_ERRORS
    return statuses


def install_openapi(app: FastAPI) -> None:
    """Make `app.openapi()` document every error status and the real error body (built once, then kept)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, summary=app.summary, routes=app.routes)
            schemas = schema.setdefault("components", {}).setdefault("schemas", {})
            schemas.pop("HTTPValidationError", None)
            schemas.pop("ValidationError", None)
            schemas["Error"] = ERROR
            for path, operations in schema["paths"].items():
                for method, operation in operations.items():
                    responses = operation.setdefault("responses", {})
                    for status, description in error_statuses(method, path).items():
                        responses[status] = _error(description)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
