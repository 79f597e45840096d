"""The calendar facts the date grammar resolves against: numbers, month ends, holidays, congresses.

Nothing here knows the grammar; resolution and formatting both read it.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Final

from xuncha._holidays import FIRST_YEAR as _HOLIDAY_FIRST_YEAR
from xuncha._holidays import TABLE as _HOLIDAY_TABLE
from xuncha.numerals import DIGITS

MIN_YEAR: Final = 1900
MAX_YEAR: Final = 2100
# The first year of the Republic of China's calendar (民国元年), in which Taiwan's pages write their years.
MINGUO_YEAR_ONE: Final = 1912

# The digits a date is written with, valued by the numerals' table; 元 only as in 元月 (January).
CN_DIGIT: Final = {digit: DIGITS[digit] for digit in "〇○零一二三四五六七八九两"} | {"元": 1}

# 上旬, 中旬, 下旬 and the pairs of them, as first and last day (31: the month's end).
TEN_DAYS: Final = {
    "上旬": (1, 10),
    "中旬": (11, 20),
    "下旬": (21, 31),
    "上中旬": (1, 20),
    "中下旬": (11, 31),
}
TEN_DAYS_BY_DAYS: Final = {days: name for name, days in TEN_DAYS.items()}

SOLAR_HOLIDAYS: Final = {
    "元旦": (1, 1), "妇女": (3, 8), "植树": (3, 12), "劳动": (5, 1), "青年": (5, 4), "儿童": (6, 1),
    "建党": (7, 1), "建军": (8, 1), "教师": (9, 10), "国庆": (10, 1),
}  # fmt: skip
# Holidays on the nth weekday of a month (month, n, weekday with Monday 0): 母亲节 is May's second Sunday.
WEEKDAY_HOLIDAYS: Final = {"母亲": (5, 2, 6), "父亲": (6, 3, 6), "感恩": (11, 4, 3)}
# The opening days of the Party congresses that notices count from (党的十八大以来).
CONGRESS_OPENINGS: Final = {
    "十六": dt.date(2002, 11, 8),
    "十七": dt.date(2007, 10, 15),
    "十八": dt.date(2012, 11, 8),
    "十九": dt.date(2017, 10, 18),
    "二十": dt.date(2022, 10, 16),
}


class Invalid(Exception):
    """A match that reads like a date but names none (2023年13月); the message says why, ``kind`` what class.

    The kinds, for :func:`xuncha.dates.scan_periods`' callers: ``"no-such-date"`` (2023年4月31日, 13月),
    ``"backwards"`` (a range that ends before it starts), ``"out-of-range"`` (a year outside 1900–2100 or
    the holiday table), ``"ambiguous-year"`` (a two-digit year whose century the text does not state:
    15年3月2日), ``"document-number"`` (2023年第45号; 本年度报告, a report naming itself), ``"lost-prefix"``
    (a date after what the grammar cannot read and would change it: 上上年, 十九年底) and ``"unreadable"``
    (anything else).
    """

    def __init__(self, message: str, kind: str = "unreadable") -> None:
        super().__init__(message)
        self.kind = kind


# (cached: the same few numbers, 1 to 31, are read for the month and day of most matches; a hit costs a third of a
# reading, and the keys are the few characters of one number)
@functools.lru_cache(maxsize=1024)
def small(text: str) -> int | None:
    """1–99 written in Arabic or Chinese digits (二十五, 十二, 3); None when malformed."""
    if text.isascii():
        return int(text)
    tens, ten, units = text.partition("十")
    if not ten:
        return CN_DIGIT.get(text) if len(text) == 1 else None
    if len(tens) > 1 or len(units) > 1 or "十" in units:
        return None
    high = CN_DIGIT.get(tens, -1) if tens else 1
    low = CN_DIGIT.get(units, -1) if units else 0
    return None if high < 1 or low < 0 else high * 10 + low


@functools.lru_cache(maxsize=1024)  # (as small: a text names the same few years again and again)
def year_number(text: str) -> int:
    """A four-digit year in Arabic or Chinese digits (2023, 二〇二三, 二0二三, 二OO八: the letter O for 〇)."""
    return (
        int(text) if text.isascii() else int("".join("0" if ch in "0O" else str(CN_DIGIT[ch]) for ch in text))
    )


@functools.lru_cache(maxsize=4096)
def month_end(year: int, month: int) -> dt.date:
    """The last day of a month; ``month`` may run past 12 into the next year (冬季 ends in month 14)."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


# (cached: a scan asks the first and last days of the same few years and months for most of its matches, and a
# hit costs a third of a computed day; dates are immutable, and the keys small numbers)
@functools.lru_cache(maxsize=4096)
def day_of(year: int, month: int, day: int) -> dt.date:
    """A day of a month, clamped to its last day (day 31 of any month is its end)."""
    end = month_end(year, month)
    return end if day >= end.day else dt.date(end.year, end.month, day)  # (replace(day=) is slower)


#: The days of the lunar new year after its first, by how many days they follow it (正月初六 is 春节 + 5).
LUNAR_NEW_YEAR_DAYS: Final = {
    f"初{numeral}": days for days, numeral in enumerate("二三四五六七八九十", start=1)
}
#: The later days of the lunar year's first month, written only after 正月 (正月十五 is 元宵, 春节 + 14): alone,
#: 十五 is a number.
LUNAR_FIRST_MONTH_DAYS: Final = {
    numeral: days
    for days, numeral in enumerate(
        ("十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"), start=10
    )
}


def holiday(name: str, year: int) -> dt.date:
    """The day of a holiday in ``year`` (a name of SOLAR_HOLIDAYS or WEEKDAY_HOLIDAYS, 除夕 or one of the
    generated table, as the
    grammar's HOLIDAY_WORDS give it); Invalid beyond the table."""
    if name in SOLAR_HOLIDAYS:
        return dt.date(year, *SOLAR_HOLIDAYS[name])
    if name in WEEKDAY_HOLIDAYS:
        month, nth, weekday = WEEKDAY_HOLIDAYS[name]
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    if name in LUNAR_NEW_YEAR_DAYS:  # 初二 … 初十: days after the festival's own
        return holiday("春节", year) + dt.timedelta(days=LUNAR_NEW_YEAR_DAYS[name])
    if name in LUNAR_FIRST_MONTH_DAYS:  # 正月十一 … 正月二十
        return holiday("春节", year) + dt.timedelta(days=LUNAR_FIRST_MONTH_DAYS[name])
    table_name = "春节" if name == "除夕" else name
    row = _HOLIDAY_TABLE[table_name]
    index = (year - _HOLIDAY_FIRST_YEAR) * 4
    if not 0 <= index < len(row):
        raise Invalid(f"the date of {name} in {year} is not in the holiday table", "out-of-range")
    day = dt.date(year, int(row[index : index + 2]), int(row[index + 2 : index + 4]))
    return day - dt.timedelta(days=1) if name == "除夕" else day
