"""Figures become observations in series keyed by metric, subjects and unit; disagreeing sources are flagged."""

from __future__ import annotations

from kb_records import document, entity, record, span_of
from sqlalchemy import Engine

from accord.ingest.writer import save_document
from accord.record import Figure
from accord.store.series import find_series


def report_trade(
    store: Engine,
    source: str,
    amount: str,
    value: float,
    period: str,
    subjects: list[str],
    metric: str = "trade turnover",
) -> None:
    text = f"Trade between Armenia and Georgia reached {amount} in {period}, the Armenian side said."
    doc = document(source, text)
    figure = Figure(
        id="f1",
        metric=metric,
        value=value,
        unit="USD",
        period=period,
        subjects=subjects,
        text=amount,
        evidence=[span_of(text, amount)],
    )
    entities = [
        entity(text, "country", "Armenia", "Armenian side", country="AM"),
        entity(text, "country", "Georgia", country="GE"),
    ]
    save_document(store, doc, record(doc, entities=entities, figures=[figure]))


def test_figures_of_one_metric_and_subjects_form_one_series_in_period_order(store: Engine) -> None:
    report_trade(store, "2024.txt", "$1.2 billion", 1.2e9, "2024", ["Armenia", "Georgia"])
    report_trade(store, "2019.txt", "$0.9 billion", 0.9e9, "2019", ["Georgia", "Armenian side"])
    with store.connect() as conn:
        [series] = find_series(conn, "Trade turnover", ["Georgia"])
    assert series["unit"] == "USD"
    assert [(o["period"], o["value"], o["source"]["source"]) for o in series["observations"]] == [
        ("2019", 0.9e9, "2019.txt"),
        ("2024", 1.2e9, "2024.txt"),
    ]
    assert not any(o["conflict"] for o in series["observations"])


def test_different_values_for_one_period_are_kept_side_by_side_and_flagged(store: Engine) -> None:
    report_trade(store, "ministry.txt", "$1.2 billion", 1.2e9, "2024", ["Armenia", "Georgia"])
    report_trade(store, "agency.txt", "$1.3 billion", 1.3e9, "2024", ["Armenia", "Georgia"])
    with store.connect() as conn:
        [series] = find_series(conn, "trade turnover")
    assert sorted((o["value"], o["conflict"]) for o in series["observations"]) == [(1.2e9, True), (1.3e9, True)]


def test_a_subject_filter_keeps_only_series_about_it(store: Engine) -> None:
    report_trade(store, "a.txt", "$1.2 billion", 1.2e9, "2024", ["Armenia", "Georgia"])
    with store.connect() as conn:
        assert find_series(conn, "trade turnover", ["Azerbaijan"]) == []


def test_a_metric_is_found_by_the_words_it_starts_with(store: Engine) -> None:
    report_trade(store, "a.txt", "$1.2 billion", 1.2e9, "2024", ["Armenia", "Georgia"])
    with store.connect() as conn:
        assert [s["metric"] for s in find_series(conn, "trade")] == ["trade"]
        assert find_series(conn, "investment") == []


def test_trade_called_mutual_bilateral_or_its_turnover_is_one_series_of_its_subjects(store: Engine) -> None:
    report_trade(store, "ministry.txt", "$1.2 billion", 1.2e9, "2024", ["Armenia", "Georgia"])
    report_trade(store, "agency.txt", "$1.25 billion", 1.25e9, "2024", ["Armenia", "Georgia"], "mutual trade volume")
    with store.connect() as conn:
        [series] = find_series(conn, "bilateral trade")
    assert series["metric"] == "trade"
    assert sorted(o["value"] for o in series["observations"]) == [1.2e9, 1.25e9]
