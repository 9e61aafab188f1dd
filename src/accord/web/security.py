"""Who may write, and proof that a form was sent from accord's own pages.

Reading needs nothing. Writing needs a token (`accord token create`): the API takes it in an
`Authorization: Bearer` header, which no other site can make a browser send; a person pastes it
once into the sign-in form, and a signed session (accord.web.sessions, never the token) is kept in
an HttpOnly, SameSite=Strict cookie. Every form carries a CSRF token equal to a random cookie of its
own (double submit), checked on each POST with the request's Origin or Referer, so another site
cannot post a form in a signed-in person's name.
"""

from __future__ import annotations

import secrets
from urllib.parse import urlsplit

from fastapi import HTTPException, Request, Response, status
from sqlalchemy import Engine

from accord.store.tokens import TokenHolder, holder_of
from accord.web.sessions import SESSION_COOKIE, session_holder_of

CSRF_COOKIE = "accord_csrf"
CSRF_FIELD = "csrf_token"


def csrf_token(request: Request) -> str:
    """Return the CSRF token of this browser, making one (set by `keep_csrf_cookie`) if it has none."""
    token = request.cookies.get(CSRF_COOKIE) or getattr(request.state, "new_csrf", None)
    if not token:
        token = request.state.new_csrf = secrets.token_urlsafe(32)
    return token


def keep_csrf_cookie(request: Request, response: Response, secure: bool) -> None:
    """Set the CSRF cookie on a response if this request made the token."""
    token = getattr(request.state, "new_csrf", None)
    if token:
        response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict", secure=secure)


def check_csrf(request: Request, sent: object) -> None:
    """Refuse a form whose CSRF field does not match the browser's cookie, or that comes from another origin."""
    cookie = request.cookies.get(CSRF_COOKIE, "")
    if not (isinstance(sent, str) and cookie and secrets.compare_digest(sent, cookie)):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "the form is stale or came from another site; reload the page")
    # A browser names where a form was posted from; "null" (a sandboxed or file page) is another site too.
    sender = request.headers.get("origin") or request.headers.get("referer")
    if sender and urlsplit(sender).netloc != request.headers.get("host"):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "the form came from another site")


def session_holder(request: Request, engine: Engine) -> TokenHolder | None:
    """Return who the browser's signed session cookie belongs to, or None."""
    secret = request.app.state.settings.session_secret
    return session_holder_of(request.cookies.get(SESSION_COOKIE), engine, secret)


def bearer_holder(request: Request, engine: Engine) -> TokenHolder | None:
    """Return who the request's bearer token belongs to, or None when it carries none."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        return None
    with engine.connect() as conn:
        holder = holder_of(conn, token.strip())
    if holder is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, "unknown or revoked token", headers={"WWW-Authenticate": "Bearer"}
        )
    return holder


def require(holder: TokenHolder | None, role: str) -> TokenHolder:
    """Return the holder if its role includes `role`; refuse otherwise."""
    if holder is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "writing needs a token: `accord token create --role editor`",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not holder.may(role):
        raise HTTPException(status.HTTP_403_FORBIDDEN, f"this needs an {role} token; yours is {holder.role}")
    return holder
