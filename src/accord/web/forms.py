"""Read posted forms in memory: an uploaded file is never spooled to a temporary file on disk."""

from __future__ import annotations

from fastapi import HTTPException, Request
from starlette.datastructures import FormData
from starlette.formparsers import MultiPartException, MultiPartParser

# Over the app's body limit (see accord.web.limits), so an accepted upload always stays in memory.
IN_MEMORY_BYTES = 256 * 1024 * 1024


class _InMemoryParser(MultiPartParser):
    spool_max_size = IN_MEMORY_BYTES


async def read_form(request: Request, max_bytes: int) -> FormData:
    """Return the request's form fields and files, each part at most `max_bytes`, all held in memory."""
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        return await request.form(max_files=0, max_fields=50)
    try:
        parser = _InMemoryParser(request.headers, request.stream(), max_files=1, max_fields=20, max_part_size=max_bytes)
        return await parser.parse()
    except MultiPartException as exc:
        raise HTTPException(400, exc.message) from exc
