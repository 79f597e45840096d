"""The periods ``extract_periods`` reads, as plain tuples that a test compares at a glance.

Shared by the observed-corpus regression tests (test_dates_observed*.py), each with its own reference date.
"""

from __future__ import annotations

import datetime as dt

from xuncha import extract_periods

#: A period as (its text, its relation, its first day, its last day), the days in ISO form or None.
Read = tuple[str | None, str, str | None, str | None]


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
