"""Initiatives of a Russian text: documents signed or drafted, things agreed or proposed, projects built or launched."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from accord.extract.entities.index import EntityIndex
from accord.extract.ru.dates import find_dates
from accord.extract.ru.lexicon import table, word_class
from accord.extract.ru.phrases import nominative_phrase, phrase_head
from accord.extract.ru.speakers import SpeakerLine, speaker_lines
from accord.extract.ru.subtrees import phrase_span
from accord.nlp.russian import RussianDoc, Token
from accord.record import Entity, Initiative, InitiativeKind, Span, Status

_PRONOUNS = {"PRON", "DET"}
_CLAUSE_ENDS = (",", ";", ".", ":", "»", "“", "”")  # a quotation's end ends the clause it holds
# How far back a frame noun ("в рамках СНГ, Договора о ...") reaches over a list.
FRAME_REACH = 6
# Two titles of a text sharing this many words at least, all of the shorter's, name one initiative told twice.
MIN_SHARED_WORDS = 3


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


@cache
def _heads() -> frozenset[str]:
    """The nouns that head an initiative's title: a conjunction before one of them starts another initiative."""
    data = table("initiatives")
    return frozenset([*data["documents"], *data["projects"], *(k.split()[-1] for k in data["two_word_documents"])])


def _is_document(doc: RussianDoc, token: Token) -> bool:
    data = table("initiatives")
    if token.pos not in ("NOUN", "PROPN"):
        return False
    previous = doc.tokens[token.i - 1] if token.i > 0 else None
    two_words = f"{previous.lemma} {token.lemma}" if previous is not None else ""
    return token.lemma in data["documents"] or two_words in data["two_word_documents"]


def _governor(doc: RussianDoc, token: Token) -> str:
    """The word that says what happens to a document: its head noun ("проект декларации") or its nearest verb,
    reached through the documents it is listed with ("подписали соглашение ... и меморандум")."""
    statuses = table("initiatives")["document_statuses"]
    current = token
    for _ in range(6):
        if current.head is None:
            return ""
        current = doc.tokens[current.head]
        if current.lemma in statuses or current.pos == "VERB":
            return current.lemma
    return ""


def _document_candidate(doc: RussianDoc, token: Token) -> _Candidate | None:
    data = table("initiatives")
    if not _is_document(doc, token):
        return None
    children = doc.children(token)
    if _anaphoric(doc, token):
        return None
    head = doc.tokens[token.head] if token.head is not None else None
    governor = _governor(doc, token)
    if _framed(doc, token):
        return None  # "в рамках Договора": a framework already in place, not a new initiative
    status = data["document_statuses"].get(governor)
    named = token.text[:1].isupper() and token.i != doc.sentences[token.sentence].first
    has_topic = any(c.rel == "nmod" and (c.case == "gent" or _preposition(doc, c) in ("о", "по")) for c in children)
    plural = token.feats.get("Number") == "Plur"
    if status is None and (plural or not (named or has_topic)):
        return None
    first, last = phrase_span(doc, token, heads=_heads())
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
    """ "этих соглашений", "создание этой организации": the words point back to something already named."""
    return any(c.lemma in ("этот", "это", "тот") or c.pos == "PRON" for c in doc.children(token))


def _project_candidate(doc: RussianDoc, token: Token) -> _Candidate | None:
    data = table("initiatives")
    if token.lemma not in data["projects"] or token.pos != "NOUN":
        return None
    first, last = phrase_span(doc, token, left=False, heads=_heads())
    objects = [
        t
        for t in doc.tokens[token.i + 1 : last + 1]
        if t.case == "gent" and t.pos in ("NOUN", "PROPN") and t.lemma not in word_class("time_nouns")
    ]
    if not objects or _anaphoric(doc, objects[0]) or doc.tokens[token.i + 1].pos == "DET":
        return None
    head = doc.tokens[token.head] if token.head is not None else None
    if head is not None and any(head.lemma.endswith(a) for a in data["anniversary_nouns"]):
        return None  # "пятилетие создания" is an anniversary
    status = data["projects"][token.lemma]
    return _Candidate("project", status, "project_noun", first, last, None)


def _is_object(doc: RussianDoc, child: Token, need: str | None, clauses: bool) -> bool:
    preposition = _preposition(doc, child)
    if need in ("за", "с"):
        return preposition == need and child.rel == "obl"
    if child.pos in _PRONOUNS:
        return False
    if need == "obj":
        return child.rel == "obj"
    if child.pos == "NOUN":
        return child.rel == "obj" or (child.rel == "obl" and preposition == "о")
    return clauses and child.pos == "VERB" and child.rel in ("xcomp", "ccomp")


def _verb_objects(doc: RussianDoc, verb: Token, need: str | None, clauses: bool) -> list[Token]:
    """What a verb of agreeing or proposing is about: the object it needs, "о" + a noun, or an infinitive."""
    objects = [child for child in doc.children(verb) if _is_object(doc, child, need, clauses)]
    if not objects and clauses:
        objects = _infinitive_after(doc, verb)
    return objects


def _content(doc: RussianDoc, target: Token) -> Token | None:
    """The words an initiative is: "за то, чтобы перевести ..." is the clause, "с инициативой создать ..." the
    infinitive, "предложение о создании ..." its topic; a bare "это предложение" points back and is nothing."""
    if target.pos in _PRONOUNS:
        clauses = [c for c in doc.children(target) if c.rel in ("acl", "ccomp", "advcl") and c.pos == "VERB"]
        return clauses[0] if clauses else None
    if target.lemma in table("initiatives")["cue_nouns"]:
        topics = [c for c in doc.children(target) if c.pos == "NOUN" and _preposition(doc, c) in ("о", "по")]
        if topics:
            return topics[0]
        after = _infinitive_after(doc, target, reach=3)
        return after[0] if after else None
    return target


def _verb_candidate(doc: RussianDoc, token: Token) -> _Candidate | None:
    data = table("initiatives")
    if token.pos != "VERB" or token.lemma not in data["verbs"]:
        return None
    kind, status, found_by = data["verbs"][token.lemma]
    need = data["verb_objects_need"].get(token.lemma)
    objects = _verb_objects(doc, token, need, token.lemma in data["verbs_with_clause"])
    target = _content(doc, objects[0]) if objects else None
    if target is None:
        return None
    if target.pos == "VERB":
        first, last = _clause_span(doc, target)
    else:
        first, last = phrase_span(doc, target, heads=_heads())
    return _Candidate(kind, status, found_by, first, last, _subject(doc, token))


def _infinitive_after(doc: RussianDoc, word: Token, reach: int = 12) -> list[Token]:
    """The first infinitive within `reach` words after a verb of agreeing or instructing (or a cue noun)."""
    sentence = doc.sentences[word.sentence]
    for token in doc.tokens[word.i + 1 : min(word.i + reach + 1, sentence.last + 1)]:
        if token.pos == "VERB" and token.feats.get("VerbForm") == "Inf":
            return [token]
    return []


def _clause_span(doc: RussianDoc, verb: Token) -> tuple[int, int]:
    """An infinitive with its objects: "проработать вопрос о более эффективной работе институтов"."""
    sentence = doc.sentences[verb.sentence]
    last = verb.i
    while last < sentence.last and doc.tokens[last + 1].text not in _CLAUSE_ENDS and last - verb.i < 14:
        last += 1
    return verb.i, last


def _membership_candidate(doc: RussianDoc, token: Token) -> _Candidate | None:
    """ "участвует ... в качестве государства-наблюдателя": a status taken up in an organization."""
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
    """ "Год русского языка в Китае": a named year of one country in another is a programme."""
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


def _completion_candidate(doc: RussianDoc, token: Token) -> _Candidate | None:
    """ "введена в эксплуатацию первая очередь станции", "запущен энергоблок": a project done, or to be done
    ("планируется ввести в эксплуатацию ...")."""
    verbs = table("initiatives")["completion_verbs"]
    if token.pos != "VERB" or token.lemma not in verbs or token.lemma == "about":
        return None
    children = doc.children(token)
    needed = verbs[token.lemma]
    if needed and not any(c.lemma in needed and c.rel == "obl" for c in children):
        return None
    infinitive = token.feats.get("VerbForm") == "Inf"
    wanted = ("obj",) if infinitive else ("nsubj:pass", "nsubj")
    done = next((c for c in children if c.rel in wanted and c.pos == "NOUN" and not _anaphoric(doc, c)), None)
    if done is None:
        return None
    first, last = phrase_span(doc, done, heads=_heads())
    return _Candidate("project", "planned" if infinitive else "completed", "construction_verb", first, last, None)


_FINDERS = (
    _document_candidate,
    _verb_candidate,
    _project_candidate,
    _completion_candidate,
    _membership_candidate,
    _named_year_candidate,
)


def extract_initiatives(doc: RussianDoc, entities: EntityIndex, published: str | None) -> list[Initiative]:
    """Return the initiatives of the text, one per title; one told twice (a headline, the body) is one."""
    initiatives: list[Initiative] = []
    words: list[frozenset[str]] = []  # the content lemmas of each initiative's title, by position
    speakers = speaker_lines(doc.text)
    taken: list[tuple[int, int]] = []
    for token in doc.tokens:
        for finder in _FINDERS:
            candidate = finder(doc, token)
            if candidate is None or any(a <= candidate.first and candidate.last <= b for a, b in taken):
                continue
            candidate.last = _without_trailing_date(doc, candidate, published)
            title = nominative_phrase(doc, candidate.first, candidate.last)
            if len(title.split()) < 2:
                continue
            lemmas = _content_lemmas(doc, candidate)
            same = next((n for n, told in enumerate(words) if _told_again(lemmas, told)), None)
            if same is not None and len(title) <= len(initiatives[same].title):
                initiatives[same].evidence.append(_span(doc, candidate))
                continue
            taken.append((candidate.first, candidate.last))
            number = same + 1 if same is not None else len(initiatives) + 1
            initiative = _initiative(doc, entities, candidate, title, published, speakers, number)
            if same is None:
                initiatives.append(initiative)
                words.append(lemmas)
            else:
                # the fuller telling (the body's, mostly) speaks for both: a headline sums up
                initiative.evidence = sorted([*initiatives[same].evidence, *initiative.evidence])
                initiatives[same], words[same] = initiative, lemmas | words[same]
            break
    return initiatives


def _content_lemmas(doc: RussianDoc, candidate: _Candidate) -> frozenset[str]:
    tokens = doc.tokens[candidate.first : candidate.last + 1]
    return frozenset(t.lemma for t in tokens if t.pos in ("NOUN", "PROPN", "ADJ", "VERB") and t.lemma.isalpha())


def _told_again(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two titles of a text name one initiative: the words of the shorter, three at least, are all
    the longer's ("дорожную карту промышленной кооперации" / "дорожная карта по расширению промышленной кооперации")."""
    shorter, longer = sorted((ours, theirs), key=len)
    return len(shorter) >= MIN_SHARED_WORDS and shorter <= longer


def _without_trailing_date(doc: RussianDoc, candidate: _Candidate, published: str | None) -> int:
    """Where a title ends once a deadline closing it ("... до 2027 года") is left to the deadline."""
    start, end = doc.tokens[candidate.first].start, doc.tokens[candidate.last].end
    dates = find_dates(doc.text[start:end], published, start)
    if not dates or dates[-1].end < end - 1 or dates[-1].preposition not in ("до", "к"):
        return candidate.last
    last = candidate.last
    while last > candidate.first and doc.tokens[last].start >= dates[-1].start:
        last -= 1
    while last > candidate.first and doc.tokens[last].pos in ("ADP", "CCONJ", "PUNCT"):
        last -= 1
    return last


def _span(doc: RussianDoc, candidate: _Candidate) -> Span:
    return Span(doc.tokens[candidate.first].start, doc.tokens[candidate.last].end)


def _actor(doc: RussianDoc, entities: EntityIndex, subject: Token | None, speakers: list[SpeakerLine]) -> str | None:
    """Who acts: the subject's entity, the country of a title standing for it ("Президент Узбекистана предложил"),
    or the transcript's speaker for "я" and "мы"."""
    if subject is None:
        return None
    for word in (subject, *(c for c in doc.children(subject) if c.rel in ("appos", "flat:name", "nmod"))):
        entity = entities.at(word.start, word.end)
        if entity is not None and entity.type in ("person", "country", "organization"):
            return entity.name
    if subject.pos == "PRON" and subject.lemma in ("я", "мы"):
        speaker = next((s for s in speakers if s.remarks_start <= subject.start < s.remarks_end), None)
        named = entities.at(speaker.name_start, speaker.name_end) if speaker is not None else None
        return named.name if named is not None else None
    return None


def _where_done(doc: RussianDoc, entities: EntityIndex, candidate: _Candidate) -> list[Entity]:
    """The place the verb of a project's sentence puts it ("В Самаркандской области введена первая очередь ...")."""
    head = phrase_head(doc, candidate.first, candidate.last)
    verb = doc.tokens[head.head] if head.head is not None else None
    if verb is None or verb.pos != "VERB":
        return []
    found = []
    for child in doc.children(verb):
        entity = entities.at(child.start, child.end) if child.rel == "obl" else None
        if entity is not None and entity.type in ("place", "region") and _preposition(doc, child) in ("в", "на"):
            found.append(entity)
    return found


def _initiative(
    doc: RussianDoc,
    entities: EntityIndex,
    candidate: _Candidate,
    title: str,
    published: str | None,
    speakers: list[SpeakerLine],
    number: int,
) -> Initiative:
    sentence = doc.sentences[doc.tokens[candidate.first].sentence]
    actor = _actor(doc, entities, candidate.actor_token, speakers)
    actors = [actor] if actor else []
    span = _span(doc, candidate)
    located = entities.within(span.start, span.end, ["place", "region", "country"]) or _where_done(
        doc, entities, candidate
    )
    dates = find_dates(doc.text[sentence.start : sentence.end], published, sentence.start)
    deadlines = [d.value for d in dates if d.preposition in ("до", "к")]
    # "программа ... на 2026–2028 годы": a plan for a span of years runs to its last
    deadlines += [
        d.value.split("/")[1]
        for d in dates
        if d.preposition == "на" and "/" in d.value and span.start <= d.start < span.end
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
