"""Signed session cookies: which token signed in and until when, never the token itself.

The cookie is `ID.EXPIRES.MAC`, the MAC an HMAC-SHA256 under the server's session secret of the id,
the expiry and the token's stored digest. So a stolen cookie expires, a revoked token ends every
session made with it, and neither the cookie nor a copy of the database yields a usable token.
"""

from __future__ import annotations

import hashlib
import hmac
import time

from sqlalchemy import Engine

from accord.store.tokens import TokenHolder, live_token

SESSION_COOKIE = "accord_session"
SESSION_SECONDS = 12 * 3600


def _mac(secret: bytes, token_id: int, expires: int, token_digest: str) -> str:
    message = f"{token_id}.{expires}.{token_digest}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def session_value(holder: TokenHolder, token_digest: str, secret: bytes, now: float | None = None) -> str:
    """Return the cookie value that signs `holder` in for SESSION_SECONDS from `now`."""
    expires = int(now if now is not None else time.time()) + SESSION_SECONDS
    return f"{holder.id}.{expires}.{_mac(secret, holder.id, expires, token_digest)}"


def session_holder_of(value: str | None, engine: Engine, secret: bytes) -> TokenHolder | None:
    """Return who a session cookie signs in, or None when it is missing, forged, expired or revoked."""
    parts = (value or "").split(".")
    if len(parts) != 3 or not parts[0].isdigit() or not parts[1].isdigit() or len(parts[0]) > 10:
        return None
    token_id, expires, mac = int(parts[0]), int(parts[1]), parts[2]
    if expires < time.time():
        return None
    with engine.connect() as conn:
        found = live_token(conn, token_id)
    if found is None:
        return None
    holder, token_digest = found
    return holder if hmac.compare_digest(mac, _mac(secret, token_id, expires, token_digest)) else None
