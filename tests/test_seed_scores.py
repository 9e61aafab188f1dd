"""Acceptance: `accord extract` on the seeds reaches the targets of ../shared/eval/score.py."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

# section -> (the score that counts for it, its target)
SECTION_TARGETS = {
    "entities": ("f1", 0.95),
    "events": ("f1", 1.0),
    "initiatives": ("f1", 0.85),
    "figures": ("f1", 0.9),
    "statements": ("recall", 1.0),
}
# section -> attribute -> least share of matched gold items whose attribute must be right
ATTRIBUTE_TARGETS = {
    "entities": {"role": 0.9},
    "events": {"date": 1.0, "place": 1.0, "chair": 1.0, "organizer": 1.0, "participant": 0.9},
    "initiatives": {
        "kind": 0.85,
        "status": 0.85,
        "sector": 0.85,
        "actor": 0.85,
        "deadline": 0.9,
        "location": 0.9,
        "milestone": 0.9,
    },
    "figures": {"period": 0.85, "qualifier": 0.85, "subject": 0.85},
    "statements": {"speaker": 1.0},
}


@dataclass(frozen=True)
class SeedScores:
    """The scorer's JSON result and its printed report with every miss and extra."""

    result: dict[str, Any]
    report: str


@pytest.fixture(scope="module")
def seed_scores(
    shared_dir: Path, seed_paths: list[Path], accord_bin: str, tmp_path_factory: pytest.TempPathFactory
) -> SeedScores:
    out = tmp_path_factory.mktemp("seed-records")
    extraction = subprocess.run(
        [accord_bin, "extract", *map(str, seed_paths), "--out", str(out)], capture_output=True, text=True
    )
    assert extraction.returncode == 0, extraction.stderr
    scores = out / "scores.json"
    scoring = subprocess.run(
        [
            sys.executable,
            str(shared_dir / "eval" / "score.py"),
            "--gold",
            str(shared_dir / "eval" / "gold"),
            "--pred",
            str(out),
            "--json",
            str(scores),
            "--details",
        ],
        capture_output=True,
        text=True,
    )
    assert scoring.returncode == 0, scoring.stdout + scoring.stderr
    return SeedScores(json.loads(scores.read_text(encoding="utf-8")), scoring.stdout)


@pytest.mark.parametrize("section", SECTION_TARGETS)
def test_section_finds_the_gold_items(seed_scores: SeedScores, section: str) -> None:
    measure, target = SECTION_TARGETS[section]
    score = seed_scores.result[section][measure]
    assert score >= target, f"{section} {measure} {score} < {target}\n{seed_scores.report}"


@pytest.mark.parametrize("section", ATTRIBUTE_TARGETS)
def test_section_gets_the_attributes_right(seed_scores: SeedScores, section: str) -> None:
    measured = seed_scores.result[section]["attributes"]
    shortfalls = []
    for attribute, target in ATTRIBUTE_TARGETS[section].items():
        if attribute not in measured:
            shortfalls.append(f"{attribute}: not measured (no gold item carrying it was matched)")
            continue
        right, total = map(int, measured[attribute].split("/"))
        if right / total < target:
            shortfalls.append(f"{attribute}: {right}/{total} < {target}")
    assert not shortfalls, f"{section}: " + "; ".join(shortfalls) + f"\n{seed_scores.report}"


# Nine of the seeds' gold countries (a company's, a think tank's, a speaker's with no stated
# affiliation) are not stated in the text: reaching 0.9 needs world knowledge accord lacks.
# Strict: once it is reached, this test fails and the target moves back into the table above.
def test_entity_countries_reach_the_target(seed_scores: SeedScores) -> None:
    right, total = map(int, seed_scores.result["entities"]["attributes"]["country"].split("/"))
    assert right / total >= 0.9, f"country: {right}/{total} < 0.9\n{seed_scores.report}"
