"""The pieces pages are made of: sentences around evidence, highlighted text, charts with escaped labels."""

from __future__ import annotations

from accord.sentences import sentence_span
from accord.web.charts import bar_chart, series_chart
from accord.web.text import amount, marked_snippet, pieces

TEXT = "The ministers met in Astana. They agreed to build the Balykchy line by 2027. Trade grew."


def test_the_sentence_around_evidence_runs_from_the_last_stop_to_the_next() -> None:
    start = TEXT.index("Balykchy")
    first, last = sentence_span(TEXT, start, start + len("Balykchy line"))
    assert TEXT[first:last] == "They agreed to build the Balykchy line by 2027."


def test_text_is_cut_where_spans_and_the_mark_begin_and_end() -> None:
    start = TEXT.index("Astana")
    cut = pieces(TEXT, [(start, start + 6, "place"), (0, start + 6, "event")], (29, 76))
    assert [(p.text, p.kinds) for p in cut.before] == [
        ("The ministers met in ", ("event",)),
        ("Astana", ("event", "place")),
        (". ", ()),
    ]
    assert "".join(p.text for p in cut.marked) == "They agreed to build the Balykchy line by 2027."
    assert "".join(p.text for p in cut.before + cut.marked + cut.after) == TEXT


def test_a_snippet_marks_matches_and_escapes_everything_else() -> None:
    assert str(marked_snippet("<i>[trade]</i> grew")) == "&lt;i&gt;<mark>trade</mark>&lt;/i&gt; grew"


def test_amounts_read_short_on_chart_axes() -> None:
    assert (amount(2.05e9, "USD"), amount(2.05e9, short=True), amount(12.5)) == ("2,050,000,000 USD", "2.05B", "12.5")


def test_charts_escape_labels_and_link_points_to_their_evidence() -> None:
    bars = str(bar_chart("Sectors", [("<script>", 3, "/initiatives?sector=x&y=1")]))
    assert "<script>" not in bars and "&lt;script&gt;" in bars and "x&amp;y=1" in bars
    source = {"document": "abc", "source": "a.txt", "published": "2025-01-02", "spans": [[4, 9]]}
    track = {
        "metric": "trade",
        "subjects": ["<b>A</b>"],
        "unit": "USD",
        "observations": [{"period": "2024", "value": 2e9, "conflict": True, "source": source}],
        "targets": [{"value": 3e9, "by": "2030", "set_on": "2025", "source": source}],
    }
    svg = str(series_chart(track))
    assert 'href="/documents/abc?mark=4-9#evidence"' in svg
    assert 'class="point conflict"' in svg and 'class="target"' in svg and "&lt;b&gt;A&lt;/b&gt;" in svg
