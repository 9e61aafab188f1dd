"""Routing: a Russian document is read by the Russian pipeline, and an English-only run never loads it."""

from __future__ import annotations

import subprocess
import sys

from accord.documents import SourceDocument
from accord.extract import extract_records


def test_russian_and_english_documents_are_each_read_by_their_own_pipeline_in_order() -> None:
    english = SourceDocument(
        source="a.txt", text="The ministers of Kazakhstan and Kyrgyzstan met in Bishkek on Monday."
    )
    russian = SourceDocument(source="b.txt", text="Министры Казахстана и Киргизии встретились в Бишкеке в понедельник.")
    records = extract_records([russian, english, russian])
    assert [r.document.language for r in records] == ["ru", "en", "ru"]
    assert all(not r.document.notices for r in records)
    assert {e.name for e in records[0].entities if e.type == "country"} == {"Казахстан", "Киргизия"}
    assert {e.name for e in records[1].entities if e.type == "country"} == {"Kazakhstan", "Kyrgyzstan"}


def test_an_english_only_run_does_not_import_the_russian_models() -> None:
    script = (
        "import sys\n"
        "from accord.documents import SourceDocument\n"
        "from accord.extract import extract_record\n"
        "extract_record(SourceDocument(source='a.txt', text='The presidents met in Astana on Monday.'))\n"
        "print('natasha' in sys.modules, 'pymorphy3' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False"]
