"""Russian initiatives: what is proposed, agreed, signed or built, with kind, status, deadline and actors."""

from __future__ import annotations

from ru_records import russian_record


def _initiatives(text: str) -> dict[str, tuple[str, str, str | None, list[str]]]:
    record = russian_record(text)
    return {i.title: (i.kind, i.status, i.deadline, i.actors) for i in record.initiatives}


def test_an_agreement_to_build_has_its_deadline_and_location_outside_its_title() -> None:
    record = russian_record("Стороны договорились о строительстве сахарного завода в Ошской области до 2028 года.")
    (plant,) = record.initiatives
    assert (plant.title, plant.kind, plant.status, plant.deadline) == (
        "строительство сахарного завода в Ошской области",
        "agreement",
        "agreed",
        "2028",
    )
    assert plant.location == "Ошская область" and plant.sector == "industry"


def test_a_proposal_by_a_title_stands_for_its_country_and_takes_its_infinitive_clause() -> None:
    assert _initiatives("Президент Киргизии предложил создать единый реестр перевозчиков.") == {
        "создать единый реестр перевозчиков": ("proposal", "proposed", None, ["Киргизия"])
    }


def test_an_initiative_put_forward_is_its_clause_and_a_bare_one_is_nothing() -> None:
    found = _initiatives(
        "Узбекская сторона выступила с инициативой провести форум молодых предпринимателей. "
        "Министры поддержали это предложение."
    )
    assert found == {"провести форум молодых предпринимателей": ("proposal", "proposed", None, ["Узбекистан"])}


def test_documents_signed_together_are_two_completed_agreements() -> None:
    found = _initiatives(
        "Стороны подписали соглашение о сотрудничестве в области цифровых технологий и меморандум о взаимопонимании."
    )
    assert found == {
        "соглашение о сотрудничестве в области цифровых технологий": ("agreement", "completed", None, []),
        "меморандум о взаимопонимании": ("agreement", "completed", None, []),
    }


def test_a_draft_declaration_is_proposed_and_a_roadmap_is_a_document() -> None:
    found = _initiatives(
        "Проект итоговой декларации одобрен министрами. Правительства утвердили дорожную карту по туризму."
    )
    assert found["Проект итоговой декларации"][1] == "proposed"
    assert found["дорожная карта по туризму"][:2] == ("agreement", "completed")


def test_a_commissioning_is_a_completed_project_and_an_anniversary_of_a_founding_is_none() -> None:
    found = _initiatives(
        "Состоялся ввод в эксплуатацию второй очереди цементного завода. "
        "Участники отметили десятилетие создания ассоциации."
    )
    assert found == {"ввод в эксплуатацию второй очереди цементного завода": ("project", "completed", None, [])}


def test_a_treaty_named_as_a_framework_is_no_new_initiative() -> None:
    assert _initiatives("Министры обсудили сотрудничество в рамках СНГ, Договора о коллективной безопасности.") == {}
