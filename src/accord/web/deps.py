"""What routes are handed: settings, the store, a read connection, cached views, and the writer's token."""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Connection, Engine
from starlette.datastructures import FormData

from accord.store.tokens import TokenHolder
from accord.web.cache import Views
from accord.web.forms import read_form
from accord.web.jobs import UploadJobs
from accord.web.security import CSRF_FIELD, bearer_holder, check_csrf, require, session_holder
from accord.web.settings import WebSettings


async def _settings(request: Request) -> WebSettings:
    return request.app.state.settings


async def _engine(request: Request) -> Engine:
    return request.app.state.engine


async def _views(request: Request) -> Views:
    return request.app.state.views


async def _jobs(request: Request) -> UploadJobs:
    return request.app.state.jobs


Settings = Annotated[WebSettings, Depends(_settings)]
Jobs = Annotated[UploadJobs, Depends(_jobs)]
Store = Annotated[Engine, Depends(_engine)]
CachedViews = Annotated[Views, Depends(_views)]


def _read_connection(engine: Store) -> Iterator[Connection]:
    with engine.connect() as conn:
        yield conn


ReadConn = Annotated[Connection, Depends(_read_connection)]


def _api_role(role: str) -> Callable[[Request, Engine], TokenHolder]:
    def holder(request: Request, engine: Store) -> TokenHolder:
        return require(bearer_holder(request, engine), role)

    return holder


ApiEditor = Annotated[TokenHolder, Depends(_api_role("editor"))]
ApiAdmin = Annotated[TokenHolder, Depends(_api_role("admin"))]


@dataclass(frozen=True)
class SignedForm:
    """A form posted from accord's pages (CSRF checked) by a signed-in holder with the needed role."""

    holder: TokenHolder
    fields: FormData

    def text(self, name: str) -> str | None:
        """Return a text field stripped, or None when it is missing or blank."""
        value = self.fields.get(name)
        return value.strip() or None if isinstance(value, str) else None


def _form_role(role: str) -> Callable[[Request, Engine, WebSettings], Coroutine[Any, Any, SignedForm]]:
    async def signed(request: Request, engine: Store, settings: Settings) -> SignedForm:
        fields = await read_form(request, settings.max_upload_bytes)
        check_csrf(request, fields.get(CSRF_FIELD))
        holder = await run_in_threadpool(session_holder, request, engine)
        return SignedForm(require(holder, role), fields)

    return signed


FormEditor = Annotated[SignedForm, Depends(_form_role("editor"))]
FormAdmin = Annotated[SignedForm, Depends(_form_role("admin"))]
