"""Reading web pages: the article's text, title and date, without the site's navigation."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.documents import read_document
from accord.errors import ReadError

PAGE = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Neighbours agree on cross-border railway</title>
  <meta property="article:published_time" content="2024-05-16T10:30:00+03:00">
</head>
<body>
  <nav><ul>
    <li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/markets">Markets</a></li>
  </ul></nav>
  <article>
    <h1>Neighbours agree on cross-border railway</h1>
    <p>The presidents of the two countries agreed on Thursday to build a 600-kilometre railway
    linking their capitals, with the first trains expected to run by 2030.</p>
    <p>The project is expected to cost about $4.5 billion, the transport minister told reporters
    after the talks, adding that a joint venture would be set up before the end of the year.</p>
  </article>
  <footer><p>Subscribe to our newsletter</p><p>Copyright 2024 Example Wire. All rights reserved.</p></footer>
</body>
</html>
"""


def write_page(tmp_path: Path, html: str, name: str = "railway.html") -> Path:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


def test_article_text_is_kept_and_navigation_and_footer_dropped(tmp_path: Path) -> None:
    text = read_document(write_page(tmp_path, PAGE)).text

    assert "agreed on Thursday to build a 600-kilometre railway" in text
    assert "about $4.5 billion" in text
    assert "Markets" not in text
    assert "newsletter" not in text
    assert "All rights reserved" not in text


def test_short_article_paragraphs_appear_once(tmp_path: Path) -> None:
    text = read_document(write_page(tmp_path, PAGE)).text

    assert text.count("about $4.5 billion") == 1


def test_title_and_publication_date_come_from_the_page(tmp_path: Path) -> None:
    document = read_document(write_page(tmp_path, PAGE, name="railway.htm"))

    assert document.title == "Neighbours agree on cross-border railway"
    assert document.published == "2024-05-16"


def test_published_argument_overrides_the_page_date(tmp_path: Path) -> None:
    document = read_document(write_page(tmp_path, PAGE), published="2024-05-17")

    assert document.published == "2024-05-17"


def test_page_without_a_date_has_none(tmp_path: Path) -> None:
    undated = PAGE.replace('<meta property="article:published_time" content="2024-05-16T10:30:00+03:00">', "")

    assert read_document(write_page(tmp_path, undated)).published is None


def test_page_in_a_declared_legacy_encoding_is_decoded(tmp_path: Path) -> None:
    russian = (
        '<html><head><meta charset="windows-1251"><title>Переговоры</title></head><body><article>'
        "<p>Президенты двух стран договорились в четверг построить железную дорогу длиной 600 километров, "
        "которая свяжет столицы; первые поезда пойдут к 2030 году.</p></article></body></html>"
    )
    path = tmp_path / "talks.html"
    path.write_bytes(russian.encode("cp1251"))

    assert "железную дорогу длиной 600 километров" in read_document(path).text


def test_page_without_main_text_is_refused(tmp_path: Path) -> None:
    empty = "<html><head><title>Example Wire</title><script>var ads = 1;</script></head><body></body></html>"

    with pytest.raises(ReadError, match="no main text"):
        read_document(write_page(tmp_path, empty))
