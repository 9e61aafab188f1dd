"""Russian statements: a transcript's remarks, «quotations», „quotations" and direct speech after a dash."""

from __future__ import annotations

from ru_records import russian_record


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in russian_record(text).statements]


def test_each_sentence_of_a_speakers_remarks_is_a_statement_of_that_speaker() -> None:
    said = _said("О.Ганиев: Добрый день! Мы рады гостям.\nП.Лосев: Спасибо за приглашение.")
    assert said == [
        ("О.Ганиев", "Добрый день!"),
        ("О.Ганиев", "Мы рады гостям."),
        ("П.Лосев", "Спасибо за приглашение."),
    ]


def test_a_quotation_in_either_quotes_and_direct_speech_after_a_dash_take_the_subject_of_saying() -> None:
    said = _said(
        "Министр транспорта Казахстана Ерлан Жумабаев провёл переговоры в Астане.\n"
        "— Мы готовы расширять поставки зерна в соседние страны, — сказал Ерлан Жумабаев.\n"
        "«Совместный фонд начнёт работу в следующем году», — заявил посол Андрей Морозов.\n"
        "Глава делегации Игорь Сомов подчеркнул: „Наши страны построят новый мост через реку“."
    )
    assert said == [
        ("Ерлан Жумабаев", "Мы готовы расширять поставки зерна в соседние страны"),
        ("Андрей Морозов", "Совместный фонд начнёт работу в следующем году"),
        ("Игорь Сомов", "Наши страны построят новый мост через реку"),
    ]


def test_a_name_in_quotes_is_no_statement() -> None:
    assert _said("Президент возложил цветы к мемориалу «Вечная слава», сказал представитель.") == []
