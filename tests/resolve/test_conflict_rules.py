"""A series is one thing measured; a conflict is two documents disagreeing on it, found in one place."""

from __future__ import annotations

from kb_records import document, entity, record, span_of
from sqlalchemy import Engine

from accord.ingest.writer import save_document
from accord.record import Figure
from accord.store.conflicts import find_conflicts
from accord.store.metric_names import metric_name, unit_name
from accord.store.series import find_series


def figure(text: str, number: str, amount: str, value: float, subjects: list[str], unit: str = "USD") -> Figure:
    return Figure(
        id=number,
        metric="trade turnover",
        value=value,
        unit=unit,
        period="2024",
        subjects=subjects,
        text=amount,
        evidence=[span_of(text, amount)],
    )


def report(store: Engine, source: str, text: str, figures: list[Figure]) -> None:
    doc = document(source, text)
    entities = [
        entity(text, "country", name, country=code)
        for name, code in (("Armenia", "AM"), ("Georgia", "GE"), ("Moldova", "MD"))
        if name in text
    ]
    save_document(store, doc, record(doc, entities=entities, figures=figures))


def trade(store: Engine, source: str, amount: str, value: float, subjects: list[str]) -> None:
    text = f"Trade between Armenia and Georgia reached {amount} in 2024."
    report(store, source, text, [figure(text, "f1", amount, value, subjects)])


def flags(store: Engine) -> list[tuple[float, bool]]:
    with store.connect() as conn:
        return sorted((o["value"], o["conflict"]) for s in find_series(conn, "trade") for o in s["observations"])


def test_figures_about_no_one_stand_alone_and_never_conflict(store: Engine) -> None:
    trade(store, "ministry.txt", "$1.2 billion", 1.2e9, [])
    trade(store, "agency.txt", "$3.5 billion", 3.5e9, [])
    with store.connect() as conn:
        assert [len(s["observations"]) for s in find_series(conn, "trade")] == [1, 1]
        assert find_conflicts(conn) == []
    assert flags(store) == [(1.2e9, False), (3.5e9, False)]


def test_figures_about_different_pairs_are_different_series(store: Engine) -> None:
    trade(store, "a.txt", "$1.2 billion", 1.2e9, ["Armenia", "Georgia"])
    text = "Trade between Armenia and Moldova reached $0.3 billion in 2024."
    report(store, "b.txt", text, [figure(text, "f1", "$0.3 billion", 0.3e9, ["Armenia", "Moldova"])])
    with store.connect() as conn:
        assert len(find_series(conn, "trade")) == 2
        assert find_conflicts(conn) == []


def test_two_values_in_one_document_are_two_figures_not_a_conflict(store: Engine) -> None:
    text = "Trade between Armenia and Georgia reached $1.2 billion in 2024, and transit $3.1 billion."
    pair = ["Armenia", "Georgia"]
    report(
        store,
        "a.txt",
        text,
        [figure(text, "f1", "$1.2 billion", 1.2e9, pair), figure(text, "f2", "$3.1 billion", 3.1e9, pair)],
    )
    with store.connect() as conn:
        assert find_conflicts(conn) == []
    assert flags(store) == [(1.2e9, False), (3.1e9, False)]


def test_a_document_agreeing_with_one_of_anothers_values_is_no_conflict(store: Engine) -> None:
    text = "Trade between Armenia and Georgia reached $1.2 billion in 2024, and transit $3.1 billion."
    pair = ["Armenia", "Georgia"]
    report(
        store,
        "a.txt",
        text,
        [figure(text, "f1", "$1.2 billion", 1.2e9, pair), figure(text, "f2", "$3.1 billion", 3.1e9, pair)],
    )
    trade(store, "b.txt", "$1.2 billion", 1.2e9, pair)
    with store.connect() as conn:
        assert find_conflicts(conn) == []


def test_two_documents_disagreeing_conflict_on_every_page_alike(store: Engine) -> None:
    trade(store, "ministry.txt", "$1.2 billion", 1.2e9, ["Armenia", "Georgia"])
    trade(store, "agency.txt", "$1.5 billion", 1.5e9, ["Georgia", "Armenia"])
    trade(store, "bureau.txt", "$1.21 billion", 1.21e9, ["Armenia", "Georgia"])
    with store.connect() as conn:
        [conflict] = find_conflicts(conn)
    assert [[s["source"] for s in side["sources"]] for side in conflict["sides"]] == [
        ["ministry.txt", "bureau.txt"],
        ["agency.txt"],
    ]
    assert flags(store) == [(1.2e9, True), (1.21e9, True), (1.5e9, True)]


def test_metric_names_and_units_have_one_spelling(store: Engine) -> None:
    assert metric_name("Growth, per cent") == metric_name("growth percent") == "growth percent"
    assert unit_name("per cent") == unit_name("%") == "percent"
    first = "Armenia's share of trade with Georgia was 12 per cent in 2024."
    second = "Armenia's share of trade with Georgia was 15% in 2024."
    for source, text, amount, value in (("a.txt", first, "12 per cent", 12.0), ("b.txt", second, "15%", 15.0)):
        share = figure(text, "f1", amount, value, ["Armenia", "Georgia"], unit="per cent" if "per" in amount else "%")
        report(store, source, text, [share])
    with store.connect() as conn:
        [series] = find_series(conn, "trade")
        [conflict] = find_conflicts(conn)
    assert series["unit"] == "percent" and len(series["observations"]) == 2
    assert conflict["series"]["id"] == series["id"]


def test_a_value_for_part_of_the_period_does_not_conflict_with_the_whole(store: Engine) -> None:
    trade(store, "ministry.txt", "$1.2 billion", 1.2e9, ["Armenia", "Georgia"])
    text = "In the first eight months of 2024 trade between Armenia and Georgia reached $0.8 billion."
    report(store, "agency.txt", text, [figure(text, "f1", "$0.8 billion", 0.8e9, ["Armenia", "Georgia"])])
    with store.connect() as conn:
        assert find_conflicts(conn) == []
    assert flags(store) == [(0.8e9, False), (1.2e9, False)]
