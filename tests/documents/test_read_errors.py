"""Input accord cannot read raises ReadError naming the file and the problem, never anything else."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from accord.documents import read_document
from accord.errors import AccordError, ReadError

READOUT = "The ministers agreed to open a joint trade office in the capital by June.\n"


def read_error(path: Path | str, **options: object) -> ReadError:
    with pytest.raises(ReadError) as caught:
        read_document(path, **options)  # type: ignore[arg-type]
    return caught.value


def test_read_error_names_the_file_and_is_an_accord_error(tmp_path: Path) -> None:
    error = read_error(tmp_path / "missing.txt")

    assert isinstance(error, AccordError)
    assert error.source == str(tmp_path / "missing.txt")
    assert str(error) == f"{tmp_path / 'missing.txt'}: no such file"


def test_folder_is_refused(tmp_path: Path) -> None:
    assert "is a folder" in read_error(tmp_path).reason


def test_folder_with_a_text_extension_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "notes.txt"
    folder.mkdir()

    assert "is a folder" in read_error(folder).reason


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")

    assert read_error(path).reason == "is empty"


def test_whitespace_only_file_counts_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.md"
    path.write_text(" \n\t\r\n  \n", encoding="utf-8")

    assert "has no text" in read_error(path).reason


def test_file_over_the_size_limit_says_its_size_the_limit_and_the_option(tmp_path: Path) -> None:
    path = tmp_path / "readout.txt"
    path.write_bytes(b"trade " * 512)

    reason = read_error(path, max_bytes=1024).reason

    assert "3.0 KB" in reason
    assert "1.0 KB limit" in reason
    assert "--max-size" in reason


def test_file_at_the_size_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "readout.txt"
    path.write_text(READOUT, encoding="utf-8")

    assert read_document(path, max_bytes=len(READOUT)).text == READOUT


def test_text_file_with_nul_bytes_is_refused_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))

    assert "binary" in read_error(path).reason


def test_text_file_of_random_bytes_without_nul_is_refused_as_binary(tmp_path: Path) -> None:
    noise = random.Random(7).randbytes(4096).replace(b"\x00", b"\x01")
    path = tmp_path / "noise.txt"
    path.write_bytes(noise)

    assert "binary" in read_error(path).reason


def test_unknown_extension_lists_the_supported_ones(tmp_path: Path) -> None:
    path = tmp_path / "readout.rtf"
    path.write_text(READOUT, encoding="utf-8")

    reason = read_error(path).reason

    assert "'.rtf'" in reason
    for extension in (".txt", ".md", ".html", ".htm", ".pdf", ".docx"):
        assert extension in reason


def test_file_without_extension_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "README"
    path.write_text(READOUT, encoding="utf-8")

    assert "without an extension" in read_error(path).reason


def test_text_in_no_known_encoding_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "Соглашение подписано".encode("cp1251"))

    assert "does not decode" in read_error(path).reason


def test_published_date_that_is_not_iso_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "readout.txt"
    path.write_text(READOUT, encoding="utf-8")

    reason = read_error(path, published="4 March 2024").reason

    assert "YYYY-MM-DD" in reason


def test_published_date_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "readout.txt"
    path.write_text(READOUT, encoding="utf-8")

    assert "not a calendar date" in read_error(path, published="2024-02-30").reason


def test_name_the_system_cannot_open_is_a_read_error(tmp_path: Path) -> None:
    assert "cannot read the file" in read_error(tmp_path / ("x" * 300 + ".txt")).reason


def test_unreadable_file_says_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "readout.txt"
    path.write_text(READOUT, encoding="utf-8")
    path.chmod(0)
    if os.geteuid() != 0:
        assert "permission denied" in read_error(path).reason
        return
    # Root reads any file: read it in a child process that lost the capabilities to override file modes.
    probe = (
        "import sys\n"
        "from accord.documents import read_document\n"
        "from accord.errors import ReadError\n"
        "try:\n    read_document(sys.argv[1])\nexcept ReadError as error:\n    print(error.reason)\n"
    )
    dropped = "-dac_override,-dac_read_search"
    command = ["setpriv", f"--inh-caps={dropped}", f"--bounding-set={dropped}", sys.executable, "-c", probe]
    result = subprocess.run([*command, str(path)], capture_output=True, text=True, check=True)
    assert "permission denied" in result.stdout
