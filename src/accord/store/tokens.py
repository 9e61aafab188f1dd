"""Access tokens for writing through the web app and API: created by `accord token create`, stored hashed.

A token is shown once, when it is created; the store keeps only its SHA-256 digest, so a copy of
the database gives nobody a usable token. Tokens are long random strings, so a plain digest (no
salt, no slow hash) is enough to make them unguessable from their digest.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, Connection, DateTime, Integer, String, Table, Text, insert, select, update

from accord.errors import ConfigError
from accord.store.tables import metadata

# Each role may do what the roles before it may: an editor curates facts and uploads documents,
# an admin may also merge, split and decide the review queue.
ROLES = ("editor", "admin")
PREFIX = "accord_"

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False, comment="who holds it; written to the audit log as the actor"),
    Column("role", String(16), nullable=False),
    Column("digest", String(64), nullable=False, unique=True, comment="sha256 of the token; never the token"),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True)),
)


@dataclass(frozen=True)
class TokenHolder:
    """Who a valid token belongs to, and the role it grants."""

    id: int
    name: str
    role: str

    def may(self, role: str) -> bool:
        """Tell whether this holder's role includes `role`."""
        return ROLES.index(self.role) >= ROLES.index(role)


def digest(token: str) -> str:
    """Return the hex SHA-256 digest a token is stored under."""
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(conn: Connection, role: str, name: str) -> tuple[int, str]:
    """Create a token with `role` for `name`; return its id and the token, which is not stored anywhere."""
    if role not in ROLES:
        raise ConfigError(role, f"is not a role; use one of {', '.join(ROLES)}")
    token = PREFIX + secrets.token_urlsafe(32)
    row = {"name": name, "role": role, "digest": digest(token), "created_at": datetime.now(UTC)}
    token_id = conn.execute(insert(api_tokens).values(**row).returning(api_tokens.c.id)).scalar_one()
    return int(token_id), token


def holder_of(conn: Connection, token: str) -> TokenHolder | None:
    """Return who holds `token`, or None if it is unknown or revoked."""
    if not token.startswith(PREFIX):
        return None
    t = api_tokens
    row = conn.execute(
        select(t.c.id, t.c.name, t.c.role).where(t.c.digest == digest(token), t.c.revoked_at.is_(None))
    ).first()
    return TokenHolder(row.id, row.name, row.role) if row else None


def live_token(conn: Connection, token_id: int) -> tuple[TokenHolder, str] | None:
    """Return the holder of the live token with this id and the digest it is stored under, or None."""
    t = api_tokens
    row = conn.execute(
        select(t.c.id, t.c.name, t.c.role, t.c.digest).where(t.c.id == token_id, t.c.revoked_at.is_(None))
    ).first()
    return (TokenHolder(row.id, row.name, row.role), row.digest) if row else None


def list_tokens(conn: Connection) -> list[dict[str, Any]]:
    """Return every token's id, holder, role and dates (never the token)."""
    t = api_tokens
    rows = conn.execute(select(t.c.id, t.c.name, t.c.role, t.c.created_at, t.c.revoked_at).order_by(t.c.id))
    return [
        {
            "id": r.id,
            "name": r.name,
            "role": r.role,
            "created_at": r.created_at.isoformat(),
            "revoked_at": r.revoked_at.isoformat() if r.revoked_at else None,
        }
        for r in rows
    ]


def revoke_token(conn: Connection, token_id: int) -> bool:
    """Revoke a token; return False if no live token has this id."""
    t = api_tokens
    done = conn.execute(
        update(t).where(t.c.id == token_id, t.c.revoked_at.is_(None)).values(revoked_at=datetime.now(UTC))
    )
    return bool(done.rowcount)
