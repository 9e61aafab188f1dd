"""Pages: every one renders, text from documents is never markup, forms need a token and the page's CSRF token."""

from __future__ import annotations

import re

from conftest import Site, html

from accord.web.security import CSRF_COOKIE

PARK = "Issyk-Kul Solar Park"
PAGES = ("/", "/initiatives", "/entities", "/series", "/documents", "/review", "/search?q=solar", "/upload", "/api")
PAGES += ("/report",)


def first_link(page: str, kind: str, label: str) -> str:
    match = re.search(rf'href="(/{kind}/[^"?#]+)">{re.escape(label)}<', page)
    assert match, f"no link to {label!r}"
    return match[1]


def test_every_page_renders_with_only_accords_own_resources(site: Site) -> None:
    park = first_link(html(site.client, "/initiatives"), "initiatives", PARK)
    for path in (*PAGES, park, "/series/1", "/entities/1"):
        page = html(site.client, path)
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", page), path
        assert "/static/accord.css" in page


def test_pages_forbid_scripts_from_anywhere_else(site: Site) -> None:
    response = site.client.get("/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["server-timing"].startswith("app;dur=")
    assert site.client.get("/static/accord.js").status_code == 200


def test_a_document_holding_a_script_shows_it_as_text(site: Site) -> None:
    found = html(site.client, "/search?q=leaflet")
    document = first_link(found, "documents", "Officials met in Tashkent on 2 May 2025")
    for page in (html(site.client, document), found, html(site.client, "/initiatives")):
        assert "<script>alert" not in page and "<b>Amu Darya</b>" not in page
    page = html(site.client, document)
    assert "&lt;script&gt;alert(&#34;owned&#34;)&lt;/script&gt;" in page
    assert "&lt;b&gt;Amu Darya&lt;/b&gt; water council" in page


def test_the_register_filters_from_its_form_and_links_the_csv_of_that_view(site: Site) -> None:
    page = html(site.client, "/initiatives?status=stalled&sector=&kind=&country=&since=&until=")
    assert PARK in page and "Amu Darya" not in page
    assert 'href="/initiatives.csv?status=stalled&amp;sort=last_reported&amp;order=desc"' in page


def test_the_evidence_link_marks_the_sentence_in_the_document(site: Site) -> None:
    park = html(site.client, first_link(html(site.client, "/initiatives"), "initiatives", PARK))
    links = re.findall(r'href="(/documents/[^"]+#evidence)">Open the sentence', park)
    assert len(links) == 4
    document = html(site.client, links[1].replace("&amp;", "&"))
    marked = re.search(r'<mark class="evidence" id="evidence"[^>]*>(.*?)</mark>', document, re.S)
    assert marked and "signed an agreement" in re.sub("<[^>]+>", "", marked[1])


def csrf(site: Site) -> str:
    site.client.get("/sign-in")
    return str(site.client.cookies.get(CSRF_COOKIE))


def sign_in(site: Site, token: str) -> None:
    response = site.client.post("/sign-in", data={"token": token, "csrf_token": csrf(site), "next": "/"})
    assert response.status_code == 303


def test_a_form_without_the_pages_csrf_token_is_refused_even_signed_in(fresh_site: Site) -> None:
    site = fresh_site
    sign_in(site, site.tokens.editor)
    path = first_link(html(site.client, "/initiatives"), "initiatives", PARK)
    forged = site.client.post(f"{path}/verdict", data={"verdict": "rejected", "csrf_token": "guess"})
    assert forged.status_code == 403
    other_site = site.client.post(
        f"{path}/verdict",
        data={"verdict": "rejected", "csrf_token": csrf(site)},
        headers={"origin": "https://elsewhere.example"},
    )
    assert other_site.status_code == 403
    assert "rejected" not in html(site.client, path).split("<h1>")[1].split("</h1>")[0]


def test_a_signed_in_editor_curates_from_the_page(fresh_site: Site) -> None:
    site = fresh_site
    path = first_link(html(site.client, "/initiatives"), "initiatives", PARK)
    anonymous = site.client.post(f"{path}/verdict", data={"verdict": "confirmed", "csrf_token": csrf(site)})
    assert anonymous.status_code == 401
    sign_in(site, site.tokens.editor)
    done = site.client.post(f"{path}/verdict", data={"verdict": "confirmed", "csrf_token": csrf(site)})
    assert (done.status_code, done.headers["location"]) == (303, f"{path}?done=confirmed")
    page = html(site.client, done.headers["location"])
    assert "verdict-confirmed" in page and "erin" in page
    merge = site.client.post(f"{path}/merge", data={"into": "1", "csrf_token": csrf(site)})
    assert merge.status_code == 403


def test_a_wrong_token_does_not_sign_in(site: Site) -> None:
    response = site.client.post("/sign-in", data={"token": "accord_wrong", "csrf_token": csrf(site)})
    assert response.status_code == 401
    assert "unknown or revoked token" in response.text
