"""Curation from the pages: forms that post here, each answered by a redirect back with what was done.

A form needs a signed-in token (editor; admin to merge or decide the review queue) and the page's
CSRF token; the change itself is made by the library, which writes it to the audit log.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from accord import curation
from accord.errors import AccordError
from accord.store.conflicts import find_conflicts
from accord.store.document_names import name_documents
from accord.web.deps import FormAdmin, FormEditor, ReadConn, SignedForm, Store
from accord.web.params import RowId
from accord.web.render import page
from accord.web.writes import change

router = APIRouter(include_in_schema=False)
EDITABLE = ("status", "sector", "kind", "title", "location", "deadline")


def _back(path: str, **message: str) -> RedirectResponse:
    return RedirectResponse(f"{path}?{urlencode(message)}" if message else path, status_code=303)


def _value(text: str | None) -> Any:
    """Read a value as the CLI's `accord edit` does: JSON when it parses (2029, null), else the text."""
    if text is None:
        return None
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def _apply(path: str, done: str, action: Any) -> RedirectResponse:
    try:
        action()
    except AccordError as exc:
        return _back(path, error=str(exc))
    return _back(path, done=done)


def _verdict(engine: Store, form: SignedForm, kind: str, subject_id: int, path: str) -> RedirectResponse:
    verdict = form.text("verdict") or ""
    judge = curation.judge_entity if kind == "entity" else curation.judge_initiative

    def act() -> None:
        with change(engine, kind, subject_id) as conn:
            judge(conn, f"#{subject_id}", verdict, form.holder.name, form.text("note"))

    return _apply(path, verdict, act)


@router.post("/initiatives/{initiative_id}/verdict")
def initiative_verdict(engine: Store, form: FormEditor, initiative_id: RowId) -> RedirectResponse:
    """Confirm or reject an initiative."""
    return _verdict(engine, form, "initiative", initiative_id, f"/initiatives/{initiative_id}")


@router.post("/entities/{entity_id}/verdict")
def entity_verdict(engine: Store, form: FormEditor, entity_id: RowId) -> RedirectResponse:
    """Confirm or reject an entity."""
    return _verdict(engine, form, "entity", entity_id, f"/entities/{entity_id}")


@router.post("/initiatives/{initiative_id}/edit")
def initiative_edit(engine: Store, form: FormEditor, initiative_id: RowId) -> RedirectResponse:
    """Set one field of an initiative."""
    field = form.text("field") or ""
    path = f"/initiatives/{initiative_id}"
    if field not in EDITABLE:
        return _back(path, error=f"{field or 'nothing'} cannot be edited here; edit one of {', '.join(EDITABLE)}")

    def act() -> None:
        with change(engine, "initiative", initiative_id) as conn:
            changes = {field: _value(form.text("value"))}
            curation.edit_initiative(conn, f"#{initiative_id}", changes, form.holder.name, form.text("note"))

    return _apply(path, f"{field} set", act)


def _note(engine: Store, form: SignedForm, kind: str, subject_id: int, path: str) -> RedirectResponse:
    text = form.text("text")
    if not text:
        return _back(path, error="write a note first")

    def act() -> None:
        with change(engine, kind, subject_id) as conn:
            curation.attach_note(conn, kind, f"#{subject_id}", text, form.holder.name)

    return _apply(path, "note added", act)


@router.post("/initiatives/{initiative_id}/note")
def initiative_note(engine: Store, form: FormEditor, initiative_id: RowId) -> RedirectResponse:
    """Attach a note to an initiative."""
    return _note(engine, form, "initiative", initiative_id, f"/initiatives/{initiative_id}")


@router.post("/entities/{entity_id}/note")
def entity_note(engine: Store, form: FormEditor, entity_id: RowId) -> RedirectResponse:
    """Attach a note to an entity."""
    return _note(engine, form, "entity", entity_id, f"/entities/{entity_id}")


@router.post("/initiatives/{initiative_id}/merge")
def initiative_merge(engine: Store, form: FormAdmin, initiative_id: RowId) -> RedirectResponse:
    """Merge this initiative into another (admin)."""
    into = (form.text("into") or "").lstrip("#")
    if not into.isdigit():
        return _back(f"/initiatives/{initiative_id}", error="give the number of the initiative to merge into")

    def act() -> None:
        with change(engine, "initiative", initiative_id) as conn:
            curation.merge_initiatives(conn, f"#{initiative_id}", f"#{into}", form.holder.name, form.text("note"))

    return _apply(f"/initiatives/{into}", "merged", act)


@router.post("/figures/{figure_id}/verdict")
def figure_verdict(engine: Store, form: FormEditor, figure_id: RowId) -> RedirectResponse:
    """Confirm or reject a figure, then go back to the series it was shown on."""
    verdict, back = form.text("verdict") or "", form.text("back") or "/series"
    path = back if back.startswith("/") and not back.startswith("//") else "/series"

    def act() -> None:
        with change(engine, "figure", figure_id) as conn:
            curation.judge_figure(conn, figure_id, verdict, form.holder.name, form.text("note"))

    return _apply(path, f"figure {verdict}", act)


@router.get("/review", response_class=HTMLResponse)
def review_html(request: Request, conn: ReadConn) -> HTMLResponse:
    """Show merges and unsure extractions waiting for a decision, disputed curated values and conflicting sources."""
    context = name_documents(conn, {**curation.review_queue(conn), "conflicts": find_conflicts(conn)})
    return page(request, "review.html", context)


@router.post("/review/{item_id}")
def review_decide(engine: Store, form: FormAdmin, item_id: RowId) -> RedirectResponse:
    """Accept or reject a queued merge or extraction (admin)."""
    accept = form.text("decision") == "accept"

    def act() -> None:
        with engine.begin() as conn:
            curation.decide(conn, item_id, accept, form.holder.name, form.text("note"))

    return _apply("/review", "accepted" if accept else "rejected", act)
