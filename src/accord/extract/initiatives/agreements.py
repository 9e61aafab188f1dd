"""Agreements: treaties, memorandums, plans and standards signed, adopted or ratified."""

from __future__ import annotations

from spacy.tokens import Span as Sentence
from spacy.tokens import Token

from accord.extract.entities.index import EntityIndex
from accord.extract.initiatives.actors import actor_of
from accord.extract.initiatives.aspect import verb_status
from accord.extract.initiatives.candidates import Candidate
from accord.extract.initiatives.items import is_specific, make_candidate, object_of, separable_conjuncts
from accord.extract.initiatives.lists import list_lines, listed_candidates
from accord.extract.language.cues import initiative_cues
from accord.record import Span, Status

# "agreed to establish", "decided to build": what both sides commit to is agreed, not merely proposed.
_UNDERTAKING_VERBS = frozenset({"agree", "decide"})


def _agreeing_verb(noun: Token) -> Token | None:
    """Return the verb that signs or adopts `noun` ("signed a memorandum", "agreed on a plan")."""
    cues = initiative_cues()
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "signed a roadmap and a memorandum": the memorandum is signed too
    verbs = cues.agreement_verbs
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in cues.collection_nouns:
        noun = noun.head.head  # "a series of memoranda were signed"
    # "the Cooperation Agreement signed in 1989": a named one; "the statement adopted by X" only recalls one.
    signed = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in verbs]
    if signed and noun.text[:1].isupper():
        return signed[0]
    head = noun.head
    # "signed a roadmap ... and a memorandum": the parser may hang the second object on the verb itself.
    if noun.dep_ in ("dobj", "nsubjpass", "conj") and head.lemma_.lower() in cues.agreement_verbs:
        return head
    if noun.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() == "agree":
        return head.head
    return None


def _relayed_by_signing(noun: Token) -> bool:
    """Tell "the signing of the Treaty" and "the adoption of the standard" from a mere mention."""
    preposition = noun.head
    return (
        noun.dep_ == "pobj"
        and preposition.lower_ == "of"
        and preposition.head.lemma_.lower() in initiative_cues().agreement_relay_nouns
    )


def _handles_documents(verb: Token) -> bool:
    """Tell whether a verb exchanges or hands over documents: "16 documents were exchanged"."""
    cues = initiative_cues()
    nouns = cues.agreement_nouns | cues.document_nouns
    return verb.lemma_.lower() in cues.document_exchange_verbs and any(
        c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in nouns for c in verb.children
    )


def _names_what_was_signed(sentence: Sentence) -> bool:
    """Tell whether a sentence lists what the one before it signed: "... were signed. Among them are X, Y"."""
    words = [t.lower_ for t in sentence[:2]]
    lists = words in (["among", "them"], ["among", "these"]) or words[1:] in (["include"], ["included"])
    if not lists or sentence.start == 0:
        return False
    before = sentence.doc[sentence.start - 1].sent
    return any(t.lemma_.lower() in initiative_cues().agreement_verbs for t in before)


def _listed_agreements(sentence: Sentence, entities: EntityIndex) -> list[Candidate]:
    """Return the items of a list of signed documents ("... were signed, including:" and bullets)."""
    verbs = initiative_cues().agreement_verbs
    for verb in sentence:
        if verb.pos_ in ("VERB", "AUX") and (verb.lemma_.lower() in verbs or _handles_documents(verb)):
            lines = list_lines(verb)
            if lines:
                return listed_candidates(verb, lines, "agreement", "agreed", entities)
    return []


def _names_an_undertaking(noun: Token) -> bool:
    """Tell "a Business Council" or "a joint fund" from "contacts" or "cooperation"."""
    cues = initiative_cues()
    nouns = cues.project_nouns | cues.agreement_nouns | cues.proposal_nouns
    return noun.pos_ == "PROPN" or noun.lemma_.lower() in nouns


# What starts a new thing the sides can agree on, whatever it is called: "to launch a road service",
# "to resume direct flights"; not "to expand cooperation" or "to hold more meetings".
_STARTS = frozenset({"launch", "open", "build", "construct", "create", "establish", "resume", "introduce"})


def _agreed_actions(verb: Token) -> list[Token]:
    """Return what a verb of agreeing commits to: "agreed to launch X and to recognize Y" -> launch, recognize."""
    actions = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    return actions + [conj for action in actions for conj in action.conjuncts if conj.pos_ == "VERB"]


def _own_words(action: Token) -> list[Token]:
    """Return an action's words without those of the actions coordinated with it."""
    apart = {t.i for conj in action.conjuncts if conj.i > action.i for t in conj.subtree}
    return [t for t in action.subtree if t.i not in apart]


def _money_goal(action: Token) -> bool:
    """Tell whether an agreed action sets a sum to reach ("to bring trade to $5 billion")."""
    return any(t.ent_type_ == "MONEY" for t in _own_words(action))


def _agreed_undertakings(sentence: Sentence, entities: EntityIndex, taken: set[int]) -> list[Candidate]:
    """Return what the sides agree or decide to do: "agreed to establish a Business Council"."""
    found = []
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _UNDERTAKING_VERBS:
            continue
        for action in _agreed_actions(verb):
            target = object_of(action)
            if target is None or target.i in taken or not is_specific(target) or _money_goal(action):
                continue  # "agreed to raise trade to $10 billion" sets a target, not an initiative
            if not (_names_an_undertaking(target) or action.lemma_.lower() in _STARTS):
                continue  # "agreed to continue contacts": no new thing is undertaken
            if any(c.dep_ == "neg" for c in (*verb.children, *action.children)):
                continue  # "decided not to create a holding": nothing is undertaken
            if (candidate := _agreed(action, verb, sentence, entities)) is not None:
                found.append(candidate)
                taken.update(t.i for t in _own_words(action))
        found += _agreed_to_things(verb, sentence, entities, taken)
    return found


def _agreed_to_things(verb: Token, sentence: Sentence, entities: EntityIndex, taken: set[int]) -> list[Candidate]:
    """Return what the sides agree to as a thing: "agreed to regular engagement", "agreed to a ceasefire"."""
    found = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
        for thing in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            if thing.i in taken or not is_specific(thing) or any(t.ent_type_ == "MONEY" for t in thing.subtree):
                continue
            if (candidate := _agreed(thing, verb, sentence, entities)) is not None:
                found.append(candidate)
                taken.update(t.i for t in thing.subtree)
    return found


def _agreed(head: Token, verb: Token, sentence: Sentence, entities: EntityIndex) -> Candidate | None:
    """Return the agreement the sides' verb makes of what they agree to, found by that verb."""
    candidate = make_candidate(
        head,
        (sentence.start, sentence.end),
        "agreement",
        "agreed",
        actor_of(verb, entities),
        Span(sentence.start_char, sentence.end_char),
    )
    if candidate is not None:
        candidate.found_by = "undertaking_verb"
    return candidate


def _signing_status(verb: Token | None, noun: Token) -> Status:
    """Return "agreed" for an agreement signed or adopted, "planned" for one that will be ("will sign"),
    "proposed" for one put forward ("an initiative to conclude a treaty") or sought ("talks on signing")."""
    told = verb_status(verb, noun) if verb is not None else None
    if told in ("planned", "proposed"):
        return told
    return "proposed" if verb is not None and _sought(verb) else "agreed"


def _sought(verb: Token) -> bool:
    """Tell an agreement sought, not made: the topic of talks or of a proposal ("talks on signing it", "the
    proposal on adopting it") or what a state of things aims at ("talks are underway to conclude it", "our
    goal is to adopt it")."""
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head  # "to draft and adopt": the first verb stands in the clause
    if first.tag_ == "VBG" and first.dep_ == "pcomp":
        return first.head.head.pos_ == "NOUN"  # "talks on signing"; not "after signing", said of an act
    infinitive = first.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children)
    return infinitive and first.dep_ in ("advcl", "xcomp") and first.head.lemma_ == "be"


def _is_agreement_noun(noun: Token) -> bool:
    """Tell "a memorandum" or "the Trade Cooperation Document" (a document named as an agreement)."""
    cues = initiative_cues()
    if noun.lemma_.lower() in cues.agreement_nouns:
        return True
    return noun.lemma_.lower() in cues.document_nouns and any(
        c.dep_ == "compound" and c.lemma_.lower() in cues.agreement_nouns for c in noun.children
    )


def find_agreements(sentence: Sentence, entities: EntityIndex, taken: set[int]) -> list[Candidate]:
    """Return the specific agreements a sentence shows being signed, adopted or ratified, listed ones too."""
    found = _listed_agreements(sentence, entities) + _agreed_undertakings(sentence, entities, taken)
    for listed in found:
        span = sentence.doc.char_span(listed.extent.start, listed.extent.end, alignment_mode="expand")
        taken.update(t.i for t in span or ())
    for noun in sentence:
        if (
            noun.i in taken
            or noun.pos_ not in ("NOUN", "PROPN")
            or not _is_agreement_noun(noun)
            or not is_specific(noun)
        ):
            continue
        verb = _agreeing_verb(noun)
        if verb is None and not (_relayed_by_signing(noun) or _names_what_was_signed(sentence)):
            continue
        actor = actor_of(verb, entities) if verb is not None else None
        candidate = make_candidate(
            noun,
            (sentence.start, sentence.end),
            "agreement",
            _signing_status(verb, noun),
            actor,
            Span(sentence.start_char, sentence.end_char),
        )
        if candidate is not None:
            candidate.found_by = "agreement_verb" if verb is not None else "signing_noun"
            found.append(candidate)
            apart = {t.i for conj in separable_conjuncts(noun) for t in conj.subtree}
            taken.update(t.i for t in noun.subtree if t.i not in apart)
    return found
