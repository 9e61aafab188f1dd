"""Proposals: what a speaker proposes, suggests, calls for or announces, in prose and in bulleted lists."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as Sentence
from spacy.tokens import Token

from accord.extract.entities.index import EntityIndex
from accord.extract.initiatives.actors import actor_of
from accord.extract.initiatives.candidates import Candidate
from accord.extract.initiatives.items import is_specific, make_candidate, object_of, separable_conjuncts
from accord.extract.initiatives.lists import list_lines, listed_candidates
from accord.extract.language.cues import initiative_cues
from accord.record import InitiativeKind, Span, Status

_NOUNS = frozenset({"NOUN", "PROPN"})
_VERBS = frozenset({"VERB", "AUX"})

Item = tuple[Token, bool]  # an item's head, and whether a construction verb governs it ("to build X")


def reporting_verbs(sentence: Sentence) -> Iterator[Token]:
    """Yield the verbs of a sentence that put something forward ("proposed", "called for", "announced")."""
    cues = initiative_cues()
    reporting = cues.proposal_verbs | cues.announcement_verbs
    for token in sentence:
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB" or lemma not in reporting or token.dep_ in ("amod", "acl", "relcl"):
            continue
        particles = cues.verb_particles.get(lemma)
        if particles and not any(child.lower_ in particles for child in token.children):
            continue
        yield token


def _object_heads(verb: Token) -> list[Token]:
    cues = initiative_cues()
    construction = cues.construction_verbs if verb.lemma_.lower() in cues.announcement_verbs else frozenset()
    heads = []
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ in ("dobj", "xcomp", "ccomp", "oprd"):
            heads.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("for", "with"):
            heads.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
        elif child.dep_ == "advcl" and child.lemma_.lower() in construction and child.tag_ == "VB":
            heads.append(child)  # "announced the start of work to build an airport"
        elif (
            child.dep_ == "advcl"
            and child.tag_ == "VBG"
            and "as well as" in child.doc[max(child.left_edge.i - 3, 0) : child.i].text.replace("\u00a0", " ")
        ):
            heads.append(child)
    return heads


def _relayed(noun: Token) -> list[Token]:
    """Return what "the start of X", "the idea to create X" or "projects to build X" are about."""
    found: list[Token] = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            found.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
        elif child.dep_ in ("acl", "relcl") and child.pos_ in _VERBS:
            found.append(child)
    return found


def _misattached_gerunds(verb: Token, obj: Token | None) -> Iterator[Token]:
    """Yield gerunds the parser hung inside a purpose clause ("to develop X and granting Y")."""
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "xcomp")]
    if obj is not None:
        clauses += [c for c in obj.children if c.dep_ in ("acl", "relcl", "prep")]
    for clause in clauses:
        for token in clause.subtree:
            if (
                token.dep_ == "conj"
                and token.tag_ == "VBG"
                and token.head.pos_ in _VERBS
                and token not in verb.conjuncts
                and object_of(token) is not None
            ):
                yield token


def expand(token: Token, built: bool = False) -> Iterator[Item]:
    """Yield the items an object stands for: itself, its coordinated siblings, or what it relays to."""
    cues = initiative_cues()
    lemma = token.lemma_.lower()
    if token.pos_ in _NOUNS:
        if lemma in cues.agent_nouns:
            return
        if lemma in cues.relay_nouns or (lemma in cues.generic_nouns and not is_specific(token)):
            for target in _relayed(token):
                yield from expand(target, built or lemma in cues.project_relay_nouns)
            return
        yield token, built
        for conj in separable_conjuncts(token):
            yield from expand(conj, built)
    elif token.pos_ in _VERBS:
        # "we propose to discuss X": what a meeting does is no initiative, though a verb joined to it may be.
        obj = object_of(token) if lemma not in cues.procedural_verbs else None
        if obj is not None and obj.tag_ in ("JJR", "RBR"):
            obj = None  # "investing more in X": an amount of doing, no thing undertaken
        builds = built or lemma in cues.construction_verbs
        if obj is not None:
            obj_lemma = obj.lemma_.lower()
            if lemma in cues.light_verbs and (obj_lemma in cues.relay_nouns or not is_specific(obj)):
                yield from expand(obj, builds)
            else:
                yield token, builds
                for conj in separable_conjuncts(obj):
                    yield from expand(conj, builds)
        for conj in separable_conjuncts(token):
            yield from expand(conj, built)
        for nested in _misattached_gerunds(token, obj):
            yield from expand(nested, built)


def _proposal_like(root: Token) -> bool:
    """Tell "supported the idea of a hub" or "offered to build" from "supported families" or "offered condolences"."""
    cues = initiative_cues()
    if root.pos_ in _VERBS:
        return True
    return root.lemma_.lower() in cues.proposal_nouns | cues.relay_nouns | cues.project_nouns | cues.agreement_nouns


def find_proposals(sentence: Sentence, entities: EntityIndex) -> list[Candidate]:
    """Return the proposals (and announced projects) a sentence reports, with their proposer."""
    cues = initiative_cues()
    found: list[Candidate] = []
    description = Span(sentence.start_char, sentence.end_char)
    for verb in reporting_verbs(sentence):
        lines = list_lines(verb)
        if lines:
            proposes = verb.lemma_.lower() in cues.proposal_verbs
            listed_kind: InitiativeKind = "proposal" if proposes else "project"
            found.extend(listed_candidates(verb, lines, listed_kind, "proposed" if proposes else None, entities))
            continue
        actor = actor_of(verb, entities)
        if actor is None:
            continue
        announces = verb.lemma_.lower() in cues.announcement_verbs
        for root in _object_heads(verb):
            if verb.lemma_.lower() in cues.strict_proposal_verbs and not _proposal_like(root):
                continue
            for head, built in expand(root):
                if announces and not (built or head.lemma_.lower() in cues.project_nouns):
                    continue
                kind: InitiativeKind = "project" if announces else "proposal"
                status: Status | None = None if announces else "proposed"
                # "He announced that Acme would build a plant": the builder named in the clause acts in it.
                doer = actor_of(head, entities) if announces and head.pos_ in _VERBS else None
                candidate = make_candidate(
                    head, (sentence.start, sentence.end), kind, status, doer or actor, description
                )
                if candidate is not None:
                    candidate.found_by = "announcement_verb" if announces else "proposal_verb"
                    if announces:
                        candidate.context = [description]
                    found.append(candidate)
    return found
