"""Events of a Russian text: саммит, визит, переговоры, встреча, заседание, форум, круглый стол, телефонный разговор."""

from __future__ import annotations

from dataclasses import dataclass, field

from accord.extract.entities.index import EntityIndex
from accord.extract.ru.dateline import Dateline
from accord.extract.ru.dates import FoundDate, find_dates
from accord.extract.ru.gazetteer import gazetteer
from accord.extract.ru.greetings import greeting_meeting
from accord.extract.ru.lexicon import table, word_class
from accord.extract.ru.phrases import nominative_phrase
from accord.extract.ru.speakers import speaker_lines
from accord.nlp.russian import RussianDoc, Token
from accord.record import Event, EventType, Span

# An event's name takes at most this many genitive words after its noun ("саммит стран БРИК").
MAX_NAME_TAIL = 6


@dataclass
class _Found:
    type: EventType
    name: str
    key: str
    trigger: str  # the lemma of the word that named it first
    sentences: list[int] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)


def _trigger(doc: RussianDoc, token: Token) -> tuple[EventType, int] | None:
    """The event type a word opens, and the index its name starts at (an adjective of a two-word trigger)."""
    data = table("events")
    previous = doc.tokens[token.i - 1] if token.i > 0 and doc.tokens[token.i - 1].sentence == token.sentence else None
    if previous is not None and f"{previous.lemma} {token.lemma}" in data["phrases"]:
        return data["phrases"][f"{previous.lemma} {token.lemma}"], previous.i
    if token.pos == "VERB" and token.lemma in data["verbs"]:
        return data["verbs"][token.lemma][0], token.i
    if token.pos not in ("NOUN", "PROPN") or token.lemma not in data["triggers"]:
        return None
    if token.feats.get("Number") == "Plur" and token.lemma not in data["plural_ok"]:
        return None
    preposition = next((c.lemma for c in doc.children(token) if c.rel == "case"), "")
    if preposition in data["prospective_prepositions"].get(token.lemma, []):
        return None  # "документы к подписанию" are still to be signed
    return data["triggers"][token.lemma], token.i


def _name_span(doc: RussianDoc, token: Token, start: int) -> tuple[int, int]:
    first = start
    while first > 0 and doc.tokens[first - 1].sentence == token.sentence and doc.tokens[first - 1].pos == "ADJ":
        first -= 1
    last = token.i
    while (
        last + 1 < len(doc.tokens)
        and last - token.i < MAX_NAME_TAIL
        and doc.tokens[last + 1].sentence == token.sentence
        and (doc.tokens[last + 1].case == "gent" or doc.tokens[last + 1].pos == "PROPN")
        and doc.tokens[last + 1].pos in ("NOUN", "PROPN", "ADJ")
    ):
        last += 1
    return first, last


def _specific_key(doc: RussianDoc, trigger: Token, first: int, last: int, entities: EntityIndex) -> str:
    """The words that tell this event from others of its type: proper words ("Каспийский", "БРИК"), or the body
    a sitting or a forum is of ("заседание межправительственной комиссии"); empty when the mention is generic."""
    if trigger.lemma in table("events")["named_by_complement"]:
        body = [t.lemma for t in doc.tokens[trigger.i + 1 : last + 1] if t.pos in ("NOUN", "PROPN", "ADJ")]
        if body:
            return " ".join(body)
    words = []
    for token in doc.tokens[first : last + 1]:
        if token.i == doc.sentences[token.sentence].first or not token.text[:1].isupper():
            continue
        entity = entities.at(token.start, token.end)
        if entity is not None and entity.type in ("person", "country"):
            continue
        if token.lemma in word_class("titles"):
            continue
        words.append(token.lemma)
    return " ".join(words)


def _occurrences(doc: RussianDoc, entities: EntityIndex) -> list[_Found]:
    """Every event word of the text, gathered by type and by what tells the event from others of its type."""
    found: dict[tuple[str, str], _Found] = {}
    stand_ins = {v[1] for v in table("events")["verbs"].values()}
    for token in doc.tokens:
        trigger = _trigger(doc, token)
        if trigger is None:
            continue
        kind, start = trigger
        first, last = _name_span(doc, token, start) if token.pos != "VERB" else (token.i, token.i)
        key = _specific_key(doc, token, first, last, entities)
        name = nominative_phrase(doc, first, last) if token.pos != "VERB" else table("events")["verbs"][token.lemma][1]
        event = found.get((kind, key))
        if event is None:
            event = found[(kind, key)] = _Found(kind, name, key, token.lemma)
        elif token.pos != "VERB" and event.name in stand_ins:
            event.name = name  # a noun names the event better than the verb's stand-in
        event.sentences.append(token.sentence)
        event.evidence.append(Span(doc.tokens[first].start, doc.tokens[last].end))
    return list(found.values())


def extract_events(
    doc: RussianDoc, entities: EntityIndex, published: str | None, dateline: Dateline | None = None
) -> list[Event]:
    """Return the events the text reports, one per occurrence, with date, place and participants."""
    lines = speaker_lines(doc.text)
    speakers = [entities.at(line.name_start, line.name_end) for line in lines]
    context = _Context(
        published=published,
        speakers=list(dict.fromkeys(s.name for s in speakers if s is not None and s.type == "person")),
        venue=_venue(doc, entities, dateline),
    )
    merged = _merged(_occurrences(doc, entities))
    events = [
        _event(doc, entities, found, context, number, _lead_date(found, dateline))
        for number, found in enumerate(merged, 1)
    ]
    greeted = greeting_meeting(doc.text, lines, context.speakers, published)
    if greeted is not None and not any(
        e.type == "meeting" and set(e.participants) & set(greeted.participants) for e in events
    ):
        events.insert(0, greeted)  # the transcript is of this meeting
        for number, event in enumerate(events, 1):
            event.id = f"ev{number}"
    return events


def _lead_date(found: _Found, dateline: Dateline | None) -> str | None:
    """The dateline's day, for an event the headline or the lead paragraph reports: that is the day's news."""
    if dateline is None:
        return None
    in_lead = any(span.start < dateline.paragraph_end for span in found.evidence)
    return dateline.date if in_lead else None


def _merged(found: list[_Found]) -> list[_Found]:
    """One event per occurrence: names opening with the same word are one body's long and short forms
    ("Евразийский межправительственный совет", "Евразийский межправсовет"), and unnamed mentions ("саммит")
    are the named event of their word when there is just one ("Второй Каспийский саммит")."""
    named: list[_Found] = []
    for event in (e for e in found if e.key):
        same = next((k for k in named if k.type == event.type and k.key.split()[0] == event.key.split()[0]), None)
        if same is None:
            named.append(event)
        else:
            _absorb(same, event)
    kept = list(named)
    sessions = table("events")["sessions"]
    sittings: list[_Found] = []
    for event in (e for e in found if not e.key):
        of_type = [k for k in named if k.type == event.type and k.trigger == event.trigger]
        before = [k for k in of_type if k.evidence[0].start < event.evidence[0].start]
        if len(of_type) == 1:
            _absorb(of_type[0], event)
        elif before:
            _absorb(before[-1], event)  # "Заседание провели ...": the sitting just named
        elif event.trigger in sessions["nouns"] and not of_type:
            sittings.append(event)
        else:
            kept.append(event)
    hosts = [k for k in kept if k.type in sessions["of"]]
    for event in sittings:
        if len(hosts) == 1:
            _absorb(hosts[0], event)  # a summit's or a forum's sitting is the summit, the forum
        else:
            kept.append(event)
    return sorted(kept, key=lambda e: e.evidence[0].start)


def _absorb(target: _Found, other: _Found) -> None:
    target.sentences += other.sentences
    target.evidence = sorted([*target.evidence, *other.evidence])


@dataclass(frozen=True)
class _Context:
    """What every event of a document may inherit: the publication date, the transcript's speakers, the venue."""

    published: str | None
    speakers: list[str]
    venue: str | None


def _venue(doc: RussianDoc, entities: EntityIndex, dateline: Dateline | None) -> str | None:
    """The city the text is set in: the dateline's, or the city named most often after "в" or "на"
    ("рады Вам в Ташкенте"); a province or a district is no venue."""
    if dateline is not None and dateline.place is not None:
        place = entities.named(dateline.place)
        if place is not None and place.type == "place":
            return place.name
    region_nouns = gazetteer().region_nouns
    counts: dict[str, int] = {}
    starts = {t.start: t for t in doc.tokens}
    for entity in entities.entities:
        if entity.type != "place" or any(w.lower() in region_nouns for w in entity.name.split()):
            continue
        for mention in entity.mentions:
            token = starts.get(mention.start)
            if token is not None and token.i > 0 and doc.tokens[token.i - 1].lemma in ("в", "на"):
                counts[entity.name] = counts.get(entity.name, 0) + 1
    return max(counts, key=lambda name: counts[name]) if counts else None


def _visited_country(doc: RussianDoc, entities: EntityIndex, first: int, last: int) -> str | None:
    """The country a visit goes to: "визит в Республику Узбекистан", "посетил Китайскую Народную Республику"."""
    for token in doc.tokens[first : last + 1]:
        if token.lemma not in ("в", "посетить"):
            continue
        after = doc.tokens[token.i + 1] if token.i + 1 < len(doc.tokens) else None
        if after is None or (token.lemma == "в" and after.case != "accs"):
            continue
        entity = entities.at(after.start, after.end)
        if entity is not None and entity.type == "country":
            return entity.name
    return None


def _chair(doc: RussianDoc, entities: EntityIndex, index: int) -> str | None:
    """Who chairs: the one person of a sentence whose verb says so ("Заседание провёл Президент ... Иван Петров")."""
    sentence = doc.sentences[index]
    verbs = word_class("chair_verbs")
    if not any(t.lemma in verbs and t.feats.get("Number") != "Plur" for t in doc.sentence_tokens(index)):
        return None
    persons = entities.within(sentence.start, sentence.end, ["person"])
    return persons[0].name if len(persons) == 1 else None


def _dates_an_event(found: FoundDate) -> bool:
    """A day dates an event, and so does "в 2024 году"; a deadline ("до 2027 года") or a span of years does not."""
    if "/" in found.value and len(found.value) == 9:
        return False
    return found.preposition in ("", "в", "с") if len(found.value) > 4 else found.preposition == "в"


def _event(
    doc: RussianDoc, entities: EntityIndex, found: _Found, context: _Context, number: int, lead_date: str | None
) -> Event:
    date: str | None = None
    place: str | None = None
    chair: str | None = None
    participants: list[str] = []
    for position, index in enumerate(dict.fromkeys(found.sentences)):
        sentence = doc.sentences[index]
        if date is None and position > 0:
            date = lead_date  # a later sentence's year is of what comes after ("следующую встречу в 2027 году")
        if date is None:
            text = doc.text[sentence.start : sentence.end]
            dates = [d for d in find_dates(text, context.published, sentence.start) if _dates_an_event(d)]
            date = dates[0].value.split("/")[0] if dates else None
        chair = chair or _chair(doc, entities, index)
        if place is None:
            places = entities.within(sentence.start, sentence.end, ["place"])
            place = places[0].name if places else None
        if place is None and found.type == "visit":
            place = _visited_country(doc, entities, doc.sentences[index].first, doc.sentences[index].last)
        for person in entities.within(sentence.start, sentence.end, ["person"]):
            if person.name not in participants:
                participants.append(person.name)
    if found.type == "meeting" and not found.key:
        participants += [name for name in context.speakers if name not in participants]
    return Event(
        id=f"ev{number}",
        type=found.type,
        name=found.name,
        date=date or lead_date,
        chair=chair,
        place=place or (context.venue if not found.key else None),
        participants=participants,
        evidence=found.evidence,
    )
