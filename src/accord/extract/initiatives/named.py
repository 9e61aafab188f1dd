"""Named undertakings: an agreement or a programme called by its proper name ("the Trade Promotion
Agreement", "the Rural Roads Project", the 'Open Markets' programme) is one, whatever verb
the sentence uses."""

from __future__ import annotations

from spacy.tokens import Span as Sentence
from spacy.tokens import Token

from accord.extract.entities.index import EntityIndex
from accord.extract.initiatives.actors import actor_of
from accord.extract.initiatives.aspect import verb_status
from accord.extract.initiatives.candidates import Candidate
from accord.extract.initiatives.schedule import status_in
from accord.extract.language.cues import initiative_cues
from accord.record import InitiativeKind, Span, Status

_OPENING_QUOTES = "‘“«'\""
_CLOSING_QUOTES = "’”»'\""
_JOINERS = frozenset({"and", "&"})
_LINKS = frozenset({"of", "for", "on"})  # "Treaty of Friendship", "Partnership for Growth", "Agreement on Trade"


def _name_word(token: Token) -> bool:
    """Tell a word that can stand inside a proper name: "Trade", "U.S.-Peru", "2013", "COVID-19"."""
    if token.like_num:
        return True
    return token.is_alpha or any(c in "-.'’" or c.isdigit() for c in token.text)


_NAME_ENTITIES = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC"})


def _capitalized(token: Token) -> bool:
    """Tell a word of a proper name: capitalized, or a particle inside a named place ("Côte d'Ivoire")."""
    if not _name_word(token) or token.pos_ in ("VERB", "AUX", "DET", "PRON"):
        return False
    if token.text[:1].isupper() or (token.ent_type_ in _NAME_ENTITIES and token.ent_iob_ == "I"):
        return True
    return token.pos_ == "PROPN" and any(c.isupper() for c in token.text)


def _left_words(head: Token, start: int) -> list[Token]:
    """Return the capitalized words that run up to `head` ("U.S.-Peru Trade Promotion" before "Agreement")."""
    cues = initiative_cues()
    # A headline capitalizes its verb too: "U.S., El Salvador Sign Investment Compact".
    verbs = cues.agreement_verbs | cues.construction_verbs | cues.announcement_verbs | cues.proposal_verbs
    words: list[Token] = []
    i = head.i - 1
    while i >= start:
        token = head.doc[i]
        joins = token.text in ("-", "–") or (token.lower_ in _JOINERS and bool(words))
        joined = joins and i > start and _capitalized(head.doc[i - 1])
        if token.lower_ in verbs or not (_capitalized(token) or (token.like_num and words) or joined):
            break
        words.insert(0, token)
        i -= 1
    if words and i - 1 >= start and head.doc[i].lower_ in _LINKS and _capitalized(head.doc[i - 1]):
        return []  # "Agency for Strategic Initiatives": the words end a longer name
    while words and (words[0].like_num or words[0].lower_ in _JOINERS or words[0].text in ("-", "–")):
        words = words[1:]  # "the 2007 Joint Statement": a year before a name dates it
    return words


def _right_words(head: Token, end: int) -> list[Token]:
    """Return the linked capitalized words after `head` ("of Friendship, Trade, and Navigation")."""
    doc = head.doc
    i = head.i + 1
    if i >= end or doc[i].lower_ not in _LINKS:
        return []
    words = [doc[i]]
    i += 1
    if i < end and doc[i].lower_ == "the":
        words.append(doc[i])
        i += 1
    named: list[Token] = []
    while i < end:
        token = doc[i]
        following = doc[i + 1] if i + 1 < end else None
        if _capitalized(token):
            named = [*named, token]
        elif token.text in (",", "-") or token.lower_ in _JOINERS | _LINKS | {"the"}:
            # "of Friendship, Trade, and Navigation", "on the Law of the Sea"
            allowed = _JOINERS if token.lower_ not in _LINKS else {"the"}
            if following is None or not (_capitalized(following) or following.lower_ in allowed):
                break
            named = [*named, token]
        else:
            break
        i += 1
    while named and (not _capitalized(named[-1]) or named[-1].pos_ == "ADJ"):
        named = named[:-1]  # "Plan of Action on the Iranian (nuclear programme)": the name ends before
    return words + named if named else []


def _quoted_name(head: Token, start: int) -> list[Token]:
    """Return a quoted name before a plain head: the ‘Effective Governance’ programme."""
    doc = head.doc
    before = doc[head.i - 1] if head.i - 1 >= start else None
    if before is None or (before.text not in _CLOSING_QUOTES and before.tag_ != "POS"):
        return []
    for i in range(head.i - 2, max(start, head.i - 15) - 1, -1):
        if doc[i].text in _OPENING_QUOTES:
            inside = doc[i + 1 : head.i - 1]
            return (
                [doc[j] for j in range(i, head.i)]
                if inside and all(_capitalized(t) or not t.is_alpha or t.is_stop for t in inside)
                else []
            )
    return []


def name_of(head: Token, bounds: tuple[int, int]) -> list[Token]:
    """Return the tokens of the proper name `head` ends or opens, or [] when it bears none."""
    start, end = bounds
    if head.text[:1].isupper():
        left = _left_words(head, start)
        right = _right_words(head, end)
        following = [t for t in head.doc[head.i + 1 : min(end, head.i + 3)] if not t.like_num][:1]
        if following and _capitalized(following[0]):
            return []  # "Partnership" in "Strategic Partnership (2013) Action Plan": the name goes on
        return [*left, head, *right] if left or right else []
    quoted = _quoted_name(head, start)
    return [*quoted, head] if quoted else []


def _kind_of(head: Token, name: list[Token]) -> InitiativeKind | None:
    cues = initiative_cues()
    lemma = head.lower_
    if lemma in cues.partnership_nouns:
        qualified = any(t.lower_ in cues.partnership_qualifiers for t in name)
        return "agreement" if qualified else None
    if lemma in cues.named_agreement_heads:
        return "agreement"
    if lemma in cues.named_programme_heads:
        return "project"
    return None


def _status(kind: InitiativeKind, signed: bool, name: list[Token], sentence: Sentence) -> Status | None:
    """Return "agreed" for a name signed here, "planned" for "a future trade deal", "proposed" for a partnership
    a document proposes; a programme known by its name runs unless its sentence says otherwise."""
    cues = initiative_cues()
    if signed and kind == "agreement":
        return "agreed"
    if any(t.lower_ in cues.prospective_words for t in name):
        return "planned"
    head = name[-1]
    if kind == "agreement" and head.dep_ == "dobj" and head.head.pos_ == "VERB":
        told = verb_status(head.head, head)  # "will sign the X Treaty", "an initiative to conclude the X Treaty"
        if told in ("planned", "proposed"):
            return told
    if head.lemma_.lower() in cues.partnership_nouns and _framer(head).lemma_.lower() in cues.proposing_framers:
        return "proposed"
    if kind == "project":
        told = status_in([sentence.text], kind)
        return "in_progress" if told == "unknown" else told
    return None


def _is_history(first: Token) -> bool:
    """Tell a name only recalled as a date ("the 40th anniversary of the Treaty") from one that is in play."""
    before = first.doc[max(first.sent.start, first.i - 8) : first.i]
    return any(t.lemma_.lower() in initiative_cues().history_nouns for t in before)


def _proper(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def _framer(partnership: Token) -> Token:
    """Return the word a partnership hangs from: "elevated (to) it", "a commitment (to) it"."""
    return partnership.head.head if partnership.dep_ == "pobj" else partnership.head


def _framed(partnership: Token) -> bool:
    """Tell a partnership set up, signed or committed to ("elevated to", "a commitment to", "a Communication
    on") from one only recalled ("deepening the strategic partnership")."""
    cues = initiative_cues()
    framers = cues.partnership_framers | cues.creation_verbs | cues.agreement_verbs
    return _framer(partnership).lemma_.lower() in framers


def described_name(head: Token) -> list[Token]:
    """Return "a United States-Mongolia comprehensive partnership" or "a future GCC trade deal": an agreement
    named in lower case by its sides and its kind, or [] when the words name no particular one."""
    cues = initiative_cues()
    if not head.is_lower or head.lemma_.lower() not in cues.named_agreement_heads:
        return []
    lefts = [c for c in head.lefts if c.dep_ not in ("det", "poss", "case")]
    sides = [c for c in lefts if c.dep_ in ("compound", "nmod") and any(_proper(t) for t in c.subtree)]
    joined = [
        p for p in head.rights if p.dep_ == "prep" and p.lower_ in ("with", "between") and any(map(_proper, p.subtree))
    ]
    if head.lemma_.lower() in cues.partnership_nouns:
        qualified = any(c.lower_ in cues.partnership_qualifiers for c in lefts)
        if not qualified or not (sides or joined) or not _framed(head):
            return []  # "developing the strategic partnership between A and B" only recalls it
    elif not sides or not any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in lefts):
        return []  # "a trade deal" needs its sides, "the GCC deal" its kind
    words = [t for c in lefts for t in c.subtree] + [head] + [t for p in joined for t in p.subtree]
    return sorted(words, key=lambda t: t.i)


def find_named(sentence: Sentence, entities: EntityIndex, taken: set[int]) -> list[Candidate]:
    """Return the agreements and programmes a sentence calls by their proper names."""
    found = []
    for head in sentence:
        if head.i in taken or head.pos_ not in ("NOUN", "PROPN") or head.tag_ in ("NNS", "NNPS"):
            continue
        name = name_of(head, (sentence.start, sentence.end)) or described_name(head)
        if not name or any(t.i in taken for t in name) or _is_history(name[0]):
            continue
        kind = "agreement" if head.is_lower and not _quoted_name(head, sentence.start) else _kind_of(head, name)
        if kind is None:
            continue
        doc = sentence.doc
        text = doc[name[0].i : name[-1].i + 1].text
        span = Span(name[0].idx, name[-1].idx + len(name[-1]))
        described = Span(sentence.start_char, sentence.end_char)
        verb = head.head if head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ == "VERB" else None
        signed = verb is not None and verb.lemma_.lower() in initiative_cues().agreement_verbs
        candidate = Candidate(
            kind=kind,
            title=text,
            head_word=head.text,
            title_span=span,
            extent=span,
            description=described,
            actor=actor_of(verb, entities) if verb is not None else None,
            status=_status(kind, signed, name, sentence),
            context=[described],
            found_by="named_undertaking",
        )
        found.append(candidate)
        taken.update(t.i for t in name)
    return found
