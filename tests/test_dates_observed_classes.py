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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "约谈通报\n2025-03-183月6日,某省能源监管办约谈了4家企业。",
            [("2025-03-18", "on", "2025-03-18", "2025-03-18"), ("3月6日", "on", "2025-03-06", "2025-03-06")],
        ),
        (
            "2024/11/2910月下旬召开专题会议",
            [
                ("2024/11/29", "on", "2024-11-29", "2024-11-29"),
                ("10月下旬", "on", "2024-10-21", "2024-10-31"),
            ],
        ),
    ],
)
def test_a_month_glued_to_a_padded_page_date_is_read(text: str, expected: list[Read]) -> None:
    # A list page prints each story's date (zero-padded) and the story's opening runs straight into it.
    assert _read(text, dt.date(2025, 3, 18)) == expected


@pytest.mark.parametrize(
    "text", ["发布时间:2023-11-2010:30:15 来源:县纪委", "2023-11-209:05", "2023-11-2010：30"]
)
def test_a_padded_page_date_glued_to_a_time_of_day_is_read(text: str) -> None:
    assert _read(text) == [("2023-11-20", "on", "2023-11-20", "2023-11-20")]


@pytest.mark.parametrize("text", ["2025-3-183月", "2025-03-1830月", "2025-03-183个", "2023-11-2025:30"])
def test_digits_after_a_date_are_no_glued_month_unless_padded_and_a_month(text: str) -> None:
    assert not any(
        read[0] is not None and read[0].endswith("月") for read in _read(text, dt.date(2025, 3, 18))
    )


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("2021全区一般公共预算收入完成112.8亿元。", "2021"),
        ("2019全县粮食总产量稳定。", "2019"),
        ("镇政府2016工作报告", "2016"),
        ("第04版：2024两会特别报道", "2024"),
    ],
)
def test_a_year_without_nian_before_what_it_qualifies(text: str, year: str) -> None:
    assert _read(text) == [(year, "on", f"{year}-01-01", f"{year}-12-31")]


@pytest.mark.parametrize("text", ["共2021人参加", "12021全区", "2021全", "3021全区", "编号2021-全区"])
def test_other_four_digit_numbers_are_no_year(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "超标准发放加班补助和春节慰问费。",
        "违规发放中秋节福利。",
        "发放国庆节慰问品。",
        "違規發放春節慰問費。",
    ],
)
def test_a_holiday_naming_a_thing_given_for_it_is_no_time(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("春节慰问困难党员12人。", ("春节", "on", "2016-02-08", "2016-02-08")),  # a time: then, they visited
        # with its year before a thing given for it, the holiday names a thing of that year: dated by the year
        ("2015年春节慰问费已清退。", ("2015年", "on", "2015-01-01", "2015-12-31")),
    ],
)
def test_a_holiday_before_a_verb_or_with_its_year_is_still_a_time(text: str, expected: Read) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "把整改作为当前一项重大政治任务。",
        "是当前和今后一个时期的重要政治任务。",
        "落实整改要求是当前的重要政治任务。",
        "以当前各项工作的高质量发展检验整改实效。",
        "作为当前重大政治任务。",
    ],
)
def test_current_as_an_attribute_is_no_time(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "提高基本年薪标准",  # 基本 + 年薪
        "编制成本月报",  # 成本 + 月报
        "健全年度考核机制",  # 健全 + 年度
        "覆盖不同年龄段的干部",  # 不同 + 年龄
        "合同年限届满",  # 合同 + 年限
        "敢于担当年轻干部",  # 担当 + 年轻
        "说明年度预算调整",  # 说明 + 年度
        "谋划未来年度重点",  # 未来 + 年度
        "召开3次年度会议",  # 3次 + 年度
        "本年级学生",  # 本 + 年级
        "敢於擔當年輕幹部",  # traditional: 擔當 + 年輕
        "說明年度預算",  # traditional: 說明 + 年度
    ],
)
def test_a_relative_year_word_inside_other_words_is_no_time(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("马上年底前完成", ("年底前", "before", None, "2016-12-31")),  # 马上 + 年底前
        ("超过去年全年水平", ("去年", "on", "2015-01-01", "2015-12-31")),  # 超过 + 去年: still read
        ("确保全年完成12项", ("全年", "on", "2016-01-01", "2016-12-31")),  # 确保 + 全年: still read
        ("去年纪委监委立案12件", ("去年", "on", "2015-01-01", "2015-12-31")),  # 纪 starts 纪委
        ("比上年增长3%", ("上年", "on", "2015-01-01", "2015-12-31")),
    ],
)
def test_relative_years_after_other_words_are_still_read(text: str, expected: Read) -> None:
    assert _read(text) == [expected]
