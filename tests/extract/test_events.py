from accord.extract.entities.extraction import extract_entities
from accord.extract.events.extraction import extract_events
from accord.nlp import parse
from accord.record import Event


def events_of(text: str, published: str | None = None) -> list[Event]:
    doc = parse(text)
    return extract_events(doc, extract_entities(doc), published)


SUMMIT = (
    "The fifth Caspian summit took place on August 12 in Baku under the chairmanship of Azerbaijani "
    "President Elchin Gasimzade. Alongside Gasimzade, it was attended by Presidents Anatol Hrynkevich (Belarus) "
    "and Kerem Yusuf Aydinoglu (Turkey)."
)


def test_summit_that_took_place_is_an_event_with_its_name_and_date() -> None:
    [summit] = events_of(SUMMIT)
    assert summit.type == "summit"
    assert summit.name == "fifth Caspian summit"
    assert summit.date == "--08-12"


def test_date_takes_the_year_of_publication() -> None:
    [summit] = events_of(SUMMIT, published="2024-08-13")
    assert summit.date == "2024-08-12"


def test_place_comes_from_in_city_of_the_events_clause() -> None:
    [summit] = events_of(SUMMIT)
    assert summit.place == "Baku"


def test_chair_comes_from_under_the_chairmanship_of() -> None:
    [summit] = events_of(SUMMIT)
    assert summit.chair == "Elchin Gasimzade"


def test_participants_come_from_the_sentence_saying_it_was_attended_by() -> None:
    [summit] = events_of(SUMMIT)
    assert summit.participants == ["Elchin Gasimzade", "Anatol Hrynkevich", "Kerem Yusuf Aydinoglu"]


def test_two_mentions_of_one_summit_become_one_event_with_both_evidence() -> None:
    text = (
        "President Elchin Gasimzade spoke on August 12 at the summit of heads of state in the Caspian format.\n\n"
        + SUMMIT
    )
    [summit] = events_of(text)
    assert len(summit.evidence) == 3
    assert summit.place == "Baku"


def test_proposed_annual_meetings_are_not_events() -> None:
    assert events_of("The president proposed holding annual high-level meetings in the capitals.") == []


def test_talks_announced_for_later_are_not_events() -> None:
    assert events_of("On June 10, Gennady Voronin will hold talks with Étienne Valcourt in Moscow.") == []


def test_an_anniversary_of_a_signing_is_not_an_event() -> None:
    assert events_of("The forum marked the 30th anniversary of the signing of the Treaty of Friendship.") == []


def test_welcoming_speaker_organization_organizes_the_round_table() -> None:
    text = (
        "More than 40 experts took part in the round table. "
        "In his welcoming speech, CRSA Director Oswin Renner noted that ties had grown."
    )
    [round_table] = events_of(text)
    assert round_table.type == "round_table"
    assert round_table.organizer == "CRSA"


def test_telephone_conversation_is_a_call() -> None:
    text = "During the telephone conversation, Gennady Voronin and Étienne Valcourt discussed grain exports."
    [call] = events_of(text)
    assert call.type == "call"


def test_visit_to_a_city_takes_the_city_as_place() -> None:
    text = "Voronin thanked Menon for the hospitality extended during his official visit to New Delhi on December 6."
    [visit] = events_of(text, published="2021-12-20")
    assert (visit.type, visit.place, visit.date) == ("visit", "New Delhi", "2021-12-06")


WIRE_STORY = (
    "Kazakhstan and Kyrgyzstan agree on border trade\n\n"
    "ASTANA, May 21 – President Askar-Bolat Sarsenbayev held talks with President of Kyrgyzstan Talant Mamytov, "
    "who arrived in Astana on a state visit.\n\n"
    "The presidents discussed water and energy cooperation."
)


def test_both_sides_of_talks_are_participants() -> None:
    [talks, visit] = events_of(WIRE_STORY)
    assert talks.type == "meeting"
    assert talks.participants == ["Askar-Bolat Sarsenbayev", "Talant Mamytov"]


def test_a_guest_who_arrived_on_a_visit_makes_it_their_visit() -> None:
    [_, visit] = events_of(WIRE_STORY)
    assert (visit.type, visit.name, visit.participants) == ("visit", "state visit", ["Talant Mamytov"])


def test_dateline_dates_and_places_the_lead_paragraphs_event() -> None:
    [talks, _] = events_of(WIRE_STORY, published="2025-05-22")
    assert (talks.date, talks.place) == ("2025-05-21", "Astana")


def test_dateline_does_not_reach_events_of_later_paragraphs() -> None:
    events = events_of(
        "ASTANA, May 21 – The ministers spoke about trade.\n\n"
        "A round table took place in Bishkek on May 3 and was attended by Talant Mamytov.",
        published="2025-05-22",
    )
    assert [(e.type, e.date, e.place) for e in events] == [("round_table", "2025-05-03", "Bishkek")]


def test_meeting_told_by_its_verb_names_both_persons() -> None:
    [meeting] = events_of(
        "Kyrgyz Foreign Minister Nurbek Toktosunov met Russian Deputy Foreign Minister Grigory Zavarzin "
        "in Bishkek on March 3.",
        published="2025-03-04",
    )
    assert meeting.type == "meeting"
    assert meeting.participants == ["Nurbek Toktosunov", "Grigory Zavarzin"]
    assert (meeting.date, meeting.place) == ("2025-03-03", "Bishkek")


def test_meeting_that_will_happen_is_no_event() -> None:
    assert events_of("Nurbek Toktosunov will meet Grigory Zavarzin in Bishkek next week.") == []


def test_phone_talks_in_the_headline_and_the_body_are_one_call() -> None:
    events = events_of(
        "Sarsenbayev and Mamytov hold phone talks\n\n"
        "President Askar-Bolat Sarsenbayev had a telephone conversation with President Talant Mamytov on 3 March."
    )
    assert [e.type for e in events] == ["call"]


def test_who_opens_the_conference_in_the_same_sentence_names_its_organizer() -> None:
    [conference] = events_of(
        "The conference was organized to mark the anniversary of relations between Kazakhstan and Azerbaijan. "
        "Opening the conference, KazSPI Director Daulet Kenzhebekov noted that relations are developing."
    )
    assert (conference.type, conference.organizer) == ("forum", "KazSPI")


def test_the_speakers_of_a_round_table_take_part_in_it() -> None:
    [round_table] = events_of(
        "A round table on water and energy was held in Tashkent on November 12.\n\n"
        "Deputy Minister of Energy Bahodir Ergashev noted that demand is rising. "
        "Researcher Nilufar Sadykova proposed a regional water data platform. "
        "Professor Gleb Ilyin presented a study of the Aral Sea basin."
    )
    assert round_table.type == "round_table"
    assert round_table.participants == ["Bahodir Ergashev", "Nilufar Sadykova", "Gleb Ilyin"]


def test_the_co_chairs_of_a_commission_meeting_take_part_in_it() -> None:
    [meeting] = events_of(
        "The ninth meeting of the Intergovernmental Commission was held in Tashkent on Monday. The meeting was "
        "co-chaired by Deputy Prime Minister Otabek Rahimov and Federal Minister Farid Qureshi."
    )
    assert meeting.participants == ["Otabek Rahimov", "Farid Qureshi"]


def test_a_person_quoted_before_the_round_table_is_told_takes_no_part_in_it() -> None:
    [round_table] = events_of(
        "Earlier this year, Veloria's President Alden Mercer said tariffs would rise. "
        "A round table on trade was held in Tashkent on May 3. Economist Bahodir Ergashev noted that demand rose."
    )
    assert round_table.participants == ["Bahodir Ergashev"]


def test_a_strategic_dialogue_co_chaired_by_two_ministers_is_their_meeting() -> None:
    [dialogue] = events_of(
        "Minister Jane Corvin and Vice Minister Tomas Berg co-chaired the fourth Freedonia-Sylvania "
        "Strategic Dialogue on 5 March 2024 in Lisbon."
    )
    assert (dialogue.type, dialogue.name) == ("meeting", "fourth Freedonia-Sylvania Strategic Dialogue")
    assert (dialogue.date, dialogue.place) == ("2024-03-05", "Lisbon")
    assert dialogue.participants == ["Jane Corvin", "Tomas Berg"]


def test_an_ordinal_annual_committee_meeting_held_by_two_sides_is_an_event() -> None:
    [meeting] = events_of("The European Union and Chile held their third annual Joint Committee meeting on 3 May 2022.")
    assert meeting.name == "third annual Joint Committee meeting"
    assert meeting.participants == ["European Union", "Chile"]


def test_a_guest_received_for_a_dialogue_takes_part_in_it() -> None:
    [dialogue] = events_of(
        "On 4 April 2024 Foreign Minister Jane Corvin received Foreign Secretary Tomas Berg for the inaugural "
        "Freedonia-Sylvania Strategic Dialogue."
    )
    assert dialogue.name == "inaugural Freedonia-Sylvania Strategic Dialogue"
    assert dialogue.participants == ["Jane Corvin", "Tomas Berg"]
    assert dialogue.date == "2024-04-04"


def test_a_signing_told_by_its_verb_is_an_event_with_its_signers() -> None:
    [signing] = events_of(
        "WASHINGTON – The Harbour Development Agency and the Government of Chile signed a $300 million "
        "compact on Monday.",
        published="2024-06-12",
    )
    assert (signing.type, signing.name) == ("signing", "signing of a $300 million compact")
    assert signing.participants == ["Harbour Development Agency", "Chile"]
    assert signing.place == "Washington"


def test_a_treaty_signed_long_ago_is_history_not_a_signing() -> None:
    text = "The ministers praised the Treaty of Friendship, signed in 1958, and discussed trade."
    assert [e for e in events_of(text) if e.type == "signing"] == []


def test_a_visit_told_by_its_verb_places_the_visit_in_the_country() -> None:
    [visit] = events_of("Minister Jane Corvin visited Chile from 6 to 7 June 2023 to discuss trade.")
    assert (visit.type, visit.name, visit.place, visit.date) == ("visit", "visit to Chile", "Chile", "2023-06-06")
    assert visit.participants == ["Jane Corvin"]


def test_spoke_by_phone_is_a_call_and_spoke_to_a_leader_is_a_call_too() -> None:
    [call] = events_of("President Jane Corvin spoke by phone with President Tomas Berg of Sylvania.")
    assert (call.type, call.participants) == ("call", ["Jane Corvin", "Tomas Berg"])
    [readout] = events_of("The Prime Minister spoke to President Tomas Berg of Sylvania earlier today.")
    assert readout.type == "call" and readout.participants == ["Tomas Berg"]


def test_a_call_with_a_title_names_the_person_set_off_after_it() -> None:
    [call] = events_of("The Chancellor spoke to the Emir of Sylvania, His Highness Sheikh Karim Haddad, today.")
    assert call.type == "call" and call.participants == ["Karim Haddad"]


def test_the_call_a_headline_names_took_place_on_the_day_the_release_is_published() -> None:
    [call] = events_of(
        "Telephone conversation with President of Finland Jane Corvin\n\nThe presidents discussed trade.",
        published="2024-03-02",
    )
    assert (call.type, call.participants, call.date) == ("call", ["Jane Corvin"], "2024-03-02")


def test_talks_a_headline_names_are_a_meeting_and_a_body_dates_its_own_events() -> None:
    events = events_of(
        "Talks with Prime Minister of Norway Jane Corvin\n\nA forum took place in Oslo on 3 May.",
        published="2024-06-20",
    )
    assert [(e.type, e.date) for e in events] == [("meeting", "2024-06-20"), ("forum", "2024-05-03")]


def test_a_headline_of_talks_is_the_meeting_though_the_tagger_reads_talks_as_a_verb() -> None:
    text = (
        "Norway\u2012Chile talks\n\nThe presidents discussed further development of cooperation between the two "
        "countries in politics, trade and the economy."
    )
    [talks] = events_of(text, published="2024-06-20")
    assert (talks.type, talks.date) == ("meeting", "2024-06-20")


def test_ministers_of_a_list_who_met_take_part_in_the_ministerial_named_next() -> None:
    [meeting] = events_of(
        "On October 24, Administrator Jane Corvin and ministers from Chile, Peru and Ecuador met in Lima. "
        "During the Pacific Connectivity Ministerial, the participants discussed ports."
    )
    assert meeting.name == "Pacific Connectivity Ministerial"
    assert meeting.place == "Lima"
    assert meeting.participants[0] == "Jane Corvin"


def test_a_page_header_date_gives_the_year_of_its_events() -> None:
    [summit] = events_of("Leaders meet\n\nOctober 30, 2023\n\nThe Lake Summit took place in Geneva on October 24.")
    assert summit.date == "2023-10-24"


def test_yesterday_counts_from_the_dateline_day() -> None:
    [signing] = events_of(
        "GENEVA, November 8, 2017 – The agency and the Government of Chile yesterday signed a compact."
    )
    assert signing.date == "2017-11-07"


def test_a_day_first_dateline_places_the_lead_paragraph() -> None:
    [meeting] = events_of(
        "Meeting with the President of Sylvania\n\nFebruary 24, 2021, The Palace, Geneva\n\n"
        "President Jane Corvin met with President of Sylvania Tomas Berg."
    )
    assert (meeting.date, meeting.place) == ("2021-02-24", "Geneva")


def test_an_event_named_again_by_its_acronym_is_one_event_with_the_acronyms_chairs() -> None:
    [dialogue] = events_of(
        "Officials from Chile and Peru met today in Lima for the second meeting of the Andean Trade Dialogue (ATD). "
        "Minister Jane Corvin and Ambassador Tomas Berg chaired the ATD for Chile."
    )
    assert dialogue.name == "second meeting of the Andean Trade Dialogue"
    assert {"Jane Corvin", "Tomas Berg"} <= set(dialogue.participants)


def test_a_building_of_a_body_places_the_event_but_a_forum_does_not() -> None:
    [summit] = events_of(
        "At the Lake Nations Summit at the Lantern House on September 25, President Jane Corvin spoke."
    )
    assert summit.place == "Lantern House"
    [forum] = events_of("Minister Jane Corvin announced aid at the Tenth Lake Nations Forum in August.")
    assert forum.place is None


def test_a_pair_of_days_the_tagger_splits_dates_the_visit_by_its_first_day() -> None:
    [visit] = events_of("President Jane Corvin of Sylvania paid an official visit to the UK on 22 and 23 January 2013.")
    assert visit.date == "2013-01-22"


def test_a_bare_year_of_a_plan_does_not_date_the_talks_it_was_told_at() -> None:
    [talks] = events_of("During the Andean Trade Dialogue, the delegation presented plans to host the games in 2030.")
    assert talks.date is None


def test_the_speakers_of_a_transcript_take_part_in_the_meeting_it_records() -> None:
    [meeting] = events_of(
        "On the Sylvanian side, the meeting was attended by Foreign Minister Tomas Berg.\n"
        "* * *\n"
        "President of Freedonia Jane Corvin: Mr Minister, friends, I am very glad to see you in our capital.\n"
    )
    assert meeting.participants == ["Tomas Berg", "Jane Corvin"]


def test_a_signing_dated_years_before_the_page_is_history() -> None:
    text = "The Charter on Partnership was signed by Minister Jane Corvin and Minister Tomas Berg on 9 January 2009."
    assert events_of(text, published="2012-12-17") == []
    [signing] = events_of(text, published="2009-01-10")
    assert signing.participants == ["Jane Corvin", "Tomas Berg"]


def test_spoke_to_someone_at_a_lunch_is_no_call() -> None:
    events = events_of("President Jane Corvin spoke to President Tomas Berg at the lunch.")
    assert [e for e in events if e.type == "call"] == []


def test_a_transcript_that_opens_by_greeting_a_named_guest_is_of_their_meeting() -> None:
    transcript = (
        "President of Norland Greta Berg: Mr Okafor, I am very glad to see you in our capital.\n"
        "Our trade has grown this year, and we have good projects in energy.\n"
        "President of Vesta Alistair Okafor: Thank you for the invitation.\n"
    )
    [meeting] = events_of(transcript, published="2025-03-04")
    assert (meeting.type, meeting.date) == ("meeting", "2025-03-04")
    assert set(meeting.participants) == {"Greta Berg", "Alistair Okafor"}


def test_a_turn_that_greets_no_one_by_name_tells_no_meeting() -> None:
    transcript = (
        "President of Norland Greta Berg: Friends, good afternoon.\n"
        "Our trade has grown this year, and we have good projects in energy.\n"
    )
    assert events_of(transcript, published="2025-03-04") == []


def test_a_headline_that_opens_with_meeting_with_is_the_pages_meeting() -> None:
    [meeting] = events_of(
        "Meeting with President of Vesta Alistair Okafor\n\nThe two presidents discussed trade, energy and transport.",
        published="2025-03-04",
    )
    assert (meeting.type, meeting.date) == ("meeting", "2025-03-04")
    assert "Alistair Okafor" in meeting.participants


def test_a_host_who_also_meets_another_guest_holds_another_meeting() -> None:
    found = events_of(
        "Minister Jane Corvin met with the Foreign Minister of Vesta, Tomas Berg, to discuss security. "
        "Minister Jane Corvin also met with the Trade Minister of Vesta, Alistair Okafor, to discuss exports."
    )
    first, second = [e for e in found if e.type == "meeting"]
    assert "Jane Corvin" in first.participants and "Alistair Okafor" not in first.participants
    assert set(second.participants) == {"Jane Corvin", "Alistair Okafor"}


def test_a_guest_greeted_by_office_alone_names_the_meeting() -> None:
    transcript = (
        "President of Norland Greta Berg: Mr Minister, dear friends,\n"
        "I am very happy to see you in our capital. We have much work ahead in energy.\n"
    )
    [meeting] = events_of(transcript, published="2025-03-04")
    assert (meeting.type, meeting.name) == ("meeting", "meeting with the Minister")
    assert meeting.participants == ["Greta Berg"]


def test_a_turn_that_welcomes_a_decision_greets_no_one() -> None:
    transcript = "President of Norland Greta Berg: Mr Minister, we welcome the decision of your government.\n"
    assert events_of(transcript, published="2025-03-04") == []
