"""The forms outside the point grammar: five-year plans, academic years, decades, congresses, 目前, and the
spans, offsets and days counted from the reference date (近三年, 今后五年, 3年后, 今天)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

from xuncha.dates._calendar import (
    CN_DIGIT,
    CONGRESS_OPENINGS,
    MAX_YEAR,
    MIN_YEAR,
    Invalid,
    day_of,
    small,
    year_number,
)
from xuncha.dates._context import BY_DAY, BY_YEAR, ON, RANGE, SINCE, UNTIL, century_from_text
from xuncha.models import Precision

if TYPE_CHECKING:
    import re

    from xuncha.dates._context import Context, Resolved

# 近三年, 近6个月, 近两周: how far each unit reaches.
_SPAN_MONTHS: Final = {"年": 12, "个月": 1, "个季度": 3}
_SPAN_DAYS: Final = {"周": 7, "个星期": 7, "天": 1}
_SPAN_PRECISION: Final = {"年": Precision.YEAR, "个月": Precision.MONTH, "个季度": Precision.QUARTER}
# Two years alone in brackets name a plan's or a programme's years (实施方案(2020-2022), 规划(2021-2035));
# a longer span is some other pair of numbers.
_BRACKETED_YEARS_SPAN: Final = 30


def _moved(day: dt.date | None, count_text: str, unit: str, sign: int) -> dt.date | None:
    """``day`` moved by a count of units (三年, 6个月, 两周, 60日, 半年) forward (sign 1) or back (-1).

    Months and years keep the day of the month, clamped to the month's end (31 March less one month is
    the end of February). The count is checked even without a day (no reference date): 二二年 is refused.
    """
    unit = unit.replace("多", "")  # 三个多月来: at least three months
    if count_text == "半":  # 半年 (半 comes before 年 only): six months
        count, months = 1, 6
    else:
        count = small(count_text) or 0
        if not count:
            raise Invalid("not a count of years, months or days")
        months = count * _SPAN_MONTHS[unit] if unit in _SPAN_MONTHS else 0
    if day is None:
        return None
    if months:
        index = day.year * 12 + day.month - 1 + sign * months
        year, month = divmod(index, 12)
        return day_of(year, month + 1, day.day)
    return day + dt.timedelta(days=sign * count * _SPAN_DAYS[unit])


def _resolve_span(get: re.Match[str], ref: dt.date | None) -> Resolved:
    """Spans and offsets counted from the reference date: 近三年, 三年来, 今后五年, 3年后, 两年前 (60日内, a time
    limit, is refused)."""
    if get["recent_count"] is not None or get["past_count"] is not None:
        # 近三年, 过去三年, 这两年, 三年来, 两年多来 (多 and 余 add an unknown part: the span read is the whole
        # count, the least the text says)
        count_text = get["recent_count"] or get["past_count"] or ""
        unit = get["recent_unit"] or get["past_unit"] or ""  # (the grammar gives both with a count)
        precision = _SPAN_PRECISION.get(unit.replace("多", ""), BY_DAY)
        start = _moved(ref, count_text, unit, -1)
        return (start, ref, SINCE, precision)
    if get["ahead_count"] is not None:  # 今后五年, 未来2个月: from the reference date on
        count_text, unit = get["ahead_count"] or "", get["ahead_unit"] or ""
        precision = _SPAN_PRECISION.get(unit, BY_DAY)
        end = _moved(ref, count_text, unit, 1)
        return (ref, end, RANGE, precision)
    offset, way = get["offset_count"], get["offset_way"] or get["offset_within"]
    if offset is None or way is None:  # the grammar has no other special form
        raise Invalid("not a time expression")
    if get["offset_days"] == "个工作日":
        raise Invalid("a count of working days needs the calendar of working days")
    unit = get["offset_unit"] or "天"  # 60日内: days
    if "内" in way:
        # 60日内, 三个月内: a time limit counted from a day the notice seldom dates (the feedback, the receipt of a
        # decision, the day a rule takes effect), not from the date of the text: a duration (a quantity,
        # 30日内 at most 30 天), never a period (tests/corpus/observed, CONVENTIONS: eighth session).
        raise Invalid("a time limit is a duration, not a date")
    # 3年后, 两年前: the day that far from the reference date
    day = _moved(ref, offset, unit, -1 if "前" in way else 1)
    return (day, day, ON, BY_DAY)


#: The words of a day counted from the reference date (今天, 昨日, 大后天), with their offsets in days.
DEICTIC_DAYS: Final = {
    "今天": 0, "今日": 0, "本日": 0, "明天": 1, "明日": 1, "后天": 2, "大后天": 3, "大大后天": 4,
    "昨天": -1, "昨日": -1, "前天": -2, "大前天": -3, "大大前天": -4,
}  # fmt: skip


def _decade(get: re.Match[str], context: Context) -> Resolved:
    """1990年代, 20世纪90年代, 上世纪九十年代: ten years; 90年代 alone takes its century from a four-digit year
    the paragraph wrote before it, or is refused (as 15年 is)."""
    written = get["decade"] or ""
    if len(written) == 4:
        first = year_number(written)
    else:
        tens = int(written) if written.isascii() else (small(written) if "十" in written else 0)
        if tens is None:
            raise Invalid(f"{written}年代 is not a decade")
        century, ref = get["decade_century"], context.reference
        if century is not None:
            number = int(century) if century.isascii() else small(century) or 0
            first = (number - 1) * 100 + tens
        elif get["decade_last_century"] is not None:  # 上世纪: the century before the reference's
            if ref is None:
                return (None, None, ON, BY_YEAR)
            first = ((ref.year - 1) // 100 - 1) * 100 + tens
        else:
            first = century_from_text(tens, context)
    if not MIN_YEAR <= first <= MAX_YEAR - 9:
        raise Invalid(f"the decade of {first} is outside {MIN_YEAR}–{MAX_YEAR}", "out-of-range")
    return (dt.date(first, 1, 1), dt.date(first + 9, 12, 31), ON, BY_YEAR)


def resolve_special(get: re.Match[str], context: Context) -> Resolved:
    """Five-year plans, academic years, 今明两年, years without 年 (从2016到2018) or between two (2007年与2009年
    之间), congresses, 目前/截至目前 and 近三年: outside the point grammar."""
    ref = context.reference
    if get["decade"] is not None:
        return _decade(get, context)
    plan = get["five_year_plan"]
    if plan is not None:
        first_year = 2006 + 5 * (CN_DIGIT[plan] - 1)
        if get["plan_since"] is not None:
            plan_start = dt.date(first_year, 1, 1)
            since_end = ref if ref is not None and plan_start <= ref else None
            return (plan_start, since_end, SINCE, BY_YEAR)
        return (dt.date(first_year, 1, 1), dt.date(first_year + 4, 12, 31), RANGE, BY_YEAR)
    first_academic, second_academic = get["academic_start"], get["academic_end"]
    if first_academic is not None and second_academic is not None:
        first, second = year_number(first_academic), year_number(second_academic)
        if second != first + 1 or not MIN_YEAR <= first < MAX_YEAR:
            raise Invalid("an academic year spans two years in a row")
        # the calendar years it spans, as a fiscal year split over two is read: its own months (September to
        # July or August, the spring term's start) are each school's and province's, as a term's are
        return (dt.date(first, 1, 1), dt.date(second, 12, 31), RANGE, BY_YEAR)
    split_first = get["split_start"] or get["fiscal_start"]
    if split_first is not None:  # 2019/20年度: the fiscal year over two calendar years, read as both
        first = year_number(split_first)
        second_digits = get["split_next"] or get["fiscal_next"] or ""
        # (the next year's last two digits, or all four: 2023/2024年度, as Hong Kong's accounts write it)
        next_year = first + 1 if len(second_digits) == 4 else (first + 1) % 100
        if year_number(second_digits) != next_year or not MIN_YEAR <= first < MAX_YEAR:
            raise Invalid(f"{split_first}/{second_digits} is not a year split over two", "out-of-range")
        last = first + 1
        if get["split_last"] is not None:  # 二零二零/二一至二零二三/二四年度: to the last one's second year
            last = first + (year_number(get["split_last"]) - first) % 100
            if not first < last <= min(MAX_YEAR, first + 99):
                raise Invalid("a range of fiscal years that does not go forward", "backwards")
        return (dt.date(first, 1, 1), dt.date(last, 12, 31), RANGE, BY_YEAR)
    first_written = get["years_first"] or get["between_first"]
    last_written = get["years_last"] or get["between_last"]
    if first_written is not None and last_written is not None:  # 从2016到2018, 2007年与2009年之间
        first, last = year_number(first_written), year_number(last_written)
        if not MIN_YEAR <= first < last <= MAX_YEAR:
            raise Invalid(
                f"{first_written} and {last_written} are not two years in order in {MIN_YEAR}–{MAX_YEAR}",
                "out-of-range",
            )
        if get["years_bracketed"] is not None and last - first > _BRACKETED_YEARS_SPAN:
            raise Invalid(f"{first_written}-{last_written} in brackets spans too long for a plan's years")
        return (dt.date(first, 1, 1), dt.date(last, 12, 31), RANGE, BY_YEAR)
    scope_year = get["scope_year"] or first_written  # (a copyright's year alone: © 2025)
    if scope_year is not None:  # 2021全区…: the year alone
        year = year_number(scope_year)
        return (dt.date(year, 1, 1), dt.date(year, 12, 31), ON, BY_YEAR)
    if get["this_and_next_year"] is not None:
        if ref is None:
            return (None, None, RANGE, BY_YEAR)
        return (dt.date(ref.year, 1, 1), dt.date(ref.year + 1, 12, 31), RANGE, BY_YEAR)
    congress = get["congress"]
    if congress is not None:
        opened = CONGRESS_OPENINGS[congress]
        return (opened, ref if ref is not None and opened <= ref else None, SINCE, BY_DAY)
    now = get["now"]
    if now is not None:
        if get["now_until"] is not None or now.endswith(("至今", "迄今", "为止")):
            return (None, ref, UNTIL, BY_DAY)
        return (ref, ref, ON, BY_DAY)
    deictic = get["deictic_day"]
    if deictic is not None:  # 今天, 明天: the reference date and its neighbours; 截至昨天: up to it
        day = None if ref is None else ref + dt.timedelta(days=DEICTIC_DAYS[deictic])
        if get["deictic_until"] is not None:
            return (None, day, UNTIL, BY_DAY)
        if get["deictic_from"] is not None:  # 自今日起: from that day on, as 自即日起
            return (day, day, SINCE, BY_DAY)
        return (day, day, ON, BY_DAY)
    return _resolve_span(get, ref)
