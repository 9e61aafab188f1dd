"""The Russian pipeline (natasha's slovnet models, pymorphy3 lemmas), loaded once per process on first use.

Nothing here is imported by an English-only run: natasha is loaded only when a Russian document comes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

import pymorphy3
from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter
from natasha.doc import DocSent

# natasha's Universal Dependencies cases, as pymorphy3 grammemes.
CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
GENDERS = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
_POS = {"NOUN": {"NOUN"}, "PROPN": {"NOUN"}, "ADJ": {"ADJF", "ADJS", "PRTF"}, "VERB": {"VERB", "INFN", "PRTF", "GRND"}}


@dataclass
class Token:
    """One word of a Russian text, with its morphology and its place in the dependency parse."""

    i: int
    text: str
    start: int
    end: int
    pos: str
    feats: dict[str, str]
    rel: str
    head: int | None  # index of the head token; None for a sentence's root
    sentence: int
    lemma: str = ""

    @property
    def case(self) -> str | None:
        """The token's case as a pymorphy3 grammeme."""
        return CASES.get(self.feats.get("Case", ""))


@dataclass
class NamedSpan:
    """A name natasha's recognizer found: PER, ORG or LOC, over tokens [first, last]."""

    type: str
    start: int
    end: int
    first: int
    last: int


@dataclass
class Sentence:
    """A sentence's character and token range."""

    start: int
    end: int
    first: int
    last: int


@dataclass
class RussianDoc:
    """A parsed Russian text: tokens, sentences and recognized names, offsets into `text`."""

    text: str
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    names: list[NamedSpan] = field(default_factory=list)

    def children(self, token: Token) -> list[Token]:
        """Return the tokens whose head is `token`, in order."""
        sentence = self.sentences[token.sentence]
        return [t for t in self.tokens[sentence.first : sentence.last + 1] if t.head == token.i]

    def sentence_tokens(self, index: int) -> list[Token]:
        """Return the tokens of sentence `index`."""
        sentence = self.sentences[index]
        return self.tokens[sentence.first : sentence.last + 1]


@dataclass(frozen=True)
class _Models:
    segmenter: Any
    morph: Any
    syntax: Any
    ner: Any


@cache
def _models() -> _Models:
    embedding = NewsEmbedding()
    return _Models(Segmenter(), NewsMorphTagger(embedding), NewsSyntaxParser(embedding), NewsNERTagger(embedding))


@cache
def morph_analyzer() -> pymorphy3.MorphAnalyzer:
    """Return the process-wide pymorphy3 analyzer (Russian dictionaries from pymorphy3-dicts-ru)."""
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=100_000)
def lemma_of(word: str, pos: str = "", case: str | None = None) -> str:
    """Return the dictionary form of `word`, preferring the reading of part of speech `pos` in `case`."""
    parses = morph_analyzer().parse(word)
    wanted = _POS.get(pos)
    for parse in parses:
        if wanted and parse.tag.POS not in wanted:
            continue
        if case and parse.tag.case and parse.tag.case != case:
            continue
        return str(parse.normal_form)
    return str(parses[0].normal_form) if parses else word.lower()


def parse_russian(text: str) -> RussianDoc:
    """Parse a Russian text in one pass; a sentence also ends at a line break (a headline, a speaker's line)."""
    models = _models()
    doc = Doc(text)
    doc.segment(models.segmenter)
    doc.sents = [piece for sent in doc.sents for piece in _cut_at_line_breaks(text, sent)]
    doc.tag_morph(models.morph)
    doc.parse_syntax(models.syntax)
    doc.tag_ner(models.ner)
    return _converted(text, doc)


def _cut_at_line_breaks(text: str, sent: DocSent) -> list[DocSent]:
    pieces: list[list[Any]] = [[]]
    for token in sent.tokens:
        if pieces[-1] and "\n" in text[pieces[-1][-1].stop : token.start]:
            pieces.append([])
        pieces[-1].append(token)
    return [DocSent(p[0].start, p[-1].stop, text[p[0].start : p[-1].stop], tokens=p) for p in pieces if p]


def _converted(text: str, doc: Doc) -> RussianDoc:
    parsed = RussianDoc(text)
    for sent in doc.sents:
        sentence = len(parsed.sentences)
        first = len(parsed.tokens)
        by_id: dict[str, int] = {}
        for tok in sent.tokens:
            by_id[tok.id] = len(parsed.tokens)
            parsed.tokens.append(
                Token(
                    i=len(parsed.tokens),
                    text=tok.text,
                    start=tok.start,
                    end=tok.stop,
                    pos=tok.pos or "",
                    feats=dict(tok.feats or {}),
                    rel=tok.rel or "",
                    head=None,
                    sentence=sentence,
                )
            )
        parsed.sentences.append(Sentence(sent.start, sent.stop, first, len(parsed.tokens) - 1))
        for tok in sent.tokens:
            token = parsed.tokens[by_id[tok.id]]
            token.head = by_id.get(tok.head_id)
            token.lemma = lemma_of(token.text, token.pos, token.case) if token.text[0].isalpha() else token.text
    starts = {t.start: t.i for t in parsed.tokens}
    ends = {t.end: t.i for t in parsed.tokens}
    for span in doc.spans:
        first_token, last_token = starts.get(span.start), ends.get(span.stop)
        if first_token is not None and last_token is not None:
            parsed.names.append(NamedSpan(span.type, span.start, span.stop, first_token, last_token))
    return parsed
