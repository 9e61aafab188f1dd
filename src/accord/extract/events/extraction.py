"""Events: summits, meetings, round tables, forums, visits, calls and signings.

A trigger noun ("summit", "round table", "telephone conversation") counts as an event only when
its sentence reports a specific occurrence: it took place, was held or attended, somebody spoke
at it. Plural, generic, future and proposed mentions ("annual meetings", "proposed holding a
forum") are not events. A guest received "for" an event or arriving "on" it tells it too, and an
acronym the name introduces ("(HLED)") names it again. Events told by a verb ("met", "hosted",
"signed", "visited", "spoke by phone") come from verbs.py; who takes part from participants.py; the
date and place of the trigger's clause from clause.py, else from the dateline or the page's date.
The mentions of one event are merged by type, date and name.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, cast

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Sentence

from accord.extract.entities.index import EntityIndex
from accord.extract.events.clause import (
    PLACE_PREPOSITIONS,
    event_date,
    event_place,
    evidence_of,
    governing_verb,
    previous_word,
)
from accord.extract.events.greetings import greeting_meeting
from accord.extract.events.participants import names, parties_in
from accord.extract.events.verbs import verb_events
from accord.extract.language.dateline import Dateline, find_dateline, find_document_date
from accord.extract.language.gazetteer import city_named
from accord.extract.language.speech import speech_lexicon
from accord.extract.statements.passages import find_passages
from accord.extract.statements.speakers import fullest_name, referent
from accord.nlp import text_of
from accord.record import Entity, Event, EventType

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_NAME_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "nummod", "punct", "npadvmod"})
_NAME_PREPOSITIONS = frozenset({"of", "on", "in", "between", "with", "to", "for"})
_NAME_STOP_DEPS = frozenset({"relcl", "acl", "advcl", "appos"})
_MAX_NAME_TOKENS = 16
_OWNER_PRONOUNS = frozenset({"his", "her"})
_ACRONYM = re.compile(r"[A-Z][A-Z+&]{1,7}")
# "X met Y", "X met with Y", "X received Y": a meeting told by its verb rather than by a noun.
_MEETING_VERBS = frozenset({"meet", "receive", "host", "welcome"})
# Prepositions that tie an event to who comes for it or what came before it, not to any verb.
_GUEST_PREPOSITIONS = frozenset({"for", "on", "to", "by"})


def _cue_pattern(phrases: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


@dataclass(frozen=True)
class EventLexicon:
    """Trigger phrases and the cue words that tell a reported occurrence from a generic mention."""

    triggers: dict[str, EventType]
    trigger_pattern: re.Pattern[str]
    plural_triggers: frozenset[str]
    occurrence_verbs: frozenset[str]
    attendance_verbs: frozenset[str]
    attendance_prepositions: frozenset[str]
    specific_determiners: frozenset[str]
    generic_modifiers: frozenset[str]
    excluded_modifiers: frozenset[str]
    intent_verbs: frozenset[str]
    future_verbs: frozenset[str]
    participation_verbs: frozenset[str]
    occasion_nouns: frozenset[str]
    hosting_verbs: frozenset[str]
    sequence_verbs: frozenset[str]
    signed_documents: frozenset[str]
    phone_words: frozenset[str]
    format_nouns: frozenset[str]
    participation_cues: re.Pattern[str]
    opening_speech_cues: re.Pattern[str]
    organizer_cues: re.Pattern[str]
    chair_cues: re.Pattern[str]


@cache
def event_lexicon() -> EventLexicon:
    """Load the event lexicon (src/accord/data/events.json) once."""
    data: dict[str, Any] = json.loads(
        resources.files("accord").joinpath("data/events.json").read_text(encoding="utf-8")
    )
    triggers = cast(dict[str, EventType], data["triggers"])
    alternatives = "|".join(re.escape(p) for p in sorted(triggers, key=len, reverse=True))
    words = {key: frozenset(value) for key, value in data.items() if isinstance(value, list)}
    return EventLexicon(
        triggers=triggers,
        trigger_pattern=re.compile(rf"\b(?:{alternatives})s?\b", re.IGNORECASE),
        plural_triggers=words["plural_triggers"],
        occurrence_verbs=words["occurrence_verbs"],
        attendance_verbs=words["attendance_verbs"],
        attendance_prepositions=words["attendance_prepositions"],
        specific_determiners=words["specific_determiners"],
        generic_modifiers=words["generic_modifiers"],
        excluded_modifiers=words["excluded_modifiers"],
        intent_verbs=words["intent_verbs"],
        future_verbs=words["future_verbs"],
        participation_verbs=words["participation_verbs"],
        occasion_nouns=words["occasion_nouns"],
        hosting_verbs=words["hosting_verbs"],
        sequence_verbs=words["sequence_verbs"],
        signed_documents=words["signed_documents"],
        phone_words=words["phone_words"],
        format_nouns=words["format_nouns"],
        participation_cues=_cue_pattern(data["participation_cues"]),
        opening_speech_cues=_cue_pattern(data["opening_speech_cues"]),
        organizer_cues=_cue_pattern(data["organizer_cues"]),
        chair_cues=_cue_pattern(data["chair_cues"]),
    )


@dataclass
class _Mention:
    type: EventType
    trigger: Token
    plural: bool
    name: str | None = None  # the full name an acronym stands for ("HLED")


def _trigger_mentions(doc: Doc, lexicon: EventLexicon) -> list[_Mention]:
    mentions = []
    for match in lexicon.trigger_pattern.finditer(text_of(doc)):
        words = match.group().casefold()
        plural = words not in lexicon.triggers
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or not (span[-1].pos_ in ("NOUN", "PROPN") or _headline_noun(span[-1])):
            continue
        event_type = lexicon.triggers[words[:-1] if plural else words]
        mentions.append(_Mention(event_type, span[-1], plural and words not in lexicon.plural_triggers))
    return mentions + _acronym_mentions(doc, mentions)


def _headline_noun(token: Token) -> bool:
    """Tell whether a word the tagger took for a verb is a headline's noun: "Russia-Chile talks" (after a
    name) or "Meeting with the Secretary-General" (opening it, before "with"), a line of its own whose
    root the word is."""
    after_name = token.i > 0 and token.doc[token.i - 1].pos_ == "PROPN"
    opening = token.i == token.sent.start and token.is_title and any(c.lower_ == "with" for c in token.rights)
    return (
        token.dep_ == "ROOT"
        and (after_name or opening)
        and _is_title(token.sent)
        and not any(c.dep_ in ("dobj", "nsubj") and c.i > token.i for c in token.children)
    )


def _acronym_mentions(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """Return the later mentions of an event by the acronym its name introduces: "the High-Level Economic
    Dialogue (HLED) ... chaired the HLED"; each carries the full name, so both tell one event."""
    acronyms: dict[str, _Mention] = {}
    for mention in mentions:
        trigger = mention.trigger
        if (
            mention.plural
            or trigger.i + 3 >= len(doc)
            or doc[trigger.i + 1].text != "("
            or doc[trigger.i + 3].text != ")"
        ):
            continue
        acronym = doc[trigger.i + 2]
        if _ACRONYM.fullmatch(acronym.text) and acronym.text not in acronyms:
            acronyms[acronym.text] = mention
    found = []
    for token in doc:
        named = acronyms.get(token.text)
        if named is not None and token.i != named.trigger.i + 2 and token.pos_ in ("PROPN", "NOUN"):
            found.append(_Mention(named.type, token, plural=False, name=_name(named.trigger)))
    return found


def _has_modal(verb: Token) -> bool:
    return any(child.dep_ == "aux" and child.tag_ == "MD" for child in verb.children)


def _is_intended(verb: Token, intent_verbs: frozenset[str]) -> bool:
    """Tell whether a verb is only proposed, planned or agreed ("proposed holding", "agreed to hold")."""
    # A bare infinitive or a modal ("to convene a summit", "will hold talks") tells of no occurrence yet.
    if _has_modal(verb) or verb.tag_ == "VB":
        return True
    for _ in range(3):
        if verb.lemma_ in intent_verbs:
            return True
        if verb.dep_ not in ("xcomp", "ccomp", "conj") or verb.head == verb:
            return False
        verb = verb.head
    return False


def _is_specific(trigger: Token, lexicon: EventLexicon) -> bool:
    return any(
        (child.dep_ == "det" and child.lower_ in lexicon.specific_determiners)
        or child.dep_ == "poss"
        or child.ent_type_ == "ORDINAL"
        for child in trigger.lefts
    )


def _is_title(sentence: Sentence) -> bool:
    """Tell whether a sentence is a whole line without a final stop, as headlines are."""
    doc = sentence.doc
    starts_line = sentence.start == 0 or "\n" in doc[sentence.start - 1].text_with_ws
    last = sentence[-1]
    ends_line = sentence.end == len(doc) or "\n" in last.whitespace_ + doc[sentence.end].text
    ends_line = ends_line or (last.is_space and "\n" in last.text)  # the line break closes the sentence
    return starts_line and ends_line and not sentence.text.rstrip().endswith((".", "!", "?"))


def _reports_occurrence(mention: _Mention, lexicon: EventLexicon) -> bool:
    """Tell whether a trigger denotes a specific event that happened, not a generic or planned one."""
    trigger = mention.trigger
    # "the third annual Joint Committee" is one occurrence of a yearly series: its ordinal makes it specific.
    counted = any(c.ent_type_ == "ORDINAL" or c.dep_ == "poss" for c in trigger.lefts)
    if mention.plural or any(
        child.lower_ in lexicon.excluded_modifiers or (child.lower_ in lexicon.generic_modifiers and not counted)
        for child in trigger.children
        if child.i < trigger.i
    ):
        return False
    if any(child.dep_ == "acl" and child.lemma_ in lexicon.occurrence_verbs for child in trigger.rights):
        return True  # "the talks held in Sochi"
    head = trigger.head
    if trigger.dep_ == "ROOT":
        return _is_title(trigger.sent)  # "Round table on the anniversary of ..."
    if trigger.dep_ in _SUBJECT_DEPS:
        return head.lemma_ in lexicon.occurrence_verbs and not _is_intended(head, lexicon.intent_verbs)
    if trigger.dep_ == "dobj":
        return head.lemma_ in lexicon.attendance_verbs and not _is_intended(head, lexicon.intent_verbs)
    if trigger.dep_ == "pobj" and head.lower_ in _GUEST_PREPOSITIONS:
        # "received the minister for the Strategic Dialogue", "arrived on a working visit"
        host = governing_verb(head) or head.head
        hosted = host.lemma_ in lexicon.hosting_verbs and head.lower_ != "by"
        followed = head.lower_ == "by" and host.lemma_ in lexicon.sequence_verbs
        return (hosted or followed) and _is_specific(trigger, lexicon) and not _is_intended(host, lexicon.intent_verbs)
    if trigger.dep_ == "pobj" and head.lower_ in lexicon.attendance_prepositions:
        verb = governing_verb(head)
        owned = any(c.dep_ == "poss" for c in trigger.lefts)  # "In his meeting with X, he stressed ..."
        if head.lower_ == "in" and not owned and (verb is None or verb.lemma_ not in lexicon.participation_verbs):
            return False  # "took part in the forum", but not "a deadlock in the talks"
        if head.lower_ == "of" and head.head.lower_ not in lexicon.occasion_nouns:
            return False  # "on the sidelines of the summit", but not "the idea of a summit"
        # "At the summit, he proposed ..." reports the summit; "during the talks, they intend to" does not.
        return _is_specific(trigger, lexicon) and (verb is None or not _is_intended(verb, lexicon.future_verbs))
    return False


def _is_place_phrase(preposition: Token) -> bool:
    return preposition.lower_ in PLACE_PREPOSITIONS and any(
        child.dep_ == "pobj" and child.pos_ == "PROPN" for child in preposition.children
    )


def _name(trigger: Token) -> str:
    """Return the noun phrase naming the event: its modifiers, ordinal and "of/on/in ..." phrases."""
    doc = trigger.doc
    start = trigger.i
    for child in reversed(list(trigger.lefts)):
        before = previous_word(doc[start])
        if child.dep_ not in _NAME_MODIFIER_DEPS or before is None or child.right_edge.i != before.i:
            break
        start = child.left_edge.i
    end = trigger.i + 1
    for child in trigger.rights:
        if child.is_space:
            continue
        if child.dep_ != "prep" or child.lower_ not in _NAME_PREPOSITIONS or _is_place_phrase(child):
            break
        if any(t.ent_type_ == "DATE" for t in child.children):
            break
        for token in child.subtree:
            if token.dep_ in _NAME_STOP_DEPS or token.text in ",;(" or token.i - start >= _MAX_NAME_TOKENS:
                break
            end = token.i + 1
    while start < end - 1 and doc[start].is_punct and doc[start].text not in "“«\"'‘":
        start += 1
    return " ".join(doc[start:end].text.split())


def _name_weight(name: str) -> tuple[bool, int]:
    words = name.split()
    ordinal = bool(re.search(r"\b(?:first|second|third|\w+th|\d+(?:st|nd|rd|th))\b", name, re.IGNORECASE))
    return ordinal, sum(word[:1].isupper() for word in words)


def _person_after(position: int, sentence: Sentence, entities: EntityIndex) -> Entity | None:
    people = entities.within(position, sentence.end_char, types=("person",))
    return people[0] if people else None


def _chair(sentence: Sentence, entities: EntityIndex, lexicon: EventLexicon) -> str | None:
    cue = lexicon.chair_cues.search(sentence.text)
    if cue is None:
        return None
    person = _person_after(sentence.start_char + cue.end(), sentence, entities)
    return person.name if person else None


def _organization_of(person: Entity, entities: EntityIndex) -> str | None:
    for role in person.roles:
        if role.organization:
            known = entities.named(role.organization)
            return known.name if known else role.organization
    return None


def _organizer(sentence: Sentence, entities: EntityIndex, lexicon: EventLexicon) -> str | None:
    cue = lexicon.organizer_cues.search(sentence.text)
    if cue is None:
        return None
    start = sentence.start_char + cue.end()
    found = entities.within(start, sentence.end_char, types=("organization", "person"))
    if not found:
        return None
    return found[0].name if found[0].type == "organization" else _organization_of(found[0], entities)


def _participants(sentence: Sentence, entities: EntityIndex, lexicon: EventLexicon) -> list[str]:
    if not lexicon.participation_cues.search(sentence.text):
        return []
    return [p.name for p in entities.within(sentence.start_char, sentence.end_char, types=("person",))]


def _parties(trigger: Token, entities: EntityIndex, lexicon: EventLexicon) -> list[str]:
    """Return who holds an event: the subject of "held talks", "co-chaired the Dialogue", "paid a visit",
    whoever it was "with", and the guest of "received X for the Dialogue"."""
    verb = governing_verb(trigger)
    heads = [trigger] if verb is None else [trigger, verb]
    # A subject holding the trigger is the event itself ("The meeting of the Commission was held");
    # "who" stands for what its clause describes ("X, who arrived on a visit").
    subjects = [c for head in heads for c in head.children if c.dep_ in _SUBJECT_DEPS]
    phrases = [
        s.head.head if s.tag_ == "WP" and s.head.dep_ == "relcl" else s
        for s in subjects
        if not s.left_edge.i <= trigger.i <= s.right_edge.i
    ]
    phrases += [o for head in heads for c in head.children if c.lower_ in {"with", "between"} for o in c.children]
    if verb is not None and verb.lemma_ in _MEETING_VERBS | lexicon.hosting_verbs:
        phrases += [c for c in verb.children if c.dep_ == "dobj" and c != trigger]
    owners = [c for c in trigger.lefts if c.dep_ == "poss"]  # "Jane Doe's visit", "his meeting"
    phrases += [c for c in owners if c.lower_ not in _OWNER_PRONOUNS]
    found: list[str] = []
    pronoun = next((c for c in owners if c.lower_ in _OWNER_PRONOUNS), None)
    if pronoun is not None and (owner := _owner(pronoun, trigger, entities)):
        found.append(owner)
    for phrase in sorted(phrases, key=lambda t: t.left_edge.i):
        found += names(parties_in(phrase, entities, besides=trigger), found)
    return found


def _owner(pronoun: Token, trigger: Token, entities: EntityIndex) -> str | None:
    """Return whose "his visit" or "her meeting" it is: the person the sentence is about, or the one before."""
    root = trigger.sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj" and not c.is_ancestor(trigger)), None)
    persons = [p for p in parties_in(subject, entities) if p.type == "person"] if subject is not None else []
    return persons[0].name if persons else referent(pronoun, entities)


def _event_of(mention: _Mention, entities: EntityIndex, published: str | None, lexicon: EventLexicon) -> Event:
    sentence = mention.trigger.sent
    chair = _chair(sentence, entities, lexicon)
    participants = _participants(sentence, entities, lexicon)
    participants += [p for p in _parties(mention.trigger, entities, lexicon) if p not in participants]
    return Event(
        id="",
        type=mention.type,
        name=_name(mention.trigger),
        date=event_date(mention.trigger, sentence, published) or (published if _heads_the_page(mention) else None),
        place=event_place(mention.trigger, mention.type, sentence, entities),
        chair=chair,
        organizer=_organizer(sentence, entities, lexicon),
        participants=([chair] if chair and chair not in participants else []) + participants,
        evidence=[evidence_of(sentence)],
    )


def _heads_the_page(mention: _Mention) -> bool:
    """Tell whether an event is the one a release's headline names ("Telephone conversation with ..."):
    the page reports it on the day it is published."""
    trigger = mention.trigger
    return trigger.sent.start == 0 and trigger.dep_ == "ROOT" and _is_title(trigger.sent)


def _proper_words(name: str | None) -> set[str]:
    return {w.casefold() for w in re.findall(r"\w+", name or "") if w[:1].isupper()}


def _same_day(known: str | None, new: str | None) -> bool:
    """Tell whether two dates may be one day: equal, unknown, or one more precise ("2023", "2023-09-29")."""
    return not known or not new or known.startswith(new) or new.startswith(known)


def _same_event(known: Event, new: Event) -> bool:
    if known.type != new.type or not _same_day(known.date, new.date):
        return False
    known_words, new_words = _proper_words(known.name), _proper_words(new.name)
    return not known_words or not new_words or known_words <= new_words or new_words <= known_words


def _overlapping(known: Event, new: Event) -> bool:
    """Tell whether a verb's event is one a noun already told: in the same sentence, or with shared people."""
    shared = set(known.evidence) & set(new.evidence) or set(known.participants) & set(new.participants)
    return bool(shared or (known.type == "visit" and known.place is not None and known.place == new.place))


def _merge(known: Event, new: Event, told_by_verb: bool = False) -> None:
    # A verb's event names itself by its guest or object: it only names an event called by a bare noun.
    renames = (
        not _proper_words(known.name) if told_by_verb else _name_weight(new.name or "") > _name_weight(known.name or "")
    )
    if renames:
        known.name = new.name
    for key in ("date", "place", "chair", "organizer"):
        if getattr(known, key) is None:
            setattr(known, key, getattr(new, key))
    if known.date and new.date and len(new.date) > len(known.date):
        known.date = new.date  # "2023" and "2023-09-29": the precise day
    known.participants += [p for p in new.participants if p not in known.participants]
    known.evidence += [e for e in new.evidence if e not in known.evidence]


def _is_main_clause(head: Token) -> bool:
    """Tell whether a subject's head is the main verb, or an auxiliary of it ("was co-chaired")."""
    while head.dep_ in ("aux", "auxpass") and head.head != head:
        head = head.head
    return head.dep_ == "ROOT"


def _continues(sentence: Sentence, lexicon: EventLexicon) -> bool:
    """Tell whether a sentence goes on about the event just named ("It was attended by ...", "The meeting
    was co-chaired by ...")."""
    subject = next((t for t in sentence if t.dep_ in _SUBJECT_DEPS and _is_main_clause(t.head)), None)
    if subject is None:
        return False
    named_again = subject.lower_ in lexicon.triggers and any(c.lower_ == "the" for c in subject.children)
    return subject.lower_ == "it" or subject.lemma_ == "event" or named_again


def _enrich(event: Event, sentence: Sentence, entities: EntityIndex, lexicon: EventLexicon) -> None:
    chair = _chair(sentence, entities, lexicon)
    participants = _participants(sentence, entities, lexicon)
    organizer = _organizer(sentence, entities, lexicon)
    if not (chair or participants or organizer):
        return
    _merge(
        event,
        Event(
            id="",
            type=event.type,
            chair=chair,
            organizer=organizer,
            participants=participants,
            evidence=[evidence_of(sentence)],
        ),
    )


def _opening_speaker_organization(sentence: Sentence, entities: EntityIndex, lexicon: EventLexicon) -> str | None:
    """Return the organization of who opens an event ("In his welcoming speech, ACME Director ...")."""
    cue = lexicon.opening_speech_cues.search(sentence.text)
    if cue is None:
        return None
    speaker = _person_after(sentence.start_char + cue.end(), sentence, entities)
    return _organization_of(speaker, entities) if speaker else None


# The events whose speakers take part in them: a report's round table or meeting is its speakers'.
_GATHERINGS = frozenset({"round_table", "forum", "meeting"})
_PRESENTING_VERBS = frozenset({"present", "report", "brief"})


def _add_speakers(events: list[Event], doc: Doc, entities: EntityIndex) -> None:
    """Make the persons a report has speaking ("X noted", "X proposed", "X presented the plan") take part
    in its first event, a gathering: those from where it is told until the next event is."""
    gathering = events[0]
    start = gathering.evidence[0].start
    later = [e.evidence[0].start for e in events[1:] if e.evidence and e.evidence[0].start > start]
    end = min(later, default=len(text_of(doc)))
    verbs = speech_lexicon().speech_verbs | _PRESENTING_VERBS
    for token in doc:
        if not start <= token.idx < end or token.dep_ != "nsubj" or token.head.lemma_.lower() not in verbs:
            continue
        person = entities.at(token.idx, token.idx + len(token))
        if person is not None and person.type == "person" and person.name not in gathering.participants:
            gathering.participants.append(person.name)


def _format_phrase(verb: Token, format_nouns: frozenset[str]) -> str | None:
    """Return the format a meeting is held in ("through the C5+1 platform", "in the Normandy format")."""
    for token in verb.subtree:
        if token.lemma_.casefold() in format_nouns and token.dep_ in ("pobj", "dobj") and token.sent == verb.sent:
            start = min((c.left_edge.i for c in token.lefts if c.dep_ != "det"), default=token.i)
            return " ".join(verb.doc[start : token.i + 1].text.split())
    return None


def _verb_meetings(
    doc: Doc, entities: EntityIndex, published: str | None, lexicon: EventLexicon
) -> list[tuple[Event, list[str]]]:
    """Return the meetings a verb reports, each with the names of its guests: "the minister met his
    counterpart X", "X hosted Y", and "ministers from A, B and C met in Z" (a list meeting among itself,
    no guests)."""
    meetings = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _MEETING_VERBS or verb.tag_ not in ("VBD", "VBZ"):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        listed = any(c.dep_ == "conj" for s in subjects for c in s.children)  # "X and ministers from A and B"
        hosts = [p for c in subjects for p in parties_in(c, entities, every=listed)]
        guest_phrases = [c for c in verb.children if c.dep_ == "dobj"]
        guest_phrases += [c for w in verb.children if w.dep_ == "prep" and w.lower_ == "with" for c in w.children]
        guests = [p for c in guest_phrases for p in parties_in(c, entities) if p.type == "person"]
        alone = verb.lemma_ == "meet" and not guest_phrases and len(hosts) >= 2
        if not (alone or (guests and any(h.type == "person" for h in hosts))):
            continue
        sentence = verb.sent
        name = f"meeting with {_guest_name(guest_phrases[0])}" if guests else "meeting"
        if (platform := _format_phrase(verb, lexicon.format_nouns)) is not None:
            name = (
                f"{name} in the {platform} format" if "format" not in platform.casefold() else f"{name} in {platform}"
            )
        meeting = Event(
            id="",
            type="meeting",
            name=name,
            date=event_date(verb, sentence, published),
            place=event_place(verb, "meeting", sentence, entities),
            participants=names(hosts + guests),
            evidence=[evidence_of(sentence)],
        )
        meetings.append((meeting, names(guests)))
    return meetings


def _guest_name(phrase: Token) -> str:
    doc = phrase.doc
    end = next(
        (t.i for t in doc[phrase.i : phrase.right_edge.i + 1] if t.dep_ in ("relcl", "acl") or t.text in ",;("),
        phrase.right_edge.i + 1,
    )
    return " ".join(doc[phrase.left_edge.i : end].text.split())


def _headline_of(event: Event, doc: Doc) -> bool:
    """Tell an event the page's headline names, no one in it yet: what the text goes on to tell."""
    if event.participants or not event.evidence or event.evidence[0].start != 0:
        return False
    first = next(doc.sents)
    return _is_title(first) and event.evidence[0].end <= first.end_char


def _next_to(meeting: Event, event: Event, doc: Doc) -> bool:
    """Tell whether a noun's event is told in the sentence of a verb's meeting or the one after it."""
    told, said = meeting.evidence[0].start, event.evidence[0].start
    if said < told:
        return False
    sentence = doc.char_span(told, meeting.evidence[0].end, alignment_mode="expand")
    if sentence is None:
        return False
    following = doc[sentence.end].sent if sentence.end < len(doc) else None
    return said <= (following.end_char if following is not None else told)


def _apply_dateline(
    events: list[Event], dateline: Dateline | None, entities: EntityIndex, published: str | None
) -> None:
    """Date and place the lead paragraph's events by the story's dateline (filed on the day the page is
    dated, if the dateline gives none), where the text does not."""
    if dateline is None:
        return
    place = _dateline_place(dateline.place, entities)
    for event in events:
        # told in the lead paragraph, if only by the verb a headline's meeting merged ("Meeting with ...")
        if any(told.start < dateline.paragraph_end and told.end > dateline.paragraph_start for told in event.evidence):
            event.date = event.date or dateline.date or published
            event.place = event.place or place


def _dateline_place(name: str, entities: EntityIndex) -> str | None:
    """Return the place a dateline names: a place of the text, or a city the gazetteer knows ("WASHINGTON")."""
    known = entities.named(name)
    if known is not None and known.type != "place":
        return None
    if known is None and city_named(name.split(",")[0]) is None:
        return None
    place = known.name if known is not None else name
    return place.title() if place.isupper() else place  # a dateline's capitals are its typography


def extract_events(doc: Doc, entities: EntityIndex, published: str | None) -> list[Event]:
    """Find the events a document reports, one per distinct occurrence."""
    lexicon = event_lexicon()
    text = text_of(doc)
    dateline = find_dateline(text, published)
    # A page without a known publication day is dated by its own header ("September 30, 2014").
    published = published or find_document_date(text) or (dateline.date if dateline else None)
    by_sentence: dict[int, list[_Mention]] = {}
    for mention in _trigger_mentions(doc, lexicon):
        if _reports_occurrence(mention, lexicon):
            by_sentence.setdefault(mention.trigger.sent.start, []).append(mention)

    events: list[Event] = []
    last: Event | None = None
    for sentence in doc.sents:
        for mention in by_sentence.get(sentence.start, []):
            new = _event_of(mention, entities, published, lexicon)
            new.name = mention.name or new.name
            last = next((e for e in events if _same_event(e, new)), None)
            if last is None:
                events.append(new)
                last = new
            else:
                _merge(last, new)
        if last is None:
            continue
        if sentence.start not in by_sentence and _continues(sentence, lexicon):
            _enrich(last, sentence, entities, lexicon)
        if last.organizer is None and last.type != "call":
            last.organizer = _opening_speaker_organization(sentence, entities, lexicon)
    for meeting, guests in _verb_meetings(doc, entities, published, lexicon):
        # "X also met with Y" is another meeting than X's with Z: a guest in common makes one meeting
        met = set(guests) or set(meeting.participants)
        same = next((e for e in events if e.type == "meeting" and met & set(e.participants)), None)
        # "Ministers of A and B met in Z. During the Ministerial, ...": the meeting the next sentence names.
        same = same or next(
            (e for e in events if e.type == "meeting" and not e.participants and _next_to(meeting, e, doc)), None
        )
        # "Meeting with the President of Sylvania" heading the page: the meeting its text tells
        same = same or next((e for e in events if e.type == "meeting" and _headline_of(e, doc)), None)
        if same is None:
            events.append(meeting)
        else:
            _merge(same, meeting, told_by_verb=True)
    documents, phones = lexicon.signed_documents, lexicon.phone_words
    for told in verb_events(doc, entities, published, documents, phones):
        same = next((e for e in events if _same_event(e, told) and _overlapping(e, told)), None)
        if same is None:
            events.append(told)
        else:
            _merge(same, told, told_by_verb=True)
    passages = find_passages(doc, text, entities)
    greeted = greeting_meeting(doc, passages, entities, published)
    if greeted is not None:
        guest = fullest_name(greeted.participants[-1], entities)
        gatherings = [e for e in events if e.type in _GATHERINGS]
        same = next((e for e in gatherings if guest in {fullest_name(p, entities) for p in e.participants}), None)
        # the gathering the page opens with, its headline's, is the one its transcript is of; a guest
        # greeted by office alone ("Mr President, ...") is the guest of the page's first gathering
        opens = greeted.evidence[0].start
        by_office = len(greeted.participants) == 1
        same = same or next((e for e in gatherings if by_office or e.evidence[0].start < opens), None)
        if same is None:
            events.insert(0, greeted)  # the transcript is of this meeting
        else:
            _merge(same, greeted, told_by_verb=True)
    _apply_dateline(events, dateline, entities, published)
    if events and events[0].type in _GATHERINGS:
        _add_speakers(events, doc, entities)
    if events and events[0].type in _GATHERINGS | {"summit"}:
        # A transcript is of the gathering it opens with: whoever speaks in it takes part.
        speakers = [entities.named(p.speaker) for p in passages if p.turn]
        events[0].participants += names([s for s in speakers if s is not None], events[0].participants)
    for number, event in enumerate(events, start=1):
        event.id = f"event-{number}"
        event.participants = list(dict.fromkeys(fullest_name(p, entities) for p in event.participants))
    return events
