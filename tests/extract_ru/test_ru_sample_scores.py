"""The bundled Russian samples reach their gold (benchmarks/samples-ru/gold) through `accord extract` and the
shared scorer: the same record as the English samples, section by section."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from accord.documents.headline import dateline_day, headline

GOLD = Path(__file__).resolve().parents[2] / "benchmarks" / "samples-ru" / "gold"
OVERALL_TARGET = 0.9
# section -> the score that counts for it, its target
SECTION_TARGETS = {
    "entities": ("f1", 0.9),
    "events": ("f1", 0.85),
    "initiatives": ("f1", 0.85),
    "figures": ("f1", 0.9),
    "statements": ("recall", 0.9),
}


@pytest.fixture(scope="module")
def russian_samples(sample_paths: list[Path]) -> list[Path]:
    paths = [path for path in sample_paths if path.name.startswith("ru_")]
    assert sorted(p.name.removesuffix(".txt") for p in paths) == sorted(
        g.name.removesuffix(".gold.json") for g in GOLD.glob("*.gold.json")
    )
    return paths


@pytest.fixture(scope="module")
def scores(
    shared_dir: Path, russian_samples: list[Path], accord_bin: str, tmp_path_factory: pytest.TempPathFactory
) -> tuple[dict[str, Any], str]:
    out = tmp_path_factory.mktemp("ru-sample-records")
    extraction = subprocess.run(
        [accord_bin, "extract", *map(str, russian_samples), "--out", str(out)], capture_output=True, text=True
    )
    assert extraction.returncode == 0, extraction.stderr
    result = out / "scores.json"
    command = [sys.executable, str(shared_dir / "eval" / "score.py"), "--gold", str(GOLD), "--pred", str(out)]
    scoring = subprocess.run([*command, "--json", str(result), "--details"], capture_output=True, text=True)
    assert scoring.returncode == 0, scoring.stdout + scoring.stderr
    return json.loads(result.read_text(encoding="utf-8")), scoring.stdout


def test_the_samples_score_overall(scores: tuple[dict[str, Any], str]) -> None:
    result, report = scores
    assert result["overall"] >= OVERALL_TARGET, report


@pytest.mark.parametrize("section", SECTION_TARGETS)
def test_each_section_finds_the_gold_items(scores: tuple[dict[str, Any], str], section: str) -> None:
    result, report = scores
    measure, target = SECTION_TARGETS[section]
    assert result[section][measure] >= target, f"{section} {measure} < {target}\n{report}"


def test_every_sample_has_a_headline_and_a_dated_dateline(russian_samples: list[Path]) -> None:
    for path in russian_samples:
        text = path.read_text(encoding="utf-8")
        assert headline(text) == text.splitlines()[0], path.name
        assert dateline_day(text) is not None, path.name
