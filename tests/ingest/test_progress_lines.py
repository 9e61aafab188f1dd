"""Off a terminal, ingest reports its progress as plain lines: how many done, the pace, the time left."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from news_articles import write_articles

from accord.cli.ingest import ingest_command
from accord.ingest.progress import ProgressLines, duration


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_line_comes_every_n_documents_with_the_rate_and_the_time_left() -> None:
    clock, lines = Clock(), []
    progress = ProgressLines(total=200, write=lines.append, every=50, seconds=1000, clock=clock)
    for _ in range(100):
        clock.now += 2.0
        progress.advance("added")
    assert lines == [
        "ingest: 50 of 200 documents (25%), 0.5 docs/s, about 5 min left",
        "ingest: 100 of 200 documents (50%), 0.5 docs/s, about 3 min 20 s left",
    ]


def test_a_line_comes_after_so_many_seconds_even_when_few_documents_are_done() -> None:
    clock, lines = Clock(), []
    progress = ProgressLines(total=10, write=lines.append, every=50, seconds=30, clock=clock)
    clock.now = 40.0
    progress.advance("added")
    assert lines == ["ingest: 1 of 10 documents (10%), 0.0 docs/s, about 6 min left"]


def test_documents_found_stored_do_not_count_towards_the_pace_and_the_last_line_says_done() -> None:
    clock, lines = Clock(), []
    progress = ProgressLines(total=4, write=lines.append, every=2, seconds=1000, clock=clock)
    progress.advance("unchanged")
    progress.advance("unchanged")
    for _ in range(2):
        clock.now += 5.0
        progress.advance("added")
    assert lines == [
        "ingest: 2 of 4 documents (50%), 2 already stored",
        "ingest: 4 of 4 documents (100%), 2 already stored, 0.2 docs/s, done in 10 s",
    ]


def test_durations_read_as_a_person_would_say_them() -> None:
    assert [duration(s) for s in (4.4, 60, 200, 3600, 7500)] == ["4 s", "1 min", "3 min 20 s", "1 h", "2 h 5 min"]


def test_accord_ingest_into_a_pipe_prints_progress_lines(database_url: str, tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news", 3)
    result = CliRunner(mix_stderr=False).invoke(
        ingest_command, [str(folder), "--db", database_url, "--progress-every", "2"]
    )
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.splitlines()
    assert [line.split(",")[0] for line in lines] == [
        "ingest: 2 of 3 documents (67%)",
        "ingest: 3 of 3 documents (100%)",
    ]
    assert "docs/s" in lines[0] and "left" in lines[0] and "done in" in lines[1]
