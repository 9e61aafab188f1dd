"""Upload a document (a file or pasted text): queued as a job, extracted and stored in a worker, then shown."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from accord.documents.limits import DEFAULT_LIMITS
from accord.errors import ReadError
from accord.web.deps import ApiEditor, Jobs, Settings, Store
from accord.web.forms import read_form
from accord.web.jobs import FINISHED, Job, JobRefused, RateLimited
from accord.web.params import JobId
from accord.web.render import page
from accord.web.security import CSRF_FIELD, check_csrf, require, session_holder
from accord.web.uploads import document_from_form

router = APIRouter()
KINDS = ".txt, .md, .html, .htm, .pdf, .docx"
PARTIAL_DATE = r"^[12][0-9]{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"


def _form_page(request: Request, settings: Any, error: str | None = None, status_code: int = 200) -> HTMLResponse:
    context = {"kinds": KINDS, "max_mb": settings.max_upload_bytes / 1024 / 1024, "upload_error": error}
    return page(request, "upload.html", context, status_code)


def _job(jobs: Jobs, job_id: str) -> Job:
    job = jobs.get(job_id)
    if job is None:
        raise HTTPException(404, f"no upload job {job_id} (finished jobs are kept for a while, then forgotten)")
    return job


@router.get("/upload", response_class=HTMLResponse, include_in_schema=False)
def upload_html(request: Request, settings: Settings) -> HTMLResponse:
    """Show the upload form."""
    return _form_page(request, settings)


@router.post("/upload", include_in_schema=False)
async def upload_form(request: Request, engine: Store, settings: Settings, jobs: Jobs) -> Response:
    """Queue the uploaded file or pasted text, then show the job until its document is stored."""
    fields = await read_form(request, settings.max_upload_bytes)
    check_csrf(request, fields.get(CSRF_FIELD))
    holder = require(await run_in_threadpool(session_holder, request, engine), "editor")
    try:
        document = await document_from_form(fields, settings.max_upload_bytes, settings.content or DEFAULT_LIMITS)
        job = jobs.submit(document, holder.name)
    except ReadError as exc:
        return _form_page(request, settings, str(exc), 400)
    except JobRefused as exc:
        response = _form_page(request, settings, str(exc), 429 if isinstance(exc, RateLimited) else 503)
        response.headers["Retry-After"] = str(exc.retry_after)
        return response
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


@router.get("/jobs/{job_id}", response_class=HTMLResponse, include_in_schema=False)
def job_html(request: Request, jobs: Jobs, job_id: JobId) -> Response:
    """Show a job while it waits or runs (the page reloads itself); once stored, go to its document."""
    job = _job(jobs, job_id)
    if job.state == "done":
        return RedirectResponse(f"/documents/{job.document_id}?done={job.outcome}", status_code=303)
    context = {"job": job, "finished": job.state in FINISHED, "ahead": jobs.position(job)}
    return page(request, "job.html", context)


@router.post(
    "/api/v1/documents",
    status_code=202,
    tags=["documents"],
    openapi_extra={
        "requestBody": {
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "file": {"type": "string", "format": "binary"},
                            "text": {"type": "string", "pattern": r"\S"},
                            "title": {"type": "string"},
                            "published": {"type": "string", "pattern": PARTIAL_DATE},
                        },
                        "anyOf": [{"required": ["file"]}, {"required": ["text"]}],
                    }
                }
            }
        }
    },
)
async def upload_api(request: Request, settings: Settings, jobs: Jobs, holder: ApiEditor) -> JSONResponse:
    """Upload a document (a `file` of .txt, .md, .html, .pdf or .docx, or pasted `text`; editor token): it is
    queued and answered at once with its job (202, `Location` the job's URL); poll the job until its state is
    done (its document named) or failed (its error). A full queue answers 503, too many uploads 429, both
    with Retry-After."""
    fields = await read_form(request, settings.max_upload_bytes)
    document = await document_from_form(fields, settings.max_upload_bytes, settings.content or DEFAULT_LIMITS)
    job = jobs.submit(document, holder.name)
    return JSONResponse(job.as_dict(), status_code=202, headers={"Location": f"/api/v1/jobs/{job.id}"})


@router.get("/api/v1/jobs/{job_id}", tags=["documents"])
def job_api(jobs: Jobs, job_id: JobId) -> dict[str, object]:
    """An upload job: queued, running, done (with its document and outcome), failed (with why) or cancelled."""
    return _job(jobs, job_id).as_dict()


@router.delete("/api/v1/jobs/{job_id}", tags=["documents"])
def cancel_job(jobs: Jobs, holder: ApiEditor, job_id: JobId) -> dict[str, object]:
    """Cancel a queued upload job (editor token); a job already running or finished is left as it is."""
    job = _job(jobs, job_id)
    return {"cancelled": jobs.cancel(job.id), **job.as_dict()}
