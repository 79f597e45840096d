"""Regression tests for the forms set D of the observed corpus showed (issue 9), one class each.

The sentences are written for these tests, not taken from the corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest

from _dates_read import Read, read_periods
from xuncha.dates import scan_periods

REFERENCE = dt.date(2024, 11, 16)  # a repost, years after the text it carries


def _read(text: str, reference: dt.date | None = REFERENCE) -> list[Read]:
    return read_periods(text, reference)


@pytest.mark.parametrize(
    "caption",
    ["图3:2015-2019年粮食产量", "表2  2016—2020年城乡居民收入", "（2014至2018年）", "“十三五”时期"],
)
def test_a_range_of_years_leaves_the_year_the_text_is_about(caption: str) -> None:
    # A caption or a plan names several years: the text still speaks of its own year (2019 here).
    text = f"2019年,全县经济稳中有进。\n全年粮食播种面积扩大。\n{caption}\n年末户籍人口比上年末增加0.2万人。"
    found = {p[0]: p[2:] for p in _read(text)}
    assert found["年末"] == ("2019-12-31", "2019-12-31")
    assert found["上年末"] == ("2018-12-31", "2018-12-31")


def test_a_range_of_years_after_no_year_leaves_the_reference_year() -> None:
    text = "图1:2012-2016年就业人数\n年末城镇登记失业率为3.9%。"
    assert _read(text)[-1] == ("年末", "on", "2024-12-31", "2024-12-31")


@pytest.mark.parametrize("break_", ["", "\n", "\n二、财政\n"])
def test_the_same_period_last_year_counts_from_the_year_reported_on(break_: str) -> None:
    # Read a year before the year the text reports on, not the year before the reference.
    text = f"2018年,全市财政运行平稳。{break_}一般公共预算收入42.6亿元,比上年同期增长3.1%。"
    assert _read(text)[-1] == ("上年同期", "on", "2017-01-01", "2017-12-31")


def test_the_same_period_last_year_of_months_reported_on_after_a_break() -> None:
    text = "2020年1-8月,全省外贸进出口增长。\n\n其中出口额比上年同期增长2.3%。"
    assert _read(text)[-1] == ("上年同期", "on", "2019-01-01", "2019-08-31")


def test_a_period_compared_with_is_not_the_period_reported_on() -> None:
    # 较1—5月份 and 比3月 compare; the text still reports on January to June.
    text = "1—6月份,全区工业用电量增长8.2%,增速较1—5月份回落0.4个百分点,比3月加快1.1个百分点,占比较上年同期提高0.6个百分点。"
    assert _read(text, dt.date(2023, 7, 20))[-1] == ("上年同期", "on", "2022-01-01", "2022-06-30")


@pytest.mark.parametrize("same", ["去年同期", "2016年同期"])
def test_the_same_period_of_a_year_named_otherwise_is_that_year(same: str) -> None:
    text = f"2019年1-9月,全市接待游客增长。\n客流量比{same}增长4%。"
    year = "2023" if same == "去年同期" else "2016"
    assert _read(text)[-1] == (same, "on", f"{year}-01-01", f"{year}-09-30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("图12019年全市规模以上工业增加值", ("2019年", "on", "2019-01-01", "2019-12-31")),
        ("圖32021年各季度財政收入", ("2021年", "on", "2021-01-01", "2021-12-31")),
        ("表112008年1-6月主要指标", ("2008年1-6月", "range", "2008-01-01", "2008-06-30")),
        ("图21998年5月水位", ("1998年5月", "on", "1998-05-01", "1998-05-31")),
    ],
)
def test_a_year_glued_to_a_figure_number_is_read_without_it(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert _read(text) == [expected]


# (12019年 at a line start is a converted page's number glued to the year: test_dates_observed_g)
@pytest.mark.parametrize("text", ["共12019年", "图12345年", "第32021年", "x12019年", "112019年"])
def test_five_digits_before_nian_elsewhere_are_no_year(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("header", "dateline", "day", "expected"),
    [
        ("来源：人民网 2019年03月05日 08:30", "人民网北京3月4日电", "3月4日", "2019-03-04"),
        ("2018-01-02 09:15 来源:新华网", "新华社北京12月30日电", "12月30日", "2017-12-30"),  # on or before it
        ("发布日期：2015年6月1日", "本报5月31日讯", "5月31日", "2015-05-31"),
    ],
)
def test_a_dateline_takes_its_year_from_the_page_date_above_it(
    header: str, dateline: str, day: str, expected: str
) -> None:
    text = f"{header}\n\n{dateline} 全国安全生产工作会议召开。"
    assert _read(text)[-1] == (day, "on", expected, expected)


@pytest.mark.parametrize(
    "before",
    [
        "",  # no page date: the reference year, as before
        "2016年末全国人口13.8亿。\n",  # a year's end is no page date
        "截至2019年3月5日，已整改。\n",  # a deadline is no page date either
        "3月5日，已整改。\n",  # nor a day without its year
    ],
)
def test_a_dateline_without_a_page_date_above_it_keeps_the_reference_year(before: str) -> None:
    text = f"{before}新华社北京2月8日电 会议召开。"
    assert _read(text)[-1] == ("2月8日", "on", "2024-02-08", "2024-02-08")


def test_a_day_before_a_word_that_is_no_dateline_keeps_the_reference_year() -> None:
    text = "来源：新华网 2017年03月01日\n5月6日电话回访群众。"
    assert _read(text)[-1] == ("5月6日", "on", "2024-05-06", "2024-05-06")


@pytest.mark.parametrize(
    ("line", "expected"),
    [("03-08 / 2021", "2021-03-08"), ("11-30/2019", "2019-11-30"), ("1-5 / 2024  ", "2024-01-05")],
)
def test_a_header_date_month_day_slash_year_on_its_own_line(line: str, expected: str) -> None:
    text = f"市局召开警示教育大会\n\n{line}\n\n会议要求，持续整改。"
    assert _read(text) == [(line.strip(), "on", expected, expected)]


@pytest.mark.parametrize(
    "text",
    [
        "比例为 03-08 / 2021",  # not on a line of its own
        "03-08 / 2021 年度报告",  # more follows on the line
        "13-08 / 2021",  # no month 13
        "03-08 / 21",  # no four-digit year
    ],
)
def test_month_day_slash_year_needs_a_line_of_its_own(text: str) -> None:
    assert not any(p[0] is not None and "/" in p[0] for p in _read(text))


def test_a_header_date_with_no_such_day_is_refused() -> None:
    scan = scan_periods("标题\n02-30 / 2025\n", reference=REFERENCE)
    assert scan.periods == []
    assert [(r.text, r.kind) for r in scan.rejected] == [("02-30 / 2025", "no-such-date")]
