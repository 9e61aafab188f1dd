"""Every GET route answers hostile parameters (huge ids, NUL, control characters, far dates) without a server
error; bounded ones are refused with a 422 that names the field; HEAD and OPTIONS are answered as HTTP says."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from conftest import Site, bearer
from fastapi.routing import APIRoute

HUGE = str(2**63)
HOSTILE_VALUES = [
    HUGE,
    "-" + HUGE,
    "0",
    "1e309",
    "nan",
    "a\x00b",
    "\x00",
    "\x1b[2J",
    "9999-12-31",
    "0001-01-01",
    "99999999999d",
    "'; DROP TABLE documents; --",
    "%",
    "ü" * 300,
]


def get_routes(site: Site) -> Iterator[tuple[str, list[str]]]:
    """Yield each GET route's path and the names of its query parameters (included routers walked)."""
    routes = list(site.client.app.routes)  # type: ignore[attr-defined]
    while routes:
        route = routes.pop()
        routes += getattr(getattr(route, "original_router", None), "routes", [])
        if isinstance(route, APIRoute) and "GET" in route.methods:
            names = [p.alias or p.name for p in route.dependant.query_params]
            for dependency in route.dependant.dependencies:
                names += [p.alias or p.name for p in dependency.query_params]
            yield route.path, names


def filled(path: str, value: str) -> str:
    """Return `path` with every {parameter} set to `value`."""
    return re.sub(r"\{[^}]+\}", quote(value, safe=""), path)


def test_no_get_route_answers_a_server_error_to_hostile_parameters(site: Site) -> None:
    failures = []
    routes = list(get_routes(site))
    assert len(routes) > 20, "every page and API route is probed"
    for path, names in routes:
        for value in HOSTILE_VALUES:
            url = filled(path, value)
            for headers in ({"accept": "text/html"}, bearer(site.tokens.admin)):
                response = site.client.get(url, params=dict.fromkeys(names, value), headers=headers)
                if response.status_code >= 500:
                    failures.append(f"{url} {names} = {value!r}: {response.status_code}")
    assert not failures, "\n".join(failures[:20])


@pytest.mark.parametrize(
    ("url", "field"),
    [
        (f"/api/v1/initiatives/{HUGE}", "initiative_id"),
        (f"/api/v1/entities/{HUGE}", "entity_id"),
        (f"/api/v1/series/{HUGE}", "series_id"),
        (f"/api/v1/initiatives?page={HUGE}", "page"),
        ("/api/v1/due?within=99999999999d", "within"),
        ("/api/v1/due?within=1000y", "within"),
        ("/api/v1/due?as_of=9999-12-31", "as_of"),
        ("/api/v1/overview?as_of=9999-12-31", "as_of"),
        ("/api/v1/conflicts?tolerance=inf", "tolerance"),
    ],
)
def test_an_out_of_range_parameter_is_a_422_naming_its_field(site: Site, url: str, field: str) -> None:
    response = site.client.get(url)
    assert response.status_code == 422
    assert field in str(response.json()["detail"])


def test_a_nul_byte_in_search_is_read_as_a_space(site: Site) -> None:
    with_nul = site.client.get("/api/v1/search", params={"q": "solar\x00park"})
    plain = site.client.get("/api/v1/search", params={"q": "solar park"})
    assert with_nul.status_code == 200
    assert with_nul.json()["documents"] == plain.json()["documents"]
    assert plain.json()["documents"], "the solar park articles mention the park"


def test_a_merge_into_a_huge_id_is_refused_in_the_body(site: Site) -> None:
    response = site.client.post("/api/v1/initiatives/1/merge", json={"into": 2**63}, headers=bearer(site.tokens.admin))
    assert response.status_code == 422
    assert "into" in str(response.json()["detail"])


def test_head_answers_the_get_headers_without_a_body(site: Site) -> None:
    get = site.client.get("/", headers={"accept": "text/html"})
    head = site.client.head("/", headers={"accept": "text/html"})
    assert head.status_code == get.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]
    assert head.headers["content-security-policy"]


def test_options_lists_the_allowed_methods(site: Site) -> None:
    response = site.client.options("/api/v1/search")
    assert response.status_code == 204
    assert set(response.headers["allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    merge = site.client.options("/api/v1/initiatives/1/merge")
    assert "POST" in merge.headers["allow"]
    assert site.client.options("/no/such/page").status_code == 404
