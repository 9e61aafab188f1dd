"""Sides: countries a two-country document implies for speakers and the organizations around them."""

from __future__ import annotations

from entity_index import entities_of, only

# An invented round table between Kazakhstan and Turkey; the people and bodies do not exist.
ROUND_TABLE = (
    "The round table marked ten years of the strategic partnership between Kazakhstan and Turkey. "
    "Representatives of ministries and business circles of Kazakhstan and Turkey took part. "
    "In his opening remarks, Director Yerlan Karin noted that Kazakh-Turkish relations have grown "
    "steadily over the past decade. "
    "Mehmet Aydinli, Deputy Chairman of the Yunus Emre Foundation, stressed that education is a key "
    "driver of ties between Turkey and Kazakhstan. "
    "He highlighted joint projects with Hacettepe University. "
    "Yerlan Karin recalled the joint venture of Kazakhtelecom and Koc Holding, which has expanded twice since 2019. "
    "Kazakhstan and Turkey agreed to hold the next round table in Ankara."
)


def test_speaker_names_their_own_country_first() -> None:
    index = entities_of(ROUND_TABLE)
    assert only(index, "Yerlan Karin").country == "KZ"
    assert only(index, "Mehmet Aydinli").country == "TR"


def test_national_pair_is_an_adjective_not_a_person() -> None:
    index = entities_of(ROUND_TABLE)
    assert index.named("Kazakh-Turkish") is None


def test_organization_takes_the_country_of_the_person_who_holds_a_post_in_it() -> None:
    index = entities_of(ROUND_TABLE)
    assert only(index, "Yunus Emre Foundation").country == "TR"


def test_unknown_partner_of_a_joint_venture_is_on_the_other_side() -> None:
    index = entities_of(ROUND_TABLE)
    assert only(index, "Kazakhtelecom").country == "KZ"
    # Named by a Kazakh speaker, yet the partner of a Kazakh company: the other side wins.
    assert only(index, "Koc Holding").country == "TR"


def test_organization_a_speaker_reports_on_is_on_the_speakers_side() -> None:
    index = entities_of(ROUND_TABLE)
    assert only(index, "Hacettepe University").country == "TR"


def test_proposed_body_is_nobodys_side() -> None:
    index = entities_of(
        "Kazakhstan and Turkey held talks in Astana. Kazakhstan and Turkey will expand trade. "
        "Yerlan Karin said that Kazakh-Turkish ties were strong. "
        "He proposed establishing the Turan Digital Academy for young engineers."
    )
    assert only(index, "Yerlan Karin").country == "KZ"
    assert only(index, "Turan Digital Academy").country is None


def test_name_holding_a_region_belongs_to_no_one_country() -> None:
    index = entities_of("The leaders backed the Central Asia–Turkey Logistics Centre in Astana.")
    assert only(index, "Central Asia–Turkey Logistics Centre").country is None


def test_one_country_document_assigns_no_sides() -> None:
    index = entities_of(
        "Yerlan Karin noted that Kazakhstan has doubled its grain exports. "
        "He highlighted projects with Hacettepe University."
    )
    assert only(index, "Yerlan Karin").country is None
    assert only(index, "Hacettepe University").country is None
