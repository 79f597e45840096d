"""Hypothesis strategies for dates and periods (re-exported publicly from :mod:`xuncha.strategies`).

``date_phrases()`` draws a Chinese time expression in one of the spellings notices use, with the
:class:`~xuncha.models.Period` it must parse to (no reference date needed); ``formattable_periods()`` draws
periods that :meth:`~xuncha.models.Period.format` writes and :func:`~xuncha.parse_period` reads back.
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from hypothesis import strategies as st

from xuncha.models import Period, Precision, Relation, Span

__all__ = ["date_phrases", "formattable_periods", "notice_dates"]

_CN_DIGITS = "〇一二三四五六七八九"
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@st.composite
def notice_dates(draw: st.DrawFn, min_year: int = 1900, max_year: int = 2100) -> dt.date:
    """A calendar date between ``min_year`` and ``max_year`` (inclusive), the span xuncha supports."""
    return draw(st.dates(dt.date(min_year, 1, 1), dt.date(max_year, 12, 31)))


def _cn_small(number: int) -> str:
    """1–31 in Chinese numerals (十二, 二十五)."""
    tens, units = divmod(number, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")
    return head + (_CN_DIGITS[units] if units else "")


def _month_end(day: dt.date) -> dt.date:
    return day + relativedelta(day=31)


@st.composite
def _day_phrase(draw: st.DrawFn, day: dt.date) -> str:
    style = draw(st.sampled_from(["plain", "spaced", "dotted", "iso", "slashed", "chinese", "full_width"]))
    y, m, d = day.year, day.month, day.day
    if style == "spaced":
        return f"{y} 年 {m} 月 {d} 日"
    if style == "dotted":
        return f"{y}.{m}.{d}"
    if style == "iso":
        return day.isoformat()
    if style == "slashed":
        return f"{y}/{m}/{d}"
    if style == "chinese":
        return "".join(_CN_DIGITS[int(c)] for c in str(y)) + f"年{_cn_small(m)}月{_cn_small(d)}日"
    text = f"{y}年{m}月{d}日"
    return text.translate(_FULL_WIDTH) if style == "full_width" else text


@st.composite
def date_phrases(draw: st.DrawFn) -> tuple[str, Period]:
    """A time expression with a stated year and the period it names: ``(text, expected)``.

    The expected period carries the text and a span covering all of it, as :func:`xuncha.parse_period` gives.
    """
    day = draw(notice_dates())
    y, m = day.year, day.month
    kind = draw(
        st.sampled_from(["day", "month", "year", "half", "quarter", "ten_days", "range", "months", "before"])
    )
    start: dt.date | None = day
    end, relation, precision = day, Relation.ON, Precision.DAY
    if kind == "day":
        text = draw(_day_phrase(day))
    elif kind == "month":
        text = f"{y}年{m}月" + draw(st.sampled_from(["", "份"]))
        start, end, precision = day.replace(day=1), _month_end(day), Precision.MONTH
    elif kind == "year":
        text = f"{y}年" + draw(st.sampled_from(["", "度"]))
        start, end, precision = dt.date(y, 1, 1), dt.date(y, 12, 31), Precision.YEAR
    elif kind == "half":
        first = draw(st.booleans())
        text = f"{y}年{'上' if first else '下'}半年"
        start = dt.date(y, 1 if first else 7, 1)
        end, precision = _month_end(start + relativedelta(months=5)), Precision.HALF_YEAR
    elif kind == "quarter":
        quarter = draw(st.integers(1, 4))
        text = f"{y}年" + draw(st.sampled_from(["第", ""])) + "一二三四"[quarter - 1] + "季度"
        start = dt.date(y, quarter * 3 - 2, 1)
        end, precision = _month_end(start + relativedelta(months=2)), Precision.QUARTER
    elif kind == "ten_days":
        part = draw(st.integers(0, 2))
        text = f"{y}年{m}月" + "上中下"[part] + "旬"
        start = day.replace(day=part * 10 + 1)
        end = day.replace(day=part * 10 + 10) if part < 2 else _month_end(day)
        precision = Precision.TEN_DAYS
    elif kind == "range":
        later = draw(st.dates(day, min(dt.date(2100, 12, 31), day + dt.timedelta(days=400))))
        tail = (
            f"{later.month}月{later.day}日"
            if later.year == y
            else f"{later.year}年{later.month}月{later.day}日"
        )
        text = f"{y}年{m}月{day.day}日" + draw(st.sampled_from(["至", "到", "—", "-"])) + tail
        end, relation = later, Relation.RANGE
    elif kind == "months":
        last = draw(st.integers(m, 12))
        text = f"{y}年{m}" + draw(st.sampled_from(["-", "—", "～", "至"])) + f"{last}月"
        start, end = day.replace(day=1), _month_end(dt.date(y, last, 1))
        relation, precision = Relation.RANGE, Precision.MONTH
    else:
        text = f"{y}年{m}月底前"
        start, end, relation = None, _month_end(day), Relation.BEFORE
    return text, Period(start, end, relation, precision, text, Span(0, len(text)))


@st.composite
def formattable_periods(draw: st.DrawFn) -> Period:
    """A period that ``Period.format()`` writes in words and ``parse_period`` reads back unchanged."""
    day = draw(notice_dates())
    y = day.year
    kind = draw(st.sampled_from([*Precision, "range", "month_range", "year_range", "open"]))
    if kind is Precision.DAY:
        return Period(day, day, Relation.ON, Precision.DAY)
    if kind is Precision.MONTH:
        return Period(day.replace(day=1), _month_end(day), Relation.ON, Precision.MONTH)
    if kind is Precision.YEAR:
        return Period(dt.date(y, 1, 1), dt.date(y, 12, 31), Relation.ON, Precision.YEAR)
    if kind is Precision.HALF_YEAR:
        start = dt.date(y, draw(st.sampled_from([1, 7])), 1)
        return Period(start, _month_end(start + relativedelta(months=5)), Relation.ON, Precision.HALF_YEAR)
    if kind is Precision.QUARTER:
        start = dt.date(y, draw(st.sampled_from([1, 4, 7, 10])), 1)
        return Period(start, _month_end(start + relativedelta(months=2)), Relation.ON, Precision.QUARTER)
    if kind is Precision.SEASON:
        start = dt.date(min(y, 2099), draw(st.sampled_from([3, 6, 9, 12])), 1)
        return Period(start, _month_end(start + relativedelta(months=2)), Relation.ON, Precision.SEASON)
    if kind is Precision.TEN_DAYS:
        first = draw(st.sampled_from([1, 11, 21]))
        last = day.replace(day=first + 9) if first < 21 else _month_end(day)
        return Period(day.replace(day=first), last, Relation.ON, Precision.TEN_DAYS)
    if kind == "range":
        if day == dt.date(2100, 12, 31):
            return Period(day, day, Relation.ON, Precision.DAY)
        later = draw(st.dates(day + dt.timedelta(days=1), dt.date(2100, 12, 31)))
        return Period(day, later, Relation.RANGE, Precision.DAY)
    if kind == "month_range":
        last_month = draw(st.integers(day.month, 12))
        if last_month == day.month:
            return Period(day.replace(day=1), _month_end(day), Relation.ON, Precision.MONTH)
        last = _month_end(dt.date(y, last_month, 1))
        return Period(day.replace(day=1), last, Relation.RANGE, Precision.MONTH)
    if kind == "year_range":
        last_year = draw(st.integers(y, 2100))
        if last_year == y:
            return Period(dt.date(y, 1, 1), dt.date(y, 12, 31), Relation.ON, Precision.YEAR)
        return Period(dt.date(y, 1, 1), dt.date(last_year, 12, 31), Relation.RANGE, Precision.YEAR)
    relation = draw(st.sampled_from([Relation.BEFORE, Relation.UNTIL, Relation.SINCE, Relation.AFTER]))
    if relation in (Relation.BEFORE, Relation.UNTIL):
        return Period(None, day, relation, Precision.DAY)
    return Period(day, None, relation, Precision.DAY)
