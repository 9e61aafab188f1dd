"""Targets: goal sentences mark their figures as targets of a series, with date, setters and factor."""

from __future__ import annotations

import json
from pathlib import Path

from jsonschema import Draft202012Validator

from accord.documents import SourceDocument
from accord.extract import extract_record
from accord.extract.entities.extraction import extract_entities
from accord.extract.figures.extraction import extract_figures
from accord.extract.figures.targets import mark_targets
from accord.nlp import parse
from accord.record import Figure


def figures_of(text: str) -> list[Figure]:
    doc = parse(text)
    entities = extract_entities(doc)
    return mark_targets(doc, extract_figures(doc, entities), entities, "2025-05-15")


def test_aim_to_reach_an_amount_in_a_metric_is_a_target_with_its_date_and_setters() -> None:
    [goal] = figures_of("Kazakhstan and Kyrgyzstan aim to reach $10 billion in bilateral trade by 2030.")
    assert (goal.metric, goal.value, goal.unit, goal.period) == ("bilateral trade", 10e9, "USD", "2030")
    assert goal.target is not None
    assert (goal.target.by, goal.target.setters, goal.target.factor) == ("2030", ["Kazakhstan", "Kyrgyzstan"], None)
    assert goal.text == "$10 billion"


def test_agreed_to_increase_trade_to_an_amount_is_a_target_without_a_date() -> None:
    [goal] = figures_of("Armenia and Georgia agreed to increase trade to $30 billion.")
    assert (goal.metric, goal.value) == ("trade", 30e9)
    assert goal.target is not None and goal.target.by is None


def test_plans_to_triple_is_a_factor_target_of_its_metric() -> None:
    [goal] = figures_of("Kyrgyzstan plans to triple its exports of dairy products to Kazakhstan.")
    assert (goal.metric, goal.value, goal.unit) == ("exports", 3.0, "times")
    assert goal.target is not None and (goal.target.factor, goal.target.setters) == (3.0, ["Kyrgyzstan"])


def test_a_target_of_an_amount_takes_its_metric_from_what_it_is_in() -> None:
    [goal] = figures_of("The leaders of Armenia and Georgia set a target of $5 billion in mutual trade by 2028.")
    assert (goal.metric, goal.value, goal.period) == ("mutual trade", 5e9, "2028")
    assert goal.target is not None and goal.target.by == "2028"


def test_observed_figures_and_goals_without_amounts_are_no_targets() -> None:
    [observed] = figures_of("Trade between Kazakhstan and Kyrgyzstan reached $2.05 billion in 2024.")
    assert observed.target is None
    assert figures_of("The sides agreed to avoid double taxation.") == []


def test_a_record_with_targets_keeps_the_schema(shared_dir: Path) -> None:
    schema = json.loads((shared_dir / "schema" / "record.schema.json").read_text(encoding="utf-8"))
    text = "Trade reached $2 billion in 2024. Armenia and Georgia aim to double trade by 2030."
    record = extract_record(SourceDocument(source="goal.txt", text=text, published="2025-05-15"))
    assert [f.target is not None for f in record.figures] == [False, True]
    assert list(Draft202012Validator(schema).iter_errors(record.to_dict())) == []
