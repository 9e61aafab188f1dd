"""Signed sessions and origins: the cookie never holds the token, a forged, expired or revoked session signs
nobody in, and a form posted from another origin (or a sandboxed "null" one) is refused."""

from __future__ import annotations

from conftest import Site, html
from fastapi.testclient import TestClient
from test_web_pages import csrf, first_link, sign_in

from accord.store.tokens import create_token, digest, holder_of, revoke_token
from accord.web import WebSettings, create_app
from accord.web.sessions import SESSION_COOKIE, SESSION_SECONDS, session_value

PARK = "Issyk-Kul Solar Park"


def _verdict_form(site: Site) -> tuple[str, dict[str, str]]:
    path = first_link(html(site.client, "/initiatives"), "initiatives", PARK)
    return f"{path}/verdict", {"verdict": "confirmed", "csrf_token": csrf(site)}


def test_the_session_cookie_holds_a_signed_session_not_the_token(fresh_site: Site) -> None:
    site = fresh_site
    sign_in(site, site.tokens.editor)
    cookie = site.client.cookies.get(SESSION_COOKIE)
    assert cookie and site.tokens.editor not in cookie and digest(site.tokens.editor) not in cookie
    path, form = _verdict_form(site)
    assert site.client.post(path, data=form).status_code == 303


def test_a_forged_session_signs_nobody_in(fresh_site: Site) -> None:
    site = fresh_site
    sign_in(site, site.tokens.editor)
    token_id, expires, mac = str(site.client.cookies.get(SESSION_COOKIE)).split(".")
    path, form = _verdict_form(site)
    for forged in (f"{int(token_id) + 1}.{expires}.{mac}", f"{token_id}.{int(expires) + 9}.{mac}", "1.2.3", "x"):
        site.client.cookies.set(SESSION_COOKIE, forged)
        assert site.client.post(path, data=form).status_code == 401


def test_an_expired_session_signs_nobody_in(fresh_site: Site) -> None:
    site = fresh_site
    with site.engine.connect() as conn:
        holder = holder_of(conn, site.tokens.editor)
    assert holder is not None
    secret = site.client.app.state.settings.session_secret  # type: ignore[attr-defined]
    stale = session_value(holder, digest(site.tokens.editor), secret, now=0)
    site.client.cookies.set(SESSION_COOKIE, stale)
    path, form = _verdict_form(site)
    assert site.client.post(path, data=form).status_code == 401
    fresh = session_value(holder, digest(site.tokens.editor), secret)
    assert int(fresh.split(".")[1]) > SESSION_SECONDS
    site.client.cookies.set(SESSION_COOKIE, fresh)
    assert site.client.post(path, data=form).status_code == 303


def test_revoking_the_token_ends_its_sessions(fresh_site: Site) -> None:
    site = fresh_site
    with site.engine.begin() as conn:
        token_id, token = create_token(conn, "editor", "temporary")
    sign_in(site, token)
    path, form = _verdict_form(site)
    assert site.client.post(path, data=form).status_code == 303
    with site.engine.begin() as conn:
        assert revoke_token(conn, token_id)
    assert site.client.post(path, data=form).status_code == 401


def test_a_form_from_a_null_origin_or_a_foreign_referer_is_refused(fresh_site: Site) -> None:
    site = fresh_site
    sign_in(site, site.tokens.editor)
    path, form = _verdict_form(site)
    for headers in ({"origin": "null"}, {"referer": "https://elsewhere.example/page"}):
        assert site.client.post(path, data=form, headers=headers).status_code == 403
    same_site = {"referer": f"http://testserver{path}"}
    assert site.client.post(path, data=form, headers=same_site).status_code == 303


def test_cookies_are_secure_when_served_over_https(fresh_site: Site, database_url: str) -> None:
    settings = WebSettings(database_url, secure_cookies=True)
    with TestClient(create_app(settings, fresh_site.engine), base_url="https://testserver") as client:
        client.get("/sign-in")
        csrf_token = str(client.cookies.get("accord_csrf"))
        response = client.post(
            "/sign-in", data={"token": fresh_site.tokens.editor, "csrf_token": csrf_token}, follow_redirects=False
        )
    assert response.status_code == 303
    assert "secure" in response.headers["set-cookie"].lower()
