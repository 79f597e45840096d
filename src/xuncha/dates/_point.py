"""One date point of a match (2023年3月, 上季度, 年底, 春节 …): its fields read from the grammar's groups, the
year it falls in given the text's context, and its first and last days."""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Sequence
from typing import Final

from xuncha.dates._calendar import (
    MAX_YEAR,
    MIN_YEAR,
    MINGUO_YEAR_ONE,
    TEN_DAYS,
    Invalid,
    day_of,
    holiday,
    month_end,
    small,
    year_number,
)
from xuncha.dates._context import (
    BY_DAY,
    BY_MONTH,
    BY_QUARTER,
    BY_SEASON,
    BY_TEN_DAYS,
    BY_YEAR,
    Bounds,
    Context,
    century_from_text,
    single_month,
)
from xuncha.dates._grammar import grammar
from xuncha.dates._weekday import weekday_number
from xuncha.dates._words import HOLIDAY_WORDS, YEAR_WORDS
from xuncha.errors import NumberError
from xuncha.models import Precision
from xuncha.numerals import parse_number

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
# nothing to it); 上年 (比上年增长, the statistics bulletins' word) the year before it, 下一年 the one after (and
# 下年度, 结转下年度继续办理: 下年 only before 度, where 下 alone is no prefix of a year).
# (前一年 is the year before the one the text speaks of, as 上一年 is: 2010年…，较前一年上升)
_CONTEXT_YEARS: Final = {
    "当": 0, "同": 0, "次": 1, "翌": 1, "全": 0, "上": -1, "上一": -1, "下一": 1, "下": 1, "前一": -1,
}  # fmt: skip
# The statistics bulletins' year of comparison (比上年增长): it does not change the year the text is about.
COMPARED_YEARS: Final = frozenset({"上", "上一", "前一"})
# Meteorological seasons, the convention of the China Meteorological Administration's climate statistics:
# 冬季 runs from December of its year to the end of February of the next.
_SEASONS: Final = {"春": (3, 5), "夏": (6, 8), "秋": (9, 11), "冬": (12, 14)}
#: The first month of a school year in its first calendar year (students report in late August; the second term
#: ends in July).
_SCHOOL_YEAR_FIRST_MONTH: Final = 8
_SEASONS_IN_ORDER: Final = "春夏秋冬春"  # 冬春季 (冬春季森林防火) runs from December to May


def _split_month_day(digits: str) -> tuple[str, str]:
    """A month and a day written without 月 between them (318: 3, 18), where only one split is a date; four
    digits that start with 0 are a month and a day zero-padded (0115: 1, 15)."""
    if len(digits) == 4 and digits.startswith("0"):
        return digits[:2], digits[2:]  # (bounds refuses a day its month has not: 0231)
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


def _minguo_number(text: str) -> int:
    """The number of a year of the Republic: 103, 元 (its first), 三十六, 一百零八, 一一三 (digit by digit)."""
    if text == "元":
        return 1
    if text.isascii():
        return int(text)
    try:
        return int(parse_number(text))
    except NumberError:  # (the grammar reads no other numeral, but a year it cannot number is no date)
        raise Invalid(f"{text}年 is no year of the Republic", "no-such-date") from None


def _month_of_a_lone_day(
    day_text: str, reference: dt.date | None, context: Context | None, starts_ahead: bool = False
) -> tuple[int, int]:
    """The (year, month) of a day written alone (26日，…): the month of the paragraph's last date, else the
    reference month, or the one before it when the day is still to come in it (a report of the 26th written on
    the 3rd), unless what starts that day is announced (``starts_ahead``: 从10日开始, 自15日起施行 on the 9th
    starts on the 10th of the reference month). Month 0: unknown (no reference)."""
    if context is not None and context.last is not None:
        base = single_month(context.last)
        if base is not None:
            return base
        if reference is not None and not starts_ahead:
            # after a date that names no single month, a year or a span of months (…27日在京介绍，2021年…; 前三季度
            # …。23日，…): the day of that number nearest the reference, reported or announced
            return _month_nearest(small(day_text) or 0, reference)
    if context is not None and context.title_month is not None:
        return context.title_month  # 2022年7月大事记, then 1日 …: the chronicle's month
    if reference is None:
        return 0, 0
    day = small(day_text) or 0
    if day > reference.day and not starts_ahead:
        months = reference.year * 12 + reference.month - 2
        return months // 12, months % 12 + 1
    return reference.year, reference.month


def _month_nearest(day: int, reference: dt.date) -> tuple[int, int]:
    """The (year, month) in which the day numbered ``day`` lies nearest ``reference``: the month before it, its own or
    the next (a news lead's 昨日(30日) on the 1st is the 30th of the month before, 周一(2日) on the 30th the 2nd of the
    next)."""
    months = reference.year * 12 + reference.month - 1
    best: tuple[int, tuple[int, int]] | None = None
    for step in (0, -1, 1):  # (the reference's own month first: it wins a tie)
        year, month = divmod(months + step, 12)
        if 1 <= day <= month_end(year, month + 1).day:  # (day 0 or 32 is refused by bounds: no such day)
            distance = abs((dt.date(year, month + 1, day) - reference).days)
            if best is None or distance < best[0]:
                best = (distance, (year, month + 1))
    return (reference.year, reference.month) if best is None else best[1]


class Groups:
    """The groups of one point of a match read by name: the grammar's names without the point's prefix.

    (The groups outside the points are read from the match itself: ``match["suffix"]``.)
    """

    __slots__ = ("index", "values")

    def __init__(self, values: Sequence[str | None], index: dict[str, int]) -> None:
        self.values, self.index = values, index

    def __getitem__(self, name: str) -> str | None:
        return self.values[self.index[name]]

    def fields(self) -> tuple[str | None, ...]:
        """The groups of _POINT_FIELDS, in that order (one call, where a lookup by name apiece cost more: every
        match builds a point)."""
        index = self.index
        known = _FIELD_GETTERS.get(id(index))
        if known is None or known[0] is not index:  # (an index of a grammar rebuilt may take a freed id)
            known = _FIELD_GETTERS[id(index)] = (
                index,
                operator.itemgetter(*(index[name] for name in _POINT_FIELDS)),
            )
        return known[1](self.values)


# The groups Point reads of every point, in the order it unpacks them.
_POINT_FIELDS: Final = (
    "year", "separated_year", "glued_year", "bracketed_year", "chrome_year", "dmy_year", "relative_year", "short_year", "month",
    "separated_month", "chrome_month", "dmy_month", "day", "separated_day", "day_alone", "chrome_day", "dmy_day",
    "glued_month_day", "glued_short", "lone_day", "dateline_day", "sentence_day", "day_of_word", "relative_month",
    "relative_quarter", "today", "minguo_year", "minguo_numerals", "relative_week", "label_minguo", "label_month",
    "label_day", "day_of_weekday", "numerals_news_day",
)  # fmt: skip
# The getter of _POINT_FIELDS of each index (the start's, the end's, a bare number's), beside the index itself.
_FIELD_GETTERS: dict[
    int, tuple[dict[str, int], Callable[[Sequence[str | None]], tuple[str | None, ...]]]
] = {}


_BARE_INDEX: dict[str, int] = {}


def bare_point(**given: str | None) -> Groups:
    """The groups of a point built from a bare number (the first part of 1-11月)."""
    if not _BARE_INDEX:
        _BARE_INDEX.update({name: number for number, name in enumerate(grammar().start)})
    # (every group absent but the few given: one list of Nones, not a lookup for each of the point's groups)
    values: list[str | None] = [None] * len(_BARE_INDEX)
    for name, value in given.items():
        values[_BARE_INDEX[name]] = value
    return Groups(values, _BARE_INDEX)


class Point:
    """The fields of one matched date point."""

    __slots__ = (
        "day", "get", "has_year", "minguo_year", "month", "month_year", "quarter", "reference", "relative_year",
        "short_year", "suffix_looks_forward", "text_year", "today", "week", "year_shift",
    )  # fmt: skip

    def __init__(
        self,
        get: Groups,
        reference: dt.date | None = None,
        context: Context | None = None,
        *,
        starts_ahead: bool = False,
        compared: bool = False,
        looks_forward: bool = False,
    ) -> None:
        self.get, self.reference = get, reference
        # whether a suffix looks forward from the point (春节前, 年底前 a deadline; 节后 a start)
        self.suffix_looks_forward = looks_forward
        (
            year, separated_year, glued_year, bracketed_year, chrome_year, dmy_year, relative_year, short_year, month,
            separated_month, chrome_month, dmy_month, day, separated_day, day_alone, chrome_day, dmy_day,
            glued_month_day, glued_short, lone_day, dateline_day, sentence_day, day_of_word, relative_month,
            relative_quarter, today, minguo_year, minguo_numerals, relative_week, label_minguo, label_month,
            label_day, day_of_weekday, numerals_news_day,
        ) = get.fields()  # fmt: skip
        self.text_year = year or separated_year or glued_year or bracketed_year or chrome_year or dmy_year
        # 民國103年: a year of the Republic of China's calendar, named
        # (九十一年度: one without 民国; 日期:109-11-02: a page's)
        self.minguo_year = minguo_year or minguo_numerals or label_minguo
        self.relative_year = relative_year
        self.short_year = short_year
        self.today = today
        self.week = relative_week  # 本周, 上周: the week by the reference date
        self.year_shift = 0  # 去年本月: the months a relative month moves from the stated year's
        month_text = month or separated_month or chrome_month or dmy_month or label_month
        day_text = day or separated_day or day_alone or chrome_day or dmy_day or label_day
        glued = glued_month_day or glued_short
        if glued is not None:  # 2019318日, 815日: the one way the digits split into a month and a day
            month_text, day_text = _split_month_day(glued)
        # 26日，… , 4日消息: the paragraph's month, else the reference month
        lone_day = lone_day or dateline_day or numerals_news_day  # (十九日下午举行: as 19日下午举行)
        bracket = None if dateline_day is None else get.values[get.index["bracketed_day"]]
        if bracket is not None and (
            (bracket[0] in "今昨" and reference is not None) or context is None or context.last is None
        ):
            # 今(18日), 昨（二）日: the day of that number nearest the reference, as 今天(8日); 翌(十六)日 and 次(3)日
            # too with no date before them in their paragraph (after one, the next day is in its month)
            day_of_word, lone_day = dateline_day, None
        # (sentence_day, 10日开设: only after a day of its sentence)
        if sentence_day is not None:
            if context is None or context.last is None or context.last[3] is not BY_DAY:
                raise Invalid("a day inside a sentence with no day before it")
            lone_day = sentence_day
        self.month = None if month_text is None else small(month_text)
        # 本月, 上个月, 下月 fix both month and year from the reference date (unknown without one); 当月 and
        # 次月 too, unless a date comes before them in the paragraph: then they count from its month.
        self.month_year: int | None = None
        if relative_month is not None:
            base: tuple[int, int] | None = None if reference is None else (reference.year, reference.month)
            if relative_month not in ("当", "次") and context is not None and context.title_month is not None:
                # 本月 in 2018年4月…通报: the report's month, and 上月 the month before it (7月份CPI…比上月上涨)
                base = context.title_month
            if (
                base is None
                and relative_month == "本"
                and context is not None
                and context.text_last is not None
            ):
                # 本月 on an undated page whose title names no month with its year (热线四月情况通报 / 2018年4月，… /
                # …本月共办理…): the last month the text stated with its year
                base = single_month(context.text_last)
            if relative_month in ("当", "次") and context is not None and context.last is not None:
                base = single_month(context.last)
                if base is None:
                    raise Invalid(f"{relative_month}月 after a date that names no single month")
            elif compared and context is not None and context.last is not None:
                # 比上月, 较上月 after a month of the paragraph (4月份…增速比上月加快, 6月当月…较上月): the
                # month before the one the figures are of
                base = single_month(context.last) or base
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
            self.month_year, self.month = _month_of_a_lone_day(lone_day, reference, context, starts_ahead)
        elif (nearest_day := day_of_word or day_of_weekday) is not None:
            # 今天(8日), 周日(8日), 8日(周一): the day of that number nearest the reference; a day with its weekday
            # takes the paragraph's month after a day of one month (a list: 2月17日(星期五)、18日(星期六))
            day_text = nearest_day
            in_a_list = (
                day_of_weekday is not None
                and context is not None
                and context.last is not None
                and single_month(context.last) is not None
            )
            self.month_year, self.month = (
                _month_of_a_lone_day(nearest_day, None, context)
                if reference is None or in_a_list
                else _month_nearest(small(nearest_day) or 0, reference)
            )
        # 本季度, 上季度: the quarter and its year from the quarter the text's first line names (a quarterly report
        # published in the next quarter speaks of its own), else from the reference date (unknown without one).
        self.quarter: int | None = None
        if relative_quarter is not None:
            own = None if context is None else context.title_quarter
            if own is not None:
                quarter_base: int | None = own[0] * 4 + own[1] - 1
            elif reference is not None:
                quarter_base = reference.year * 4 + (reference.month - 1) // 3
            else:
                quarter_base = None
                self.month = 0
            if quarter_base is not None:
                quarters = quarter_base + _RELATIVE_MONTHS[relative_quarter.rstrip("个")]
                self.month_year, self.quarter = quarters // 4, quarters % 4 + 1
        self.has_year = bool(
            self.text_year
            or self.minguo_year
            or self.relative_year
            or self.short_year
            or relative_month
            or relative_quarter
            or today
            or lone_day
            or day_of_word
            or day_of_weekday
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
        if self.minguo_year is not None:
            return MINGUO_YEAR_ONE - 1 + _minguo_number(self.minguo_year)
        written = self.text_year or self.short_year
        if written is not None:
            digits = len(written)
            if digits == 4:
                year = year_number(written)
            elif digits == 3:  # 114年度: a Minguo year (see _pieces.MINGUO_YEAR)
                year = MINGUO_YEAR_ONE - 1 + int(written)
            else:
                year = century_from_text(year_number(written), context)  # 15年, 零七年: 2 digits
            if not MIN_YEAR <= year <= MAX_YEAR:
                raise Invalid(f"year {year} is outside {MIN_YEAR}–{MAX_YEAR}", "out-of-range")
            return year
        if self.relative_year == "本" and context.title_year is not None:
            return context.title_year  # 本年度 in 2024年…年度报告, published in 2025: the report's year
        if self.relative_year == "本" and context.report_year is not None:
            # 本年 in a report that states in digits the year it reports on (2019年，我苏木…, then its table's
            # 本年新制作数量 on a page of February 2020; 2023年通过门户网站公开… on an undated page): the report's own
            # (前年完成，本年继续 names no year: 本年 stays the reference's)
            return context.report_year
        if self.relative_year in _REFERENCE_YEARS:
            ref = context.reference
            return None if ref is None else ref.year + _REFERENCE_YEARS[self.relative_year]
        if self.relative_year in _CONTEXT_YEARS:
            stated = context.year
            return None if stated is None else stated + _CONTEXT_YEARS[self.relative_year]
        if (
            context.reference is None
            and not context.stated
            and self.month is None
            and (
                context.year is None
                or context.year != context.title_year
                or self.suffix_looks_forward
                or self.looks_forward()
            )
        ):
            # a year word or a holiday (年底前, 年内, 全年, 春节前) on an undated page, in a paragraph that states
            # no year: the year of writing, which such a page does not give (not one an earlier paragraph reported).
            # A holiday after a day of its paragraph is a day of that day's year, like any bare date
            # (- 2月24日:元宵节 in a school calendar). The year the title names is the one such a page writes in
            # (2021年度政府信息公开工作报告, then 年初以来), but for a deadline (年底, 春节前), which may look into the
            # next year.
            values, index = self.get.values, self.get.index
            last = context.last
            if values[index["year_word"]] is not None or (
                values[index["holiday"]] is not None
                and (last is None or last[0] is None or last[3] is not BY_DAY)
            ):
                return None
        if context.year is None and context.school_year is not None and self.month is not None:
            # a school calendar's day or month on an undated page (2022-2023学年第二学期校历, then 2月9日): the school
            # year starts in the autumn, so a month from August on is in its first calendar year, one before it
            # in its second (the scan leaves the paragraph's year unknown after such a day: 8月26日 then 1月15日)
            return context.school_year + (1 if self.month < _SCHOOL_YEAR_FIRST_MONTH else 0)
        return context.year

    def counts_from_text(self) -> bool:
        """Whether the point's year counts from the year the text speaks of (上年, 当年), not the reference's."""
        return self.relative_year in _CONTEXT_YEARS and not (self.text_year or self.short_year)

    def bounds(self, year: int | None, month: int | None = None, *, forward: dt.date | None = None) -> Bounds:
        """Inclusive bounds in ``year`` (None: unknown); ``month`` fills in a range end's missing month."""
        get = self.get
        values, index = get.values, get.index  # (read without a method call: this runs for every match)
        if self.today is not None:  # 即日: the reference date, unknown without one
            ref = self.reference
            return Bounds(ref, ref, BY_DAY, year=None if ref is None else ref.year)
        if self.week is not None:  # 本周, 上周, 下周: Monday to Sunday, counted from the reference's week
            ref = self.reference
            if ref is None:
                return Bounds(None, None, BY_DAY)
            weeks = _RELATIVE_MONTHS[self.week.rstrip("个")]  # (上, 上一, 上个: the same steps as a month's)
            monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=weeks)
            weekday = get["week_day"]
            if weekday is not None:  # 下周三: the day of that week
                day = monday + dt.timedelta(days=weekday_number(weekday))
                return Bounds(day, day, BY_DAY, year=day.year)
            return Bounds(monday, monday + dt.timedelta(days=6), BY_DAY, year=monday.year)
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
                return Bounds(None, None, BY_DAY, holiday=True)
            day = holiday(name, year)
            return Bounds(day, day, BY_DAY, holiday=True, year=year)
        if (month is not None and not 0 <= month <= 12) or (month == 0 and self.month != 0):
            raise Invalid(f"there is no month {month}", "no-such-date")
        if self.day is not None:
            if month is None:
                raise Invalid("a day needs a month")
            if not 1 <= self.day <= 31:
                raise Invalid(f"there is no day {self.day}", "no-such-date")
            if year is None or month == 0:
                return Bounds(None, None, BY_DAY)
            try:
                day = dt.date(year, month, self.day)
            except ValueError:
                raise Invalid(f"{year}-{month:02}-{self.day:02} is not a date", "no-such-date") from None
            return Bounds(day, day, BY_DAY, False, year)  # positional: a third faster than keywords
        precision, first, last = self._shape(month)
        if year is None or month == 0:  # unknown without a reference date
            return Bounds(None, None, precision)
        start = day_of(year, *first)
        end = day_of(year, *last)
        return Bounds(start, end, precision, False, year)

    def looks_forward(self) -> bool:
        """Whether the point is a deadline word (年底, 9月底, 三季度末), which looks forward in a notice."""
        values, index = self.get.values, self.get.index  # (read without a method call: once per match)
        word = values[index["year_word"]]
        if word is not None:
            row = YEAR_WORDS.get(word) or YEAR_WORDS["年" + word]
            return row.looks_forward
        return values[index["month_edge"]] in ("底", "末") or values[index["quarter_end"]] is not None

    @staticmethod
    def _holiday_pair(first: str, second: str, year: int | None) -> Bounds:
        """元旦春节期间: from the first of two holidays of one year to the last."""
        if first == second:
            raise Invalid("the same holiday twice")
        if year is None:
            return Bounds(None, None, BY_DAY)
        days = sorted((holiday(first, year), holiday(second, year)))
        return Bounds(days[0], days[1], BY_DAY, year=year)

    def _shape(self, month: int | None) -> tuple[Precision, tuple[int, int], tuple[int, int]]:
        """Precision, first (month, day), last (month, day; day 31 is clamped to the month end)."""
        get = self.get
        values, index = get.values, get.index  # (read without a method call: this runs for every match)
        if values[index["relative_quarter"]] is not None:  # 本季度; None only without a reference date
            quarter = self.quarter or 1
            if values[index["relative_quarter_end"]] is not None:  # 上季度末: its last day
                return BY_DAY, (quarter * 3, 31), (quarter * 3, 31)
            if values[index["relative_quarter_start"]] is not None:  # 本季度初: its first day
                return BY_DAY, (quarter * 3 - 2, 1), (quarter * 3 - 2, 1)
            return BY_QUARTER, (quarter * 3 - 2, 1), (quarter * 3, 31)
        if month is not None:
            ten_days = values[index["ten_days"]] or values[index["ten_days_alone"]]
            if ten_days is not None:
                first_day, last_day = TEN_DAYS[ten_days]
                return BY_TEN_DAYS, (month, first_day), (month, last_day)
            edge = values[index["month_edge"]]
            if edge is not None:
                day = 1 if edge == "初" else 31
                return BY_DAY, (month, day), (month, day)
            return BY_MONTH, (month, 1), (month, 31)
        word = values[index["year_word"]]
        if word is not None:  # 年底, 上半年; after a year the word's 年 is the year's (2023年底: 底)
            row = YEAR_WORDS.get(word) or YEAR_WORDS["年" + word]
            return row.precision, row.first, row.last
        quarter_text = values[index["quarter"]]
        if quarter_text is not None:
            quarter = (
                1 if quarter_text == "首" else small(quarter_text) or 1
            )  # the pattern admits 1-4, 一二三四, 首, 前两
            if get["quarter_end"]:  # 三季度末: the quarter's last day
                return BY_DAY, (quarter * 3, 31), (quarter * 3, 31)
            if get["quarter_start"]:  # 四季度初: its first day
                return BY_DAY, (quarter * 3 - 2, 1), (quarter * 3 - 2, 1)
            first_quarter = 1 if get["quarters_from_first"] else quarter
            return BY_QUARTER, (first_quarter * 3 - 2, 1), (quarter * 3, 31)
        season = values[index["season"]]
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
            return BY_SEASON, (first_month, 1), (last_month, 31)
        months_so_far = values[index["first_months"]]
        if months_so_far is not None:  # 前10个月
            count = small(months_so_far)
            if count is None or not 1 <= count <= 12:
                raise Invalid(f"a year has no first {months_so_far} months", "no-such-date")
            return BY_MONTH, (1, 1), (count, 31)
        return BY_YEAR, (1, 1), (12, 31)


# The groups of a point that name something finer than a year, or a year of their own.
_FINER_THAN_A_YEAR: Final = (
    "month", "separated_month", "relative_month", "relative_quarter", "quarter", "day", "season", "holiday", "first_months", "today", "relative_week", "year", "short_year", "separated_year", "chrome_month",
    "dmy_month",
)  # fmt: skip


def names_whole_year_or_part(point: Point, suffix: str | None) -> bool:
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
    if values[start["relative_year"]] not in COMPARED_YEARS:
        return False
    return all(values[start[name]] is None for name in _FINER_THAN_A_YEAR)
