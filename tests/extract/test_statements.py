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
        "“Our cooperation has never been so strong,” President Alexander Lukashenko said on Monday."
    )
    assert statement.speaker == "Alexander Lukashenko"
    assert statement.text == "Our cooperation has never been so strong"


def test_evidence_is_the_span_of_the_quoted_words() -> None:
    text = "Prime Minister Olaf Scholz stressed: “We will keep the pipeline open for our partners.”"
    [statement] = statements_of(text)
    [span] = statement.evidence
    assert text[span.start : span.end] == statement.text


def test_he_said_is_attributed_to_the_person_named_before() -> None:
    text = (
        "Chancellor Olaf Scholz met the delegation in Berlin. "
        "“We will keep the pipeline open for our partners,” he added."
    )
    [statement] = statements_of(text)
    assert statement.speaker == "Olaf Scholz"


def test_according_to_names_the_speaker() -> None:
    text = "According to Olaf Scholz, “the new terminal will be ready by next winter.”"
    [statement] = statements_of(text)
    assert statement.speaker == "Olaf Scholz"


def test_headline_with_a_surname_and_colon_quotes_that_person() -> None:
    text = "Scholz: “Germany Will Stand by Its Partners”\n\nChancellor Olaf Scholz spoke in Berlin."
    [statement] = statements_of(text)
    assert statement.speaker == "Olaf Scholz"


def test_quoted_names_of_forums_and_programmes_are_not_statements() -> None:
    text = (
        "Chancellor Olaf Scholz praised the ‘Open Doors for Young Scientists’ forums and "
        "the programme “Engineers for a Green Tomorrow” in Berlin."
    )
    assert statements_of(text) == []


def test_scare_quotes_are_not_statements() -> None:
    assert statements_of('Chancellor Olaf Scholz said the plan was "digital" and "green."') == []


def test_speaker_line_with_a_speech_verb_names_the_person() -> None:
    text = (
        "Deputy Foreign Minister Mikhail Galuzin arrived in Dushanbe.\n\n"
        "Galuzin said: “We are ready to increase supplies of fuel by 20 percent.\n\n"
        "The talks lasted two hours."
    )
    (statement,) = statements_of(text)
    assert statement.speaker == "Mikhail Galuzin"
