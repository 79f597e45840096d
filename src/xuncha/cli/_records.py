"""The records the command line writes: one per figure, date, diagnostic or commitment, with stable keys.

Every record starts with ``source`` (the path, or ``-``); the keys of each kind are listed here once and the CSV
columns are derived from them, so a JSON Lines record and a CSV row always carry the same fields.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any, Final

from xuncha._commitments import Commitment
from xuncha.models import Period, Quantity

__all__ = [
    "COMMITMENT_KEYS",
    "CSV_COLUMNS",
    "DIAGNOSTIC_KEYS",
    "PERIOD_KEYS",
    "QUANTITY_KEYS",
    "commitment_record",
    "csv_lines",
    "jsonl_lines",
    "period_record",
    "quantity_record",
]

#: The keys of a figure's record, in order; ``upper`` is the top of a range (3-4个: value 3, upper 4).
QUANTITY_KEYS: Final = (
    "source",
    "kind",
    "text",
    "span",
    "value",
    "upper",
    "unit",
    "qualifier",
    "qualifier_text",
    "base_value",
    "base_upper",
    "base_unit",
)
#: The keys of a date's record, in order.
PERIOD_KEYS: Final = ("source", "kind", "text", "span", "start", "end", "relation", "precision")
#: The CSV columns of ``xuncha extract``: every key of either kind, the span split into its two ends.
CSV_COLUMNS: Final = tuple(
    dict.fromkeys(
        column
        for key in (*QUANTITY_KEYS, *PERIOD_KEYS)
        for column in (("span_start", "span_end") if key == "span" else (key,))
    )
)
#: The keys of a diagnostic's record (``xuncha check --format jsonl``).
DIAGNOSTIC_KEYS: Final = ("source", "line", "column", "code", "severity", "message", "path", "span")
#: The keys of a commitment's record (``xuncha commitments``).
COMMITMENT_KEYS: Final = (
    "source",
    "finding_path",
    "measure",
    "finding_title",
    "text",
    "modality",
    "status",
    "deadline_text",
    "deadline_start",
    "deadline_end",
    "deadline_relation",
    "overdue",
    "span",
)


def _plain(value: Decimal | None) -> str | None:
    """A Decimal as a plain string (no exponent), as written: 500, 2436.99, 0.945."""
    return None if value is None else format(value, "f")


def _span(item: Quantity | Period | Commitment) -> list[int] | None:
    return [item.span.start, item.span.end] if item.span is not None else None


def quantity_record(source: str, quantity: Quantity) -> dict[str, Any]:
    from xuncha.tables import _in_base

    base = _in_base(quantity)  # None for a unit that cannot be converted
    return {
        "source": source,
        "kind": "quantity",
        "text": quantity.text,
        "span": _span(quantity),
        "value": _plain(quantity.value),
        "upper": _plain(quantity.upper),
        "unit": quantity.unit,
        "qualifier": quantity.qualifier.value if quantity.qualifier is not None else None,
        "qualifier_text": quantity.qualifier_text,
        "base_value": _plain(base.value) if base else None,
        "base_upper": _plain(base.upper) if base else None,
        "base_unit": base.unit if base else None,
    }


def period_record(source: str, period: Period) -> dict[str, Any]:
    return {
        "source": source,
        "kind": "period",
        "text": period.text,
        "span": _span(period),
        "start": period.start.isoformat() if period.start is not None else None,
        "end": period.end.isoformat() if period.end is not None else None,
        "relation": period.relation.value,
        "precision": period.precision.value,
    }


def commitment_record(source: str, commitment: Commitment) -> dict[str, Any]:
    """The fields of the commitments table (``xuncha.tables._commitment_fields``), dates in ISO form."""
    from xuncha.tables import _commitment_fields

    fields = {**_commitment_fields(commitment), "source": source, "span": _span(commitment)}
    return {key: _iso(fields[key]) for key in COMMITMENT_KEYS}


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def jsonl_lines(records: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def csv_lines(records: Iterable[dict[str, Any]], columns: Sequence[str], *, header: bool = False) -> str:
    """CSV rows of ``records`` in ``columns`` (a span becomes ``span_start`` and ``span_end``)."""
    from xuncha.tables import csv_cell

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180, as spreadsheet programs expect
    if header:
        writer.writerow(columns)
    for record in records:
        span = record.get("span") or [None, None]
        flat = {**record, "span_start": span[0], "span_end": span[1]}
        writer.writerow([csv_cell(flat.get(column)) for column in columns])
    return buffer.getvalue()
