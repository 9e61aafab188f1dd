"""Russian events: visits, talks, summits, forums and calls, with date, place and participants."""

from __future__ import annotations

from ru_records import russian_record


def test_a_state_visit_has_its_date_the_visited_country_and_its_participants() -> None:
    record = russian_record(
        "26 – 27 сентября 2025 года состоялся государственный визит Президента Казахстана Нурлана Абенова "
        "в Республику Таджикистан."
    )
    (visit,) = record.events
    assert (visit.type, visit.date, visit.place) == ("visit", "2025-09-26", "Таджикистан")
    assert visit.participants == ["Нурлан Абенов"]
    assert visit.name is not None and visit.name.startswith("государственный визит")


def test_every_unnamed_mention_of_talks_is_one_meeting_and_a_named_summit_its_own_event() -> None:
    record = russian_record(
        "Переговоры прошли в Ашхабаде. В ходе встречи стороны обсудили поставки газа. "
        "Затем президенты приняли участие в Третьем Каспийском саммите."
    )
    assert sorted((e.type, e.place) for e in record.events) == [("meeting", "Ашхабад"), ("summit", None)]
    summit = next(e for e in record.events if e.type == "summit")
    assert summit.name == "Третий Каспийский саммит"


def test_generic_plural_meetings_are_no_event() -> None:
    record = russian_record("Проект декларации предусматривает регулярный характер встреч глав государств.")
    assert record.events == []


def test_a_telephone_conversation_is_a_call() -> None:
    record = russian_record("Вчера состоялся телефонный разговор министров иностранных дел Узбекистана и Туркмении.")
    assert [(e.type, e.date) for e in record.events] == [("call", "2025-10-09")]


def test_the_lead_paragraphs_talks_take_the_datelines_day_and_city() -> None:
    record = russian_record(
        "Бишкек, 14 марта 2025 года. Президенты Киргизии и Казахстана провели переговоры.\n"
        "Следующее заседание межправительственной комиссии пройдёт в Алма-Ате.",
        published=None,
    )
    talks, sitting = record.events
    assert (talks.name, talks.date, talks.place) == ("переговоры", "2025-03-14", "Бишкек")
    assert (sitting.name, sitting.date) == ("Следующее заседание межправительственной комиссии", None)


def test_an_unnamed_summit_is_the_one_named_summit_and_a_document_to_sign_is_no_signing() -> None:
    record = russian_record(
        "Лидеры прибыли на Пятый Каспийский саммит. Проект итоговой декларации саммита готов к подписанию."
    )
    assert [(e.type, e.name, len(e.evidence)) for e in record.events] == [("summit", "Пятый Каспийский саммит", 2)]


def test_a_transcript_that_opens_by_greeting_its_guest_is_the_meeting_of_its_speakers() -> None:
    record = russian_record(
        "Н.Абенов: Уважаемый Рустам Каримович! Я очень рад Вас видеть в Астане.\n"
        "За год товарооборот между нашими странами вырос на 12 процентов.\n"
        "Р.Саидов: Спасибо за приглашение. Мы готовы развивать сотрудничество в энергетике.\n"
    )
    meetings = [e for e in record.events if e.type == "meeting"]
    assert len(meetings) == 1
    assert (meetings[0].date, len(meetings[0].participants)) == ("2025-10-10", 2)


def test_a_transcript_that_greets_no_guest_tells_no_meeting() -> None:
    record = russian_record(
        "Н.Абенов: Коллеги, начнем работу. За год товарооборот вырос на 12 процентов.\n"
        "Р.Саидов: Мы готовы развивать сотрудничество в энергетике.\n"
    )
    assert [e for e in record.events if e.type == "meeting"] == []
