"""Aspect: the status a project's own verb tells by its tense ("built" completed, "are building" in progress)."""

from __future__ import annotations

from spacy.tokens import Token

from accord.extract.language.cues import status_verbs
from accord.record import Status

_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re"})
_FUTURE = frozenset({"will", "shall", "'ll"})
_UNSURE = frozenset({"can", "could", "may", "might", "should", "would", "must", "ought"})


def verb_status(verb: Token, noun: Token) -> Status | None:
    """Return the status that `verb`, building, launching or running the project `noun`, tells, or None.

    "was built", "has created", "opened in 2019" are done; "are building", "is being built" and
    "launched a programme" are under way; "will build" and "plan to build" are planned; "propose to
    build" is proposed; "the plant produces" and "the plant launched production" run: a project that
    acts exists. A negated or modal verb ("could build") tells nothing.
    """
    words = status_verbs()
    lemma = verb.lemma_.lower()
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if any(c.dep_ == "neg" for c in verb.children) or _UNSURE & auxiliaries:
        return None
    if _FUTURE & auxiliaries:
        return "planned"
    if "to" in auxiliaries or (verb.tag_ == "VB" and verb.dep_ == "xcomp"):
        return _infinitive_status(verb)
    tensed = verb.tag_ in ("VBD", "VBZ", "VBP") or bool(auxiliaries) or verb.dep_ in ("acl", "relcl")
    if lemma in words.runs or (noun.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in verb.children)):
        return "completed" if tensed else None  # in operation: "produces", "has been operating", "created jobs"
    if "being" in auxiliaries or (verb.tag_ == "VBG" and (_BE & auxiliaries or verb.dep_ == "acl")):
        return "in_progress"  # "are building", "is being built", "a centre being created"
    if verb.tag_ in ("VBD", "VBN") and tensed:
        if _since(verb):
            return "in_progress"  # "has been implemented since 2021"
        if lemma in words.starts:
            return "in_progress" if noun.lemma_.lower() in words.ongoing_nouns else "completed"
        if lemma in words.finishes:
            return "completed"
    return None


def relay_verb(relay: Token) -> Token | None:
    """Return the verb that does the work a noun names, if it tells a status: "completed" in "we completed
    the construction of X"; not "discussed" in "they discussed the construction of X"."""
    words = status_verbs()
    verb = relay.head
    telling = words.finishes | words.starts | words.runs | words.continuing_words
    if relay.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_.lower() in telling:
        return verb
    return None


def _infinitive_status(verb: Token) -> Status | None:
    """Return the status of "to build": what the word it depends on says of it (plan, propose, continue)."""
    words = status_verbs()
    governor = verb.head
    while governor.dep_ in ("xcomp", "conj") and governor.head is not governor and governor.tag_ == "VB":
        governor = governor.head  # "ask you to help us build"
    # "it is necessary to build": what is said of the clause tells it
    complement = next((c for c in governor.children if c.dep_ == "acomp"), None)
    lemma = (complement if governor.lemma_ == "be" and complement is not None else governor).lemma_.lower()
    if lemma in words.achieving_words:
        return "completed"  # "we managed to establish a joint company"
    if lemma in words.continuing_words or lemma in words.starts:
        return "in_progress"  # "continue to build", "are starting to build"
    if lemma in words.proposing_words:
        return "proposed"
    if lemma in words.planning_words:
        return "planned"
    return None


def _since(verb: Token) -> bool:
    """Tell a perfect that goes on ("has been implemented since 2021") from one that is over."""
    return any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)
