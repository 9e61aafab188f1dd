"""`accord extract` and `accord text` as a user runs them: outputs, bad input, offsets."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner, Result

from accord.cli import main
from accord.cli.extract import extract_command, text_command

SUMMIT = (
    "President of Uzbekistan Sharof Nazarov met Prime Minister of Georgia Levan Beridze in Tbilisi on "
    "3 April 2025.\r\nThe two leaders agreed to build a logistics centre in Poti by 2027.\r\n"
    "\u201cOur trade has doubled since 2020,\u201d Nazarov said.\r\n"
)


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner(mix_stderr=False).invoke(main, list(args), input=stdin)


def written(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("accord: error: ")]


@pytest.fixture
def summit(tmp_path: Path) -> Path:
    return written(tmp_path / "summit.txt", SUMMIT)


def test_one_file_prints_one_indented_json_record(sample_paths: list[Path]) -> None:
    result = run("extract", str(sample_paths[0]))
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["document"]["source"] == str(sample_paths[0])
    assert record["entities"]
    assert result.stdout.startswith('{\n  "document"')


def test_several_files_print_one_record_per_line(sample_paths: list[Path]) -> None:
    result = run("extract", *map(str, sample_paths[:2]))
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [json.loads(line)["document"]["source"] for line in lines] == list(map(str, sample_paths[:2]))


def test_json_format_with_several_files_prints_one_array(sample_paths: list[Path]) -> None:
    result = run("extract", "--format", "json", *map(str, sample_paths[:2]))
    assert result.exit_code == 0, result.stderr
    assert [r["document"]["source"] for r in json.loads(result.stdout)] == list(map(str, sample_paths[:2]))


def test_text_format_shows_a_header_and_tables_per_document(summit: Path) -> None:
    result = run("extract", "--format", "text", str(summit))
    assert result.exit_code == 0, result.stderr
    # The header wraps at the terminal's width, wherever a long temporary path makes it.
    assert f"source:{summit}" in "".join(result.stdout.split())
    assert "Entities (" in result.stdout
    assert "Sharof Nazarov" in result.stdout
    assert "Statements (1)" in result.stdout
    assert "Our trade has doubled since 2020" in result.stdout


def test_out_writes_one_json_record_per_file_and_one_line_each(sample_paths: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "records"
    result = run("extract", "--out", str(out), *map(str, sample_paths))
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{p.stem}.json" for p in sample_paths)
    for path in sample_paths:
        record: dict[str, Any] = json.loads((out / f"{path.stem}.json").read_text(encoding="utf-8"))
        assert record["document"]["source"] == str(path)
    assert len(result.stdout.splitlines()) == len(sample_paths)


def test_out_keeps_files_of_the_same_name_from_different_folders_apart(summit: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    twin = written(other / "summit.txt", SUMMIT.replace("Poti", "Batumi"))
    out = tmp_path / "records"
    result = run("extract", "--out", str(out), str(summit), str(twin))
    assert result.exit_code == 0, result.stderr
    sources = {json.loads(p.read_text(encoding="utf-8"))["document"]["source"] for p in out.iterdir()}
    assert sources == {str(summit), str(twin)}


def test_standard_input_is_read_with_a_dash_and_written_as_stdin_json(tmp_path: Path) -> None:
    out = tmp_path / "records"
    result = run("extract", "--out", str(out), "-", stdin=SUMMIT)
    assert result.exit_code == 0, result.stderr
    record = json.loads((out / "stdin.json").read_text(encoding="utf-8"))
    assert record["document"]["source"] == "-"


def test_out_refuses_a_format_other_than_json(summit: Path, tmp_path: Path) -> None:
    result = run("extract", "--out", str(tmp_path / "records"), "--format", "text", str(summit))
    assert result.exit_code == 2
    assert not (tmp_path / "records").exists()


def test_published_date_is_kept_in_the_record(summit: Path) -> None:
    result = run("extract", "--published", "2025-04-04", str(summit))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["document"]["published"] == "2025-04-04"


def test_malformed_published_date_is_a_usage_error(summit: Path) -> None:
    result = run("extract", "--published", "April 2025", str(summit))
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


def test_file_over_max_size_is_refused_with_one_error_line(summit: Path) -> None:
    result = run("extract", "--max-size", "0.0001", str(summit))
    assert result.exit_code == 1
    assert len(error_lines(result.stderr)) == 1
    assert str(summit) in result.stderr
    assert result.stdout == ""


def test_bad_files_are_reported_one_line_each_and_the_good_one_still_extracted(
    accord_bin: str, summit: Path, tmp_path: Path
) -> None:
    empty = written(tmp_path / "empty.txt", "")
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    missing = tmp_path / "missing.txt"
    folder = tmp_path / "folder"
    folder.mkdir()
    bad = [empty, binary, missing, folder]
    result = subprocess.run(
        [accord_bin, "extract", str(summit), *map(str, bad)], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = error_lines(result.stderr)
    assert len(errors) == len(bad), result.stderr
    for path, line in zip(bad, errors, strict=True):
        assert line.startswith(f"accord: error: {path}: ")
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["document"]["source"] == str(summit)


def test_unsupported_language_is_a_notice_not_an_error(tmp_path: Path) -> None:
    german = written(
        tmp_path / "gipfel.txt",
        "Die Regierungschefs beider Länder trafen sich am Montag in Berlin zu Gesprächen über den Handel. "
        "Sie vereinbarten, die Zusammenarbeit im Energiebereich in den kommenden Jahren auszubauen.",
    )
    result = run("extract", str(german))
    assert result.exit_code == 0
    assert result.stderr.startswith(f"accord: notice: {german}: language 'de'")
    assert json.loads(result.stdout)["document"]["language"] == "de"


def test_same_text_gets_the_same_document_id(summit: Path, tmp_path: Path) -> None:
    copy = written(tmp_path / "copy-of-summit.txt", SUMMIT)
    result = run("extract", str(summit), str(copy))
    first, second = (json.loads(line)["document"] for line in result.stdout.splitlines())
    assert first["id"] == second["id"]
    assert first["source"] != second["source"]


def test_text_prints_exactly_the_text_that_offsets_index_into(accord_bin: str, summit: Path) -> None:
    text = subprocess.run([accord_bin, "text", str(summit)], capture_output=True, check=True, timeout=60).stdout.decode(
        "utf-8"
    )
    assert text == SUMMIT.replace("\r\n", "\n")
    record = json.loads(run("extract", str(summit)).stdout)
    [statement] = record["statements"]
    quoted = "".join(text[span["start"] : span["end"]] for span in statement["evidence"])
    assert "Our trade has doubled since 2020" in quoted
    nazarov = next(e for e in record["entities"] if e["name"] == "Sharof Nazarov")
    assert {text[m["start"] : m["end"]] for m in nazarov["mentions"]} == {"Sharof Nazarov", "Nazarov"}


def test_text_of_a_missing_file_is_one_error_line(tmp_path: Path) -> None:
    result = run("text", str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert error_lines(result.stderr) == result.stderr.splitlines()
    assert result.stdout == ""


@pytest.mark.parametrize("command", [extract_command, text_command])
def test_every_option_has_help(command: click.Command) -> None:
    options = [p for p in command.params if isinstance(p, click.Option)]
    assert options
    assert all(option.help for option in options)
