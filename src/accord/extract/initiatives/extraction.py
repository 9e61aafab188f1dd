"""Initiatives: proposals, agreements and projects with their actors, sector, status and schedule."""

from __future__ import annotations

import re

import numpy
from spacy.attrs import LEMMA
from spacy.tokens import Doc
from spacy.tokens import Span as Sentence

from accord.extract.entities.index import EntityIndex
from accord.extract.initiatives.agreements import find_agreements
from accord.extract.initiatives.candidates import Candidate
from accord.extract.initiatives.financing import find_financing
from accord.extract.initiatives.formats import find_formats
from accord.extract.initiatives.framing import framing_of
from accord.extract.initiatives.merging import merged
from accord.extract.initiatives.named import find_named
from accord.extract.initiatives.projects import find_projects
from accord.extract.initiatives.proposals import find_proposals
from accord.extract.initiatives.schedule import deadline_in, milestones_in, period_end_in, status_in
from accord.extract.initiatives.signatories import signatories
from accord.extract.initiatives.titles import names_a_thing
from accord.extract.language.cues import initiative_cues
from accord.extract.language.sectors import classify_sector
from accord.nlp import text_of
from accord.record import Entity, EntityType, Figure, Initiative, Span, Status

_PLACES: tuple[EntityType, ...] = ("place", "region")
_LOCATIONS: tuple[EntityType, ...] = ("place", "region", "country")
_PARTIES: tuple[EntityType, ...] = ("country", "organization")
_ACTORS: tuple[EntityType, ...] = ("person", "country", "organization")
# A later sentence of the same paragraph that goes on about the last project ("the project is being
# implemented", "at the peak of construction") adds to its status, schedule and figures.
_BOTH_SIDES = re.compile(r"\b[Tt]he (?:two )?(?:parties|sides)\b")
_FOLLOW_UP = re.compile(
    r"\b(?:the|this|its)\s+(?:project|plant|facility|complex|station|hub|centre|center|first\s+unit)\b"
    # "construction has begun" goes on about the last project; "construction of X" names another.
    r"|\bconstruction\b(?!\s+of\b)",
    re.IGNORECASE,
)


def _gate_hashes(doc: Doc) -> numpy.ndarray:
    cues = initiative_cues()
    words = cues.trigger_lemmas | cues.agreement_nouns
    strings = doc.vocab.strings
    return numpy.array(
        sorted({strings.add(w) for w in words} | {strings.add(w.capitalize()) for w in words}), dtype=numpy.uint64
    )


def _candidates_in(sentence: Sentence, entities: EntityIndex) -> list[Candidate]:
    found = find_proposals(sentence, entities)
    taken = {
        t.i
        for c in found
        for t in sentence.doc.char_span(c.title_span.start, c.title_span.end, alignment_mode="expand") or ()
    }
    found += find_agreements(sentence, entities, taken)
    found += find_projects(sentence, entities, taken)
    found += find_named(sentence, entities, taken)
    found += find_financing(sentence, entities, taken)
    found += find_formats(sentence, entities, taken)
    return [candidate for candidate in found if _names_a_thing(candidate, sentence.doc)]


def _names_a_thing(candidate: Candidate, doc: Doc) -> bool:
    """Tell a title that names a thing from one that is only a sum ("allocating another 10 billion rubles")."""
    title = doc.char_span(candidate.title_span.start, candidate.title_span.end, alignment_mode="expand")
    return title is None or any(names_a_thing(token) for token in title)


def _follows_up(project: Candidate | None, sentence: Sentence, text: str) -> bool:
    if project is None or "\n" in text[project.description.end : sentence.start_char]:
        return False
    return bool(_FOLLOW_UP.search(sentence.text))


def _names_again(candidate: Candidate | None, sentence: Sentence) -> bool:
    """Tell whether a sentence's subject is the candidate named again ("... the Centre. The centre will ...")."""
    if candidate is None:
        return False
    title_words = set(candidate.title.casefold().split())
    subjects = [t for t in sentence if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in title_words]
    return any(c.lower_ in ("the", "this") for subject in subjects for c in subject.lefts)


def find_candidates(doc: Doc, entities: EntityIndex, text: str) -> list[Candidate]:
    """Return every initiative candidate of a document, in text order, follow-up sentences attached."""
    gate = _gate_hashes(doc)
    # Cues seen up to each token: a sentence holds one when the count grows across it.
    seen = numpy.concatenate(([0], numpy.cumsum(numpy.isin(doc.to_array([LEMMA]), gate))))
    candidates: list[Candidate] = []
    last_project: Candidate | None = None
    last: Candidate | None = None
    listed: list[Span] = []  # the lines of lists already read from the line that introduces them
    for sentence in doc.sents:
        if any(line.start < sentence.end_char and sentence.start_char < line.end for line in listed):
            continue
        # The lemma check keeps the dependency-tree work to the few sentences that can hold an initiative.
        relevant = seen[sentence.end] > seen[sentence.start]
        found = _candidates_in(sentence, entities) if relevant else []
        listed += [c.description for c in found if c.description.start >= sentence.end_char]
        if found:
            candidates += found
            last_project = next((c for c in reversed(found) if c.kind == "project"), last_project)
            last = found[-1]
        elif _names_again(last, sentence):
            assert last is not None
            last.context.append(Span(sentence.start_char, sentence.end_char))
        elif _follows_up(last_project, sentence, text):
            assert last_project is not None
            last_project.context.append(Span(sentence.start_char, sentence.end_char))
    return candidates


def _after_preposition(place: Entity, start: int, end: int, text: str, pattern: str) -> bool:
    """Tell whether a mention of `place` inside [start, end) follows one of the prepositions `pattern` names."""
    return any(
        start <= m.start < end and re.search(rf"\b(?:{pattern})\s+(?:the\s+)?$", text[max(m.start - 12, 0) : m.start])
        for m in place.mentions
    )


def _location(candidate: Candidate, entities: EntityIndex, text: str) -> str | None:
    """Return the place an initiative is in: a cut "in Bukhara", an "in/at <place>" inside it, the one country
    its name carries ("the Norland Compact"), or where a project or a sum goes ("a loan ... in India")."""
    if candidate.location_hint is not None:
        places = entities.within(candidate.location_hint.start, candidate.location_hint.end, _PLACES)
        if places:
            return places[0].name
    extent = candidate.extent
    for place in entities.within(extent.start, extent.end, _LOCATIONS):
        if _after_preposition(place, extent.start, extent.end, text, "in|at|near"):
            return place.name
    title = candidate.title_span
    # Only a country before the head word names the initiative after it: not "a company with Kyrgyzstan".
    head_at = title.start + max(candidate.title.rfind(candidate.head_word), 0)
    countries = entities.within(title.start, head_at, ("country",))
    if len(countries) == 1 and not re.search(r"\w[-–]\w", candidate.title):
        return countries[0].name  # "the Senegal Power Compact"; not "the U.S.-Peru Agreement"
    for country in entities.within(title.start, title.end, ("country",)):
        if _after_preposition(country, title.start, title.end, text, "to|in"):
            return country.name  # "development assistance to Mongolia"
    if candidate.kind == "project":
        described = candidate.description
        for place in entities.within(title.end, described.end, _LOCATIONS):
            if _after_preposition(place, title.end, described.end, text, "in|at|near|to"):
                return place.name
    return None


def _names_most_of(name: str, title: str) -> bool:
    """Tell an entity that is the initiative's own name ("Effective Governance for Growth" in its programme)."""
    words = title.casefold().split()
    return name.casefold() in title.casefold() and len(name.split()) * 2 > len(words)


def _figures_about(candidate: Candidate, figures: list[Figure]) -> list[str]:
    spans = candidate.context
    return [f.id for f in figures if any(s.start <= e.start and e.end <= s.end for e in f.evidence for s in spans)]


def _co_actors(doc: Doc, candidate: Candidate, entities: EntityIndex) -> list[Entity]:
    """Return who acts together with the actor: "Smith and Jones signed" gives Jones beside Smith."""
    assert candidate.actor is not None
    found: list[Entity] = []
    described = candidate.description
    for mention in candidate.actor.mentions:
        if not described.start <= mention.start < described.end:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        for conj in span.root.conjuncts if span is not None else ():
            other = entities.at(conj.left_edge.idx, conj.idx + len(conj))
            if other is not None and other.type in _ACTORS and other is not candidate.actor and other not in found:
                found.append(other)
    return found


def _status(candidate: Candidate, context: list[str]) -> Status:
    """Return the status the context's cues tell, else what a participle of the project told, else the kind's."""
    told = status_in(context, candidate.kind)
    return candidate.status_hint if told == "unknown" and candidate.status_hint is not None else told


def _initiative(
    number: int,
    candidate: Candidate,
    doc: Doc,
    text: str,
    entities: EntityIndex,
    figures: list[Figure],
    published: str | None,
) -> Initiative:
    context = [text[s.start : s.end] for s in candidate.context]
    description = text[candidate.description.start : candidate.description.end].strip()
    actors = [candidate.actor, *_co_actors(doc, candidate, entities)] if candidate.actor is not None else []
    # An organization named after the initiative's own head word is the initiative, not a party to it.
    parties = [
        e
        for e in entities.within(candidate.extent.start, candidate.extent.end, _PARTIES)
        if e not in actors
        and candidate.head_word.casefold() not in e.name.casefold().split()
        and not _names_most_of(e.name, candidate.title)
    ]
    if candidate.kind == "agreement" and _BOTH_SIDES.search(description):
        # "the parties signed": the two countries the document is about.
        countries = entities.most_mentioned_countries()
        parties += [c for c in countries if c not in parties and len(countries) == 2]
    if candidate.kind in ("agreement", "other"):
        # "the U.S.-Peru Trade Agreement", "a compact with Norland": the sides it binds undertake it too.
        actors += [p for p in signatories(candidate, parties, entities, text) if p not in actors]
    elif candidate.found_by == "financing":
        # "a $50 million loan to Acme Foods": the recipient takes part in what it is lent for.
        actors += [p for p in parties if p not in actors and p.type == "organization"]
    milestones = [m for chunk in context for m in milestones_in(chunk, published)]
    return Initiative(
        id=f"initiative-{number}",
        kind=candidate.kind,
        title=candidate.title,
        status=candidate.status or _status(candidate, context),
        description=re.sub(r"\s+", " ", description),
        actors=[a.name for a in actors],
        parties=[p.name for p in parties],
        sector=classify_sector(candidate.title, description),
        location=_location(candidate, entities, text),
        deadline=period_end_in(text[candidate.extent.start : candidate.extent.end], published)
        or next((d for chunk in context if (d := deadline_in(chunk, published))), None),
        milestones=milestones,
        figures=_figures_about(candidate, figures),
        evidence=[candidate.description, *candidate.context[1:]],
        found_by=candidate.found_by,
        framing=framing_of(doc, candidate.title_span),
    )


def extract_initiatives(
    doc: Doc, entities: EntityIndex, figures: list[Figure], published: str | None
) -> list[Initiative]:
    """Find the proposals, agreements and projects a document reports, each with its sources."""
    text = text_of(doc)
    candidates = merged(find_candidates(doc, entities, text), doc)
    return [_initiative(n, c, doc, text, entities, figures, published) for n, c in enumerate(candidates, start=1)]
