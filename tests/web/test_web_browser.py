"""In a real browser (Debian's chromium, driven by Playwright): the pages a person uses, end to end.

A uvicorn server runs the app on a free loopback port in a thread; each step saves a screenshot in
artifacts/web/. Without /usr/bin/chromium these tests fail in CI and are skipped elsewhere.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import Tokens, fill
from live_server import serving
from playwright.sync_api import Browser, Page, expect, sync_playwright
from sqlalchemy import Engine, select
from word_breaks import BROKEN_WORDS_JS

from accord.documents import SourceDocument, read_document
from accord.extract import extract_records
from accord.ingest.writer import save_document
from accord.record import Record
from accord.store import open_store, tables

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "web"
PARK = "Issyk-Kul Solar Park"
ARTICLE = (
    "Deputy Prime Minister of Uzbekistan Jamshid Kholmatov met Russian Deputy Prime Minister Alexei Sablin in "
    "Tashkent on 14 March 2025. The sides agreed to build a logistics centre in Navoi by 2027."
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Yield Debian's chromium under Playwright."""
    if not CHROMIUM.is_file():
        message = f"{CHROMIUM} is missing: apt-get install chromium"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def live(
    tmp_path_factory: pytest.TempPathFactory, solar_park_records: list[tuple[SourceDocument, Record]]
) -> Iterator[tuple[str, Tokens]]:
    """Yield the address of a real server on the solar park knowledge base, and tokens for it."""
    url = f"sqlite:///{tmp_path_factory.mktemp('live') / 'accord.db'}"
    engine = open_store(url)
    tokens = fill(engine, solar_park_records)
    with serving(url, engine) as address:
        yield address, tokens
    engine.dispose()


@pytest.fixture(scope="module")
def seeded(
    tmp_path_factory: pytest.TempPathFactory, seed_paths: list[Path], sample_paths: list[Path]
) -> Iterator[tuple[str, Engine]]:
    """Yield the address of a real server on a knowledge base of the seeds and the samples, and its engine."""
    url = f"sqlite:///{tmp_path_factory.mktemp('seeded') / 'accord.db'}"
    engine = open_store(url)
    documents = [read_document(path) for path in [*seed_paths, *sample_paths]]
    for document, record in zip(documents, extract_records(documents), strict=True):
        save_document(engine, document, record)
    with serving(url, engine) as address:
        yield address, engine
    engine.dispose()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """Yield a fresh page at laptop size, with cookies of its own."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def sign_in(page: Page, address: str, token: str, then: str) -> None:
    page.goto(f"{address}/sign-in?next={then}")
    page.get_by_label("Token").fill(token)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(re.escape(then) + "$"))


def test_the_overview_shows_counts_charts_and_the_missed_deadline(live: tuple[str, Tokens], browser: Browser) -> None:
    address, _ = live
    for name, width in (("overview", 1280), ("overview-phone", 390)):
        context = browser.new_context(viewport={"width": width, "height": 844})
        page = context.new_page()
        page.goto(address)
        expect(page.get_by_role("heading", name="Overview")).to_be_visible()
        expect(page.locator("svg.chart")).to_have_count(2)
        expect(page.locator("ul.counts")).to_contain_text("6 documents")
        shot(page, name)
        context.close()


def test_the_register_filters_by_status(live: tuple[str, Tokens], page: Page) -> None:
    address, _ = live
    page.goto(f"{address}/initiatives")
    expect(page.locator("table.register tbody tr")).to_have_count(2)
    page.get_by_label("Status").select_option("stalled")
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_url(re.compile(r"status=stalled"))
    expect(page.locator("table.register tbody tr")).to_have_count(1)
    expect(page.get_by_role("link", name=PARK)).to_be_visible()
    shot(page, "register")


def test_the_evidence_leads_to_its_sentence_highlighted_in_the_document(live: tuple[str, Tokens], page: Page) -> None:
    address, _ = live
    page.goto(f"{address}/initiatives")
    page.get_by_role("link", name=PARK).click()
    expect(page.locator("ol.timeline li.step")).to_have_count(4)
    shot(page, "initiative")
    page.get_by_role("link", name="Open the sentence in its document").nth(1).click()
    expect(page).to_have_url(re.compile(r"/documents/\w+\?mark=\d+-\d+#evidence$"))
    marked = page.locator("mark#evidence")
    expect(marked).to_contain_text("signed an agreement on the construction of the Issyk-Kul Solar Park")
    expect(marked).to_be_in_viewport()
    shot(page, "document-evidence")


def test_an_editor_signs_in_and_confirms_an_initiative(live: tuple[str, Tokens], page: Page) -> None:
    address, tokens = live
    page.goto(f"{address}/initiatives")
    page.get_by_role("link", name=PARK).click()
    path = page.url.removeprefix(address)
    expect(page.get_by_text("To change anything here")).to_be_visible()
    sign_in(page, address, tokens.editor, path)
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("status")).to_have_text("Done: confirmed")
    expect(page.locator("h1 .verdict-confirmed")).to_be_visible()
    expect(page.locator("section", has_text="History").locator("tbody tr")).to_have_count(1)
    shot(page, "curation")


def test_an_uploaded_article_is_extracted_stored_and_shown(live: tuple[str, Tokens], page: Page) -> None:
    address, tokens = live
    sign_in(page, address, tokens.editor, "/upload")
    page.get_by_label("Pasted text").fill(ARTICLE)
    page.get_by_label("Title").fill("Logistics in Navoi")
    page.get_by_label("Published").fill("2025-03-14")
    page.get_by_role("button", name="Extract and store").click()
    expect(page).to_have_url(re.compile(r"/documents/\w+\?done=added$"), timeout=60_000)
    expect(page.get_by_role("heading", name="Logistics in Navoi")).to_be_visible()
    expect(page.locator(".body .hl-person").first).to_have_text("Jamshid Kholmatov")
    shot(page, "upload")


def test_an_indicator_charts_its_conflicting_sources_and_target(live: tuple[str, Tokens], page: Page) -> None:
    address, _ = live
    page.goto(f"{address}/series")
    page.get_by_role("link", name="trade", exact=True).click()
    expect(page.locator("svg.chart circle.conflict")).to_have_count(2)
    expect(page.locator("svg.chart polygon.target")).to_have_count(1)
    shot(page, "indicator")


def test_the_briefing_page_previews_and_downloads_with_no_console_error_or_outside_request(
    live: tuple[str, Tokens], page: Page
) -> None:
    address, _ = live
    problems: list[str] = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("request", lambda request: None if request.url.startswith(address) else problems.append(request.url))
    page.on("response", lambda response: problems.append(response.url) if response.status >= 400 else None)
    page.goto(f"{address}/report?as_of=2030-01-01")
    expect(page.get_by_role("heading", name="Briefing")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("initiative")
    page.get_by_role("link", name="Preview the briefing").click()
    expect(page.get_by_role("heading", name="Initiatives")).to_be_visible()
    expect(page.locator("#summary")).to_contain_text("overdue".capitalize())
    shot(page, "briefing")
    with page.expect_download() as download:
        page.goto(f"{address}/report")
        page.get_by_role("link", name="Download PDF").click()
    assert download.value.suggested_filename == "briefing.pdf"
    assert problems == []


def test_no_table_cell_of_the_register_an_initiative_or_a_document_breaks_inside_a_word(
    seeded: tuple[str, Engine], browser: Browser
) -> None:
    address, engine = seeded
    with engine.connect() as conn:
        initiatives = list(conn.scalars(select(tables.kb_initiatives.c.id).order_by(tables.kb_initiatives.c.id)))
        documents = list(conn.scalars(select(tables.documents.c.id).order_by(tables.documents.c.source)))
        reports = conn.execute(select(tables.initiatives.c.kb_initiative_id, tables.initiatives.c.figures))
        with_figures = next(kb_id for kb_id, figures in reports if figures)  # its page has a table of amounts
    pages = [f"/initiatives/{i}" for i in initiatives] + [f"/documents/{d}" for d in documents]
    shots = {"/initiatives": "register", f"/initiatives/{with_figures}": "initiative", pages[-1]: "document"}
    paths = ["/initiatives", "/entities", *pages]
    broken = {}
    for width in (1280, 390):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        for path in paths:
            page.goto(address + path)
            expect(page.locator("main h1")).to_be_visible()
            if found := page.evaluate(BROKEN_WORDS_JS):
                broken[f"{path} at {width}px"] = found[:5]
            if path in shots:
                shot(page, f"words-{shots[path]}-{width}")
        context.close()
    assert len(pages) > 10
    assert broken == {}
