"""Sign in with a token (pasted once; a signed session, not the token, is kept in an HttpOnly cookie) and out."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from accord.store.tokens import TokenHolder, digest, holder_of
from accord.web.deps import Settings, Store
from accord.web.forms import read_form
from accord.web.render import page
from accord.web.security import CSRF_FIELD, check_csrf
from accord.web.sessions import SESSION_COOKIE, SESSION_SECONDS, session_value

router = APIRouter(include_in_schema=False)


def _next(value: object) -> str:
    """Return where to go after signing in: a path on this site, else the overview."""
    return value if isinstance(value, str) and value.startswith("/") and not value.startswith("//") else "/"


@router.get("/sign-in", response_class=HTMLResponse)
def sign_in_html(request: Request) -> HTMLResponse:
    """Show the sign-in form."""
    return page(request, "sign_in.html", {"next": _next(request.query_params.get("next")), "sign_in_error": None})


@router.post("/sign-in")
async def sign_in(request: Request, engine: Store, settings: Settings) -> Response:
    """Check the token; keep it in a cookie only scripts of no page and no other site can read or send."""
    fields = await read_form(request, settings.max_upload_bytes)
    check_csrf(request, fields.get(CSRF_FIELD))
    token = fields.get("token")
    token = token.strip() if isinstance(token, str) else ""

    def holder() -> TokenHolder | None:
        with engine.connect() as conn:
            return holder_of(conn, token)

    signed_in = await run_in_threadpool(holder) if token else None
    if signed_in is None:
        context = {"next": _next(fields.get("next")), "sign_in_error": "unknown or revoked token"}
        return page(request, "sign_in.html", context, 401)
    response = RedirectResponse(_next(fields.get("next")), status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        session_value(signed_in, digest(token), settings.session_secret),
        max_age=SESSION_SECONDS,
        httponly=True,
        samesite="strict",
        secure=settings.secure_cookies,
    )
    return response


@router.post("/sign-out")
async def sign_out(request: Request, settings: Settings) -> Response:
    """Forget the token."""
    fields = await read_form(request, settings.max_upload_bytes)
    check_csrf(request, fields.get(CSRF_FIELD))
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response
