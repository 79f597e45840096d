"""Regression tests for the forms set G of the observed corpus showed (issue 9), one class each.

The sentences are written for these tests, not taken from the corpus.
"""

from __future__ import annotations

import datetime as dt

from _dates_read import Read, read_periods

REFERENCE = dt.date(2025, 4, 29)


def _read(text: str, reference: dt.date | None = REFERENCE) -> list[Read]:
    return read_periods(text, reference)


def test_the_year_of_the_last_day_reported_carries_into_later_paragraphs() -> None:
    text = "2023年11月20日至2024年1月12日，巡察组开展巡察。\n4月9日反馈会后召开会议。5月7日召开推进会。"
    assert _read(text)[1:] == [
        ("4月9日", "on", "2024-04-09", "2024-04-09"),
        ("5月7日", "on", "2024-05-07", "2024-05-07"),
    ]


def test_a_year_alone_or_a_day_in_the_reference_year_does_not_carry() -> None:
    assert _read("2016年末，人口增长。\n3月11日发布。")[1] == ("3月11日", "on", "2025-03-11", "2025-03-11")
    assert _read("发布时间：2025年04月29日\n3月2日召开会议。")[1] == (
        "3月2日",
        "on",
        "2025-03-02",
        "2025-03-02",
    )


def test_a_day_first_date_with_dots_at_a_line_start_is_the_page_date() -> None:
    assert _read("某局动员部署整改\n19.05.2018  06:47\n正文")[0] == (
        "19.05.2018",
        "on",
        "2018-05-19",
        "2018-05-19",
    )
    assert _read("31.12.2019\n")[0] == ("31.12.2019", "on", "2019-12-31", "2019-12-31")
    assert _read("软件版本1.2.2018发布") == []  # inside a line: no date
    assert _read("32.12.2019\n") == []


def test_a_page_number_glued_before_the_year_that_opens_a_line() -> None:
    assert _read("12024年街道工作打算")[0] == ("2024年", "on", "2024-01-01", "2024-12-31")
    assert _read("共12024年") == []


def test_a_year_compared_with_is_not_the_period_a_later_same_period_goes_back_from() -> None:
    text = "2016年，全县经济平稳。\n产业结构与上年相比，第一产业比重下降。\n二、农业\n种植面积比上年同期增长2.04%。"
    assert _read(text)[-1] == ("上年同期", "on", "2015-01-01", "2015-12-31")


def test_two_years_opening_a_chart_caption_are_a_range_that_same_period_does_not_take() -> None:
    text = "2016年，全县经济平稳。\n图2:2012-2016三次产业增加值占比(%)\n种植面积比上年同期增长2.04%。"
    assert _read(text)[1:] == [
        ("2012-2016", "range", "2012-01-01", "2016-12-31"),
        ("上年同期", "on", "2015-01-01", "2015-12-31"),
    ]
    assert _read("共2012-2016个") == []


def test_dao_before_a_target_is_a_deadline() -> None:
    ref = dt.date(2016, 6, 1)
    text = "全县围绕脱贫攻坚和到2019年与全省同步全面建成小康社会的目标，守住底线。"
    assert _read(text, ref) == [("到2019年", "before", None, "2019-12-31")]
    assert _read("力争到2025年底，实现收入翻番。", ref) == [("到2025年底", "before", None, "2025-12-31")]
    # up to a date the text has reached, without a goal, is still an end; one still to come is a target
    reached = dt.date(2017, 1, 10)
    assert _read("到2016年底，累计完成整改120项。", reached) == [("到2016年底", "until", None, "2016-12-31")]
    assert _read("到2016年底，累计完成整改120项。", ref) == [("到2016年底", "before", None, "2016-12-31")]
    assert _read("现场和到场人员") == []
