"""`accord token`: a token is printed once, stored only as its digest, and stops working when revoked."""

from __future__ import annotations

from click.testing import CliRunner, Result
from sqlalchemy import Engine, select

from accord.cli import main
from accord.store.tokens import api_tokens, digest, holder_of


def accord(args: list[str]) -> Result:
    return CliRunner(mix_stderr=False).invoke(main, args)


def test_a_created_token_is_shown_once_and_stored_as_its_digest(store: Engine, database_url: str) -> None:
    created = accord(["token", "create", "--role", "admin", "--name", "ada", "--db", database_url])
    assert created.exit_code == 0, created.output
    token = created.stdout.strip()
    with store.connect() as conn:
        [stored] = conn.execute(select(api_tokens)).all()
        assert holder_of(conn, token) is not None
    assert (stored.name, stored.role, stored.digest) == ("ada", "admin", digest(token))
    assert token not in str(tuple(stored))


def test_a_revoked_token_no_longer_works(store: Engine, database_url: str) -> None:
    token = accord(["token", "create", "--role", "editor", "--db", database_url]).stdout.strip()
    listed = accord(["token", "list", "--format", "json", "--db", database_url])
    assert '"role": "editor"' in listed.output and token not in listed.output
    assert accord(["token", "revoke", "1", "--db", database_url]).exit_code == 0
    with store.connect() as conn:
        assert holder_of(conn, token) is None
    assert accord(["token", "revoke", "1", "--db", database_url]).exit_code == 1


def test_an_unknown_role_is_refused(database_url: str) -> None:
    refused = accord(["token", "create", "--role", "owner", "--db", database_url])
    assert refused.exit_code == 2
