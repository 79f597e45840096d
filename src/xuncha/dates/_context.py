"""What a scan knows of the text so far (:class:`Context`: the years and the last dates stated), and the
shapes resolution passes around (:data:`Resolved`, :class:`Bounds`)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Final, NamedTuple

from xuncha.dates._calendar import Invalid, year_number
from xuncha.models import Precision, Relation

Resolved = tuple["dt.date | None", "dt.date | None", Relation, Precision]

# The members of Relation and Precision as module constants, for the scan and resolution, which compare every
# match's period with them a dozen times: on Python 3.11 reading ``Precision.DAY`` runs EnumType's attribute hook
# (about 0.1 us, ten times the cost of reading a global).
ON: Final = Relation.ON
RANGE: Final = Relation.RANGE
SINCE: Final = Relation.SINCE
UNTIL: Final = Relation.UNTIL
BEFORE: Final = Relation.BEFORE
AFTER: Final = Relation.AFTER
BY_DAY: Final = Precision.DAY
BY_TEN_DAYS: Final = Precision.TEN_DAYS
BY_MONTH: Final = Precision.MONTH
BY_QUARTER: Final = Precision.QUARTER
BY_HALF_YEAR: Final = Precision.HALF_YEAR
BY_SEASON: Final = Precision.SEASON
BY_YEAR: Final = Precision.YEAR


class Bounds(NamedTuple):
    """A resolved point or range before its relation is applied (a tuple: built for every match)."""

    start: dt.date | None
    end: dt.date | None
    precision: Precision
    holiday: bool = False
    year: int | None = None  # the year the point resolved to, for the next bare date


class Context:
    """What a scan knows of the text so far (a plain class: dataclasses would import inspect, 10 ms)."""

    __slots__ = (
        "_written", "last", "last_day", "reference", "report_year", "school_year", "stated", "text_last",
        "text_stated", "text_year", "title_month", "title_quarter", "title_year", "titled_year", "unread", "year",
    )  # fmt: skip

    def __init__(self, reference: dt.date | None, year: int | None, *, stated: bool = False) -> None:
        self.reference = reference
        self.year = year  # the year stated last in the paragraph, else the reference year
        self.stated = stated  # whether ``year`` was stated in the text (else it is the reference year)
        # The same, across paragraphs: the year the text is about, for the words that name a whole year or a
        # part of it (全年, 上年, 年末, 上半年), which a paragraph break does not take away from it.
        self.text_year, self.text_stated = year, stated
        self._written: int | None = None
        # The paragraph's matches not yet read for a four-digit year (read only when a 15年 needs it: rare).
        self.unread: list[re.Match[str]] = []
        self.last: Resolved | None = None  # the last date of the paragraph (当月 is its month)
        self.text_last: Resolved | None = None  # the last of a month or longer, across paragraphs (上年同期)
        self.last_day: dt.date | None = None  # the last day the text stated with its year (a dateline's year)
        # The quarter a text's first line names with its year (2024年第4季度偿付能力报告): a quarterly report's own,
        # which its 本季度, 上季度 and 下季度 count from, as (year, quarter).
        self.title_quarter: tuple[int, int] | None = None
        # The year a text's first line names (2024年政府信息公开工作年度报告): a report's own, which its 本年 and
        # 本年度 are (a report on a year is published in the next).
        self.title_year: int | None = None
        # The same, named by a title-shaped line (short, no sentence's marks; not 督促2023年“同级审”…整改。): the year
        # an undated page writes in, which its days and year words without a year of their own are read in.
        self.titled_year: int | None = None
        # The year the text states, in digits, as the year it speaks of (2023年，…; 一、2022年工作回顾; not a day's),
        # failing a title's: a report's own, which its 本年 is (2019年，我苏木…, then a table's 本年新制作数量).
        self.report_year: int | None = None
        # The month a title names with its year (2018年4月热线情况通报), as (year, month): its 本月.
        self.title_month: tuple[int, int] | None = None
        # The first calendar year of a school year the text names (2022-2023学年, 2023-2024第一学期): a school
        # calendar's, whose days without a year of their own, on an undated page, are in it (see Point.year).
        self.school_year: int | None = None

    @property
    def written(self) -> int | None:
        """The four-digit year written last in the paragraph (for 15年)."""
        unread = self.unread
        while unread:
            year = written_year(unread.pop())
            if year is not None:
                unread.clear()
                self._written = year
        return self._written

    @written.setter
    def written(self, year: int | None) -> None:
        self.unread.clear()
        self._written = year

    def remember(self, match: re.Match[str]) -> None:
        """Keep ``match`` for :attr:`written`, its year read only if asked; a long paragraph's matches are read a
        few at a time, so that no more than that many are held (a match of the grammar holds its 130 groups)."""
        unread = self.unread
        unread.append(match)
        if len(unread) >= _UNREAD_HELD:
            self.written  # noqa: B018 (reading the property reads the matches held and lets them go)


_ONE_MONTH: Final = frozenset({Precision.DAY, Precision.TEN_DAYS, Precision.MONTH})
_ON_OR_RANGE: Final = frozenset({Relation.ON, Relation.RANGE})


def single_month(resolved: Resolved) -> tuple[int, int] | None:
    """The (year, month) a period names, for a later 当月, 次月 or day alone: a day, ten days or a month, or a
    range of them inside one month (11月15-16日，…。16日下午…: the 16th of that November), else None."""
    start, end, relation, precision = resolved
    if relation not in _ON_OR_RANGE or precision not in _ONE_MONTH or start is None or end is None:
        return None
    return (start.year, start.month) if (start.year, start.month) == (end.year, end.month) else None


def century_from_text(two_digits: int, context: Context) -> int:
    """The year a two-digit year (15年) names: the one nearest the four-digit year the paragraph wrote last
    (or, in a range, its first part's year).

    Without such a year the century is a guess, and a guess is refused rather than made silently (the
    reference date says when the text was written, not which century a two-digit year is in).
    """
    stated = context.written
    if stated is None:
        raise Invalid(
            f"a two-digit year ({two_digits:02}年) with no four-digit year before it", "ambiguous-year"
        )
    century = stated // 100 * 100
    return min(
        (century + offset + two_digits for offset in (-100, 0, 100)), key=lambda year: abs(year - stated)
    )


# How many matches a paragraph holds unread at most (see Context.remember).
_UNREAD_HELD: Final = 16

_WRITTEN_YEARS: Final = (
    "end_year", "end_separated_year", "start_year", "start_separated_year", "start_chrome_year", "start_dmy_year",
    "bare_year",
)  # fmt: skip


def written_year(match: re.Match[str]) -> int | None:
    """The last four-digit year a match writes (2015年起: 2015), which fixes the century of a later 15年."""
    for name in _WRITTEN_YEARS:
        text = match[name]
        if text is not None:
            return year_number(text)
    return None
