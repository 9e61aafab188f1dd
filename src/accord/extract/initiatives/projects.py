"""Projects: plants, corridors, hubs and programmes being built, run or paid for."""

from __future__ import annotations

from spacy.tokens import Span as Sentence
from spacy.tokens import Token

from accord.extract.entities.index import EntityIndex
from accord.extract.initiatives.actors import actor_of
from accord.extract.initiatives.aspect import relay_verb, verb_status
from accord.extract.initiatives.candidates import Candidate
from accord.extract.initiatives.items import is_specific, make_candidate
from accord.extract.initiatives.lists import list_lines, listed_candidates
from accord.extract.language.cues import initiative_cues
from accord.extract.language.numbers import unit_at
from accord.record import Entity, InitiativeKind, Span, Status

_AMOUNTS = frozenset({"MONEY", "QUANTITY"})


def _construction_verb(noun: Token) -> Token | None:
    """Return the verb that builds, launches or runs `noun` ("build a plant", "the plant, built in 2019")."""
    cues = initiative_cues()
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in cues.construction_verbs:
        return noun.head
    # As a subject, only a project named here is a new one: "the plant" alone goes back to one named before,
    # and "the first unit is to be commissioned in 2029" dates a step of a project, a milestone.
    if noun.dep_ in ("nsubj", "nsubjpass") and _named_here(noun):
        # "the construction complex has implemented major projects": who builds projects is no project.
        builds = any(c.dep_ == "dobj" and c.lemma_.lower() in cues.project_nouns for c in noun.head.children)
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in cues.activity_verbs and not builds:
            return noun.head  # "the Rogun plant will produce 13 billion kWh a year"
        # "the new hub is scheduled to open in 2026", "the bypass road is expected to be completed"
        for action in (c for c in noun.head.children if c.dep_ == "xcomp"):
            if action.lemma_.lower() in cues.construction_verbs:
                return action
    # "a wind farm in the north built by X": the parser often hangs the clause on the place instead.
    places = [pobj for prep in noun.children if prep.dep_ == "prep" for pobj in prep.children if pobj.dep_ == "pobj"]
    for owner in (noun, *places):
        for child in owner.children:
            if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in cues.activity_verbs:
                return child
    return None


def _named_here(noun: Token) -> bool:
    """Tell "the Rogun hydropower plant" or "the new logistics hub" from "the plant" or "the first unit"."""
    if any(c.ent_type_ == "ORDINAL" for c in noun.children):
        return False
    # Only words before the noun name it: "the new hub", not "the project, worth $50 million".
    return noun.pos_ == "PROPN" or any(
        c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < noun.i for c in noun.children
    )


_NEW = frozenset({"new", "first", "future", "second", "another"})  # "its new plant": one more


def _refers_back(noun: Token) -> bool:
    """Tell "the plant" or "this station", which point back, and "its retail network", which its owner
    has already, from a project named where it stands ("its new plant" is one)."""
    pointing = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "its") for c in noun.children)
    if pointing and noun.pos_ == "NOUN" and not _named_here(noun) and noun.dep_ in ("nsubj", "nsubjpass"):
        return True
    owned = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children)
    return owned and noun.pos_ == "NOUN" and not any(c.lower_ in _NEW for c in noun.children)


def _relayed_by_work(noun: Token) -> bool:
    """Tell "the construction of a plant", "the creation of a hub" and "work on the road" from "a plant"."""
    preposition = noun.head
    if noun.dep_ != "pobj":
        return False
    relay = preposition.head.lemma_.lower()
    return (preposition.lower_ == "of" and relay in initiative_cues().project_relay_nouns) or (
        preposition.lower_ == "on" and relay == "work"
    )


def _names_a_project(noun: Token) -> bool:
    """Tell "a plant" or "the pipeline extension" (a project noun inside the name) from "an extension"; the
    work on a kind of project ("road construction", "port development") names one only with a proper name
    ("the Westport port expansion")."""
    cues = initiative_cues()
    compounds = [c for c in noun.children if c.dep_ == "compound"]
    of_a_project = any(c.lemma_.lower() in cues.project_nouns for c in compounds)
    if noun.lemma_.lower() in cues.project_relay_nouns:
        return of_a_project and any(c.pos_ == "PROPN" for c in compounds)
    return noun.lemma_.lower() in cues.project_nouns or of_a_project


def _has_amount(noun: Token) -> bool:
    """Tell whether a cost or a capacity is attached: "$280 million", "a 500 MW wind farm"."""
    return any(
        t.ent_type_ in _AMOUNTS or (t.like_num and t.i + 1 < len(t.doc) and unit_at([t.doc[t.i + 1].lower_])[0])
        for t in noun.subtree
        if t.dep_ != "conj"
    )


def _untensed(verb: Token) -> bool:
    """Tell a bare "creating schools" (an idea put forward) from "will build" or "is building" (a plan or work)."""
    return verb.tag_ in ("VBG", "VB") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _status_of_the_means(verb: Token) -> Status | None:
    """Return the status a gerund of means takes from the verb it serves: "has made progress by establishing
    a centre" is done, "will cut costs by building a plant" planned; None when that verb tells neither."""
    governing = verb.head.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "by" or governing.pos_ not in ("VERB", "AUX"):
        return None
    auxiliaries = {a.lower_ for a in _auxiliaries(governing)}
    if auxiliaries & {"will", "shall"}:
        return "planned"
    if auxiliaries & {"has", "have", "had"} or (governing.tag_ == "VBD" and not auxiliaries):
        return "completed"
    return None


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _agent_of(verb: Token, entities: EntityIndex) -> Entity | None:
    """Return who a passive verb names as doing the work: "built by ACWA Power"."""
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        for name in (c for c in agent.children if c.dep_ == "pobj"):
            found = entities.at(name.left_edge.idx, name.idx + len(name))
            if found is not None and found.type in ("organization", "country", "person"):
                return found
    return None


def _listed_projects(sentence: Sentence, entities: EntityIndex) -> list[Candidate]:
    """Return the items of a list of projects a programme pays for ("The compact will fund three projects
    that will:" and bullets)."""
    cues = initiative_cues()
    for verb in sentence:
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in cues.project_nouns]
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.funding_list_verbs or not objects:
            continue
        lines = list_lines(verb)
        if lines:
            future = any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in verb.children)
            return listed_candidates(verb, lines, "project", "planned" if future else None, entities)
    return []


def find_projects(sentence: Sentence, entities: EntityIndex, taken: set[int]) -> list[Candidate]:
    """Return the specific projects a sentence shows being built, run or financed."""
    found = _listed_projects(sentence, entities)
    for noun in sentence:
        if noun.i in taken or noun.pos_ not in ("NOUN", "PROPN") or not _names_a_project(noun) or not is_specific(noun):
            continue
        if _refers_back(noun):
            continue  # "The plant will cost $420 million": the sentence goes on about a plant named before
        verb = _construction_verb(noun)
        if verb is None and not _relayed_by_work(noun) and not _has_amount(noun):
            continue
        if verb is not None and verb.dep_ == "csubj":
            continue  # "building a plant from the ground up takes three years": building in general
        # Who builds it when the sentence says so ("Russia will build a plant", "a plant built by X"),
        # else who is speaking.
        actor = _agent_of(verb, entities) if verb is not None else None
        actor = actor or actor_of(verb if verb is not None and noun.dep_ == "dobj" else sentence.root, entities)
        kind: InitiativeKind = "project"
        # The verb that builds it, or that does the work its relay noun names ("completed the
        # construction of X"), tells its status by its tense; else the cues of its sentences do.
        relay = noun.head.head if verb is None and _relayed_by_work(noun) else None
        telling = verb or (relay_verb(relay) if relay is not None else None)
        status: Status | None = None
        told = verb_status(telling, relay if relay is not None else noun) if telling is not None else None
        # A bare participle describes ("the plant, created in partnership with X"): the sentences' cues go first.
        described = telling is not None and telling.dep_ in ("acl", "relcl") and not _auxiliaries(telling)
        if not described:
            status = told
        means_status = _status_of_the_means(verb) if verb is not None else None
        if means_status is not None:
            status = means_status  # "has made progress by establishing a centre": done as the clause it serves
        elif verb is not None and _untensed(verb) and noun.dep_ == "dobj":
            kind, status = "proposal", "proposed"
        candidate = make_candidate(
            noun, (sentence.start, sentence.end), kind, status, actor, Span(sentence.start_char, sentence.end_char)
        )
        if candidate is not None:
            candidate.status_hint = told if described else None
            candidate.found_by = "construction_verb" if verb is not None else "project_noun"
            candidate.context = [candidate.description]
            found.append(candidate)
            taken.update(t.i for t in noun.subtree)
    return found
