"""Initiatives of a Russian text: documents signed or drafted, things agreed or proposed, projects built or launched."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from accord.extract.entities.index import EntityIndex
from accord.extract.ru.dates import find_dates
from accord.extract.ru.lexicon import table, word_class
from accord.extract.ru.phrases import nominative_phrase
from accord.extract.ru.speakers import speaker_lines
from accord.extract.ru.subtrees import phrase_span
from accord.nlp.russian import RussianDoc, Token
from accord.record import Initiative, InitiativeKind, Span, Status

_PRONOUNS = {"PRON", "DET"}
# How far back a frame noun ("в рамках СНГ, Договора о ...") reaches over a list.
FRAME_REACH = 6


@dataclass
class _Candidate:
    kind: InitiativeKind
    status: Status
    found_by: str
    first: int
    last: int
    actor_token: Token | None


@cache
def _sectors() -> list[tuple[str, str]]:
    text = resources.files("accord.data").joinpath("ru/sectors.tsv").read_text(encoding="utf-8")
    return [tuple(line.split("\t")[:2]) for line in text.splitlines() if line and not line.startswith("#")]  # type: ignore[misc]


def sector_of(title: str) -> str:
    """The sector a title's words signal, "other" when none does."""
    words = re.findall(r"[а-яё]+", title.lower())
    for stem, sector in _sectors():
        if any(word.startswith(stem) for word in words):
            return sector
    return "other"


def _subject(doc: RussianDoc, verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is joined to or that governs it."""
    token: Token | None = verb
    for _ in range(5):
        if token is None:
            return None
        subjects = [c for c in doc.children(token) if c.rel.startswith("nsubj")]
        if subjects:
            return subjects[0]
        climbs = token.head is not None and token.rel in ("conj", "xcomp", "advcl", "acl", "obj", "ccomp", "nmod")
        token = doc.tokens[token.head] if climbs and token.head is not None else None
    return None


def _document_candidate(doc: RussianDoc, token: Token) -> _Candidate | None:
    data = table("initiatives")
    if token.lemma not in data["documents"] or token.pos not in ("NOUN", "PROPN"):
        return None
    children = doc.children(token)
    if _anaphoric(doc, token):
        return None
    head = doc.tokens[token.head] if token.head is not None else None
    governor = head.lemma if head is not None else ""
    if _framed(doc, token):
        return None  # "в рамках Договора": a framework already in place, not a new initiative
    status = data["document_statuses"].get(governor)
    named = token.text[:1].isupper() and token.i != doc.sentences[token.sentence].first
    has_topic = any(c.rel == "nmod" and (c.case == "gent" or _preposition(doc, c) in ("о", "по")) for c in children)
    plural = token.feats.get("Number") == "Plur"
    if status is None and (plural or not (named or has_topic)):
        return None
    first, last = phrase_span(doc, token)
    if head is not None and head.lemma == "проект" and head.i == first - 1:
        first = head.i
    subject = _subject(doc, head) if head is not None and head.pos == "VERB" else None
    return _Candidate("agreement", status or "agreed", "signing_noun", first, last, subject)


def _preposition(doc: RussianDoc, token: Token) -> str:
    return next((c.lemma for c in doc.children(token) if c.rel == "case"), "")


def _framed(doc: RussianDoc, token: Token) -> bool:
    """Whether the noun stands in a list after "в рамках": a framework already in place, not a new initiative."""
    sentence = doc.sentences[token.sentence]
    for before in reversed(doc.tokens[max(sentence.first, token.i - FRAME_REACH) : token.i]):
        if before.lemma in table("initiatives")["frame_nouns"]:
            return True
        if before.pos in ("VERB", "AUX"):
            return False
    return False


def _anaphoric(doc: RussianDoc, token: Token) -> bool:
    """"этих соглашений", "создание этой организации": the words point back to something already named."""
    return any(c.lemma in ("этот", "это", "тот") or c.pos == "PRON" for c in doc.children(token))


def _project_candidate(doc: RussianDoc, token: Token) -> _Candidate | None:
    data = table("initiatives")
    if token.lemma not in data["projects"] or token.pos != "NOUN":
        return None
    first, last = phrase_span(doc, token, left=False)
    objects = [
        t for t in doc.tokens[token.i + 1 : last + 1]
        if t.case == "gent" and t.pos in ("NOUN", "PROPN") and t.lemma not in word_class("time_nouns")
    ]
    if not objects or _anaphoric(doc, objects[0]) or doc.tokens[token.i + 1].pos == "DET":
        return None
    head = doc.tokens[token.head] if token.head is not None else None
    if head is not None and any(head.lemma.endswith(a) for a in data["anniversary_nouns"]):
        return None  # "пятилетие создания" is an anniversary
    status = data["projects"][token.lemma]
    return _Candidate("project", status, "project_noun", first, last, None)


def _verb_candidate(doc: RussianDoc, token: Token) -> _Candidate | None:
    data = table("initiatives")
    if token.pos != "VERB" or token.lemma not in data["verbs"]:
        return None
    kind, status, found_by = data["verbs"][token.lemma]
    need = data["verb_objects_need"].get(token.lemma)
    infinitives = data["verbs_with_clause"]
    objects: list[Token] = []
    for child in doc.children(token):
        preposition = next((c.lemma for c in doc.children(child) if c.rel == "case"), "")
        if child.pos in _PRONOUNS and need not in ("за", "с"):
            continue
        if need == "obj" and child.rel == "obj":
            objects.append(child)
        elif need in ("за", "с") and preposition == need and child.rel == "obl":
            objects.append(child)
        elif need is None and child.pos == "NOUN" and (
            (child.rel == "obl" and preposition == "о") or child.rel == "obj"
        ):
            objects.append(child)
        elif need is None and child.pos == "VERB" and child.rel in ("xcomp", "ccomp") and token.lemma in infinitives:
            objects.append(child)
    if not objects and token.lemma in infinitives:
        objects = _infinitive_after(doc, token)
    if not objects:
        return None
    target = objects[0]
    if need == "за" and target.pos in _PRONOUNS | {"PRON"}:
        clauses = [c for c in doc.children(target) if c.rel in ("acl", "ccomp", "advcl") and c.pos == "VERB"]
        if not clauses:
            return None
        target = clauses[0]
    first, last = phrase_span(doc, target, left=target.pos != "VERB")
    if target.pos == "VERB":
        first, last = _clause_span(doc, target)
    return _Candidate(kind, status, found_by, first, last, _subject(doc, token))


def _infinitive_after(doc: RussianDoc, verb: Token) -> list[Token]:
    """The first infinitive after a verb of agreeing or instructing, before the sentence ends."""
    sentence = doc.sentences[verb.sentence]
    for token in doc.tokens[verb.i + 1 : min(verb.i + 12, sentence.last + 1)]:
        if token.pos == "VERB" and token.feats.get("VerbForm") == "Inf":
            return [token]
    return []


def _clause_span(doc: RussianDoc, verb: Token) -> tuple[int, int]:
    """An infinitive with its objects: "проработать вопрос о более эффективной работе институтов"."""
    sentence = doc.sentences[verb.sentence]
    last = verb.i
    while last < sentence.last and doc.tokens[last + 1].text not in (",", ";", ".", ":") and last - verb.i < 14:
        last += 1
    return verb.i, last


def _membership_candidate(doc: RussianDoc, token: Token) -> _Candidate | None:
    """"участвует ... в качестве государства-наблюдателя": a status taken up in an organization."""
    data = table("initiatives")
    if token.lemma != "качество" or token.i == 0 or doc.tokens[token.i - 1].lemma != "в":
        return None
    nxt = doc.tokens[token.i + 1] if token.i + 1 < len(doc.tokens) else None
    if nxt is None or not any(n in nxt.lemma for n in data["membership_nouns"]):
        return None
    first, last = phrase_span(doc, nxt, left=False)
    head = doc.tokens[token.head] if token.head is not None else None
    return _Candidate("other", "in_progress", "other", first, last, _subject(doc, head) if head is not None else None)


def _named_year_candidate(doc: RussianDoc, token: Token) -> _Candidate | None:
    """"Год русского языка в Китае": a named year of one country in another is a programme."""
    data = table("initiatives")
    if token.lemma not in data["named_years"] or not token.text[:1].isupper():
        return None
    if token.i == doc.sentences[token.sentence].first:
        return None
    nxt = doc.tokens[token.i + 1] if token.i + 1 < len(doc.tokens) else None
    if nxt is None or nxt.case != "gent" or nxt.pos not in ("ADJ", "NOUN"):
        return None
    first, last = phrase_span(doc, token, left=False)
    words = {t.lemma for t in doc.sentence_tokens(token.sentence)}
    status: Status = "planned" if words & set(data["future_words"]) else "in_progress"
    return _Candidate("project", status, "project_noun", first, last, None)


_FINDERS = (_document_candidate, _verb_candidate, _project_candidate, _membership_candidate, _named_year_candidate)


def extract_initiatives(doc: RussianDoc, entities: EntityIndex, published: str | None) -> list[Initiative]:
    """Return the initiatives of the text, one per title."""
    initiatives: list[Initiative] = []
    seen: dict[str, Initiative] = {}
    speakers = speaker_lines(doc.text)
    taken: list[tuple[int, int]] = []
    for token in doc.tokens:
        for finder in _FINDERS:
            candidate = finder(doc, token)
            if candidate is None or any(a <= candidate.first and candidate.last <= b for a, b in taken):
                continue
            title = nominative_phrase(doc, candidate.first, candidate.last)
            if len(title.split()) < 2:
                continue
            key = title.lower()
            if key in seen:
                seen[key].evidence.append(_span(doc, candidate))
                continue
            taken.append((candidate.first, candidate.last))
            initiative = _initiative(doc, entities, candidate, title, published, speakers, len(initiatives) + 1)
            seen[key] = initiative
            initiatives.append(initiative)
            break
    return initiatives


def _span(doc: RussianDoc, candidate: _Candidate) -> Span:
    return Span(doc.tokens[candidate.first].start, doc.tokens[candidate.last].end)


def _initiative(doc, entities, candidate, title, published, speakers, number):  # type: ignore[no-untyped-def]
    sentence = doc.sentences[doc.tokens[candidate.first].sentence]
    actors: list[str] = []
    actor = candidate.actor_token
    if actor is not None:
        entity = entities.at(actor.start, actor.end)
        if entity is not None and entity.type in ("person", "country", "organization"):
            actors.append(entity.name)
        elif actor.pos == "PRON" and actor.lemma in ("я", "мы"):
            speaker = next((s for s in speakers if s.remarks_start <= actor.start < s.remarks_end), None)
            named = entities.at(speaker.name_start, speaker.name_end) if speaker is not None else None
            if named is not None:
                actors.append(named.name)
    span = _span(doc, candidate)
    located = entities.within(span.start, span.end, ["place", "region", "country"])
    deadlines = [
        d.value for d in find_dates(doc.text[sentence.start : sentence.end], published, sentence.start)
        if d.preposition in ("до", "к")
    ]
    parties = [e.name for e in entities.within(sentence.start, sentence.end, ["country"])]
    return Initiative(
        id=f"i{number}",
        kind=candidate.kind,
        title=title,
        status=candidate.status,
        actors=actors,
        parties=parties,
        sector=sector_of(title),
        location=located[0].name if located else None,
        deadline=deadlines[0] if deadlines else None,
        evidence=[span],
        found_by=candidate.found_by,
    )
