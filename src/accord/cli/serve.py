"""`accord serve`, `demo` and `token`: the web app and API, and the tokens that let people write through it."""

from __future__ import annotations

import tempfile
from pathlib import Path

import click

import accord
from accord.cli.common import connection, cut, db_option, emit, format_option, grid, limit_options
from accord.errors import ConfigError
from accord.ingest.runner import ingest
from accord.ingest.sources import read_sources
from accord.store import database_url, open_store
from accord.store.tokens import ROLES, create_token, list_tokens, revoke_token
from accord.web.settings import MEGABYTE, JobLimits, WebSettings

SAMPLES = Path(accord.__file__).parent / "samples"

host_option = click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
port_option = click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)


def run(settings: WebSettings, host: str, port: int) -> None:
    """Serve the app with uvicorn until interrupted."""
    # Imported here, so commands that do not serve start without loading the web stack.
    import uvicorn

    from accord.web import create_app

    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")


@click.command("serve")
@host_option
@port_option
@click.option(
    "--max-upload",
    type=click.IntRange(min=1, max=200),
    default=5,
    show_default=True,
    metavar="MB",
    help="Largest document to accept as an upload.",
)
@click.option(
    "--upload-workers",
    type=click.IntRange(min=1, max=64),
    default=1,
    show_default=True,
    help="Worker processes extracting uploads (each loads the NLP pipeline, about 500 MB).",
)
@click.option(
    "--upload-queue",
    type=click.IntRange(min=1, max=10_000),
    default=8,
    show_default=True,
    help="Uploads that may wait; beyond them an upload is answered 503 with Retry-After.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=1),
    default=120.0,
    show_default=True,
    metavar="SECONDS",
    help="Longest one upload may take to extract; past it the job fails.",
)
@click.option(
    "--upload-memory",
    type=click.IntRange(min=512),
    default=2048,
    show_default=True,
    metavar="MB",
    help="Address space each upload worker may use; a document needing more fails alone.",
)
@click.option(
    "--secure-cookies",
    is_flag=True,
    help="Mark the session and CSRF cookies Secure: set it when accord is served over HTTPS (behind a proxy).",
)
@db_option
def serve_command(
    host: str,
    port: int,
    max_upload: int,
    upload_workers: int,
    upload_queue: int,
    timeout: float,
    upload_memory: int,
    secure_cookies: bool,
    db_url: str | None,
) -> None:
    """Serve the knowledge base as web pages and a REST API (/api/v1); reading is open, writing needs a token.

    Uploads are queued and extracted in worker processes, so reading stays fast while they run."""
    settings = WebSettings(
        database_url(db_url),
        max_upload_bytes=max_upload * MEGABYTE,
        secure_cookies=secure_cookies,
        jobs=JobLimits(workers=upload_workers, queue=upload_queue, seconds=timeout, memory_mb=upload_memory),
    )
    click.echo(f"accord is serving {settings.database_url} at http://{host}:{port}/ (Ctrl-C stops it)")
    run(settings, host, port)


@click.command("demo")
@host_option
@port_option
def demo_command(host: str, port: int) -> None:
    """Ingest the bundled sample articles into a fresh SQLite file and serve them; the file goes when it stops."""
    with tempfile.TemporaryDirectory(prefix="accord-demo-") as folder:
        url = f"sqlite:///{Path(folder) / 'demo.db'}"
        engine = open_store(url)
        click.echo(f"accord demo: extracting the samples in {SAMPLES} into a fresh knowledge base …")
        summary = ingest(engine, read_sources([str(SAMPLES)]))
        with engine.begin() as conn:
            _, token = create_token(conn, "editor", "demo editor")
        engine.dispose()
        click.echo(f"{summary.added} documents stored. An editor token for trying curation and upload:\n  {token}")
        click.echo(f"Open http://{host}:{port}/ (Ctrl-C stops it)")
        run(WebSettings(url), host, port)


@click.group("token")
def token_group() -> None:
    """Create, list and revoke the tokens that allow writing through the web app and API."""


@token_group.command("create")
@click.option("--role", type=click.Choice(ROLES), required=True, help="editor: curate and upload; admin: also merge.")
@click.option("--name", metavar="NAME", help="Who holds it; the audit log names them [default: the role].")
@db_option
def token_create(role: str, name: str | None, db_url: str | None) -> None:
    """Create a token and print it; only its digest is stored, so keep it now."""
    engine = open_store(db_url)
    try:
        with engine.begin() as conn:
            token_id, token = create_token(conn, role, name or role)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        engine.dispose()
    click.echo(token)
    click.echo(f"token #{token_id} ({role}) created; it is shown this once", err=True)


@token_group.command("list")
@limit_options()
@db_option
@format_option
def token_list(limit: int | None, db_url: str | None, output: str) -> None:
    """List the tokens: id, holder, role, created, revoked (never the tokens themselves)."""
    with connection(db_url) as conn:
        tokens = cut(list_tokens(conn), limit, "tokens")
    rows = [[t["id"], t["name"], t["role"], t["created_at"][:19], (t["revoked_at"] or "")[:19]] for t in tokens]
    emit(output, tokens, lambda: grid("Tokens", ["id", "name", "role", "created", "revoked"], rows))


@token_group.command("revoke")
@click.argument("token_id", type=int)
@db_option
def token_revoke(token_id: int, db_url: str | None) -> None:
    """Revoke a token by its id; it stops working at once."""
    engine = open_store(db_url)
    try:
        with engine.begin() as conn:
            revoked = revoke_token(conn, token_id)
    finally:
        engine.dispose()
    if not revoked:
        raise click.ClickException(f"no live token #{token_id}; `accord token list` shows them")
    click.echo(f"token #{token_id} revoked")


COMMANDS = [serve_command, demo_command, token_group]
