"""Never silently wrong (issue 14, dates, second round): the classes the peers' suites still found read wrong.

Two-digit years in every spelling (15年, 零七年, 九七年, 二〇年) before a month, a quarter, a part of the year
or a holiday; doubled prefixes (上上个月, 下下个季度, 大前天, 大后天). Each generated text is read right or
refused: a period that covers the phrase has exactly the expected dates, computed here from the calendar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from xuncha import DateError, Period, extract_periods, parse_period
from xuncha.dates import scan_periods

D = dt.date.fromisoformat
REF = D("2023-06-15")
_CN_DIGITS = "〇一二三四五六七八九"
_CN_SMALL = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
references = st.dates(dt.date(1950, 1, 1), dt.date(2050, 12, 31))


def _quarter(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, 3 * quarter - 2, 1)
    return first, first + relativedelta(months=3, days=-1)


# A part of a year written after a two-digit year, and its first and last day in a given year.
_TAILS: dict[str, Callable[[int], tuple[dt.date, dt.date]] | None] = {
    "3月2日": lambda y: (dt.date(y, 3, 2), dt.date(y, 3, 2)),
    "八月二十九号": lambda y: (dt.date(y, 8, 29), dt.date(y, 8, 29)),
    "9月十号": lambda y: (dt.date(y, 9, 10), dt.date(y, 9, 10)),
    "十二月": lambda y: (dt.date(y, 12, 1), dt.date(y, 12, 31)),
    "一季度": lambda y: _quarter(y, 1),
    "第三季度": lambda y: _quarter(y, 3),
    "4季度": lambda y: _quarter(y, 4),
    "年底": lambda y: (dt.date(y, 12, 31), dt.date(y, 12, 31)),
    "年末": lambda y: (dt.date(y, 12, 31), dt.date(y, 12, 31)),
    "年初": lambda y: (dt.date(y, 1, 1), dt.date(y, 1, 1)),
    "上半年": lambda y: (dt.date(y, 1, 1), dt.date(y, 6, 30)),
    "下半年": lambda y: (dt.date(y, 7, 1), dt.date(y, 12, 31)),
    "国庆节": lambda y: (dt.date(y, 10, 1), dt.date(y, 10, 1)),
    "元旦": lambda y: (dt.date(y, 1, 1), dt.date(y, 1, 1)),
    "端午": None,  # lunar: only its year is checked
}


@st.composite
def two_digit_years(draw: st.DrawFn) -> tuple[int, str]:
    """A two-digit year and a spelling of it: Arabic (07), or Chinese digits with 零, 〇 or ○ for nought."""
    number = draw(st.integers(0, 99))
    style = draw(st.sampled_from(["arabic", "零", "〇", "○"]))
    if style == "arabic":
        return number, f"{number:02}"
    digits = _CN_DIGITS.replace("〇", style)
    return number, "".join(digits[int(d)] for d in f"{number:02}")


def _covering(periods: list[Period], text: str, start: int) -> list[Period]:
    """The periods whose span reaches into text[start:]."""
    return [p for p in periods if p.span is not None and p.span.end > start]


@given(two_digit_years(), st.sampled_from(sorted(_TAILS)))
def test_a_two_digit_year_alone_is_refused_in_every_spelling(year: tuple[int, str], tail: str) -> None:
    _, spelled = year
    text = f"{spelled}年{tail}" if not tail.startswith("年") else f"{spelled}{tail}"
    # nothing of it is read: neither the part alone in the reference year nor the year in a guessed century
    assert extract_periods(text, reference=REF) == []
    with pytest.raises(DateError):
        parse_period(text, reference=REF)
    assert scan_periods(text, reference=REF).rejected  # refused, not overlooked


@given(st.integers(1950, 2080), two_digit_years(), st.sampled_from(sorted(_TAILS)))
def test_a_two_digit_year_in_every_spelling_takes_the_century_stated_before(
    stated: int, year: tuple[int, str], tail: str
) -> None:
    number, spelled = year
    phrase = f"{spelled}年{tail}" if not tail.startswith("年") else f"{spelled}{tail}"
    text = f"{stated}年，{phrase}"
    at = text.index(phrase)
    expected_year = min(
        (stated // 100 * 100 + c + number for c in (-100, 0, 100)), key=lambda y: abs(y - stated)
    )
    found = _covering(extract_periods(text, reference=REF), text, at)
    if not 1900 <= expected_year <= 2100:
        assert found == []
        return
    (period,) = found
    assert period.text == phrase
    bounds = _TAILS[tail]
    if bounds is not None:
        assert (period.start, period.end) == bounds(expected_year)
    else:
        assert period.start is not None
        assert period.start.year == expected_year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2007年，零七年八月二十九号", ("2007-08-29", "2007-08-29")),
        ("1990年，九零年9月十号", ("1990-09-10", "1990-09-10")),
        ("1997年，九七年一季度", ("1997-01-01", "1997-03-31")),
        ("2019年，19年底", ("2019-12-31", "2019-12-31")),
        ("2020年，二〇年3月", ("2020-03-01", "2020-03-31")),
        ("2006年，零六年端午", ("2006-05-31", "2006-05-31")),
        ("1998年，九八年国庆节", ("1998-10-01", "1998-10-01")),
    ],
)
def test_the_peers_two_digit_years_after_a_four_digit_one(text: str, expected: tuple[str, str]) -> None:
    period = extract_periods(text, reference=REF)[-1]
    assert (str(period.start), str(period.end)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "零七年八月二十九号",
        "九零年9月十号",
        "九七年一季度",
        "19年底",
        "零六年端午",
        "二〇年3月",
        "十九年底",
        "二〇〇年3月",
    ],
)
def test_the_peers_two_digit_years_alone_are_refused(text: str) -> None:
    assert extract_periods(text, reference=REF) == []


def test_a_row_of_years_is_read_year_by_year() -> None:
    # A year the match before it read is no unread year (十九年底 is refused above): a table's header of years.
    periods = extract_periods("项目 单位 1995年 1998年  1999年", reference=REF)
    assert [(p.text, str(p.start), str(p.end)) for p in periods] == [
        ("1995年", "1995-01-01", "1995-12-31"),
        ("1998年", "1998-01-01", "1998-12-31"),
        ("1999年", "1999-01-01", "1999-12-31"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counts of years, not years: nothing read, nothing refused as a year
        ("在这五六年中", []),
        ("15年来", [("2008-06-15", "2023-06-15")]),
        ("五六年来", []),
    ],
)
def test_counts_of_years_are_not_two_digit_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(str(p.start), str(p.end)) for p in extract_periods(text, reference=REF)] == expected


# ------------------------------------------------------------------ Minguo years


@given(st.integers(100, 189), st.integers(1, 12), st.integers(1, 28))
def test_a_three_digit_year_is_a_year_of_the_republic_of_china(minguo: int, month: int, day: int) -> None:
    # Taiwan's pages write their years in the Minguo calendar (year 1 is 1912): 114年10月9日 is 2025-10-09.
    year = 1911 + minguo
    periods = extract_periods(f"監察院將於{minguo}年{month}月{day}日蒞縣巡察", reference=REF)
    assert [(p.text, p.start, p.end) for p in periods] == [
        (f"{minguo}年{month}月{day}日", dt.date(year, month, day), dt.date(year, month, day))
    ]
    whole = extract_periods(f"{minguo}年度地方機關巡察", reference=REF)
    assert [(p.text, p.start, p.end) for p in whole] == [
        (f"{minguo}年度", dt.date(year, 1, 1), dt.date(year, 12, 31))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year a 年度 after a two-digit year names takes its century from the text, like 15年3月
        ("2015年起，22年度预算", [("2015年起", "2015-01-01"), ("22年度", "2022-01-01")]),
        ("22年度预算", []),
        # a count of years before 初, 底 or a holiday is no Minguo year
        ("建党100年初心不改", []),
        ("走过110年底蕴深厚", []),
        # a half or a quarter of a Minguo year
        ("105年上半年匯兌損失", [("105年上半年", "2016-01-01")]),
        ("112年第三季度", [("112年第三季度", "2023-07-01")]),
        # the year before a later bare day: 101年度 … 9月13日
        ("101年度巡察行程，首日9月13日", [("101年度", "2012-01-01"), ("9月13日", "2012-09-13")]),
    ],
)
def test_minguo_and_two_digit_years_before_du(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.text, str(p.start)) for p in extract_periods(text, reference=REF)] == expected


# ------------------------------------------------------------------ doubled prefixes

_MONTH_STEPS = {
    "上上个": -2,
    "上上": -2,
    "下下个": 2,
    "下下": 2,
    "上一个": -1,
    "下一个": 1,
    "上个": -1,
    "下个": 1,
}
_DAY_STEPS = {"大前天": -3, "前天": -2, "昨天": -1, "本日": 0, "今天": 0, "明天": 1, "后天": 2, "大后天": 3}


@given(references, st.sampled_from(sorted(_MONTH_STEPS)), st.integers(0, 28))
def test_doubled_month_prefixes(ref: dt.date, prefix: str, day: int) -> None:
    first = ref.replace(day=1) + relativedelta(months=_MONTH_STEPS[prefix])
    text = f"{prefix}月" + (f"{_CN_SMALL[day]}号" if 0 < day <= 12 else f"{day}日" if day else "")
    period = parse_period(text, reference=ref)
    if day:
        assert (period.start, period.end) == (first.replace(day=day), first.replace(day=day))
    else:
        assert (period.start, period.end) == (first, first + relativedelta(months=1, days=-1))


@given(references, st.sampled_from(sorted(_MONTH_STEPS)))
def test_doubled_quarter_prefixes(ref: dt.date, prefix: str) -> None:
    quarters = ref.year * 4 + (ref.month - 1) // 3 + _MONTH_STEPS[prefix]
    period = parse_period(f"{prefix}季度", reference=ref)
    assert (period.start, period.end) == _quarter(quarters // 4, quarters % 4 + 1)


@given(references, st.sampled_from(sorted(_DAY_STEPS)), st.sampled_from(["", "我们", "，"]))
def test_days_named_from_the_reference(ref: dt.date, word: str, before: str) -> None:
    day = ref + dt.timedelta(days=_DAY_STEPS[word])
    (period,) = extract_periods(f"{before}{word}召开会议", reference=ref)
    assert (period.text, period.start, period.end) == (word, day, day)


@given(
    references,
    st.sampled_from(["上", "下"]),
    st.integers(3, 5),
    st.sampled_from(["个月", "月", "个季度", "季度", "年", "周"]),
)
def test_prefixes_doubled_past_what_is_read_are_refused(
    ref: dt.date, way: str, times: int, unit: str
) -> None:
    # 上上上个月, 下下下季度, 上上年: never read as a shorter step
    assert extract_periods(way * times + unit, reference=ref) == []


@given(references, st.sampled_from(["前", "后"]), st.integers(2, 4))
def test_great_prefixes_doubled_past_what_is_read_are_refused(ref: dt.date, way: str, times: int) -> None:
    # 大大大前天, 大大后年 (大大前天 and 大大后天, four days away, are read)
    assert extract_periods("大" * times + way + "年", reference=ref) == []
    if times > 2:
        assert extract_periods("大" * times + way + "天", reference=ref) == []


@given(references, st.sampled_from(["前", "后"]))
def test_great_great_days_are_four_days_away(ref: dt.date, way: str) -> None:
    sign = -1 if way == "前" else 1
    day = ref + dt.timedelta(days=4 * sign)
    found = extract_periods(f"他大大{way}天来", reference=ref)
    assert [(p.text, p.start, p.end) for p in found] == [(f"大大{way}天", day, day)]


@pytest.mark.parametrize(
    "text",
    ["后天性心脏病", "先天下之忧而忧，后天下之乐而乐", "经过后天努力", "上上年", "下下周", "以上上半年数据"],
)
def test_words_that_are_no_day_and_doubled_words_not_read(text: str) -> None:
    assert extract_periods(text, reference=REF) == []


@pytest.mark.parametrize("text", ["收入58.3亿元，加上上年结转收入1.8亿元", "再加上上年同期基数较低"])
def test_the_shang_of_jiashang_is_no_doubled_prefix(text: str) -> None:
    # 加上 + 上年: last year's carry-over added (a budget report's phrase), not 上上年, the year before last
    (period,) = extract_periods(text, reference=REF)
    assert period.text is not None
    assert period.text.startswith("上年")
    assert (period.start, period.end) == (dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    assert extract_periods("比上上年增长5%", reference=REF) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大前天", ("2023-06-12", "2023-06-12")),
        ("上上个月五号", ("2023-04-05", "2023-04-05")),
        ("下下个季度", ("2023-10-01", "2023-12-31")),
        ("后天", ("2023-06-17", "2023-06-17")),
        ("大后天", ("2023-06-18", "2023-06-18")),
        ("本日", ("2023-06-15", "2023-06-15")),
        ("上一个月", ("2023-05-01", "2023-05-31")),
        ("上上个季度", ("2022-10-01", "2022-12-31")),
    ],
)
def test_the_peers_doubled_prefixes(text: str, expected: tuple[str, str]) -> None:
    period = parse_period(text, reference=REF)
    assert (str(period.start), str(period.end)) == expected


@pytest.mark.parametrize(
    ("heading", "year"),
    [
        # a heading that names a year: its part speaks of that year, below the heading too
        ("一、2020年国民经济和社会发展计划执行情况", "2020"),
        ("（一）2020年主要工作", "2020"),
        # a record's year (年度) names what the part is about, not when its work is done: the report's year holds
        ("一、2020年度审计整改工作总体情况", "2021"),
    ],
)
def test_the_year_a_heading_names_is_the_year_its_part_speaks_of(heading: str, year: str) -> None:
    text = f"——2021年3月5日在某次会议上\n{heading}\n过去一年，全年新增就业1146万人。\n12月份完成评估。"
    periods = {p.text: p for p in extract_periods(text)}
    assert str(periods["全年"].start) == f"{year}-01-01"
    assert str(periods["12月份"].start) == f"{year}-12-01"


def test_a_year_in_a_name_leaves_the_range_before_it_the_last_period() -> None:
    # The group's name holds the year the range lies in: a later day without a year still follows the range, into
    # the next year when in its year it would come before the range (and not after the page's date).
    text = (
        "2021年11月15日至24日，某省统计局2021年第6统计督察组对某市开展了统计督察。1月12日，督察组反馈意见。"
    )
    periods = {p.text: p for p in extract_periods(text, reference=dt.date(2022, 1, 18))}
    assert str(periods["1月12日"].start) == "2022-01-12"
