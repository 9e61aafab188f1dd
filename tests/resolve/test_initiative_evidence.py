"""Merging initiatives is a judgement with evidence: a common noun is no identity, what tells
undertakings apart must agree, near cases wait for a person, and fragments are no facts."""

from __future__ import annotations

from kb_records import document, entity, record, span_of
from sqlalchemy import Engine

from accord.curation.review import review_queue
from accord.ingest.writer import save_document
from accord.record import Entity, Initiative
from accord.resolve.title_fragments import fragment_reason
from accord.store.initiatives import list_initiatives


def report(
    store: Engine,
    source: str,
    text: str,
    title: str,
    entities: list[Entity],
    location: str | None = None,
    sector: str = "energy",
    kind: str = "project",
    found_by: str | None = None,
) -> None:
    doc = document(source, text)
    initiative = Initiative(
        id="i1",
        kind=kind,  # type: ignore[arg-type]
        title=title,
        status="planned",
        sector=sector,  # type: ignore[arg-type]
        location=location,
        parties=[e.name for e in entities if e.type == "country"],
        evidence=[span_of(text, title)],
        found_by=found_by,
    )
    save_document(store, doc, record(doc, entities=entities, initiatives=[initiative]))


def country(text: str, name: str, code: str) -> Entity:
    return entity(text, "country", name, country=code)


def test_a_common_noun_in_different_countries_makes_two_plants(store: Engine) -> None:
    first = "Armenia and Georgia agreed on the nuclear power plant."
    second = "Armenia and Moldova agreed on the nuclear power plant."
    report(
        store, "a.txt", first, "nuclear power plant", [country(first, "Armenia", "AM"), country(first, "Georgia", "GE")]
    )
    report(
        store,
        "b.txt",
        second,
        "nuclear power plant",
        [country(second, "Armenia", "AM"), country(second, "Moldova", "MD")],
    )
    with store.connect() as conn:
        assert [i["documents"] for i in list_initiatives(conn)] == [1, 1]
        [question] = review_queue(conn)["merges"]
    assert "a title names nothing and the countries differ" in question["reasons"]


def test_a_bare_common_noun_never_merges_on_its_own_even_between_the_same_countries(store: Engine) -> None:
    first = "Armenia and Georgia adopted a joint statement in spring."
    second = "Armenia and Georgia adopted a joint statement in autumn."
    for source, text in (("a.txt", first), ("b.txt", second)):
        parties = [country(text, "Armenia", "AM"), country(text, "Georgia", "GE")]
        report(store, source, text, "joint statement", parties, sector="diplomacy", kind="agreement")
    with store.connect() as conn:
        assert len(list_initiatives(conn)) == 2
        [question] = review_queue(conn)["merges"]
    assert question["form"] == "joint statement" and question["confidence"] < 0.7
    assert "a common noun alone names nothing" in question["reasons"]


def test_titles_naming_different_companies_stay_apart(store: Engine) -> None:
    first = "Armenia will build the Nordvale Energy solar power station."
    second = "Armenia will build the Brightmoor Power solar power station."
    report(
        store,
        "a.txt",
        first,
        "Nordvale Energy solar power station",
        [country(first, "Armenia", "AM"), entity(first, "organization", "Nordvale Energy", country="AM")],
    )
    report(
        store,
        "b.txt",
        second,
        "Brightmoor Power solar power station",
        [country(second, "Armenia", "AM"), entity(second, "organization", "Brightmoor Power", country="AM")],
    )
    with store.connect() as conn:
        assert len(list_initiatives(conn)) == 2
        assert review_queue(conn)["merges"] == []


def test_one_title_at_two_places_is_two_undertakings(store: Engine) -> None:
    first = "Armenia plans a large grain terminal at the river port in Eastgate."
    second = "Armenia plans a large grain terminal at the river port in Westford."
    for source, text, town in (("a.txt", first, "Eastgate"), ("b.txt", second, "Westford")):
        entities = [country(text, "Armenia", "AM"), entity(text, "place", town, country="AM")]
        report(store, source, text, "large grain terminal at the river port", entities, location=town, sector="trade")
    with store.connect() as conn:
        assert len(list_initiatives(conn)) == 2


def test_a_merge_keeps_its_evidence_and_reasons(store: Engine) -> None:
    first = "Armenia plans the Nordvale Energy solar power station."
    second = "Construction of Armenia's Nordvale Energy solar power station began."
    for source, text in (("a.txt", first), ("b.txt", second)):
        entities = [country(text, "Armenia", "AM"), entity(text, "organization", "Nordvale Energy", country="AM")]
        report(store, source, text, "Nordvale Energy solar power station", entities)
    with store.connect() as conn:
        [merged] = list_initiatives(conn)
    assert merged["documents"] == 2
    assert merged["reports"][1]["reasons"][:1] == ["same title words (100%)"]
    assert "same country" in merged["reports"][1]["reasons"]


def test_the_same_title_with_no_country_in_common_waits_for_a_person(store: Engine) -> None:
    first = "The Nordvale Energy solar power station will be built, the company said."
    second = "Armenia welcomed the Nordvale Energy solar power station."
    report(
        store, "a.txt", first, "Nordvale Energy solar power station", [entity(first, "organization", "Nordvale Energy")]
    )
    report(
        store,
        "b.txt",
        second,
        "Nordvale Energy solar power station",
        [country(second, "Armenia", "AM"), entity(second, "organization", "Nordvale Energy")],
    )
    with store.connect() as conn:
        assert len(list_initiatives(conn)) == 2
        [question] = review_queue(conn)["merges"]
    assert "no country in common" in question["reasons"]


def test_fragments_of_sentences_are_no_initiatives() -> None:
    assert fragment_reason("following the Forum") == "opens with a preposition: 'following'"
    assert fragment_reason("third enterprise") == "opens with an ordinal or anaphora: 'third'"
    assert fragment_reason("approve this agenda") == "opens with a bare verb: 'approve'"
    assert fragment_reason("previous bridge") is not None
    assert fragment_reason("next meeting on this") is not None
    assert fragment_reason("agenda of the session") == "holds an agenda item: 'agenda'"
    assert fragment_reason("example, a railway bridge to the coast") == "its first word ends a clause"
    assert fragment_reason("Armenia") == "names a place, no undertaking"
    assert fragment_reason("Eastgate State University") == "names a body, no undertaking"
    assert fragment_reason("first nuclear power plant in the north of the country") is None
    assert fragment_reason("new railway line to the coast") is None


def test_a_title_that_names_an_act_a_meeting_or_a_kind_is_no_undertaking() -> None:
    assert fragment_reason("join the inquiry") == "opens with a bare verb: 'join'"
    assert fragment_reason("do some thinking, Mr Mayor") == "opens with a bare verb: 'do'"
    assert fragment_reason("separate meeting on river shipping next month") == "names a meeting, no undertaking"
    assert fragment_reason("construction project") == "names only a kind"
    assert fragment_reason("new regional programme") == "names only a kind"
    assert fragment_reason("Charter") == "one word names only a kind"
    assert fragment_reason("Stabilisation Fund, money the cabinet may spend") == "runs on past a comma"
    assert fragment_reason("ferry link to the island… Mayor Jones") == "runs on past an ellipsis"
    assert fragment_reason("programme of preferential lending") is None
    assert fragment_reason("joint statement") is None
    assert fragment_reason("Treaty of Friendship, Trade and Navigation") is None
    assert fragment_reason("AGRINET") is None


def test_a_title_cut_from_its_frame_a_stance_or_whose_initiative_it_is_names_no_undertaking() -> None:
    stance = "names a relation or a stance, no undertaking"
    assert fragment_reason("aegis of the Coastal States Forum") == "opens with a framing noun: 'aegis'"
    assert fragment_reason("same decision on the fisheries programme") == "opens with an anaphora: 'same'"
    assert fragment_reason("contract for four more") == "ends on an ellipsis: 'more'"
    assert fragment_reason("supporting the cabinet's proposals") == "opens with a bare verb: 'supporting'"
    assert fragment_reason("in-depth discussion on teacher training") == "names a meeting, no undertaking"
    assert fragment_reason("expanded cooperation with the Republic of Vesta") == stance
    assert fragment_reason("initiative of Eastgate State University") == "names whose initiative it is, not what"
    assert fragment_reason("initiative of the Northern Rim Partnership") is None
    assert fragment_reason("initiative of the Vestan chairmanship") == "names whose initiative it is, not what"
    assert fragment_reason("initiative of the Norland Red Cross") == "names whose initiative it is, not what"
    assert fragment_reason("initiative of the Coastal Energy Compact") is None
    assert fragment_reason("balanced position on the fisheries dispute") == stance
    assert fragment_reason("reviews of the grant applications") == "names a meeting, no undertaking"
    assert fragment_reason("observance of the river treaty's norms") == stance
    assert fragment_reason("annual programme") == "names only a kind"
    assert fragment_reason("plan for a first stage") == "ends on a step: 'stage'"
    assert fragment_reason("first stage of the Eastport ring road") is None
    assert fragment_reason("end to the border dispute") == "opens with a framing noun: 'end'"
    assert fragment_reason("afore-mentioned supply contracts") == "opens with an anaphora: 'afore-mentioned'"
    assert fragment_reason("long-term supply contracts") == "names many things of a kind"
    assert fragment_reason("new road sections") == "names many things of a kind"
    assert fragment_reason("free trade zones between Norland and Vesta") is None
    assert fragment_reason("gas") is not None and fragment_reason("regional gas") is None
    assert fragment_reason("agreement on cooperation in fisheries") is None
    assert fragment_reason("cooperation programme for 2026-2028") is None


def test_a_place_the_government_a_tally_or_paperwork_names_no_undertaking() -> None:
    assert fragment_reason("Northern zone of Norland") == "names a place, no undertaking"
    assert fragment_reason("coastal region") == "names a place, no undertaking"
    assert fragment_reason("special economic zone in the Tana valley") is None
    assert fragment_reason("priority development area") is None
    assert fragment_reason("federal centre") == "names the government, no undertaking"
    assert fragment_reason("total investment") == "opens with a tally: 'total'"
    assert fragment_reason("project design") == "ends on a project's paperwork: 'design'"
    assert fragment_reason("frank dialogue on the border") == "names a meeting, no undertaking"
    assert fragment_reason("Norland-Vesta Strategic Dialogue") is None
    assert fragment_reason("summit's rich programme") == "names an event's programme, no undertaking"
    assert fragment_reason("distributing the grants among the regions") is None
    assert fragment_reason("village school in Tana– the oldest in the valley") == "runs on past a dash"
    assert fragment_reason("Tana–Vesta ferry line") is None
    assert fragment_reason("minimising the number of permits") == "names a goal ('minimising'), no undertaking"
    assert fragment_reason("increasing the capacity of the river port") is None
    assert fragment_reason("Northern zone projects") == "names many things of a kind"
    assert fragment_reason("Tana agreements") is None
    assert fragment_reason("country on the principles of federation") == "names a place, no undertaking"


def test_a_title_that_counts_things_is_no_undertaking_unless_a_sum_was_found() -> None:
    assert fragment_reason("More than 900 technical standards", "agreement_verb") is not None
    assert fragment_reason("$4 billion investment", "project_noun") is not None
    assert fragment_reason("three new grain terminals", "construction_verb") is not None
    assert fragment_reason("$40 million for rural clinics", "financing") is None
    counted = "counts things, names no one undertaking"
    assert fragment_reason("2040 Agenda for Coastal Towns", "named_undertaking") != counted


def test_a_count_waits_in_the_review_queue_while_a_sum_found_as_financing_is_a_fact(store: Engine) -> None:
    counted = "More than 900 technical standards have been approved in Armenia."
    funded = "Armenia will provide $40 million for rural clinics."
    for source, text, title, found_by in (
        ("a.txt", counted, "More than 900 technical standards", "agreement_verb"),
        ("b.txt", funded, "$40 million for rural clinics", "financing"),
    ):
        report(store, source, text, title, [country(text, "Armenia", "AM")], sector="health", found_by=found_by)
    with store.connect() as conn:
        waiting = {i["title"]: i["unreviewed"] for i in list_initiatives(conn)}
    assert waiting == {"More than 900 technical standards": True, "$40 million for rural clinics": False}


def test_a_fragment_waits_in_the_review_queue_marked_and_merges_with_nothing(store: Engine) -> None:
    first = "The ministers discussed the third enterprise and the new railway line."
    second = "Work on the third enterprise goes on, Armenia said."
    report(store, "a.txt", first, "third enterprise", [], sector="industry")
    report(store, "b.txt", second, "third enterprise", [country(second, "Armenia", "AM")], sector="industry")
    with store.connect() as conn:
        listed = list_initiatives(conn)
        extractions = review_queue(conn)["extractions"]
    assert [(i["title"], i["documents"], i["unreviewed"]) for i in listed] == [("third enterprise", 1, True)] * 2
    assert {q["form"] for q in extractions} == {"third enterprise"}
    assert any("the title is a fragment" in reason for q in extractions for reason in q["reasons"])


def test_titles_differing_in_a_proper_name_are_two_treaties(store: Engine) -> None:
    first = "Armenia signed the Treaty of Friendship between Armenia and the Eastland Republic."
    second = "Armenia signed the Treaty of Friendship between Armenia and the Westland Republic."
    for source, text in (("a.txt", first), ("b.txt", second)):
        title = text[text.index("Treaty") : -1]
        report(store, source, text, title, [country(text, "Armenia", "AM")], sector="diplomacy", kind="agreement")
    with store.connect() as conn:
        assert len(list_initiatives(conn)) == 2


def test_a_short_title_within_a_long_one_is_not_the_same_thing(store: Engine) -> None:
    first = "Armenia discussed the northern zone of the country."
    second = "Armenia plans the first solar power station in the northern zone of the country."
    report(store, "a.txt", first, "northern zone of the country", [country(first, "Armenia", "AM")])
    report(
        store,
        "b.txt",
        second,
        "first solar power station in the northern zone of the country",
        [country(second, "Armenia", "AM")],
    )
    with store.connect() as conn:
        assert len(list_initiatives(conn)) == 2


def test_treaties_naming_different_partner_countries_stay_apart(store: Engine) -> None:
    first = "Armenia marked the anniversary of the Armenian-Georgian Treaty on friendship."
    second = "Armenia marked the anniversary of the Armenian-Moldovan Treaty on friendship."
    report(store, "a.txt", first, "Armenian-Georgian Treaty", [country(first, "Armenia", "AM")], sector="diplomacy")
    report(store, "b.txt", second, "Armenian-Moldovan Treaty", [country(second, "Armenia", "AM")], sector="diplomacy")
    with store.connect() as conn:
        assert len(list_initiatives(conn)) == 2


def test_a_title_that_is_a_body_s_name_joins_nothing(store: Engine) -> None:
    first = "Armenia said the Eastgate State University will open a branch abroad."
    second = "Armenia backed the initiative of the Eastgate State University to host a congress."
    university = "Eastgate State University"
    report(
        store, "a.txt", first, university, [country(first, "Armenia", "AM"), entity(first, "organization", university)]
    )
    report(
        store,
        "b.txt",
        second,
        f"initiative of the {university}",
        [country(second, "Armenia", "AM"), entity(second, "organization", university)],
    )
    with store.connect() as conn:
        assert len(list_initiatives(conn)) == 2


def test_a_system_for_one_region_waits_for_a_person_before_joining_the_general_one(store: Engine) -> None:
    general = "Norland has long advocated an equal and indivisible security system for the whole world."
    regional = "Norland advocated a system of equal and indivisible security in the Northern Rim."
    report(store, "a.txt", general, "equal and indivisible security system", [country(general, "Norland", "NL")])
    report(
        store,
        "b.txt",
        regional,
        "system of equal and indivisible security in the Northern Rim",
        [country(regional, "Norland", "NL"), entity(regional, "organization", "Northern Rim")],
    )
    with store.connect() as conn:
        assert [i["documents"] for i in list_initiatives(conn)] == [1, 1]
        [question] = review_queue(conn)["merges"]
    assert "only one title names 'northern rim'" in question["reasons"]


def test_a_treaty_named_without_its_partner_joins_neither_treaty_that_names_one(store: Engine) -> None:
    cut = "Norland recalled the Treaty of Friendship and Mutual Assistance signed that week with its two neighbours."
    eastern = "Norland ratified the Treaty of Friendship and Mutual Assistance with the Eastmark Union."
    western = "Norland ratified the Treaty of Friendship and Mutual Assistance with the Westmark Union."
    title = "Treaty of Friendship and Mutual Assistance"
    report(store, "cut.txt", cut, title, [country(cut, "Norland", "NL")], sector="diplomacy", kind="agreement")
    for source, text, partner in (("east.txt", eastern, "Eastmark Union"), ("west.txt", western, "Westmark Union")):
        named = [country(text, "Norland", "NL"), entity(text, "organization", partner)]
        report(store, source, text, text[text.index("Treaty") : -1], named, sector="diplomacy", kind="agreement")
    with store.connect() as conn:
        assert [i["documents"] for i in list_initiatives(conn)] == [1, 1, 1]
        reasons = [reason for question in review_queue(conn)["merges"] for reason in question["reasons"]]
    assert "only one title names 'eastmark union'" in reasons


def test_a_region_named_in_one_title_lies_in_the_country_both_share(store: Engine) -> None:
    first = "Norland will build a tidal power station, its ministry said."
    second = "Work began on the tidal power station in the Saltmarsh region of Norland."
    report(store, "a.txt", first, "tidal power station", [country(first, "Norland", "NL")])
    places = [country(second, "Norland", "NL"), entity(second, "region", "Saltmarsh region", country="NL")]
    report(store, "b.txt", second, "tidal power station in the Saltmarsh region", places)
    with store.connect() as conn:
        [merged] = list_initiatives(conn)
    assert merged["documents"] == 2


def test_a_title_that_is_wholly_a_body_s_or_a_person_s_name_waits_in_the_review_queue(store: Engine) -> None:
    body = "Armenia said it is necessary to support the Coastal Relief League in the flooded valley."
    corridor = "Armenia backed the Southern Grain Corridor to the sea."
    league = entity(body, "organization", "Coastal Relief League")
    named = [country(body, "Armenia", "AM"), league]
    report(store, "a.txt", body, "Coastal Relief League", named, sector="humanitarian")
    route = entity(corridor, "organization", "Southern Grain Corridor")
    report(store, "b.txt", corridor, "Southern Grain Corridor", [country(corridor, "Armenia", "AM"), route])
    with store.connect() as conn:
        waiting = {i["title"]: i["unreviewed"] for i in list_initiatives(conn)}
        reasons = [r for q in review_queue(conn)["extractions"] for r in q["reasons"]]
    assert waiting == {"Coastal Relief League": True, "Southern Grain Corridor": False}
    assert "the title is a fragment (names a body or a person, no undertaking)" in reasons
