"""Formatting of periods, the implementation of :meth:`Period.format` and :meth:`Period.iso`.

It knows the calendar but no grammar; the models import it only when a period is formatted.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Final

from xuncha.dates._calendar import TEN_DAYS_BY_DAYS, month_end
from xuncha.errors import DateError
from xuncha.models import Period, Precision, Relation


def _is_chinese(locale: str) -> bool:
    return locale.replace("-", "_").split("_")[0].lower() == "zh"


_QUARTER_NAMES: Final = "一二三四"


def _canonical_on(period: Period) -> bool:
    """Whether an ON period's bounds are exactly those its precision names (a whole month, quarter …)."""
    start, end = period.start, period.end
    assert start is not None
    assert end is not None
    precision = period.precision
    if precision is Precision.DAY:
        return start == end
    if precision is Precision.YEAR:
        return (start.month, start.day, end.month, end.day, end.year) == (1, 1, 12, 31, start.year)
    if precision is Precision.MONTH:
        return start.day == 1 and end == month_end(start.year, start.month)
    if precision is Precision.HALF_YEAR:
        return start.year == end.year and (start.month, start.day) in ((1, 1), (7, 1)) and (
            end == month_end(start.year, start.month + 5))  # fmt: skip
    if precision is Precision.QUARTER:
        return start.year == end.year and start.day == 1 and start.month % 3 == 1 and (
            end == month_end(start.year, start.month + 2))  # fmt: skip
    if precision is Precision.SEASON:
        return (
            start.day == 1 and start.month in (3, 6, 9, 12) and end == month_end(start.year, start.month + 2)
        )
    last_day = month_end(end.year, end.month).day
    same_month = (start.year, start.month) == (end.year, end.month)
    return same_month and (start.day, min(end.day, 31) if end.day < last_day else 31) in TEN_DAYS_BY_DAYS


def _format_on(period: Period, locale: str) -> str:
    from babel.dates import format_date, format_skeleton

    start = period.start
    assert start is not None
    precision = period.precision
    if precision is Precision.DAY:
        return str(format_date(start, "long", locale=locale))
    if precision is Precision.MONTH:
        return str(format_skeleton("yMMM", start, locale=locale))
    year = str(format_skeleton("y", start, locale=locale))
    if precision is Precision.YEAR:
        return year
    if precision is Precision.HALF_YEAR:
        return year + ("上半年" if start.month == 1 else "下半年")
    if precision is Precision.QUARTER:
        return f"{year}第{_QUARTER_NAMES[start.month // 3]}季度"
    if precision is Precision.SEASON:
        return year + {3: "春季", 6: "夏季", 9: "秋季", 12: "冬季"}[start.month]
    assert period.end is not None
    last = 31 if period.end.day > 20 else period.end.day
    return str(format_skeleton("yMMM", start, locale=locale)) + TEN_DAYS_BY_DAYS[(start.day, last)]


def format_period(period: Period, locale: str = "zh_CN") -> str:
    """Implementation of :meth:`Period.format` (kept here so that the models know nothing of babel)."""
    from babel.dates import format_date, format_interval

    start, end, relation = period.start, period.end, period.relation
    chinese = _is_chinese(locale)

    def day(value: dt.date) -> str:
        return str(format_date(value, "long", locale=locale))

    def interval(first: dt.date, last: dt.date, skeleton: str) -> str:
        text = str(format_interval(first, last, skeleton, locale=locale))
        return re.sub(r"\s*[–~-]\s*", "至", text) if chinese else text

    if relation in (Relation.ON, Relation.RANGE) and start is not None and end is not None:
        if chinese and relation is Relation.ON and _canonical_on(period):
            return _format_on(period, locale)
        if start == end:
            return day(start)
        whole_months = start.day == 1 and end == month_end(end.year, end.month)
        if period.precision is Precision.YEAR and whole_months and (start.month, end.month) == (1, 12):
            return interval(start, end, "y")
        if period.precision is Precision.MONTH and whole_months:
            return interval(start, end, "yMMM")
        return interval(start, end, "yMMMd")
    words: dict[Relation, Callable[[str], str]] = {
        Relation.BEFORE: (lambda d: f"{d}前") if chinese else (lambda d: f"before {d}"),
        Relation.UNTIL: (lambda d: f"截至{d}") if chinese else (lambda d: f"until {d}"),
        Relation.SINCE: (lambda d: f"{d}以来") if chinese else (lambda d: f"since {d}"),
        Relation.AFTER: (lambda d: f"{d}以后") if chinese else (lambda d: f"from {d}"),
    }
    bound = end if relation in (Relation.BEFORE, Relation.UNTIL) else start
    if relation in words and bound is not None:
        return words[relation](day(bound))
    if period.text is not None:
        return period.text
    raise DateError("a period without dates cannot be formatted", source=repr(period))


_EDTF_SEASONS: Final = {3: 21, 6: 22, 9: 23, 12: 24}


def iso_period(period: Period) -> str:
    """Implementation of :meth:`Period.iso`: an ISO 8601 / EDTF date or interval."""
    start, end = period.start, period.end
    if period.relation is Relation.ON and start is not None and end is not None and _canonical_on(period):
        precision = period.precision
        if precision is Precision.DAY:
            return start.isoformat()
        if precision is Precision.MONTH:
            return f"{start.year:04}-{start.month:02}"
        if precision is Precision.YEAR:
            return f"{start.year:04}"
        if precision is Precision.QUARTER:
            return f"{start.year:04}-{32 + (start.month + 2) // 3}"
        if precision is Precision.HALF_YEAR:
            return f"{start.year:04}-{40 if start.month == 1 else 41}"
        if precision is Precision.SEASON:
            return f"{start.year:04}-{_EDTF_SEASONS[start.month]}"
    # EDTF: ".." is an open end (a deadline has no start), "" an unknown one (no reference date given).
    open_start = period.relation in (Relation.BEFORE, Relation.UNTIL)
    open_end = period.relation is Relation.AFTER
    first = ".." if open_start else (start.isoformat() if start else "")
    last = ".." if open_end else (end.isoformat() if end else "")
    return f"{first}/{last}"
