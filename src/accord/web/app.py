"""The web app: pages and the /api/v1 REST API over one knowledge base."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from http import HTTPStatus
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine
from starlette.exceptions import HTTPException

from accord.errors import AccordError, CurationError
from accord.store import open_store
from accord.web.cache import Views
from accord.web.headers import Headers
from accord.web.jobs import JobRefused, RateLimited, UploadJobs
from accord.web.limits import BodyLimit
from accord.web.methods import HttpMethods
from accord.web.openapi import install_openapi
from accord.web.render import page
from accord.web.routes import ROUTERS
from accord.web.settings import WebSettings

STATIC = Path(__file__).parent / "static"
API_PREFIX = "/api/v1"


def create_app(settings: WebSettings, engine: Engine | None = None) -> FastAPI:
    """Return the app serving the knowledge base at `settings.database_url` (or on `engine`)."""
    jobs = UploadJobs(settings.database_url, settings.jobs)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        await run_in_threadpool(jobs.close)

    app = FastAPI(
        lifespan=lifespan,
        title="accord",
        summary="Browse, search, chart and curate a knowledge base of initiatives, entities and figures.",
        version="1",
        docs_url=None,  # FastAPI's docs pages load scripts from a CDN; /api serves accord's own
        redoc_url=None,
        openapi_url=f"{API_PREFIX}/openapi.json",
    )
    app.state.settings = settings
    app.state.engine = engine or open_store(settings.database_url)
    app.state.views = Views(settings.view_max_age)
    app.state.jobs = jobs
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for router in ROUTERS:
        app.include_router(router)
    app.add_middleware(HttpMethods, routes=app.router.routes)
    app.add_middleware(BodyLimit, max_bytes=settings.max_upload_bytes + 64 * 1024)
    app.add_middleware(Headers, views=app.state.views)
    _add_error_pages(app)
    install_openapi(app)
    return app


# The lists an error page leads back to, by the first part of the failing page's path.
SECTIONS = {
    "initiatives": "the initiatives",
    "entities": "the entities",
    "series": "the indicators",
    "documents": "the documents",
    "search": "search",
    "report": "the briefing",
    "review": "the review queue",
    "upload": "upload",
    "jobs": "upload",
}
SERVER_ERROR = "accord could not answer this request; the server's log says why."
# What an error page's heading says, in words for a reader rather than HTTP's; other statuses keep HTTP's phrase.
HEADINGS = {404: "Not found", 422: "A value in this address cannot be used", 500: "The server could not answer"}


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith(API_PREFIX) or "text/html" not in request.headers.get("accept", "")


def _way_back(request: Request) -> tuple[str, str] | None:
    """Return the list page (path, name) the failing page belongs to, if it belongs to one."""
    section = request.url.path.strip("/").split("/")[0].split(".")[0]
    if section not in SECTIONS:
        return None
    return ("/upload" if section == "jobs" else f"/{section}"), SECTIONS[section]


def _add_error_pages(app: FastAPI) -> None:
    async def problem(
        request: Request, status_code: int, detail: object, headers: Mapping[str, str] | None = None
    ) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": detail}, status_code=status_code, headers=headers)
        reason = HEADINGS.get(status_code) or HTTPStatus(status_code).phrase
        context = {"status": status_code, "reason": reason, "detail": detail}
        response = page(
            request, "error.html", {**context, "back": _way_back(request)}, status_code, signed_in=status_code < 500
        )
        response.headers.update(headers or {})
        return response

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:
        # Starlette logs the exception and its traceback; the person asking gets the layout and a way back.
        return await problem(request, 500, SERVER_ERROR)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return await problem(request, exc.status_code, exc.detail, exc.headers)

    @app.exception_handler(CurationError)
    async def curation_conflict(request: Request, exc: CurationError) -> Response:
        # The request was well formed; what it asks cannot be done to the knowledge base as it stands.
        return await problem(request, 409, str(exc))

    @app.exception_handler(AccordError)
    async def accord_error(request: Request, exc: AccordError) -> Response:
        return await problem(request, 400, str(exc))

    @app.exception_handler(JobRefused)
    async def refused(request: Request, exc: JobRefused) -> Response:
        status_code = 429 if isinstance(exc, RateLimited) else 503
        return await problem(request, status_code, str(exc), {"Retry-After": str(exc.retry_after)})

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return await problem(request, 422, [e["msg"] + " at " + ".".join(map(str, e["loc"])) for e in exc.errors()])
