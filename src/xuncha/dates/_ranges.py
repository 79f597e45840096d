"""Ranges (2023年3月13日至4月28日, 1-11月, 2017—2022年): the two points' bounds, the second borrowing the
first's year and month, and the checks that refuse a range written backwards."""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from xuncha.dates._calendar import MAX_YEAR, MIN_YEAR, Invalid, small, year_number
from xuncha.dates._context import Bounds, Context
from xuncha.dates._point import Groups, Point, bare_point
from xuncha.models import Precision

_PRECISION_ORDER: Final = list(Precision)


def _finer(a: Precision, b: Precision) -> Precision:
    return a if _PRECISION_ORDER.index(a) <= _PRECISION_ORDER.index(b) else b


def resolve_range(get: re.Match[str], first_get: Groups, last_get: Groups, context: Context) -> Bounds:
    last = Point(last_get, context.reference, context)
    bare = get["bare_number"]
    if bare is None:
        first = Point(first_get, context.reference, context)
        first_year = first.year(context) if first.has_year or not last.has_year else None
        # 次年/当年 in the second part refer back to the first part's year.
        inner = context
        if first_year is not None:
            inner = Context(context.reference, first_year, stated=first.has_year)
            inner.written = first_year if first.text_year else context.written  # 2019年12月至20年1月
        last_year = last.year(inner) if last.has_year else first_year
        if first_year is None and last.has_year:
            first_year = last_year
        start = first.bounds(first_year)
        # Only a bare day borrows the first part's month (3月13日至15日); 2023年3月至2024年 ends with its year.
        borrows = last.day is not None or last_get["ten_days_alone"] is not None
        month = first.month if borrows and last.month is None else None
        end = last.bounds(last_year, month)
        if not last.has_year and start.start and end.start and end.start < start.start and last_year:
            _crossing(start.start, end.start)
            end = last.bounds(last_year + 1, month)
        elif not first.has_year and start.start and end.end and start.start > end.end and first_year:
            _crossing(start.start, end.end)
            start = first.bounds(first_year - 1)
        return _checked_range(start, end, end.year)
    # A bare number borrows its unit from the end: 1-11月, 2017—2022年, 13-15日, 一至三季度.
    prefix_year = get["bare_year"] or get["bare_relative_year"]
    if prefix_year is not None:
        year_point = Point(bare_point(year=get["bare_year"], relative_year=get["bare_relative_year"]))
        year = year_point.year(context)
    elif last.has_year:
        year = last.year(context)
    else:
        year = context.year
    if last.has_year and prefix_year is not None:
        raise Invalid("a range with a year on both sides of a bare number")
    end_year = year
    word = last_get["year_word"]
    names_part = last_get["quarter"] or last_get["season"] or last_get["holiday"]
    # (岁初 and 岁末 have never counted as a part here: 2017—2022年岁末 reads as the years)
    if (
        last_get["year"] is not None
        and last.month is None
        and not (names_part or (word is not None and not word.startswith("岁")))
    ):
        if prefix_year is not None or get["bare_month"] is not None:
            raise Invalid("a year range with a year or month before it")
        start_year = year_number(bare) if len(bare) == 4 else None
        if start_year is None or not MIN_YEAR <= start_year <= MAX_YEAR:
            raise Invalid(f"{bare} is not a year", "out-of-range")
        return _checked_range(Point(bare_point()).bounds(start_year), last.bounds(end_year), end_year)
    if (
        last_get["season"] is not None
        and last_get["year"] is not None
        and len(bare) == 4
        and last.month is None
    ):
        # 2023—2024年冬季, 2023-2024年秋冬季: the two years a season crossing the year end spans name it
        season = last.bounds(year_number(bare))
        if prefix_year is None and season.end is not None and season.end.year == end_year:
            return season
        raise Invalid("a range of years before a season that does not span them")
    number = small(bare) if len(bare) <= 3 else None
    if number is None:
        raise Invalid(f"{bare} is not a month, day or quarter number")
    if last.day is not None:
        # the start's own month when written (1月3至2月10日), else the end's (13-15日 in 3月13-15日)
        month_text = get["bare_month"]
        month = small(month_text) if month_text else last.month
        if month is None:
            raise Invalid("a day range needs a month")
        first = Point(bare_point(month=str(month), day=str(number)))
    elif last.month is not None:
        if get["bare_month"] is not None:
            raise Invalid("a month range with a month before it")
        first = Point(bare_point(month=str(number)))
        if last_get["ten_days"] or last_get["month_edge"]:
            return _checked_range(first.bounds(end_year), last.bounds(end_year), end_year)
    elif last_get["quarter"] is not None and not last_get["quarters_from_first"]:
        if not 1 <= number <= 4:
            raise Invalid(f"there is no quarter {number}", "no-such-date")
        first = Point(bare_point(quarter=str(number)))
    else:
        raise Invalid("a bare number before a range end it cannot share a unit with")
    start = first.bounds(end_year, last.month)
    end = last.bounds(end_year, first.month)
    return _checked_range(start, end, end_year)


#: A range with a year on one side only that reads backwards in that year (2022年11月20日至1月15日) runs into
#: the next year when it then lasts at most this many months (counted by month: January less November is 2);
#: a longer one (2023年5月26日至4月10日) was written backwards. xuncha.checks reports those it refuses.
LONGEST_YEAR_CROSSING_MONTHS: Final = 6


def _crossing(first: dt.date, last: dt.date) -> None:
    """Refuse a range that would cross a year end (``last`` read in the next year) for longer than allowed."""
    if last.month + 12 - first.month > LONGEST_YEAR_CROSSING_MONTHS:
        raise Invalid(f"the range ends on {last} before it starts on {first}", "backwards")


def _checked_range(start: Bounds, end: Bounds, year: int | None) -> Bounds:
    if start.start is not None and end.end is not None and end.end < start.start:
        raise Invalid(f"the range ends on {end.end} before it starts on {start.start}", "backwards")
    return Bounds(start.start, end.end, _finer(start.precision, end.precision), False, year)
