"""The periods ``extract_periods`` reads, as plain tuples that a test compares at a glance.

Shared by the observed-corpus regression tests (test_dates_observed*.py), each with its own reference date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from xuncha import extract_periods

#: A period as (its text, its relation, its first day, its last day), the days in ISO form or None.
Read = tuple[str | None, str, str | None, str | None]
#: A table's row: a text, its reference date in ISO form (None: an undated page) and every period it should yield.
Row = tuple[str, str | None, list[Read]]


def read_periods(text: str, reference: dt.date | None) -> list[Read]:
    """Each period ``extract_periods(text, reference=reference)`` finds, as a :data:`Read` tuple."""
    return [
        (
            p.text,
            p.relation.value,
            None if p.start is None else str(p.start),
            None if p.end is None else str(p.end),
        )
        for p in extract_periods(text, reference=reference)
    ]


def read_periods_on(text: str, reference: str | None) -> list[Read]:
    """:func:`read_periods` with the reference date written in ISO form, as the tables write it."""
    return read_periods(text, None if reference is None else dt.date.fromisoformat(reference))


def table_params(tables: dict[str, list[Row]]) -> list[Any]:
    """Each row of named tables as a pytest parameter set, its id the table's name and the row's number."""
    return [
        pytest.param(*row, id=f"{name}-{number}")
        for name, rows in tables.items()
        for number, row in enumerate(rows)
    ]
