"""`accord ingest` paths: files, folders, globs, and CSV/JSONL tables with one article per row."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from accord.documents import SourceDocument
from accord.ingest.sources import read_sources
from accord.ingest.tables import Columns, Failure

ARTICLE = "The ministers of Armenia and Georgia met in Yerevan on 4 March 2025 to discuss a new railway."


def write(path: Path, text: str = ARTICLE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def sources(items: list[SourceDocument | Failure]) -> list[str]:
    return [Path(i.source).name if isinstance(i, SourceDocument) else f"failed: {i.source}" for i in items]


def test_a_folder_yields_its_documents_and_recursive_descends(tmp_path: Path) -> None:
    write(tmp_path / "a.txt")
    write(tmp_path / "notes.xyz")
    write(tmp_path / "sub" / "b.txt")
    assert sources(list(read_sources([str(tmp_path)]))) == ["a.txt"]
    assert sources(list(read_sources([str(tmp_path)], recursive=True))) == ["a.txt", "b.txt"]


def test_a_glob_yields_its_matches_and_a_missing_path_fails_with_a_reason(tmp_path: Path) -> None:
    write(tmp_path / "a.txt")
    write(tmp_path / "b.txt")
    items = list(read_sources([str(tmp_path / "*.txt"), str(tmp_path / "missing.txt")]))
    assert sources(items[:2]) == ["a.txt", "b.txt"]
    assert isinstance(items[2], Failure) and "no such file" in items[2].reason


def test_an_unreadable_file_becomes_a_failure_not_an_exception(tmp_path: Path) -> None:
    [item] = read_sources([str(write(tmp_path / "empty.txt", "   \n"))])
    assert isinstance(item, Failure) and item.source.endswith("empty.txt")


def test_csv_columns_are_detected_as_in_a_press_release_export(tmp_path: Path) -> None:
    path = tmp_path / "releases.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["link", "headline", "date", "location", "summary", "body"])
        writer.writerow(["http://example.org/1", "Railway talks", "2025-03-04T10:00:00Z", "Yerevan", "Talks.", ARTICLE])
        writer.writerow(["http://example.org/2", "Empty", "2025-03-05T10:00:00Z", "Tbilisi", "Nothing.", ""])
    [document, failure] = read_sources([str(path)])
    assert isinstance(document, SourceDocument)
    assert (document.source, document.title, document.published, document.text) == (
        "http://example.org/1",
        "Railway talks",
        "2025-03-04",
        f"Railway talks\n\n{ARTICLE}",
    )
    assert isinstance(failure, Failure) and failure.source == "http://example.org/2"
    assert "no text in column 'body'" in failure.reason


def test_a_body_that_opens_with_its_headline_is_not_given_it_twice(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": f"Railway talks\n\n{ARTICLE}", "title": "Railway  talks"}) + "\n", "utf-8")
    [document] = read_sources([str(path)])
    assert isinstance(document, SourceDocument) and document.text == f"Railway talks\n\n{ARTICLE}"


def test_jsonl_columns_can_be_chosen_by_flags(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"story": ARTICLE, "heading": "Talks", "when": "2025-03"}) + "\n", encoding="utf-8")
    [document] = read_sources([str(path)], columns=Columns(text="story", title="heading", date="when"))
    assert isinstance(document, SourceDocument)
    assert (document.title, document.published, document.source) == ("Talks", "2025-03", f"{path}#row1")


def test_a_table_without_a_text_column_fails_naming_the_flag_to_use(tmp_path: Path) -> None:
    path = write(tmp_path / "odd.csv", "a,b\n1,2\n")
    [failure] = read_sources([str(path)])
    assert isinstance(failure, Failure) and "--text-column" in failure.reason
