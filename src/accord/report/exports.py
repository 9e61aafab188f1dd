"""Downloads: the whole knowledge base, or one list of it, as JSON, JSON lines, CSV, XLSX or FollowTheMoney."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, get_args

from sqlalchemy import Connection

from accord.store.export import flat_rows, knowledge_base


@dataclass(frozen=True)
class Format:
    """A download format: what `--format` and the web app call it, its file extension and media type."""

    name: str
    extension: str
    media_type: str


FORMATS = {
    f.name: f
    for f in (
        Format("json", "json", "application/json"),
        Format("jsonl", "jsonl", "application/x-ndjson"),
        Format("csv", "csv", "text/csv; charset=utf-8"),
        Format("xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        Format("ftm", "ftm.json", "application/x-ndjson"),  # followthemoney's tools read entities a line each
    )
}
ExportFormat = Literal["json", "jsonl", "csv", "xlsx", "ftm"]
ListFormat = Literal["csv", "json", "xlsx"]
LIST_FORMATS: tuple[str, ...] = get_args(ListFormat)


def _cell(value: Any) -> Any:
    text = "; ".join(map(str, value)) if isinstance(value, list | tuple) else value
    # A spreadsheet would run a cell starting with these as a formula; a quote keeps it text.
    return "'" + text if isinstance(text, str) and text[:1] in ("=", "+", "-", "@") else text


def rows_csv(rows: Iterable[Mapping[str, Any]], fields: Sequence[str]) -> str:
    """Return the rows' `fields` as CSV, lists joined with "; ", no cell readable as a spreadsheet formula."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(fields), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return out.getvalue()


def list_download(title: str, rows: list[dict[str, Any]], fields: Sequence[str], name: str) -> bytes:
    """Return a list of rows (the register's, the entities') as CSV, JSON or a one-sheet XLSX workbook."""
    if name == "csv":
        return rows_csv(rows, fields).encode("utf-8")
    if name == "json":
        kept = [{field: row.get(field) for field in fields} for row in rows]
        return (json.dumps(kept, indent=2, ensure_ascii=False, default=str) + "\n").encode("utf-8")
    if name == "xlsx":
        from accord.report.workbook import rows_workbook

        return rows_workbook(title, fields, ([row.get(field) for field in fields] for row in rows))
    raise ValueError(f"a list downloads as {', '.join(LIST_FORMATS)}, not {name!r}")


def knowledge_base_download(conn: Connection, name: str) -> bytes:
    """Return the whole knowledge base: nested JSON, flat rows as JSONL or CSV, an XLSX workbook, FtM entities."""
    if name == "xlsx":
        from accord.report.workbook import knowledge_base_workbook

        return knowledge_base_workbook(conn)
    if name == "ftm":
        from accord.report.ftm import ftm_entities  # followthemoney loads in a second: only for this format

        return "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in ftm_entities(conn)).encode("utf-8")
    if name == "json":
        return (json.dumps(knowledge_base(conn), indent=2, ensure_ascii=False, default=str) + "\n").encode("utf-8")
    rows = list(flat_rows(conn))
    if name == "jsonl":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")
    if name == "csv":
        return rows_csv(rows, list(dict.fromkeys(key for row in rows for key in row))).encode("utf-8")
    raise ValueError(f"the knowledge base downloads as {', '.join(FORMATS)}, not {name!r}")
