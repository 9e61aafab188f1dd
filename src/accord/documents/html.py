"""Web pages (.html, .htm): the article's main text, title and date, without navigation."""

from __future__ import annotations

from configparser import ConfigParser
from functools import cache

import trafilatura
from trafilatura.settings import Document, set_date_params, use_config

from accord.documents.limits import DEFAULT_LIMITS, ContentLimits, check_chars
from accord.documents.model import SourceDocument
from accord.errors import ReadError

_MARKUP_PER_CHAR = 10


@cache
def _config() -> ConfigParser:
    config = use_config()
    # trafilatura 2.0 re-appends the paragraphs of a short <article> when its text is
    # under this size, so short pages came out twice (adbar/trafilatura#879).
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "0")
    return config


def read_html(data: bytes, source: str, limits: ContentLimits = DEFAULT_LIMITS) -> SourceDocument:
    """Extract a page's main text, title and publication date; fetch nothing."""
    # Markup is mostly tags: a page may be many times its text, but not without bound.
    check_chars(len(data) // _MARKUP_PER_CHAR, source, limits)
    try:
        page = trafilatura.bare_extraction(
            data,
            with_metadata=True,
            favor_precision=True,
            include_comments=False,
            include_tables=True,
            # Dates from meta tags, JSON-LD, <time> and the URL only: a date found in the
            # body is more often an event's date than the day the page was published.
            date_extraction_params=set_date_params(extensive=False),
            config=_config(),
        )
    except Exception as exc:  # trafilatura and lxml raise many kinds on malformed markup
        raise ReadError(source, f"cannot parse the HTML ({exc})") from exc
    if not isinstance(page, Document) or not page.text or not page.text.strip():
        raise ReadError(source, "no main text found in the page; save the article's text as .txt instead")
    check_chars(len(page.text), source, limits)
    return SourceDocument(source=source, text=page.text, title=page.title or None, published=page.date or None)
