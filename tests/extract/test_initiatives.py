"""Initiatives: what leaders propose, what governments agree and what is being built, for how much, by when."""

from __future__ import annotations

import pytest

from accord.extract.entities.extraction import extract_entities
from accord.extract.figures.extraction import extract_figures
from accord.extract.initiatives.extraction import extract_initiatives
from accord.nlp import parse
from accord.record import Initiative


def initiatives_of(text: str, published: str | None = "2024-05-14") -> list[Initiative]:
    doc = parse(text)
    entities = extract_entities(doc)
    return extract_initiatives(doc, entities, extract_figures(doc, entities), published)


def titled(initiatives: list[Initiative], word: str) -> Initiative:
    (found,) = [i for i in initiatives if word.casefold() in i.title.casefold()]
    return found


def test_proposal_in_bullet_list_keeps_its_proposer() -> None:
    text = (
        "President Askar-Bolat Sarsenbayev addressed the forum in Astana.\n\n"
        "He also proposed:\n\n"
        "• establishing a Regional Water Council;\n"
        "• launching a joint venture fund for young entrepreneurs;\n"
        "• holding an annual youth film festival.\n"
    )
    found = initiatives_of(text)
    assert [i.title for i in found] == [
        "Regional Water Council",
        "joint venture fund for young entrepreneurs",
        "annual youth film festival",
    ]
    assert all(i.actors == ["Askar-Bolat Sarsenbayev"] and i.kind == "proposal" for i in found)
    assert titled(found, "festival").sector == "culture"


def test_coordinated_gerunds_give_two_initiatives() -> None:
    text = (
        "Askar-Bolat Sarsenbayev proposed creating a regional logistics hub and "
        "holding regular consultations between foreign ministries."
    )
    found = initiatives_of(text)
    assert [i.title for i in found] == [
        "regional logistics hub",
        "regular consultations between foreign ministries",
    ]
    assert titled(found, "consultations").sector == "diplomacy"


def test_coordination_inside_a_name_stays_one_initiative() -> None:
    found = initiatives_of("Elchin Gasimzade suggested setting up a council on science and technology.")
    assert [i.title for i in found] == ["council on science and technology"]


def test_pronoun_proposer_resolves_to_the_last_named_person() -> None:
    text = (
        "Elchin Gasimzade met business leaders in Baku on Monday. "
        "He called for expanding direct flights between the two capitals."
    )
    (found,) = initiatives_of(text)
    assert found.actors == ["Elchin Gasimzade"]
    assert found.status == "proposed"
    assert found.sector == "transport"


def test_title_only_subject_resolves_to_the_president_named_before() -> None:
    text = (
        "President Étienne Valcourt opened the summit. "
        "The president proposed holding annual meetings of energy ministers."
    )
    (found,) = initiatives_of(text)
    assert found.title == "annual meetings of energy ministers"
    assert found.actors == ["Étienne Valcourt"]


def test_deadline_is_read_from_a_through_year() -> None:
    (found,) = initiatives_of("Raghav Menon supported adopting a Joint Investment Programme through 2030.")
    assert found.title == "Joint Investment Programme"
    assert found.deadline == "2030"
    assert found.sector == "investment"


def test_project_carries_its_cost_and_capacity() -> None:
    text = (
        "The Karaveli Cement Plant, built at a cost of over $150 million and producing about "
        "1.5 million tonnes of cement per year, was praised by the delegation."
    )
    (found,) = initiatives_of(text)
    assert (found.kind, found.title, found.status, found.sector) == (
        "project",
        "Karaveli Cement Plant",
        "completed",
        "industry",
    )
    assert len(found.figures) == 2


def test_milestone_year_and_progress_come_from_the_following_sentences() -> None:
    text = (
        "The engineer described the start of the construction of a new hydropower plant in the Naryn region. "
        "He said the project is being implemented on schedule, and the first unit is expected "
        "to be commissioned in 2028."
    )
    (found,) = initiatives_of(text)
    assert found.kind == "project" and found.status == "in_progress" and found.sector == "energy"
    assert [(m.label, m.date) for m in found.milestones] == [("first unit commissioned", "2028")]
    assert found.location and found.location.startswith("Naryn")


def test_leading_place_becomes_the_location_not_the_title() -> None:
    (found,) = initiatives_of("Farhan Qadri proposed establishing in Lahore a South Asian Textile Hub.")
    assert found.title == "South Asian Textile Hub"
    assert found.location == "Lahore"


def test_announced_construction_is_a_planned_project() -> None:
    text = "President Kerem Yusuf Aydinoglu announced the upcoming start of work to build a new airport in Izmir."
    (found,) = initiatives_of(text)
    assert (found.kind, found.status, found.actors) == ("project", "planned", ["Kerem Yusuf Aydinoglu"])
    assert (found.title, found.location, found.sector) == ("new airport", "Izmir", "transport")


def test_signed_memorandum_is_an_agreement() -> None:
    text = "The ministers signed a memorandum on cooperation in renewable energy."
    (found,) = initiatives_of(text)
    assert (found.kind, found.status, found.sector) == ("agreement", "agreed", "energy")


def test_criticised_proposal_is_not_a_new_proposal_by_the_critic() -> None:
    text = "The opposition leader Jan Kowalski criticised the proposal to raise the retirement age."
    assert initiatives_of(text) == []


def test_general_mentions_are_not_initiatives() -> None:
    text = (
        "The parties emphasized the importance of the work of experts in promoting joint initiatives. "
        "Rising tensions call for closer coordination. Many joint projects have been implemented."
    )
    assert initiatives_of(text) == []


def test_supporting_people_is_not_a_proposal() -> None:
    assert initiatives_of("Gennady Voronin said the state supported families with children.") == []


def test_second_document_signed_is_an_agreement_between_the_two_parties() -> None:
    initiatives = initiatives_of(
        "Kyrgyzstan and Tajikistan held talks in Bishkek. Kyrgyzstan and Tajikistan discussed water use. "
        "The parties signed a programme of cultural exchanges for 2025-2027 and a memorandum on the "
        "construction of the Sarybek-Tolmaz highway."
    )
    programme = titled(initiatives, "programme")
    memorandum = titled(initiatives, "memorandum")
    assert (programme.kind, programme.deadline) == ("agreement", "2027")
    assert (memorandum.kind, memorandum.deadline) == ("agreement", None)
    assert set(memorandum.parties) == {"Kyrgyzstan", "Tajikistan"}


def test_object_named_again_in_the_next_sentence_gives_its_completion_date() -> None:
    initiatives = initiatives_of(
        "An agreement on the Altynsai Valley Logistics Centre was signed on Monday. "
        "The centre, covering 120 hectares, will be put into operation in 2027."
    )
    agreement = titled(initiatives, "Logistics Centre")
    assert agreement.deadline == "2027"
    assert len(agreement.figures) == 1


def test_project_built_by_a_company_names_the_company_and_leaves_it_out_of_the_title() -> None:
    initiatives = initiatives_of(
        "The minister said that several projects are under way, including a 300 MW solar farm "
        "in the Kashkadarya region built by AKRA Power."
    )
    farm = titled(initiatives, "solar farm")
    assert farm.kind == "project"
    assert farm.actors == ["AKRA Power"]
    assert "AKRA" not in farm.title


def test_each_item_of_a_list_of_signed_documents_is_an_agreement() -> None:
    initiatives = initiatives_of(
        "Following the visit, documents worth $3 billion were signed, including:\n"
        "• construction of a 200 MW hydropower plant in the Naryn region;\n"
        "• a $150 million loan to Tengir Railways for new locomotives;\n"
        "• the reconstruction of the Bishkek–Sarymbek road, to be completed by 2028.\n"
    )
    plant = titled(initiatives, "hydropower plant")
    loan = titled(initiatives, "loan")
    road = titled(initiatives, "road")
    assert {plant.kind, loan.kind, road.kind} == {"agreement"}
    assert not plant.title.startswith("construction")
    assert road.deadline == "2028"
    assert plant.deadline is None


def test_sides_agreeing_to_establish_a_body_make_an_agreement_but_a_trade_goal_does_not() -> None:
    initiatives = initiatives_of(
        "The parties also agreed to establish a Kazakh-Turkish Business Council. "
        "They agreed to raise bilateral trade to $15 billion."
    )
    (council,) = initiatives
    assert (council.kind, council.status) == ("agreement", "agreed")
    assert "Business Council" in council.title


def test_plant_that_will_produce_is_a_project_with_its_completion_year() -> None:
    initiatives = initiatives_of(
        "The Kokterek-1 hydropower plant will produce 5.6 billion kilowatt hours a year once completed in 2030."
    )
    plant = titled(initiatives, "hydropower plant")
    assert (plant.kind, plant.deadline) == ("project", "2030")
    assert len(plant.figures) == 1


PROGRESS_REPORT = (
    "The Kumbel-2 hydropower plant, built at a cost of $400 million, was commissioned in 2022. "
    "Construction of the Bishkek–Sarymbek oil pipeline extension has been suspended. "
    "The new logistics hub in Karakol is scheduled to open in 2026. "
    "Work on the Sarymbek bypass road is 80 percent complete. "
    "The Tamdybel airport, launched in 2021, served more than 500,000 passengers last year."
)


def test_projects_of_a_progress_report_each_get_their_own_status() -> None:
    initiatives = initiatives_of(PROGRESS_REPORT)
    statuses = {i.title: i.status for i in initiatives}
    assert titled(initiatives, "hydropower plant").status == "completed"
    assert titled(initiatives, "pipeline extension").status == "stalled"
    assert titled(initiatives, "logistics hub").status == "planned"
    assert titled(initiatives, "bypass road").status == "in_progress", statuses
    assert titled(initiatives, "airport").status == "completed"


def test_opening_year_of_a_planned_project_is_its_deadline() -> None:
    hub = titled(initiatives_of(PROGRESS_REPORT), "logistics hub")
    assert (hub.deadline, hub.location) == ("2026", "Karakol")


def test_first_unit_to_be_commissioned_is_a_milestone_not_a_project() -> None:
    initiatives = initiatives_of(
        "Construction of the Kokterek-1 hydropower plant has begun, and the first unit "
        "is scheduled to be commissioned in 2028."
    )
    assert [i.title for i in initiatives if "unit" in i.title] == []
    plant = titled(initiatives, "hydropower plant")
    assert [m.date for m in plant.milestones] == ["2028"]


def test_two_countries_that_will_jointly_build_a_plant_plan_a_project_with_its_capacity() -> None:
    initiatives = initiatives_of(
        "Uzbekistan and Tajikistan held talks. Uzbekistan and Tajikistan will jointly construct "
        "the Kulmazar hydropower plant on the Zarafshan River with a capacity of 140 MW."
    )
    plant = titled(initiatives, "hydropower plant")
    assert (plant.kind, plant.status, plant.sector) == ("project", "planned", "energy")
    assert len(plant.figures) == 1


def test_headline_and_the_plant_named_again_stay_one_project() -> None:
    initiatives = initiatives_of(
        "Construction of 300 MW wind farm begins in Navoi region\n\n"
        "NAVOI, 4 May 2025 - The Ministry of Energy of Uzbekistan has started construction of a wind farm "
        "in the Navoi region.\n"
        "The farm, with a capacity of 300 MW, will cost $280 million. The first unit is scheduled to be "
        "commissioned in 2026.\n"
    )
    (farm,) = initiatives
    assert farm.kind == "project"
    assert [m.date for m in farm.milestones] == ["2026"]
    assert len(farm.figures) == 3  # the headline's capacity, the body's capacity and the cost


def test_the_project_worth_an_amount_refers_back_to_the_hub_just_named() -> None:
    initiatives = initiatives_of(
        "She spoke about the construction of a container hub in the port of Aktau, which is scheduled to be "
        "completed in 2026. The project, worth $50 million, is being implemented jointly with a partner."
    )
    (hub,) = initiatives
    assert "container hub" in hub.title
    assert hub.deadline == "2026"
    assert len(hub.figures) == 1


def test_what_a_meeting_is_asked_to_discuss_or_review_is_no_initiative_but_a_joined_proposal_is() -> None:
    initiatives = initiatives_of(
        "President Jane Doe proposed to discuss the situation in the energy sector, to review the progress "
        "of the national projects and to build a logistics hub in Termez."
    )
    assert [i.title for i in initiatives] == ["logistics hub in Termez"]


def test_infinitive_list_items_after_put_forward_are_proposals_of_the_speaker() -> None:
    initiatives = initiatives_of(
        "President Aziz Tursunov put forward a number of proposals:\n\n"
        "– to establish a Joint Investment Council under the two governments;\n"
        "– to create a regional seed bank in the Khorezm region.\n"
    )
    assert sorted((i.kind, i.title, tuple(i.actors)) for i in initiatives) == [
        ("proposal", "Joint Investment Council under the two governments", ("Aziz Tursunov",)),
        ("proposal", "regional seed bank in the Khorezm region", ("Aziz Tursunov",)),
    ]


def test_a_list_of_documents_exchanged_gives_one_agreement_per_item_and_a_signed_joint_statement_is_one() -> None:
    initiatives = initiatives_of(
        "The presidents signed a Joint Statement on Strategic Partnership. "
        "In the presence of the leaders, 9 documents were exchanged, among them:\n\n"
        "▪ an Agreement on Visa-Free Travel;\n"
        "▪ a Memorandum of Understanding on Cooperation in Geology.\n"
    )
    assert sorted((i.kind, i.title) for i in initiatives) == [
        ("agreement", "Agreement on Visa-Free Travel"),
        ("agreement", "Joint Statement on Strategic Partnership"),
        ("agreement", "Memorandum of Understanding on Cooperation in Geology"),
    ]


def test_planned_commissioning_and_a_postponed_launch_give_the_deadline() -> None:
    planned = initiatives_of(
        "He announced that the company would build a 560-megawatt power plant in the Syrdarya region, "
        "with commissioning planned for 2027."
    )
    postponed = initiatives_of("The launch of the new cement plant in Khanabad was postponed to 2027.")
    assert [i.deadline for i in planned] == ["2027"]
    assert [i.deadline for i in postponed] == ["2027"]


def test_the_builder_named_in_an_announced_clause_is_the_projects_actor() -> None:
    [plant] = initiatives_of(
        "President Aziz Tursunov announced that the Turkish company Kervan Enerji would build a 560-megawatt "
        "power plant in the Syrdarya region."
    )
    assert plant.actors == ["Kervan Enerji"]


def test_each_new_thing_the_sides_agree_to_start_is_an_agreement_but_a_sum_or_more_contacts_are_not() -> None:
    initiatives = initiatives_of(
        "The sides agreed to launch a refrigerated road service between Tashkent and Karachi and to resume "
        "direct flights between the two capitals. They also agreed to bring trade to $2 billion and to "
        "continue regular contacts at all levels."
    )
    assert sorted(i.title for i in initiatives) == [
        "refrigerated road service between Tashkent and Karachi",
        "resume direct flights between the two capitals",
    ]
    assert {i.kind for i in initiatives} == {"agreement"}


def test_a_sentence_listing_what_was_just_signed_gives_one_agreement_per_document() -> None:
    initiatives = initiatives_of(
        "In addition, 14 agreements worth $1.2 billion were signed. Among them are a contract for the supply of "
        "cotton yarn to textile mills, an agreement on customs data exchange, and a memorandum on a joint venture "
        "for the assembly of tractors in Faisalabad."
    )
    assert sorted(i.title for i in initiatives) == [
        "agreement on customs data exchange",
        "contract for the supply of cotton yarn to textile mills",
        "memorandum on a joint venture for the assembly of tractors in Faisalabad",
    ]


def test_a_list_of_documents_merely_discussed_gives_no_agreements() -> None:
    initiatives = initiatives_of(
        "The ministers discussed the draft documents, including:\n\n"
        "- an agreement on transit;\n"
        "- a memorandum on customs cooperation.\n"
    )
    assert [i for i in initiatives if i.kind == "agreement"] == []


def test_a_proposal_the_parser_hung_on_a_reported_clause_keeps_its_speaker_but_not_a_mere_call_for() -> None:
    initiatives = initiatives_of(
        "Minister Serik Tulegenov stressed that cargo traffic had grown considerably and proposed speeding up the "
        "creation of a joint container hub and expanding the fleet of ferries. "
        "President Jane Doe said the circumstances call for a serious and profound conversation."
    )
    assert sorted((i.title, tuple(i.actors)) for i in initiatives) == [
        ("expanding the fleet of ferries", ("Serik Tulegenov",)),
        ("speeding up the creation of a joint container hub", ("Serik Tulegenov",)),
    ]


def test_a_decision_not_to_create_something_undertakes_nothing() -> None:
    assert initiatives_of("The two governments decided not to create a joint shipping holding.") == []
    [decided] = initiatives_of("The two governments decided to create a joint shipping holding.")
    assert decided.kind == "agreement" and "holding" in decided.title


def test_a_project_title_keeps_what_it_is_to_make_but_not_what_it_is_to_do() -> None:
    made = initiatives_of("In Tana, the programme includes an industrial complex to manufacture wind turbine blades.")
    assert [i.title for i in made] == ["industrial complex to manufacture wind turbine blades"]
    overseen = initiatives_of("Norland proposed to set up a regional council to oversee the fisheries.")
    assert [i.title for i in overseen] == ["regional council"]


def test_a_clause_cut_from_its_subject_is_no_title() -> None:
    found = initiatives_of("I suggest that the quota should be increased for small farms to at least 40 tonnes a year.")
    assert not [i.title for i in found if i.title.startswith("increased")]


def test_a_finite_verb_after_a_title_begins_a_clause_and_stays_out_of_it() -> None:
    text = "What were the mediators who signed the agreement between the governor and the opposition supposed to do?"
    assert [i.title for i in initiatives_of(text)] == ["agreement between the governor and the opposition"]


def test_work_on_a_kind_of_project_is_no_project_without_a_name() -> None:
    assert [i.title for i in initiatives_of("The ministry held a meeting on developing road construction.")] == []


@pytest.mark.parametrize(
    "text",
    [
        "I propose allocating another 10 billion rubles annually for these purposes in 2031.",
        "The bank will provide $10 million to support this project.",
    ],
)
def test_a_title_that_is_only_a_sum_or_points_back_names_no_initiative(text: str) -> None:
    assert [i.title for i in initiatives_of(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "A decision was made to begin talks on signing a free trade agreement with Norland.",
        "Active talks are now underway to conclude a full-fledged free trade agreement with Norland.",
        "Our common goal is to draft and adopt a roadmap for reducing tensions.",
    ],
)
def test_an_agreement_sought_is_proposed_not_agreed(text: str) -> None:
    assert [i.status for i in initiatives_of(text)] == ["proposed"]


@pytest.mark.parametrize(
    "text",
    [
        "After signing an agreement on trade, the leaders left.",
        "The leaders met in Astana, signing an agreement on trade.",
    ],
)
def test_an_agreement_signed_in_a_participle_is_agreed(text: str) -> None:
    assert [i.status for i in initiatives_of(text)] == ["agreed"]


def test_a_project_its_owner_already_has_is_no_new_project_but_its_new_one_is() -> None:
    assert [i.title for i in initiatives_of("The bank should develop its retail network there.")] == []
    built = initiatives_of("The company will build its new cement plant near the port.")
    assert [i.title for i in built] == ["new cement plant"]


def test_doing_more_of_something_is_no_undertaking() -> None:
    text = "Jane Corvin suggested creating better incentives for exporters and investing more in regional hospitals."
    assert [i.title for i in initiatives_of(text)] == ["better incentives for exporters"]


def test_a_participle_left_bare_at_a_titles_end_is_cut() -> None:
    titles = [i.title for i in initiatives_of("The ministry will repair the old Tarsk Bridge built in 1982.")]
    assert titles == ["old Tarsk Bridge"]
