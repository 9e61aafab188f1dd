import pytest

from accord.extract.entities.extraction import extract_entities
from accord.extract.statements.extraction import extract_statements, find_quotations
from accord.nlp import parse
from accord.record import Statement


def statements_of(text: str) -> list[Statement]:
    doc = parse(text)
    return extract_statements(doc, extract_entities(doc))


def quoted(text: str) -> list[str]:
    return [text[span.start : span.end] for span in find_quotations(text)]


@pytest.mark.parametrize(
    "text",
    [
        "He said: “Trade will double.”",
        "He said: «Trade will double.»",
        "He said: ‘Trade will double.’",
        'He said:"Trade will double."',
        "He said: 'Trade will double.'",
    ],
)
def test_quotations_in_every_style_are_found_without_their_marks(text: str) -> None:
    assert quoted(text) == ["Trade will double."]


def test_apostrophes_open_no_quotation() -> None:
    assert quoted("Belarus's exports and the country’s imports grew.") == []


def test_unclosed_quotation_runs_to_the_end_of_its_paragraph() -> None:
    text = "He noted that ‘in terms of scale, the ties have grown.\nThe talks went on."
    assert quoted(text) == ["in terms of scale, the ties have grown."]


def test_speaker_is_the_subject_of_said() -> None:
    [statement] = statements_of(
        "“Our cooperation has never been so strong,” President Anatol Hrynkevich said on Monday."
    )
    assert statement.speaker == "Anatol Hrynkevich"
    assert statement.text == "Our cooperation has never been so strong"


def test_evidence_is_the_span_of_the_quoted_words() -> None:
    text = "Prime Minister Henrik Brandtner stressed: “We will keep the pipeline open for our partners.”"
    [statement] = statements_of(text)
    [span] = statement.evidence
    assert text[span.start : span.end] == statement.text


def test_he_said_is_attributed_to_the_person_named_before() -> None:
    text = (
        "Chancellor Henrik Brandtner met the delegation in Berlin. "
        "“We will keep the pipeline open for our partners,” he added."
    )
    [statement] = statements_of(text)
    assert statement.speaker == "Henrik Brandtner"


def test_according_to_names_the_speaker() -> None:
    text = "According to Henrik Brandtner, “the new terminal will be ready by next winter.”"
    [statement] = statements_of(text)
    assert statement.speaker == "Henrik Brandtner"


def test_headline_with_a_surname_and_colon_quotes_that_person() -> None:
    text = "Brandtner: “Germany Will Stand by Its Partners”\n\nChancellor Henrik Brandtner spoke in Berlin."
    [statement] = statements_of(text)
    assert statement.speaker == "Henrik Brandtner"


def test_quoted_names_of_forums_and_programmes_are_not_statements() -> None:
    text = (
        "Chancellor Henrik Brandtner praised the ‘Open Doors for Young Scientists’ forums and "
        "the programme “Engineers for a Green Tomorrow” in Berlin."
    )
    assert statements_of(text) == []


def test_scare_quotes_are_not_statements() -> None:
    assert statements_of('Chancellor Henrik Brandtner said the plan was "digital" and "green."') == []


def test_speaker_line_with_a_speech_verb_names_the_person() -> None:
    text = (
        "Deputy Foreign Minister Grigory Zavarzin arrived in Dushanbe.\n\n"
        "Zavarzin said: “We are ready to increase supplies of fuel by 20 percent.\n\n"
        "The talks lasted two hours."
    )
    (statement,) = statements_of(text)
    assert statement.speaker == "Grigory Zavarzin"


def test_a_quotation_of_several_sentences_gives_one_statement_per_sentence() -> None:
    text = "Minister Geir Halvorsen said: “The road will open in May. The bridge will follow a year later.”"
    assert [s.text for s in statements_of(text)] == [
        "The road will open in May.",
        "The bridge will follow a year later.",
    ]


def test_a_quotation_split_by_its_attribution_is_all_the_speakers() -> None:
    text = "“We will build the road by 2030,” said Minister Geir Halvorsen. “The bridge will follow a year later.”"
    assert [s.speaker for s in statements_of(text)] == ["Geir Halvorsen", "Geir Halvorsen"]


def test_a_transcript_turn_is_the_labelled_speakers_until_a_separator() -> None:
    text = (
        "President of Freedonia Bogdan Zhitomirsky: Mr Doe, I am very glad to see you in our capital.\n"
        "Our trade grew by a third last year, and we have big plans.\n"
        "* * *\n"
        "The talks lasted two hours and ended with a lunch."
    )
    statements = statements_of(text)
    assert [s.speaker for s in statements] == ["Bogdan Zhitomirsky", "Bogdan Zhitomirsky"]
    assert statements[1].text == "Our trade grew by a third last year, and we have big plans."


def test_a_turn_that_opens_inside_a_line_is_the_next_speakers() -> None:
    text = (
        "President of Freedonia Bogdan Zhitomirsky: Mr Corvin, welcome to our capital. Our trade grew by a third. "
        "Prime Minister of the Republic of Finland Jane Corvin Corvin JanePrime Minister of the Republic of Finland: "
        "Thank you, Mr Zhitomirsky. "
        "We are ready to build the new bridge together. Bogdan Zhitomirsky: Then let us begin."
    )
    assert [(s.speaker, s.text) for s in statements_of(text)] == [
        ("Bogdan Zhitomirsky", "Mr Corvin, welcome to our capital."),
        ("Bogdan Zhitomirsky", "Our trade grew by a third."),
        ("Jane Corvin", "Thank you, Mr Zhitomirsky."),
        ("Jane Corvin", "We are ready to build the new bridge together."),
        ("Bogdan Zhitomirsky", "Then let us begin."),
    ]


def test_a_colon_inside_a_paragraph_of_prose_opens_no_turn() -> None:
    text = "The ministers met in Lisbon. Jane Corvin set out the aim: a railway to the coast by 2030."
    assert all(s.speaker != "Jane Corvin" or "railway" not in s.text for s in statements_of(text))


def test_a_capitalised_label_names_the_speaker_past_the_title() -> None:
    text = "SECRETARY MARLOWE:  Good afternoon, everyone.  It is a real pleasure to welcome the minister here."
    [statement] = statements_of(text)
    assert statement.speaker == "Marlowe"
    assert statement.text == "It is a real pleasure to welcome the minister here."


def test_a_label_without_a_title_is_no_transcript() -> None:
    assert statements_of("About the Author: Jane Corvin serves as the editor of the weekly bulletin.") == []


def test_a_passage_introduced_by_said_and_a_colon_is_the_speakers() -> None:
    text = (
        "Jane Corvin, the Minister for Trade, visited the port of Easthaven.\n"
        "At the end of her visit the Minister said:\n"
        "The port is an important partner for our exporters.\n"
        "Further background\n"
        "The port handles two million containers a year."
    )
    [statement] = statements_of(text)
    assert statement.speaker == "Jane Corvin"
    assert statement.text == "The port is an important partner for our exporters."


def test_reported_speech_with_that_is_a_statement_not_quoted() -> None:
    [statement] = statements_of("Minister Geir Halvorsen stressed that the new corridor would open next spring.")
    assert (statement.speaker, statement.text, statement.direct) == (
        "Geir Halvorsen",
        "the new corridor would open next spring",
        False,
    )


def test_reported_speech_by_its_object_and_a_coordinated_verb() -> None:
    text = (
        "Ambassador Helga Wendt underscored the importance of the rail link for the region "
        "and reaffirmed her government's support for the free trade talks."
    )
    statements = statements_of(text)
    assert [s.speaker for s in statements] == ["Helga Wendt", "Helga Wendt"]
    assert statements[1].text == "her government's support for the free trade talks"


def test_reported_speech_in_a_by_clause_is_the_subjects() -> None:
    text = "Deputy Minister Curtis Ostrander opened the session by highlighting the success of the first joint fair."
    [statement] = statements_of(text)
    assert statement.speaker == "Curtis Ostrander"
    assert statement.text == "the success of the first joint fair"


def test_planned_or_passive_reporting_is_no_statement() -> None:
    text = "Minister Geir Halvorsen will stress that the corridor matters. It was noted that the corridor matters."
    assert statements_of(text) == []


def test_he_is_the_subject_the_sentence_before_was_about_even_a_bare_title() -> None:
    text = (
        "The Prime Minister spoke to the President of Freedonia, Bogdan Zhitomirsky, earlier today. "
        "He congratulated President Zhitomirsky on winning the election by a wide margin."
    )
    [statement] = statements_of(text)
    assert statement.speaker == "Prime Minister"


def test_the_secretary_is_the_person_with_that_role() -> None:
    text = (
        "Secretary of State Ann Rowe hosted Foreign Minister Henning Jensen in Washington. "
        "The Secretary thanked Foreign Minister Jensen for his country's support in humanitarian issues."
    )
    [statement] = statements_of(text)
    assert statement.speaker == "Ann Rowe"
