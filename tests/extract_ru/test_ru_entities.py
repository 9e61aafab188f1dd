"""Russian entities: persons in the nominative with their roles, countries under every name, places and regions."""

from __future__ import annotations

from ru_records import named, russian_record

from accord.romanize import latin


def test_a_person_named_in_any_case_is_in_the_nominative_with_the_role_stated_before_the_name() -> None:
    record = russian_record(
        "Министр иностранных дел Казахстана Ерлан Сапаров провёл переговоры с заместителем Председателя "
        "Правительства России Игорем Волковым."
    )
    persons = {e.name: e for e in record.entities if e.type == "person"}
    assert set(persons) == {"Ерлан Сапаров", "Игорь Волков"}
    assert [(r.title, r.country) for r in persons["Игорь Волков"].roles] == [
        ("заместитель Председателя Правительства России", "RU")
    ]
    assert persons["Ерлан Сапаров"].country == "KZ"
    assert "Игорем Волковым" in persons["Игорь Волков"].aliases


def test_a_womans_surname_and_a_patronymic_come_back_to_the_nominative() -> None:
    record = russian_record("Делегацию возглавила встреча с Мариной Сергеевной Кольцовой, послом Узбекистана.")
    person = next(e for e in record.entities if e.type == "person")
    assert person.name == "Марина Кольцова"
    assert "Марина Сергеевна Кольцова" in person.aliases


def test_russia_is_one_country_whatever_it_is_called() -> None:
    record = russian_record(
        "Российская сторона предложила новый маршрут. Делегация РФ прибыла в Ташкент. "
        "Российская Федерация и Узбекистан подписали протокол."
    )
    countries = {e.name: e for e in record.entities if e.type == "country"}
    assert set(countries) == {"Россия", "Узбекистан"}
    assert countries["Россия"].country == "RU"
    assert len(countries["Россия"].mentions) == 3


def test_a_transcript_speaker_with_initials_is_the_person_addressed_by_first_name_and_patronymic() -> None:
    record = russian_record(
        "А.Громов: Уважаемый Николай Ильич! Рад Вас видеть в Москве.\nН.Ворошин: Спасибо, Андрей Викторович."
    )
    persons = {e.name for e in record.entities if e.type == "person"}
    assert persons == {"Андрей Громов", "Николай Ворошин"}


def test_a_province_is_a_region_and_a_city_a_place() -> None:
    record = russian_record("Губернатор посетил китайскую провинцию Хэнань, а затем прибыл в Самарканд.")
    types = {e.name: e.type for e in record.entities}
    assert types["Хэнань"] == "region"
    assert types["Самарканд"] == "place"


def test_a_pronoun_of_address_is_nobody() -> None:
    record = russian_record("Я рад приветствовать Вас в Астане, уважаемый господин Президент.")
    assert [e for e in record.entities if e.type == "person"] == []


def test_names_get_a_latin_alias_in_the_spelling_english_news_uses() -> None:
    assert latin("Насриёев") == "Nasriyoyev"
    assert latin("Екатеринбург") == "Yekaterinburg"
    assert latin("Шухрат Щеглов") == "Shukhrat Shcheglov"
    record = russian_record("Президент Таджикистана Фаррух Юлдашев прибыл в Душанбе.")
    assert "Farrukh Yuldashev" in named(record, "Фаррух Юлдашев").aliases


def test_a_body_takes_the_country_it_belongs_to_and_a_contracted_name_is_the_same_body() -> None:
    record = russian_record(
        "Делегация Правительства Республики Казахстан прибыла на заседание Евразийского межправительственного "
        "совета. Следующее заседание Евразийского межправсовета пройдёт в Минске."
    )
    organizations = {e.name: e for e in record.entities if e.type == "organization"}
    assert set(organizations) == {"Правительство Республики Казахстан", "Евразийский межправительственный совет"}
    assert "Евразийский межправсовет" in organizations["Евразийский межправительственный совет"].aliases


def test_a_city_gets_its_country_and_english_name_and_a_country_its_english_name() -> None:
    record = russian_record("Переговоры прошли в Самарканде, столице древней Согдианы, по приглашению Узбекистана.")
    assert (named(record, "Самарканд").country, "Samarkand" in named(record, "Самарканд").aliases) == ("UZ", True)
    assert "Uzbekistan" in named(record, "Узбекистан").aliases


def test_a_role_in_apposition_after_the_name_is_in_the_nominative() -> None:
    record = russian_record("Соглашение подписали с Фарухом Назаровым, послом Таджикистана, и губернатором области.")
    person = named(record, "Фарух Назаров")
    assert [(r.title, r.country) for r in person.roles] == [("посол Таджикистана", "TJ")]
