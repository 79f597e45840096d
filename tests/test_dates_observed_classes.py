"""Regression tests for date classes the whole observed corpus still showed in its third session (issue 9).

One class per test; the sentences are written for these tests, not taken from the corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest

from _dates_read import Read, read_periods

MARCH = dt.date(2016, 3, 7)  # a work report read in March, about the year before


def _read(text: str, reference: dt.date | None = MARCH) -> list[Read]:
    return read_periods(text, reference)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1-10月累计救助困难对象846人次。", ("1-10月", "range", "2015-01-01", "2015-10-31")),
        ("1月至10月，共受理事项1.2万件。", ("1月至10月", "range", "2015-01-01", "2015-10-31")),
        ("前10个月发放补助金86万元。", ("前10个月", "range", "2015-01-01", "2015-10-31")),
    ],
)
def test_a_year_to_date_span_ending_months_after_the_text_is_last_years(text: str, expected: Read) -> None:
    # A figure for January to October is reported once October is over: in a March text, last year's.
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan looks ahead: this year's
        ("计划1-10月完成改造86户。", ("1-10月", "range", "2016-01-01", "2016-10-31")),
        # a span that has ended, or ends within two months of the text: this year's
        ("1-2月发放补助金86万元。", ("1-2月", "range", "2016-01-01", "2016-02-29")),
        ("1-4月发放补助金86万元。", ("1-4月", "range", "2016-01-01", "2016-04-30")),
        # a span from a later month is no year-to-date figure: its start decides, as before
        ("3月至10月开展专项整治。", ("3月至10月", "range", "2016-03-01", "2016-10-31")),
    ],
)
def test_other_spans_keep_the_reference_year(text: str, expected: Read) -> None:
    assert _read(text) == [expected]


def test_a_year_to_date_span_after_a_stated_year_takes_that_year() -> None:
    assert _read("2016年1-10月计划完成投资8亿元。")[0] == (
        "2016年1-10月",
        "range",
        "2016-01-01",
        "2016-10-31",
    )


@pytest.mark.parametrize(
    "text",
    [
        "加快推进二期项目前期工作。",  # 项目 + 前期
        "按题目前后顺序作答。",  # 题目 + 前后
        "应当前往现场核实。",  # 应当 + 前往
        "扫一扫在手机打开当前页",  # a page's pager
    ],
)
def test_now_words_inside_other_words_are_no_time(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize("text", ["目前，已完成整改16个。", "截至目前，已办结。", "当前，整改工作有序推进。"])
def test_now_words_standing_alone_are_still_read(text: str) -> None:
    assert len(_read(text)) == 1
