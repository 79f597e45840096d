"""How the checker reads dates from the text: the one place where checks meet the date grammar.

The checker asks three questions, all answered from one scan of the date grammar (:func:`xuncha.dates.scan_periods`,
its periods and the candidates it refuses):

- :meth:`DateReading.backward_ranges`: the ranges whose end comes before their start;
- :meth:`DateReading.days_written`: the single days written in a stretch of text, with the day each names;
- :meth:`DateReading.wrong_weekdays`: the days whose weekday printed in brackets after them is not theirs.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterator
from typing import NamedTuple

from xuncha.dates import scan_periods
from xuncha.dates._weekday import printed_weekday
from xuncha.models import Precision, Relation

__all__ = ["DateReading", "WeekdayMisprint", "WrittenDay"]


class WrittenDay(NamedTuple):
    """A single day written in the text: where it is, and the day it names (None when it names none: 2月30日),
    and whether it is the end of a count (截至10月31日) rather than a date of its own."""

    start: int
    end: int
    day: dt.date | None
    until: bool = False


class WeekdayMisprint(NamedTuple):
    """A day whose printed weekday is not its own: where the date is, the day it names, and the weekday printed
    (Monday 0)."""

    start: int
    end: int
    day: dt.date
    printed: int


class DateReading:
    """The date grammar's reading of one text, made once and asked many times."""

    def __init__(self, text: str, reference: dt.date | None) -> None:
        # Only the refusals asked about below are kept: a long text may hold a refused year every few characters.
        scan = scan_periods(text, reference=reference, kinds=("backwards", "no-such-date"))
        self._backward = [(r.span.start, r.span.end) for r in scan.rejected if r.kind == "backwards"]
        days: list[WrittenDay] = []
        misprints: list[WeekdayMisprint] = []
        for period in scan.periods:
            if period.span is not None and period.precision is Precision.DAY:
                # (a deadline's day is its end: 5月10日(星期五)前; any other's, its start)
                day = period.start if period.start is not None else period.end
                printed = printed_weekday(text, period.span.start, period.span.end)
                if day is not None and printed is not None and day.weekday() != printed:
                    misprints.append(WeekdayMisprint(period.span.start, period.span.end, day, printed))
            if period.span is not None and period.precision is Precision.DAY and period.start == period.end:
                days.append(
                    WrittenDay(
                        period.span.start, period.span.end, period.start, period.relation is Relation.UNTIL
                    )
                )
        for rejected in scan.rejected:
            if rejected.kind == "no-such-date":
                days.append(WrittenDay(rejected.span.start, rejected.span.end, None))
        days.sort()
        self._days = days
        self._day_starts = [day.start for day in days]
        self._misprints = misprints

    def backward_ranges(self) -> Iterator[tuple[int, int]]:
        """The spans of the ranges the grammar refuses as running backwards, in order: 2023年6-2月, and a range
        without the year of its end that would cross a year end for longer than half a year
        (2023年5月26日至4月10日; see :data:`xuncha.dates._ranges.LONGEST_YEAR_CROSSING_MONTHS`)."""
        return iter(self._backward)

    def days_written(self, start: int, end: int) -> list[WrittenDay]:
        """The single days written in ``text[start:end]``, in order."""
        first = bisect.bisect_left(self._day_starts, start)
        found = []
        for day in self._days[first:]:
            if day.start >= end:
                break
            if day.end <= end:
                found.append(day)
        return found

    def wrong_weekdays(self) -> list[WeekdayMisprint]:
        """The days, in order, whose weekday printed in brackets after them (2024年5月11日(星期五)) is not the
        day's own. (A day written without a year has the year its weekday names where one beside the year read
        has it, :func:`xuncha.dates._resolve.resolve`: only a weekday no year near it fits is listed.)"""
        return self._misprints
