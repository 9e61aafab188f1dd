"""Framing: whether a sentence reports an undertaking, or only mentions one as a stance, a denial or a generic case.

"The plant will be built by 2030" reports an undertaking. "Russia has always advocated the resolution
of problems", "we advocate an open trading system", "we decided not to create new funds", "if we build
a bridge", "suppliers can launch a new facility", "such a programme" and "everyone who has completed
primary school" mention one without reporting it: a stance, a denial, a condition, a generic case, a
pointer back. What frames a title is read off the words that govern
it: the verb it belongs to says whether it is denied, held always, conditional or merely mentioned
("I mentioned a $7 billion investment"); a subject of a kind with a modal, or "anyone", anywhere up to
the root makes the whole clause generic. Such an initiative waits in the review queue.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.extract.language.cues import initiative_cues
from accord.record import Span

_STANCE_VERBS = frozenset({"advocate", "champion", "espouse"})  # "we advocate an open trading system"
_GRATITUDE = frozenset({"thank", "congratulate", "commend", "praise"})  # "I thank the Training Centre"
_HABITUAL = frozenset({"always", "consistently", "invariably", "traditionally", "constantly"})
_CONDITIONS = frozenset({"if", "unless", "whether"})
_EVERYONE = frozenset({"everyone", "everybody", "anyone", "anybody", "whoever"})
_MODALS = frozenset({"can", "could", "may", "might", "would"})
_VERBS = frozenset({"VERB", "AUX"})
_DENIABLE = frozenset({"dobj", "nsubjpass", "xcomp", "ccomp", "oprd"})  # how a denied verb holds what it denies


def framing_of(doc: Doc, title: Span) -> str | None:
    """Return how the sentence frames the initiative titled at `title` when it does not report it
    ("a stance held 'always'"), or None when it reports it as a fact."""
    tokens = doc.char_span(title.start, title.end, alignment_mode="expand")
    if tokens is None or len(tokens) == 0:
        return None
    below = tokens.root
    if any(c.lower_ == "such" and c.dep_ in ("amod", "predet", "det") for c in below.children):
        return "points back ('such'), naming no one undertaking"
    if any(c.dep_ == "neg" and not _not_only(c) for c in below.children):
        return "denied ('not' before it: \"not X, but Y\")"
    verb_seen = False
    for word in below.ancestors:  # the words that govern the title, nearest first
        framing = _generic(word, below)
        if framing is None and not verb_seen:
            framing = _own_verb_framing(word, below) if word.pos_ in _VERBS else _denied_noun(word)
        if framing is not None:
            return framing
        # an untensed complement ("advocated [forming] a system") lets its governing verb frame the title too
        verb_seen = verb_seen or (word.pos_ in _VERBS and not _untensed_complement(word))
        below = word
    return None


def _untensed_complement(verb: Token) -> bool:
    """Tell a gerund or infinitive completing another verb, with no subject of its own ("advocated forming")."""
    return (
        verb.dep_ == "xcomp"
        and verb.tag_ in ("VBG", "VB")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _own_verb_framing(verb: Token, below: Token) -> str | None:
    """Return what the verb a title belongs to tells: denied, held always, conditional, merely mentioned."""
    if verb.lemma_.lower() == "mention" and below.dep_ == "dobj":
        return f"mentioned in passing ('{verb.text}')"
    if verb.lemma_.lower() in _GRATITUDE and below.dep_ == "dobj":
        return f"thanked, no undertaking reported ('{verb.text}')"
    for child in verb.children:
        # "was not built", "will not build X"; not "X is not unconditional", which denies a property of it
        if child.dep_ == "neg" and below.dep_ in _DENIABLE and not _not_only(child):
            return f"denied ('{child.text}')"
        if child.dep_ == "advmod" and child.lower_ in _HABITUAL:
            return f"a stance held '{child.text}'"
        if (
            child.dep_ == "mark"
            and child.lower_ in _CONDITIONS
            and verb.lemma_.lower() in initiative_cues().construction_verbs
        ):
            return f"a condition ('{child.text}')"
    if verb.lemma_.lower() in _STANCE_VERBS:
        return f"a stance ('{verb.text}')"
    return None


def _denied_noun(noun: Token) -> str | None:
    """Return "denied" for a relaying noun that says none ("there are no plans to build ...")."""
    return "denied ('no')" if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) else None


def _generic(word: Token, below: Token) -> str | None:
    """Return "a generic case" for a clause about anyone or a kind: "everyone who has completed", "suppliers can"."""
    if word.lemma_.lower() in _EVERYONE:
        return f"a generic case ('{word.text}')"
    modal = next((c for c in word.children if c.dep_ == "aux" and c.lower_ in _MODALS), None)
    if word.pos_ not in _VERBS or modal is None:
        return None
    subject = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ != "NNS" or subject.ent_type_:
        return None
    # "contracts for the defence order can now be concluded"; not "tools of the Programme can be used",
    # a subject that only holds the title
    qualifiers = ("det", "poss", "nummod", "compound") + (() if subject.i == below.i else ("prep",))
    bare = not any(c.dep_ in qualifiers for c in subject.children)
    return f"a generic case ('{subject.text} {modal.text}')" if bare else None


def _not_only(negation: Token) -> bool:
    """Tell the "not" of "not only ... but also", which denies nothing."""
    following = negation.nbor(1) if negation.i + 1 < len(negation.doc) else None
    return following is not None and following.lower_ in ("only", "just", "merely")
