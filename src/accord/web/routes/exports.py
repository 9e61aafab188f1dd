"""Downloads of the whole knowledge base, as `accord export` writes it: JSON, JSON lines, CSV, XLSX, FtM."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from sqlalchemy import Engine

from accord.report.exports import FORMATS, ExportFormat, knowledge_base_download
from accord.web.deps import Store

router = APIRouter()
# The nested JSON is one object (entities, initiatives, series); every other format is text or bytes.
CONTENT = {
    kind.media_type.split(";")[0]: {"schema": {"type": "object" if kind.name == "json" else "string"}}
    for kind in FORMATS.values()
}


def _download(engine: Engine, name: str) -> bytes:
    with engine.connect() as conn:
        return knowledge_base_download(conn, name)


@router.get("/export/{name}", include_in_schema=False)
@router.get(
    "/api/v1/export/{name}",
    response_class=Response,
    responses={200: {"description": "the knowledge base in that format", "content": CONTENT}},
    tags=["export"],
)
async def knowledge_base_export(engine: Store, name: ExportFormat) -> Response:
    """The whole knowledge base, as `accord export --format NAME` writes it (ftm: FollowTheMoney entities)."""
    kind = FORMATS[name]
    data = await run_in_threadpool(_download, engine, name)
    disposition = {"Content-Disposition": f'attachment; filename="knowledge-base.{kind.extension}"'}
    return Response(data, media_type=kind.media_type, headers=disposition)
