"""Error pages: a browser asking for a page gets 404, 422 and 500 in the app's layout with a way back; the API and
clients that do not ask for HTML still get the JSON error body."""

from __future__ import annotations

import pytest
from conftest import Site
from fastapi.testclient import TestClient
from sqlalchemy import text

from accord.web import WebSettings, create_app

HTML = {"accept": "text/html,application/xhtml+xml"}


def in_layout(body: str) -> bool:
    """Tell whether a page is in the app's layout: its main navigation, search box and footer."""
    return all(part in body for part in ('<nav aria-label="Main">', 'role="search"', "<footer>"))


@pytest.mark.parametrize(
    ("path", "status", "heading", "back"),
    [
        ("/initiatives/999999", 404, "Not found", '<a href="/initiatives">Back to the initiatives</a>'),
        ("/entities/999999", 404, "Not found", '<a href="/entities">Back to the entities</a>'),
        ("/no/such/page", 404, "Not found", None),
        ("/initiatives?page=0", 422, "A value in this address", '<a href="/initiatives">Back to the initiatives</a>'),
        ("/documents/not-an-id", 422, "A value in this address", '<a href="/documents">Back to the documents</a>'),
        ("/initiatives.pdf", 422, "A value in this address", '<a href="/initiatives">Back to the initiatives</a>'),
    ],
)
def test_a_page_asked_with_a_bad_id_or_parameter_answers_in_the_layout_with_a_way_back(
    site: Site, path: str, status: int, heading: str, back: str | None
) -> None:
    response = site.client.get(path, headers=HTML)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert in_layout(response.text)
    assert f"<h1>{heading}" in response.text and f"<title>{status} " in response.text
    assert '<a href="/">Back to the overview</a>' in response.text
    if back:
        assert back in response.text


def test_a_422_page_names_the_field_it_could_not_take(site: Site) -> None:
    response = site.client.get("/initiatives?page=0", headers=HTML)
    assert "query.page" in response.text


@pytest.mark.parametrize("path", ["/api/v1/initiatives/999999", "/api/v1/initiatives?page=0", "/api/v1/no/such"])
def test_an_api_path_answers_json_even_to_a_browser(site: Site, path: str) -> None:
    response = site.client.get(path, headers=HTML)
    assert response.status_code in (404, 422)
    assert response.headers["content-type"] == "application/json"
    assert "detail" in response.json()


def test_a_client_that_does_not_ask_for_html_gets_json(site: Site) -> None:
    response = site.client.get("/initiatives/999999")
    assert response.status_code == 404
    assert response.json() == {"detail": "no initiative #999999"}


def test_a_server_error_is_a_500_page_in_the_layout_and_json_for_the_api(fresh_site: Site, database_url: str) -> None:
    with fresh_site.engine.begin() as conn:  # a knowledge base broken under the running app
        conn.execute(text("DROP TABLE figures"))
    app = create_app(WebSettings(database_url), fresh_site.engine)
    with TestClient(app, raise_server_exceptions=False) as client:
        page = client.get("/series", headers=HTML)
        api = client.get("/api/v1/series", headers=HTML)
    assert page.status_code == 500 and page.headers["content-type"].startswith("text/html")
    assert in_layout(page.text) and "<h1>The server could not answer" in page.text
    assert '<a href="/series">Back to the indicators</a>' in page.text
    assert "figures" not in page.text.split("<main>")[1], "the page tells no internals"
    assert api.status_code == 500
    assert api.json() == {"detail": "accord could not answer this request; the server's log says why."}
