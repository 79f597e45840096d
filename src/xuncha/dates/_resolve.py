"""Resolution: the dates a match of the grammar names, given the reference date and the text's context.

Groups are read by their names in the grammar (``_grammar``); a point's names carry no prefix here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Final, NamedTuple

from xuncha.dates._calendar import (
    MAX_YEAR,
    MIN_YEAR,
    TEN_DAYS,
    Invalid,
    day_of,
    holiday,
    small,
    year_number,
)
from xuncha.dates._grammar import HOLIDAY_WORDS, YEAR_WORDS, grammar
from xuncha.dates._spans import resolve_special
from xuncha.dates._tense import NEAR_FUTURE, holiday_looks_back, tense_shift
from xuncha.models import Precision, Relation

# Years relative to the reference date (offset) or to the year stated last in the text (当年 …).
_REFERENCE_YEARS: Final = {
    "今": 0, "本": 0, "去": -1, "明": 1, "来": 1, "前": -2, "后": 2, "大前": -3, "大后": 3,
}  # fmt: skip
# 当月 and 次月 count from the reference month only where no date comes before them in the paragraph.
# 上上个月 and 下下个季度 step twice; 上一个月 once (个 and 一 add nothing).
_RELATIVE_MONTHS: Final = {
    "本": 0, "当": 0, "次": 1, "上": -1, "下": 1, "上上": -2, "下下": 2, "上一": -1, "下一": 1,
}  # fmt: skip
# 全年 (全年共接待…) is the whole of the year under discussion, as 当年 (after a year, 2022年全年, it adds
# nothing to it); 上年 (比上年增长, the statistics bulletins' word) the year before it, 下一年 the one after.
_CONTEXT_YEARS: Final = {"当": 0, "同": 0, "次": 1, "翌": 1, "全": 0, "上": -1, "上一": -1, "下一": 1}
# The statistics bulletins' year of comparison (比上年增长): it does not change the year the text is about.
_COMPARED_YEARS: Final = frozenset({"上", "上一"})
# Meteorological seasons, the convention of the China Meteorological Administration's climate statistics:
# 冬季 runs from December of its year to the end of February of the next.
_SEASONS: Final = {"春": (3, 5), "夏": (6, 8), "秋": (9, 11), "冬": (12, 14)}
# School terms and holidays by their first character (春季学期, 暑假); months past 12 run into the next year.
_SCHOOL_TERMS: Final = {"春": (2, 7), "秋": (9, 13), "暑": (7, 8), "寒": (1, 2)}
_SEASONS_IN_ORDER: Final = "春夏秋冬春"  # 冬春季 (冬春季森林防火) runs from December to May
_PRECISION_ORDER: Final = list(Precision)
_QUARTER_NUMBERS: Final = frozenset("1234一二三四")

Resolved = tuple["dt.date | None", "dt.date | None", Relation, Precision]


class _Bounds(NamedTuple):
    """A resolved point or range before its relation is applied (a tuple: built for every match)."""

    start: dt.date | None
    end: dt.date | None
    precision: Precision
    holiday: bool = False
    year: int | None = None  # the year the point resolved to, for the next bare date


class Context:
    """What a scan knows of the text so far (a plain class: dataclasses would import inspect, 10 ms)."""

    __slots__ = (
        "_written", "last", "reference", "stated", "text_last", "text_stated", "text_year", "unread", "year",
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


_ONE_MONTH: Final = frozenset({Precision.DAY, Precision.TEN_DAYS, Precision.MONTH})


def _single_month(resolved: Resolved) -> tuple[int, int] | None:
    """The (year, month) a period names, for a later 当月 or 次月: a day, ten days or a month, else None."""
    start, end, relation, precision = resolved
    if relation is not Relation.ON or precision not in _ONE_MONTH or start is None or end is None:
        return None
    return (start.year, start.month) if (start.year, start.month) == (end.year, end.month) else None


def _century_from_text(two_digits: int, context: Context) -> int:
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


def _split_month_day(digits: str) -> tuple[str, str]:
    """A month and a day written without 月 between them (318: 3, 18), where only one split is a date."""
    splits = [
        (digits[:cut], digits[cut:])
        for cut in (1, 2)
        if cut < len(digits)
        and digits[cut] != "0"  # (the day 05 of 1105 is written 5: 11月5日 is 115日)
        and 1 <= int(digits[:cut]) <= 12
        and 1 <= int(digits[cut:]) <= 31
        and not digits.startswith("0")
    ]
    if len(splits) != 1:
        raise Invalid(
            f"{digits}日 splits into a month and a day in {len(splits) or 'no'} way(s)", "no-such-date"
        )
    return splits[0]


def _month_of_a_lone_day(
    day_text: str, reference: dt.date | None, context: Context | None
) -> tuple[int, int]:
    """The (year, month) of a day written alone (26日，…): the month of the paragraph's last date, else the
    reference month, or the one before it when the day is still to come in it (a report of the 26th written on
    the 3rd). Month 0: unknown (no reference)."""
    if context is not None and context.last is not None:
        base = _single_month(context.last)
        if base is None:
            raise Invalid("a day alone after a date that names no single month")
        return base
    if reference is None:
        return 0, 0
    day = small(day_text) or 0
    if day > reference.day:
        months = reference.year * 12 + reference.month - 2
        return months // 12, months % 12 + 1
    return reference.year, reference.month


class Groups:
    """The groups of one point of a match read by name: the grammar's names without the point's prefix.

    (The groups outside the points are read from the match itself: ``match["suffix"]``.)
    """

    __slots__ = ("index", "values")

    def __init__(self, values: Sequence[str | None], index: dict[str, int]) -> None:
        self.values, self.index = values, index

    def __getitem__(self, name: str) -> str | None:
        return self.values[self.index[name]]


_BARE_INDEX: dict[str, int] = {}


def _bare(**given: str | None) -> Groups:
    """The groups of a point built from a bare number (the first part of 1-11月)."""
    if not _BARE_INDEX:
        _BARE_INDEX.update({name: number for number, name in enumerate(grammar().start)})
    return Groups([given.get(name) for name in _BARE_INDEX], _BARE_INDEX)


class _Point:
    """The fields of one matched date point."""

    __slots__ = (
        "day", "get", "has_year", "month", "month_year", "quarter", "reference", "relative_year", "short_year",
        "text_year", "year_shift",
    )  # fmt: skip

    def __init__(self, get: Groups, reference: dt.date | None = None, context: Context | None = None) -> None:
        self.get, self.reference = get, reference
        values, index = get.values, get.index  # (read here without a method call: one point per match)
        self.text_year = (
            values[index["year"]] or values[index["separated_year"]] or values[index["glued_year"]]
        )
        self.relative_year = values[index["relative_year"]]
        self.short_year = values[index["short_year"]]
        self.year_shift = 0  # 去年本月: the months a relative month moves from the stated year's
        month_text = values[index["month"]] or values[index["separated_month"]]
        day_text = values[index["day"]] or values[index["separated_day"]] or values[index["day_alone"]]
        glued = values[index["glued_month_day"]] or values[index["glued_short"]]
        if glued is not None:  # 2019318日, 815日: the one way the digits split into a month and a day
            month_text, day_text = _split_month_day(glued)
        lone_day = values[index["lone_day"]]  # 26日，… : the paragraph's month, else the reference month
        self.month = None if month_text is None else small(month_text)
        # 本月, 上个月, 下月 fix both month and year from the reference date (unknown without one); 当月 and
        # 次月 too, unless a date comes before them in the paragraph: then they count from its month.
        relative_month = values[index["relative_month"]]
        self.month_year: int | None = None
        if relative_month is not None:
            base: tuple[int, int] | None = None if reference is None else (reference.year, reference.month)
            if relative_month in ("当", "次") and context is not None and context.last is not None:
                base = _single_month(context.last)
                if base is None:
                    raise Invalid(f"{relative_month}月 after a date that names no single month")
            if base is None:
                self.month = 0
            else:
                months = base[0] * 12 + base[1] - 1 + _RELATIVE_MONTHS[relative_month.rstrip("个")]
                self.month = months % 12 + 1
                if self.text_year or self.relative_year or self.short_year:  # 去年本月十日: in 去年
                    self.year_shift = months // 12 - base[0]
                else:
                    self.month_year = months // 12
        if lone_day is not None:
            day_text = lone_day
            self.month_year, self.month = _month_of_a_lone_day(lone_day, reference, context)
        # 本季度, 上季度: the quarter and its year from the reference date (unknown without one).
        relative_quarter = values[index["relative_quarter"]]
        self.quarter: int | None = None
        if relative_quarter is not None:
            if reference is None:
                self.month = 0
            else:
                quarters = (
                    reference.year * 4
                    + (reference.month - 1) // 3
                    + _RELATIVE_MONTHS[relative_quarter.rstrip("个")]
                )
                self.month_year, self.quarter = quarters // 4, quarters % 4 + 1
        self.has_year = bool(
            self.text_year
            or self.relative_year
            or self.short_year
            or relative_month
            or relative_quarter
            or values[index["today"]]
            or lone_day
        )
        self.day = None if day_text is None else small(day_text)
        if (month_text is not None and self.month is None) or (day_text is not None and self.day is None):
            raise Invalid("not a month or day number", "no-such-date")

    def year(self, context: Context) -> int | None:
        if self.month == 0:  # a relative month without a reference date
            return None
        if self.month_year is not None:
            return self.month_year
        return None if (year := self._year(context)) is None else year + self.year_shift

    def _year(self, context: Context) -> int | None:
        written = self.text_year or self.short_year
        if written is not None:
            year = (
                year_number(written)
                if len(written) == 4
                else _century_from_text(year_number(written), context)  # 15年, 零七年: 2 digits
            )
            if not MIN_YEAR <= year <= MAX_YEAR:
                raise Invalid(f"year {year} is outside {MIN_YEAR}–{MAX_YEAR}", "out-of-range")
            return year
        if self.relative_year in _REFERENCE_YEARS:
            ref = context.reference
            return None if ref is None else ref.year + _REFERENCE_YEARS[self.relative_year]
        if self.relative_year in _CONTEXT_YEARS:
            stated = context.year
            return None if stated is None else stated + _CONTEXT_YEARS[self.relative_year]
        return context.year

    def bounds(
        self, year: int | None, month: int | None = None, *, forward: dt.date | None = None
    ) -> _Bounds:
        """Inclusive bounds in ``year`` (None: unknown); ``month`` fills in a range end's missing month."""
        get = self.get
        values, index = get.values, get.index  # (read without a method call: this runs for every match)
        if values[index["today"]] is not None:  # 即日: the reference date, unknown without one
            ref = self.reference
            return _Bounds(ref, ref, Precision.DAY, year=None if ref is None else ref.year)
        month = self.month if self.month is not None else month
        holiday_text = values[index["holiday"]]
        if holiday_text is not None:
            name = HOLIDAY_WORDS[holiday_text].name
            other = get["last_holiday"]
            if other is not None:
                return self._holiday_pair(name, HOLIDAY_WORDS[other].name, year)
            if forward is not None and not self.has_year:
                # A deadline such as 春节前 looks ahead: the next holiday after the reference date.
                year = forward.year
                if holiday(name, year) <= forward:
                    year += 1
            if year is None:
                return _Bounds(None, None, Precision.DAY, holiday=True)
            day = holiday(name, year)
            return _Bounds(day, day, Precision.DAY, holiday=True, year=year)
        if (month is not None and not 0 <= month <= 12) or (month == 0 and self.month != 0):
            raise Invalid(f"there is no month {month}", "no-such-date")
        if self.day is not None:
            if month is None:
                raise Invalid("a day needs a month")
            if not 1 <= self.day <= 31:
                raise Invalid(f"there is no day {self.day}", "no-such-date")
            if year is None or month == 0:
                return _Bounds(None, None, Precision.DAY)
            try:
                day = dt.date(year, month, self.day)
            except ValueError:
                raise Invalid(f"{year}-{month:02}-{self.day:02} is not a date", "no-such-date") from None
            return _Bounds(day, day, Precision.DAY, False, year)  # positional: a third faster than keywords
        precision, first, last = self._shape(month)
        if year is None or month == 0:  # unknown without a reference date
            return _Bounds(None, None, precision)
        start = day_of(year, *first)
        end = day_of(year, *last)
        return _Bounds(start, end, precision, False, year)

    def looks_forward(self) -> bool:
        """Whether the point is a deadline word (年底, 9月底, 三季度末), which looks forward in a notice."""
        values, index = self.get.values, self.get.index  # (read without a method call: once per match)
        word = values[index["year_word"]]
        if word is not None:
            row = YEAR_WORDS.get(word) or YEAR_WORDS["年" + word]
            return row.looks_forward
        return values[index["month_edge"]] in ("底", "末") or values[index["quarter_end"]] is not None

    @staticmethod
    def _holiday_pair(first: str, second: str, year: int | None) -> _Bounds:
        """元旦春节期间: from the first of two holidays of one year to the last."""
        if first == second:
            raise Invalid("the same holiday twice")
        if year is None:
            return _Bounds(None, None, Precision.DAY)
        days = sorted((holiday(first, year), holiday(second, year)))
        return _Bounds(days[0], days[1], Precision.DAY, year=year)

    def _shape(self, month: int | None) -> tuple[Precision, tuple[int, int], tuple[int, int]]:
        """Precision, first (month, day), last (month, day; day 31 is clamped to the month end)."""
        get = self.get
        values, index = get.values, get.index  # (read without a method call: this runs for every match)
        if values[index["relative_quarter"]] is not None:  # 本季度; None only without a reference date
            quarter = self.quarter or 1
            return Precision.QUARTER, (quarter * 3 - 2, 1), (quarter * 3, 31)
        if month is not None:
            ten_days = values[index["ten_days"]] or values[index["ten_days_alone"]]
            if ten_days is not None:
                first_day, last_day = TEN_DAYS[ten_days]
                return Precision.TEN_DAYS, (month, first_day), (month, last_day)
            edge = values[index["month_edge"]]
            if edge is not None:
                day = 1 if edge == "初" else 31
                return Precision.DAY, (month, day), (month, day)
            return Precision.MONTH, (month, 1), (month, 31)
        word = get["year_word"]
        if word is not None:  # 年底, 上半年; after a year the word's 年 is the year's (2023年底: 底)
            row = YEAR_WORDS.get(word) or YEAR_WORDS["年" + word]
            return row.precision, row.first, row.last
        quarter_text = get["quarter"]
        if quarter_text is not None:
            quarter = (
                1 if quarter_text == "首" else small(quarter_text) or 1
            )  # the pattern admits 1-4, 一二三四, 首, 前两
            if get["quarter_end"]:  # 三季度末: the quarter's last day
                return Precision.DAY, (quarter * 3, 31), (quarter * 3, 31)
            first_quarter = 1 if get["quarters_from_first"] else quarter
            return Precision.QUARTER, (first_quarter * 3 - 2, 1), (quarter * 3, 31)
        term = get["school_term"] or get["vacation"]
        if term is not None:
            # The usual calendar of Chinese schools, to the month: 春季学期 February–July, 秋季学期 September–
            # January of the next year, 暑假 July–August, 寒假 January–February.
            first_month, last_month = _SCHOOL_TERMS[term]
            return Precision.MONTH, (first_month, 1), (last_month, 31)
        season = get["season"]
        if season is not None:
            first_month, last_month = _SEASONS[season]
            second = get["second_season"]
            if (
                second is not None
            ):  # 秋冬季: two seasons in a row, from the first month of one to the last of the other
                if _SEASONS_IN_ORDER.find(season + second) < 0:
                    raise Invalid(f"{season}{second}季 are not two seasons in a row")
                second_last = _SEASONS[second][1]
                last_month = second_last if second_last > first_month else second_last + 12
            return Precision.SEASON, (first_month, 1), (last_month, 31)
        months_so_far = get["first_months"]
        if months_so_far is not None:  # 前10个月
            count = small(months_so_far)
            if count is None or not 1 <= count <= 12:
                raise Invalid(f"a year has no first {months_so_far} months", "no-such-date")
            return Precision.MONTH, (1, 1), (count, 31)
        return Precision.YEAR, (1, 1), (12, 31)


# The groups of a point that name something finer than a year, or a year of their own.
_FINER_THAN_A_YEAR: Final = (
    "month", "separated_month", "relative_month", "relative_quarter", "quarter", "day", "school_term", "vacation",
    "season", "holiday", "first_months", "today", "year", "short_year", "separated_year",
)  # fmt: skip


def _names_whole_year_or_part(point: _Point, suffix: str | None) -> bool:
    """Whether a point is a year named by reference back (全年, 上年, 当年) or a part of a year named by a word
    alone (年末, 上半年; not the deadline 年底前): those take the year the text is about, across paragraphs."""
    values, index = point.get.values, point.get.index
    if point.relative_year is None:
        if suffix is not None or values[index["year_word"]] is None:
            return False
    elif point.relative_year not in _CONTEXT_YEARS:
        return False
    return all(values[index[name]] is None for name in _FINER_THAN_A_YEAR)


def point_compares(values: Sequence[str | None], start: dict[str, int]) -> bool:
    """Whether a match is 上年 or 上年末 alone (比上年增长, 比上年末减少): a year compared with, not the one
    the text speaks of."""
    if values[start["relative_year"]] not in _COMPARED_YEARS:
        return False
    return all(values[start[name]] is None for name in _FINER_THAN_A_YEAR)


def _same_period(point: _Point, context: Context) -> Resolved:
    """上年同期, 去年同期, 2022年同期: the period the text reports on (the last it named of a month or
    longer: 一季度, 1-3月, 上半年; not a day such as 3月末), moved to that year; the whole year when the
    text has named none."""
    last = context.text_last
    year = point.year(context)
    if year is None:
        return (None, None, Relation.ON, Precision.YEAR)
    first, end, precision = (None, None, Precision.YEAR) if last is None else (last[0], last[1], last[3])
    if first is None or end is None:
        return (dt.date(year, 1, 1), dt.date(year, 12, 31), Relation.ON, Precision.YEAR)
    shift = year - first.year
    return (
        day_of(first.year + shift, first.month, first.day),
        day_of(end.year + shift, end.month, end.day),
        Relation.ON,
        precision,
    )


def _finer(a: Precision, b: Precision) -> Precision:
    return a if _PRECISION_ORDER.index(a) <= _PRECISION_ORDER.index(b) else b


_FORWARD_SUFFIXES: Final = frozenset({"前", "之前", "以前", "前夕", "后", "之后", "以后"})
# A CJK character right after a season: 冬季安全生产大检查.
_NOUN_FOLLOWS = re.compile(r"[\u4e00-\u9fff]")


_WRITTEN_YEARS: Final = ("end_year", "end_separated_year", "start_year", "start_separated_year", "bare_year")


def written_year(match: re.Match[str]) -> int | None:
    """The last four-digit year a match writes (2015年起: 2015), which fixes the century of a later 15年."""
    for name in _WRITTEN_YEARS:
        text = match[name]
        if text is not None:
            return year_number(text)
    return None


def resolve(match: re.Match[str], context: Context) -> tuple[Resolved, int | None, bool]:
    """The period a match names, the year it leaves as the text's last year, and whether the text stated it."""
    compiled = grammar()
    values = match.groups()
    get = match  # the groups outside the points, by name
    if get["special"] is not None:
        return resolve_special(get, context.reference), context.year, context.stated
    ref = context.reference
    suffix = get["suffix"]
    looks_forward = False
    forward = ref if suffix in _FORWARD_SUFFIXES else None
    if get["list_item"] is not None:
        bare, prefix_year, relative_year = get["bare_number"], get["bare_year"], get["bare_relative_year"]
        if get["bare_month"] is not None or (len(bare or "") == 4 and (prefix_year or relative_year)):
            raise Invalid("a list item with a month or a year before it")
        if len(bare or "") == 4:  # 2022、2023年
            point = _Point(_bare(year=bare))
        elif get["list_unit"] is None:  # 一、2023年: a heading's number before a year, not a list of years
            raise Invalid("a list of years whose first item is no year")
        elif get["list_unit"] == "季度":  # 二、三季度
            if bare not in _QUARTER_NUMBERS:
                raise Invalid(f"there is no quarter {bare}", "no-such-date")
            point = _Point(_bare(year=prefix_year, relative_year=relative_year, quarter=bare))
        else:  # 6、7月份, 2023年11、12月
            point = _Point(_bare(year=prefix_year, relative_year=relative_year, month=bare))
        bounds = point.bounds(point.year(context))
        relation, stated_year = Relation.ON, point.has_year
        names_year = stated_year
    elif get["from_then"] is not None or get["connector"] is not None:
        bounds = _resolve_range(get, Groups(values, compiled.start), Groups(values, compiled.end), context)
        relation, stated_year = Relation.RANGE, True
        names_year = any(values[index] is not None for index in compiled.names_year)
    else:
        point = _Point(Groups(values, compiled.start), ref, context)
        if values[compiled.start["same_period"]] is not None:
            return _same_period(point, context), context.year, context.stated
        if (
            context.year != context.text_year or context.stated != context.text_stated
        ) and _names_whole_year_or_part(point, suffix):
            # 全年, 上年, 年末, 上半年 after a paragraph break: the year the text is about
            paragraph = context
            context = Context(ref, context.text_year, stated=context.text_stated)
            context.text_year, context.text_stated = paragraph.text_year, paragraph.text_stated
        start_index = compiled.start
        if values[start_index["separated_year"]] is not None and point.day is None:
            # 2023.5 (a year and month with a dot) is read only as a range end: the range fell through
            raise Invalid("a dotted year and month outside a range")
        if (
            values[start_index["season"]]
            and not point.has_year
            and suffix is None
            and _NOUN_FOLLOWS.match(match.string, match.end())
        ):
            # 冬季安全生产大检查: a bare season before a noun names a kind of campaign, not a period.
            raise Invalid("a season without a year before a noun")
        bounds = point.bounds(point.year(context), forward=forward)
        if (
            bounds.holiday
            and forward is not None
            and bounds.start is not None
            and not point.has_year
            and bounds.start > forward + NEAR_FUTURE
            and holiday_looks_back(match, suffix)
        ):
            bounds = point.bounds(bounds.start.year - 1)
        relation, stated_year = Relation.ON, point.has_year
        names_year = stated_year
        looks_forward = point.looks_forward()
        if values[start_index["first_months"]] is not None:
            relation = Relation.RANGE  # 前11个月: from 1 January to the end of the 11th month
        if (
            values[start_index["last_holiday"]] is not None
            or values[start_index["second_season"]] is not None
        ):
            relation = Relation.RANGE  # 元旦春节期间, 秋冬季: from one festival day or season to the other
    start, end = bounds.start, bounds.end
    prefix = get["prefix"]
    if (prefix is not None and prefix[0] in "截到至直") or (
        suffix in ("为止", "止") and relation is not Relation.RANGE  # 自3月1日至3月7日止: still the range
    ):
        relation, start = Relation.UNTIL, None
    elif suffix in ("以来", "至今", "以来至今", "来"):  # 来: 今年来
        relation = Relation.SINCE
        end = ref if ref is not None and (start is None or start <= ref) else None
    elif suffix in ("起", "开始") or (prefix is not None and relation is Relation.ON):
        # From then on: up to the reference date when that is later, open for a start still to come.
        relation = Relation.SINCE
        end = ref if ref is not None and start is not None and start <= ref else None
    elif suffix in ("前", "之前", "以前", "前夕", "内", "以内"):
        # A deadline includes the period it names (6月底前, 2024年6月前 = by the end of June);
        # a holiday is the exception: 春节前 is before the festival day.
        if bounds.holiday:
            end = None if start is None else start - dt.timedelta(days=1)
        relation, start = Relation.BEFORE, None
    elif suffix in ("后", "之后", "以后"):
        if bounds.holiday:
            start = None if end is None else end + dt.timedelta(days=1)
        relation, end = Relation.AFTER, None
    if not names_year and ref is not None and not context.stated and not (bounds.holiday and forward):
        shift = tense_shift(match, relation, start, end, ref, deadline=looks_forward)
        if shift and context.year is not None:
            return resolve(match, Context(ref, context.year + shift, stated=True))
    stated = context.stated
    if (
        values[compiled.start["relative_year"]] in _COMPARED_YEARS
        and relation is Relation.ON
        and point_compares(values, compiled.start)
    ):
        year = context.year  # 比上年增长, 与去年持平: a comparison, the text still speaks of its own year
    elif bounds.holiday and forward:
        year = context.year  # the next holiday after the reference date says nothing about the text's year
    elif relation is Relation.SINCE and end is not None:
        # 2018年以来 runs up to the reference date: the text now speaks of the reference year
        year, stated = end.year, False
    elif relation is Relation.RANGE and bounds.precision is Precision.YEAR:
        year = context.year  # 2017—2022年 names several years, none of which a later 9月 would mean
    elif bounds.year is not None or stated_year:
        # a year the text states, or one it cannot be known without a reference (今年)
        year, stated = bounds.year, stated or names_year
    else:
        year = context.year
    return (start, end, relation, bounds.precision), year, stated


def _resolve_range(get: re.Match[str], first_get: Groups, last_get: Groups, context: Context) -> _Bounds:
    last = _Point(last_get, context.reference)
    bare = get["bare_number"]
    if bare is None:
        first = _Point(first_get, context.reference)
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
        year_point = _Point(_bare(year=get["bare_year"], relative_year=get["bare_relative_year"]))
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
        return _checked_range(_Point(_bare()).bounds(start_year), last.bounds(end_year), end_year)
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
        month_text = get["bare_month"]
        month = last.month if last.month is not None else (small(month_text) if month_text else None)
        if month is None:
            raise Invalid("a day range needs a month")
        first = _Point(_bare(month=str(month), day=str(number)))
    elif last.month is not None:
        if get["bare_month"] is not None:
            raise Invalid("a month range with a month before it")
        first = _Point(_bare(month=str(number)))
        if last_get["ten_days"] or last_get["month_edge"]:
            return _checked_range(first.bounds(end_year), last.bounds(end_year), end_year)
    elif last_get["quarter"] is not None and not last_get["quarters_from_first"]:
        if not 1 <= number <= 4:
            raise Invalid(f"there is no quarter {number}", "no-such-date")
        first = _Point(_bare(quarter=str(number)))
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


def _checked_range(start: _Bounds, end: _Bounds, year: int | None) -> _Bounds:
    if start.start is not None and end.end is not None and end.end < start.start:
        raise Invalid(f"the range ends on {end.end} before it starts on {start.start}", "backwards")
    return _Bounds(start.start, end.end, _finer(start.precision, end.precision), False, year)
