"""Classes of date and marker found in set M of the observed corpus (year summaries and plans, budget and work reports,
school calendars), each written as new sentences rather than copied from a passage.

Each row is a text, its reference date (None: an undated page) and every period it should yield as
(text, relation, first day, last day), with None for a bound the text leaves open or unknown.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from xuncha import extract_periods, extract_quantities, parse_marker
from xuncha._glued import AFTER_SENTENCE, glued_headings
from xuncha._markers import HeadingMatch, heading_at

Found = tuple[str | None, str, str | None, str | None]  # (text, relation, first day, last day)
Row = tuple[str, str | None, list[Found]]


def _found(text: str, reference: str | None) -> list[Found]:
    ref = None if reference is None else dt.date.fromisoformat(reference)
    return [
        (
            p.text,
            p.relation.value,
            None if p.start is None else p.start.isoformat(),
            None if p.end is None else p.end.isoformat(),
        )
        for p in extract_periods(text, reference=ref)
    ]


HOLIDAYS: list[Row] = [
    # A holiday right after a date of its paragraph, on an undated page, is in that date's year.
    (
        "2025年学校校历\n- 3月8日:三八妇女节,慰问女教职工。",
        None,
        [
            ("2025年", "on", "2025-01-01", "2025-12-31"),
            ("3月8日", "on", "2025-03-08", "2025-03-08"),
            ("三八妇女节", "on", "2025-03-08", "2025-03-08"),
        ],
    ),
    # With no date before it in its paragraph, the year the title names (the fifteenth session: an undated page
    # writes in its title's year), and none when the page names no year.
    (
        "2025年学校校历\n植树节开展义务植树活动。",
        None,
        [("2025年", "on", "2025-01-01", "2025-12-31"), ("植树节", "on", "2025-03-12", "2025-03-12")],
    ),
    ("学校校历\n植树节开展义务植树活动。", None, [("植树节", "on", None, None)]),
    # 元旦 after a December date is the coming 1 January; the next paragraph stays in December's year.
    (
        "2022年12月20日,排练元旦文艺节目。\n12月21日,开展消防演练。",
        None,
        [
            ("2022年12月20日", "on", "2022-12-20", "2022-12-20"),
            ("元旦", "on", "2023-01-01", "2023-01-01"),
            ("12月21日", "on", "2022-12-21", "2022-12-21"),
        ],
    ),
    # A holiday months before the date is not moved: it is that year's (a review of the year).
    (
        "2022年9月5日,总结了端午节走访慰问情况。",
        None,
        [("2022年9月5日", "on", "2022-09-05", "2022-09-05"), ("端午节", "on", "2022-06-03", "2022-06-03")],
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), HOLIDAYS)
def test_holidays_take_the_year_of_the_date_before_them(
    text: str, reference: str | None, expected: object
) -> None:
    assert _found(text, reference) == expected


YEAR_CARRY: list[Row] = [
    # On an undated page, the year a report states carries to bare months under later headings.
    (
        "2025年工作总结\n一、主要工作\n1-11月,发布预警信号213条。\n截至11月底,完成作业87次。",
        None,
        [
            ("2025年", "on", "2025-01-01", "2025-12-31"),
            ("1-11月", "range", "2025-01-01", "2025-11-30"),
            ("截至11月底", "until", None, "2025-11-30"),
        ],
    ),
    # Not the year of a record the text names (年度…会, a quoted report's name): it fixes no later date.
    (
        "督促2023年“同级审”报告指出的问题整改。\n图为7月4日会议现场。",
        None,
        [("2023年", "on", "2023-01-01", "2023-12-31"), ("7月4日", "on", None, None)],
    ),
    (
        "召开2022年度组织生活会。\n3月3日,开展学情调研。",
        None,
        [("2022年度", "on", "2022-01-01", "2022-12-31"), ("3月3日", "on", None, None)],
    ),
    # With a reference, its rules decide (a reported day months after the reference is last year's).
    (
        "2022年工作总结\n9月5日,召开推进会。",
        "2023-03-01",
        [("2022年", "on", "2022-01-01", "2022-12-31"), ("9月5日", "on", "2022-09-05", "2022-09-05")],
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), YEAR_CARRY)
def test_an_undated_text_carries_its_stated_year(text: str, reference: str | None, expected: object) -> None:
    assert _found(text, reference) == expected


GOALS: list[Row] = [
    # 全年 naming the year's goal is no period (set K, set M) ...
    ("确保完成全年各项目标任务。", "2023-10-20", []),
    ("冲刺全年经营目标,打好收官战。", "2023-10-20", []),
    # ... but the year as the base of a figure is one, and so is a year reviewed.
    ("占全年任务100.6%。", "2023-10-20", [("全年", "on", "2023-01-01", "2023-12-31")]),
    ("全年实现营业收入12亿元。", "2023-10-20", [("全年", "on", "2023-01-01", "2023-12-31")]),
]


@pytest.mark.parametrize(("text", "reference", "expected"), GOALS)
def test_the_years_goal_is_no_period(text: str, reference: str | None, expected: object) -> None:
    assert _found(text, reference) == expected


def test_a_list_number_before_a_year_is_no_decimal() -> None:
    # A table of contents run into one line (a document-sharing preview): 1. and 2. are list items, and each
    # entry names the year 2023; neither a date nor a figure 1.2023年 (1.2023 years).
    toc = "目录1.2023年河口镇政府工作报告 2.2023年石门镇政府工作报告"
    assert _found(toc, None) == [("2023年", "on", "2023-01-01", "2023-12-31")] * 2
    assert extract_quantities(toc) == []
    assert heading_at("1.2023年工作总结") == HeadingMatch(parse_marker("1."), 0, 2)
    # A decimal stays one where no year with 年 follows its point: 1.5年, 1.20235年
    assert [(q.text, q.value) for q in extract_quantities("工期1.5年")] == [("1.5年", Decimal("1.5"))]
    assert heading_at("1.5年以上") is None
    assert _found("3.12023年", None) == []


def test_a_glued_bracketed_heading_may_open_with_a_count_of_years() -> None:
    # A page that lost its breaks: (一) after a sentence heads "五年来，…" (a bracket closes the marker, so the
    # numeral after it continues no list in prose), while 一、二季度 stays a list.
    line = "各位代表:现在作报告。一、过去五年工作回顾本届政府任期届满。(一)五年来,经济实力跨上新台阶。"
    gap = AFTER_SENTENCE.search(line)
    breaks, _ = glued_headings(line, gap, len(line), " \t\u3000")
    assert [line[at : at + 3] for at in breaks] == ["一、过", "(一)"]
    prose = "全年完成任务。一、二季度增长较快。"
    assert glued_headings(prose, AFTER_SENTENCE.search(prose), len(prose), " \t\u3000")[0] == []


YEAR_TO_DATE: list[Row] = [
    # A written year's span from 1 January titles a budget report: 年初 and 上年 in later paragraphs count from it.
    (
        "2024年1-5月财政收支情况\n1-5月,完成收入5126万元,占年初预算的44.7%,比上年下降4.3%。",
        None,
        [
            ("2024年1-5月", "range", "2024-01-01", "2024-05-31"),
            ("1-5月", "range", "2024-01-01", "2024-05-31"),
            ("年初", "on", "2024-01-01", "2024-01-01"),
            ("上年", "on", "2023-01-01", "2023-12-31"),
        ],
    ),
    # A span that does not start in January names no such year.
    (
        "2024年3-5月专项检查情况\n检查发现,年初部署的任务已完成。",
        None,
        [("2024年3-5月", "range", "2024-03-01", "2024-05-31"), ("年初", "on", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), YEAR_TO_DATE)
def test_a_year_to_date_span_states_the_reports_year(
    text: str, reference: str | None, expected: object
) -> None:
    assert _found(text, reference) == expected


DEADLINES: list[Row] = [
    # A year-end plan's deadlines run forward: 1月10日前 after 12月底前 is the next January's.
    (
        "2023年度决算会议要求:12月底前完成清收;1月10日前报送决算资料。",
        None,
        [
            ("2023年度", "on", "2023-01-01", "2023-12-31"),
            ("12月底前", "before", None, "2023-12-31"),
            ("1月10日前", "before", None, "2024-01-10"),
        ],
    ),
    # A step inside the year before a later deadline stays in the year.
    (
        "2020年底前须完成的任务,确保12月15日前全部完成。",
        None,
        [("2020年底前", "before", None, "2020-12-31"), ("12月15日前", "before", None, "2020-12-15")],
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), DEADLINES)
def test_a_plans_deadlines_run_forward(text: str, reference: str | None, expected: object) -> None:
    assert _found(text, reference) == expected


LISTED_DAYS: list[Row] = [
    # The next of a list of days after a month's day, or after a day's time, is a day of that month.
    (
        "8月27日、28日,巡察组分别进驻各单位。",
        "2025-09-03",
        [("8月27日", "on", "2025-08-27", "2025-08-27"), ("28日", "on", "2025-08-28", "2025-08-28")],
    ),
    (
        "4月15日下午、16日上午,召开推进会。",
        "2020-04-17",
        [("4月15日", "on", "2020-04-15", "2020-04-15"), ("16日", "on", "2020-04-16", "2020-04-16")],
    ),
    # Not after a day that is no date (a count: 共27日), nor in a list without a month before it.
    ("27日、28日,完成。", "2025-09-03", []),
]


@pytest.mark.parametrize(("text", "reference", "expected"), LISTED_DAYS)
def test_the_next_day_of_a_list_is_read(text: str, reference: str | None, expected: object) -> None:
    assert _found(text, reference) == expected


def test_the_year_a_figure_grows_from_is_that_year() -> None:
    # 从DATE的 + a figure: the date of the figure a change starts from (on), while 从DATE起 is since (set K).
    grew = _found("区级税收从2006年的16.2亿元增至2011年的41.7亿元。", "2012-01-05")
    assert grew == [
        ("从2006年", "on", "2006-01-01", "2006-12-31"),
        ("2011年", "on", "2011-01-01", "2011-12-31"),
    ]
    assert _found("从2006年起,实行新办法。", "2012-01-05") == [
        ("从2006年起", "since", "2006-01-01", "2012-01-05")
    ]


def test_the_turn_of_the_year_is_no_period() -> None:
    # 岁末年初 (traditional 歲末年初) names the turn of any year as a season of work (set M, 555).
    assert _found("企业要做好歲末年初生产经营盘点。", "2023-12-27") == []
    assert _found("年初部署,年末总结。", "2023-12-27") == [
        ("年初", "on", "2023-01-01", "2023-01-01"),
        ("年末", "on", "2023-12-31", "2023-12-31"),
    ]


def test_a_holiday_labelling_a_date_takes_its_year() -> None:
    # A calendar's row "中秋节:2023年9月29日" under a date of 2024: the holiday of the year the row writes.
    text = "寒假开始:2024年1月27日\n- 中秋节:2023年9月29日"
    assert _found(text, None)[1:] == [
        ("中秋节", "on", "2023-09-29", "2023-09-29"),
        ("2023年9月29日", "on", "2023-09-29", "2023-09-29"),
    ]
    # Not a holiday after its date, nor one followed by other words.
    assert _found("2024年1月27日,中秋节慰问", None)[1] == ("中秋节", "on", "2024-09-17", "2024-09-17")


def test_from_a_date_to_a_source_is_the_date() -> None:
    # 从DATE…看 / 获悉 / 说起: 从 governs what the sentence is seen or heard from (set AT, 1904; 899; 296), as 自 does
    # an event (自2018年5月市委巡察以来); 从DATE起 is still since.
    assert _found("从2025年办案数据看,主要呈现三个特点。", "2026-03-10") == [
        ("2025年", "on", "2025-01-01", "2025-12-31")
    ]
    assert _found("從一季度CPI和進出口數據看", "2014-05-20") == [("一季度", "on", "2014-01-01", "2014-03-31")]
    assert _found("从去年县委巡察说起。", "2021-07-21") == [("去年", "on", "2020-01-01", "2020-12-31")]
    assert _found("从2023年3月起实施,对照看齐。", "2024-01-05") == [
        ("从2023年3月起", "since", "2023-03-01", "2024-01-05")
    ]


def test_this_annual_report_names_itself() -> None:
    # 本年度报告 is "this annual report" (政务公开年度报告 open so: set AT, 1919); 本年度 before other words is the year.
    assert _found("本年度报告根据《条例》编制。", "2025-01-20") == []
    assert _found("本年度共办理申请12件。", "2025-01-20") == [("本年度", "on", "2025-01-01", "2025-12-31")]


def test_a_chinese_year_typed_with_zeros() -> None:
    # 二00八年: the digit 0 typed for 〇 in a Chinese year (set AQ, 1777); a 一 or 二 first and a 0 among the rest.
    assert _found("二00八年初成立,自二00三年至今。", None) == [
        ("二00八年初", "on", "2008-01-01", "2008-01-01"),
        ("自二00三年至今", "since", "2003-01-01", None),
    ]
    assert _found("共有二00八个", None) == []


def test_the_years_main_goal_is_no_period() -> None:
    # 全年 before the year's goal with words between (主要经营目标): the goal, as 全年经营目标 (set AQ, 1768).
    assert _found("确保全年主要经营目标实现“双过半”。", "2022-04-20") == []
    assert _found("完成全年任务的60%。", "2022-04-20") == [("全年", "on", "2022-01-01", "2022-12-31")]


def test_aims_after_a_reported_quarter_leave_it_reported() -> None:
    # Words of aim in a later clause (确保…) do not make the quarter a meeting reports a plan's: its year carries into
    # the next paragraph of an undated page (set AQ, 1772); a plan word before the date still does.
    text = "4月18日,集团召开2025年第一季度经营分析会,确保全面完成各项目标。\n会上通报了第一季度经营情况。"
    assert _found(text, None)[-1] == ("第一季度", "on", "2025-01-01", "2025-03-31")
    planned = "计划2026年第一季度投产,确保完成。\n会上通报了第一季度经营情况。"
    assert _found(planned, None)[-1][2] is None


def test_a_year_that_lost_its_nian_before_its_month() -> None:
    # 20249月至11月, 20231月1日: four digits 19xx or 20xx glued to a month and 月 (sets AS and AR, 1876, 1812).
    assert _found("20249月至11月,县委巡察组进驻。", None) == [
        ("20249月至11月", "range", "2024-09-01", "2024-11-30")
    ]
    assert _found("自20231月1日起至202312月31日止", None) == [
        ("自20231月1日起至202312月31日止", "range", "2023-01-01", "2023-12-31")
    ]
    assert _found("截至201911月底", None) == [("截至201911月底", "until", None, "2019-11-30")]
    # not five digits before 月, nor a month that is no month
    assert _found("共120249月", None) == []
    assert _found("201913月", None) == []


def test_a_copyrights_years() -> None:
    # A page footer's copyright years are a year or a range of years, as the conventions annotate them (080, 664,
    # 1079; set AR, 1809); a year without 年 elsewhere stays unread.
    assert _found("Copyright © 2025 北京某某公司", None) == [("2025", "on", "2025-01-01", "2025-12-31")]
    assert _found("版权所有 ©2003 - 2025 某某网", None) == [
        ("2003 - 2025", "range", "2003-01-01", "2025-12-31")
    ]
    assert _found("共2025 家", None) == []


def test_from_a_date_before_a_figure_or_a_document_is_the_date() -> None:
    # 从DATE + a figure (从2018年55元提高至69元, set AR 1805) or a document's title (从1996年《职业教育法》…, 1835):
    # the date of the figure or the document, as 从2006年的16.2亿元 (set K).
    assert _found("补助标准从2018年55元提高至69元。", "2020-06-08") == [
        ("从2018年", "on", "2018-01-01", "2018-12-31")
    ]
    assert _found("从1996年《职业教育法》的安排看。", "2015-09-24") == [
        ("从1996年", "on", "1996-01-01", "1996-12-31")
    ]


def test_a_fiscal_year_split_over_two_without_the_word_fiscal() -> None:
    # 二零一九至二零年度, 2020-21年度 (set AZ, 2122; 1315): a fiscal year over two calendar years, as 财政年度 is
    assert _found("二零一九至二零年度的预算", None) == [
        ("二零一九至二零年度", "range", "2019-01-01", "2020-12-31")
    ]
    assert _found("2020-21年度", None) == [("2020-21年度", "range", "2020-01-01", "2021-12-31")]
    assert _found("2019至21年度", None) == []  # not two years in a row


def test_a_year_that_lost_its_nian_before_its_half() -> None:
    # 2023上半年 (set AY, 2087), as 20249月
    assert _found("2023上半年,全乡完成", None) == [("2023上半年", "on", "2023-01-01", "2023-06-30")]


def test_a_news_reports_day_after_the_body_that_acted() -> None:
    # 国资委19日发布, 最高人民法院15日在京发布 (sets AQ, AT: 1763, 1899): the reference month's day, as a dateline's
    # day is; a count of days before the verb (连续3日, 历时19日) is none.
    assert _found("國資委19日發佈的統計顯示", "2010-08-20") == [("19日", "on", "2010-08-19", "2010-08-19")]
    assert _found("最高人民法院15日在京发布白皮书", "2016-03-16") == [
        ("15日", "on", "2016-03-15", "2016-03-15")
    ]
    assert _found("历时19日发布", "2023-06-13") == []
    assert _found("展会连续3日举行", "2023-06-13") == []
    # after a group or a centre, before 对外发布 (set BW: 3041)
    assert _found("集团公司12日对外发布社会责任报告", "2012-06-14") == [
        ("12日", "on", "2012-06-12", "2012-06-12")
    ]
    assert _found("服务中心5日发布公告", "2012-06-14") == [("5日", "on", "2012-06-05", "2012-06-05")]


def test_a_news_leads_today_with_its_day_in_brackets() -> None:
    # 今（18）日上午, 昨(17)日 (set AV: 1972, 1973, 1975, 2144): the bracketed number is the day, in the reference
    # month (the month before when the day is still to come in it), as a lone day at a clause start is.
    assert _found("今（18）日上午，县委召开会议", "2025-12-18") == [
        ("今（18）日", "on", "2025-12-18", "2025-12-18")
    ]
    assert _found("昨(17)日，巡察组进驻", "2025-12-18") == [("昨(17)日", "on", "2025-12-17", "2025-12-17")]
    assert _found("昨（30）日，巡察组进驻", "2025-12-01") == [
        ("昨（30）日", "on", "2025-11-30", "2025-11-30")
    ]
    assert _found("今（18）时", "2025-12-18") == []  # an hour is no day


def test_a_rankings_move_forward_is_no_before() -> None:
    # 较上年前进137位, 較上年前移6名 (set BF: 2397, 2374): 前进 and 前移 with a number move a rank; the year is
    # the one compared with. 年底前进一步完善 is still before the year's end.
    assert _found("在全国排第289名,较上年前进137位", "2024-01-30") == [
        ("上年", "on", "2023-01-01", "2023-12-31")
    ]
    assert _found("位列第291名,較上年前移6名", "2024-01-30") == [("上年", "on", "2023-01-01", "2023-12-31")]
    assert _found("年底前进一步完善制度", "2024-01-30") == [("年底前", "before", None, "2024-12-31")]


def test_the_same_period_is_not_a_period_still_to_come() -> None:
    # 上年同期 after a caption's plan (set BC: 2259): the period reported on is the quarter, not 2023年9月
    text = "一季度经济数据\n工程预计2023年9月建成通车。\n实现生产总值3968.42亿元,比上年同期增长6.9%。"
    assert _found(text, "2022-04-28") == [
        ("一季度", "on", "2022-01-01", "2022-03-31"),
        ("2023年9月", "on", "2023-09-01", "2023-09-30"),
        ("上年同期", "on", "2021-01-01", "2021-03-31"),
    ]


def test_a_month_and_day_after_a_list_numbers_dot() -> None:
    # 1.11月21日7时30分 (set BG: 2428), a brief's run-in list: the date after the item's number, as 1.2023年 is a
    # year; a decimal before 月 alone (1.5月) and a two-digit number's point (12.3月5日) stay no date
    assert _found("上周发生重大事故2起。 1.11月21日7时30分,某县", "2007-11-26") == [
        ("上周", "on", "2007-11-19", "2007-11-25"),  # (the week before the reference's, Monday to Sunday)
        ("11月21日", "on", "2007-11-21", "2007-11-21"),
    ]
    assert _found("工期增加1.5月,完成", "2007-11-26") == []
    assert _found("12.3月5日", "2007-11-26") == []


def test_a_schedules_item_number_before_a_month_and_day_is_a_marker() -> None:
    # 1.9月28日(星期日)正常上课, 3.10月8日-10月22日 (set CH: 3513, 3488): the dot ends the item's number, as before
    # 1.2023年; a decimal before 月 alone (1.5月) is no marker
    assert heading_at("1.9月28日(星期日)正常上课") == HeadingMatch(parse_marker("1."), 0, 2)
    assert heading_at("3.10月8日-10月22日,各部门填报") == HeadingMatch(parse_marker("3."), 0, 2)
    assert heading_at("1.5月完成") is None
    # or a part of the month (1.9月上旬, 2.6月底前: set CT, 3969)
    assert heading_at("1.9月上旬,自治区财政厅转贷") == HeadingMatch(parse_marker("1."), 0, 2)
    assert _found("1.9月上旬,财政厅转贷", "2024-10-01") == [("9月上旬", "on", "2024-09-01", "2024-09-10")]


def test_the_half_year_of_an_interim_report() -> None:
    # 2022年半年度工作总结 (set BD: 2312): the first half of the year before it; 半年度 alone names no year's
    assert _found("某街道2022年半年度工作总结", None) == [("2022年半年度", "on", "2022-01-01", "2022-06-30")]
    assert _found("半年度工作总结", "2022-07-20") == []


def test_a_day_alone_after_a_prefix_of_an_end() -> None:
    # 截至6日, 到25日, 至24日 at a clause start (sets AD, BG: 1195, 2428): until that day of the paragraph's month,
    # else the reference month, as a day alone is read
    assert _found("11月22日发生山体崩塌。到25日,现场已找到27名遇难者", "2007-11-26") == [
        ("11月22日", "on", "2007-11-22", "2007-11-22"),
        ("到25日", "until", None, "2007-11-25"),
    ]
    assert _found("截至6日,督察组转交办件", "2022-04-07") == [("截至6日", "until", None, "2022-04-06")]
    assert _found("甚至25日,", "2022-04-07") == []


def test_unix_time_zero_is_an_empty_date_field() -> None:
    # 来自 国内 1970-01-01 08:00 的文章 (sets BK, E: 2587, 794): an aggregator's placeholder, no date, and no year
    # for the year-less date after it; 1970年1月1日 in words is read
    assert _found("来自 国内 1970-01-01 08:00 的文章\n周六(1月11日),中央纪委", None) == [
        ("1月11日", "on", None, None)
    ]
    assert _found("1970年1月1日", None) == [("1970年1月1日", "on", "1970-01-01", "1970-01-01")]
    # only a date written in digits is the placeholder: an offset that lands on that day is that day (Hypothesis
    # found 10个月后 from 1969-03-01)
    assert _found("10个月后", "1969-03-01") == [("10个月后", "on", "1970-01-01", "1970-01-01")]
    # nor another shape of the day (Hypothesis found 1970 1 1 on a line of its own)
    assert _found("巡察组\n1970 1 1\n", None) == [("1970 1 1", "on", "1970-01-01", "1970-01-01")]


def test_a_news_reports_day_after_any_body_or_person() -> None:
    # 负责人22日表示, 某市28日举行, 督察组1日对…公开, 记者10日从某部了解到 (twelfth session: 2754, 2267, 3216, 2644):
    # wire copy puts the day after whoever acted, before a verb of announcing, meeting, acting or travelling
    assert _found("国务院国资委负责人22日表示，上半年", "2010-07-26") == [
        ("22日", "on", "2010-07-22", "2010-07-22"),
        ("上半年", "on", "2010-01-01", "2010-06-30"),
    ]
    assert _found("某市28日举行新闻发布会", "2022-03-02") == [("28日", "on", "2022-02-28", "2022-02-28")]
    assert _found("督察组1日对首批典型案例集中公开", "2023-12-05") == [
        ("1日", "on", "2023-12-01", "2023-12-01")
    ]
    assert _found("这是记者10日从某某部了解到的", "2013-07-11") == [
        ("10日", "on", "2013-07-10", "2013-07-10")
    ]
    # the days of a list before the verb (11日、12日赴…), a day before a time of the day (7日清晨, 13日当天)
    assert _found("巡察团 11日、12日赴东屿巡察", "2020-06-13") == [
        ("11日", "on", "2020-06-11", "2020-06-11"),
        ("12日", "on", "2020-06-12", "2020-06-12"),
    ]
    assert _found("校园里涌动着热潮。7日清晨的图书馆广场上", "2022-01-13") == [
        ("7日", "on", "2022-01-07", "2022-01-07")
    ]
    # after 于, and the next day of its list (将于21日、22日陆续公布); a count of days after 于 (于3日内) is none;
    # 在此间闭幕 (set AQ: 1056)
    assert _found("其余单位将于21日、22日陆续公布", "2021-04-21") == [
        ("21日", "on", "2021-04-21", "2021-04-21"),
        ("22日", "on", "2021-04-22", "2021-04-22"),
    ]
    assert _found("请于3日内报送", "2021-04-21") == []
    assert _found("推进会22日在此间闭幕", "2013-07-29") == [("22日", "on", "2013-07-22", "2013-07-22")]
    # 前往 is a verb (goes there on the 12th), not 12日前 (before the 12th)
    assert _found("预定12日前往东屿", "2020-06-13") == [("12日", "on", "2020-06-12", "2020-06-12")]


def test_a_news_items_bullet_opens_a_clause() -> None:
    # ◆3日上午，… (set CK: 3601): a day alone after an item's bullet, as at a clause start
    assert _found("◆3日上午，临河镇召开部署会", "2018-07-26") == [("3日", "on", "2018-07-03", "2018-07-03")]
    assert _found("● 5日，镇党委召开会议", "2018-07-26") == [("5日", "on", "2018-07-05", "2018-07-05")]


def test_a_weekday_and_a_time_of_day_before_a_suffix_or_a_connector() -> None:
    # 9月28日(星期日)前, 1月18日(星期三)至2月16日, 10月8日(星期三)18:00前, 2026年1月22日下午5点前 (set CH: 3513,
    # 3518, 3517): the weekday and the hour between a day and its suffix or range do not part them
    assert _found("于9月28日(星期日)前报送", "2025-09-20") == [
        ("9月28日(星期日)前", "before", None, "2025-09-28")
    ]
    assert _found("教职工于1月18日（星期三）至2月16日放假", "2023-01-10") == [
        ("1月18日（星期三）至2月16日", "range", "2023-01-18", "2023-02-16")
    ]
    assert _found("10月8日(星期三)18:00前返校", "2025-09-20") == [
        ("10月8日(星期三)18:00前", "before", None, "2025-10-08")
    ]
    assert _found("于2026年1月22日下午5点前报送", None) == [
        ("2026年1月22日下午5点前", "before", None, "2026-01-22")
    ]
    # the end of the working day before 前 (set CL: 3648, 3650), and an opening hour before a range's connector
    # (11月18日(星期四)8:00—11月27日, set CL: 3659)
    assert _found("请于4月15日上午下班前报送", "2011-04-01") == [
        ("4月15日上午下班前", "before", None, "2011-04-15")
    ]
    assert _found("11月18日(星期四)8:00—11月27日(星期六)17:00", "2021-11-01") == [
        ("11月18日(星期四)8:00—11月27日", "range", "2021-11-18", "2021-11-27")
    ]
    # a day alone keeps its span: the weekday is read over only before a suffix or a connector
    assert _found("9月28日(星期日)正常上课", "2025-09-20") == [("9月28日", "on", "2025-09-28", "2025-09-28")]
    assert _found("9月30日上午8:00召开", "2025-09-20") == [("9月30日", "on", "2025-09-30", "2025-09-30")]


def test_a_quarter_set_apart_by_spaces() -> None:
    # 2024 年第 3 季度, 2024 年 3 季度 (set CG: 3456, 3457, 3458): a report's cover spaces every number
    assert _found("某某财险 2024 年第 3 季度偿付能力报告", None) == [
        ("2024 年第 3 季度", "on", "2024-07-01", "2024-09-30")
    ]
    assert _found("2024 年 3 季度", None) == [("2024 年 3 季度", "on", "2024-07-01", "2024-09-30")]
    assert _found("今年前 3 季度", "2024-12-01") == [("今年前 3 季度", "on", "2024-01-01", "2024-09-30")]
    assert _found("第 4 季度末", "2024-12-01") == [("第 4 季度末", "on", "2024-12-31", "2024-12-31")]


def test_a_quarterly_reports_own_quarter_in_its_title() -> None:
    # 2024 年第 4 季度偿付能力季度报告 published in January (set CG: 3458, 3459): its 本季度, 上季度 and 下季度 count
    # from the quarter its first line names, not from the reference date's
    text = "某某财险 2024 年第 4 季度偿付能力季度报告摘要\n项目 本季度数 上季度数\n预计下季度末综合偿付能力充足率"
    assert _found(text, "2025-01-24") == [
        ("2024 年第 4 季度", "on", "2024-10-01", "2024-12-31"),
        ("本季度", "on", "2024-10-01", "2024-12-31"),
        ("上季度", "on", "2024-07-01", "2024-09-30"),
        ("下季度末", "on", "2025-03-31", "2025-03-31"),
    ]
    # a quarter named in the body (a news report's 一季度) is no title's: 本季度 is the reference date's
    assert _found("县统计局发布。\n一季度全县生产总值增长5%，本季度以来持续向好", "2024-05-10") == [
        ("一季度", "on", "2024-01-01", "2024-03-31"),
        ("本季度以来", "since", "2024-04-01", "2024-05-10"),
    ]


def test_a_season_after_a_year_before_a_noun_names_a_thing_of_that_year() -> None:
    # 2018年夏季攻势, 2018年春季学生收费, 今年夏季汛期 (sets CC, CD, BN: 3227, 3353, 3248, 487): a campaign, a term or an
    # intake of the year, whose date is the year, as every writer read it; where the phrase ends at the season
    # (2023年夏季，…; 2023年秋季以来) the season is the period
    assert _found("全县开展2018年夏季攻势行动", None) == [("2018年", "on", "2018-01-01", "2018-12-31")]
    assert _found("今年夏季汛期", "2023-08-01") == [("今年", "on", "2023-01-01", "2023-12-31")]
    assert _found("2020-2021年秋冬季大气污染综合治理", None) == [
        ("2020-2021年", "range", "2020-01-01", "2021-12-31")
    ]
    assert _found("2023年夏季，气温偏高", None) == [("2023年夏季", "on", "2023-06-01", "2023-08-31")]
    assert _found("2023年秋冬季以来", "2024-01-10") == [
        ("2023年秋冬季以来", "since", "2023-09-01", "2024-01-10")
    ]


def test_a_range_with_the_start_of_what_it_spans_between_its_ends() -> None:
    # 2026年2月开学至2026年7月, 自3月4日启动至4月16日结束, 1月28日〔农历除夕〕至2月4日 (sets CF, CH: 3434, 3502, 3503,
    # 3497): a verb of starting, or a bracketed aside, between a range's start and its 至 leaves one range
    assert _found("2026年2月开学至2026年7月放假", None) == [
        ("2026年2月开学至2026年7月", "range", "2026-02-01", "2026-07-31")
    ]
    assert _found("自3月4日启动至4月16日结束", "2024-05-01") == [
        ("自3月4日启动至4月16日", "range", "2024-03-04", "2024-04-16")
    ]
    assert _found("1月28日〔农历除夕〕至2月4日放假", "2025-01-10") == [
        ("1月28日〔农历除夕〕至2月4日", "range", "2025-01-28", "2025-02-04")
    ]
    assert _found("8月31日（含）前出生", "2025-06-01") == [("8月31日（含）前", "before", None, "2025-08-31")]
    # a start and an end each with its own verb stay two dates (5月中旬进驻,6月下旬结束)
    assert _found("5月中旬进驻,6月下旬结束", "2020-04-01") == [
        ("5月中旬", "on", "2020-05-11", "2020-05-20"),
        ("6月下旬", "on", "2020-06-21", "2020-06-30"),
    ]


def test_a_holiday_after_a_year_before_a_noun_names_a_thing_of_that_year() -> None:
    # 关于2014年春节假期门诊安排的通知, 2019年元旦春节期间, 2025年国庆、中秋假期 (sets CM, CH, BJ: 3680, 3684, 2761,
    # 3513): the season of that year's holiday, whose date is the year, as every writer read it; where the phrase
    # ends or a suffix follows, the holiday is its day (2024年春节前, 2018年清明，…, 2024年中秋、国庆前后)
    assert _found("关于2014年春节假期门诊安排的通知", None) == [("2014年", "on", "2014-01-01", "2014-12-31")]
    assert _found("2019年元旦春节期间", None) == [("2019年", "on", "2019-01-01", "2019-12-31")]
    assert _found("2025年国庆、中秋假期安排", None) == [("2025年", "on", "2025-01-01", "2025-12-31")]
    assert _found("2024年春节前完成", None) == [("2024年春节前", "before", None, "2024-02-09")]
    assert _found("2018年清明，", None) == [("2018年清明", "on", "2018-04-05", "2018-04-05")]
    assert _found("2024年中秋、国庆前后", None) == [
        ("2024年中秋、国庆前后", "range", "2024-09-17", "2024-10-01")
    ]


def test_a_dash_typed_as_yi_or_as_a_horizontal_bar() -> None:
    # 5月28日一6月3日 (set CO: 3768, 一 typed for the dash between two days); 2021―2030年 (sets CO, CP: 3776, 3810,
    # the horizontal bar a GBK page decodes to, folded to the dash)
    assert _found("禁烧时间为5月28日一6月3日", "2021-05-01") == [
        ("5月28日一6月3日", "range", "2021-05-28", "2021-06-03")
    ]
    assert _found("规划(2021―2030年)", None) == [("2021―2030年", "range", "2021-01-01", "2030-12-31")]
    assert _found("6月3日一个月内完成", "2021-05-01") == [("6月3日", "on", "2021-06-03", "2021-06-03")]


def test_from_today_on_in_a_headline() -> None:
    # 今起实施, 今日起 (sets AZ, CO: 1272, 3786): since the reference date, as 即日起; not the 今 of 至今 or 如今
    assert _found("新规今起实施", "2014-10-09") == [("今起", "since", "2014-10-09", "2014-10-09")]
    assert _found("今日起至10月31日", "2014-10-09") == [
        ("今日起至10月31日", "range", "2014-10-09", "2014-10-31")
    ]
    assert _found("制度至今起到了作用", "2014-10-09") == [("至今", "until", None, "2014-10-09")]
    assert _found("如今起步", "2014-10-09") == []


def test_a_lone_day_at_a_clause_start_before_qi_or_a_range() -> None:
    # (记者某某)13日起至19日, 20日起 (sets CM, AY: 3701, 2003): a day alone at a clause start before 起 or a range's
    # connector and a day, in the reference month; a count of days (30日至60日内) is none
    assert _found("本报北京10月13日电 (记者某某)13日起至19日,全国", "2013-10-14") == [
        ("10月13日", "on", "2013-10-13", "2013-10-13"),
        ("13日起至19日", "range", "2013-10-13", "2013-10-19"),
    ]
    assert _found("。5日起施行", "2013-10-14") == [("5日起", "since", "2013-10-05", "2013-10-14")]
    assert _found("。30日至60日内完成", "2013-10-14") == []


def test_a_lone_day_that_something_starts_on_is_still_to_come() -> None:
    # 從10日開始, 12日起 on the 9th or the 7th (sets CO, AT: 3786, 1581): announced, in the reference month; a day
    # reported alone later than the reference day is the previous month's (26日，召开… on the 9th)
    assert _found("督查组从10日开始,分组抽查", "2014-10-09") == [("从10日开始", "since", "2014-10-10", None)]
    assert _found("。26日，召开推进会", "2014-10-09") == [("26日", "on", "2014-09-26", "2014-09-26")]


def test_a_chinese_year_typed_with_the_letter_o() -> None:
    # 二OO八年一月七日 (set CL: 3654, a signature typed with the letter O for 〇), as 二00八年 with the digit 0
    assert _found("二OO八年一月七日", None) == [("二OO八年一月七日", "on", "2008-01-07", "2008-01-07")]
    assert _found("COO八年", None) == []


def test_a_news_photos_day_and_an_attachments_year() -> None:
    # 圖為24日，… (set CQ: 3866, a news photo's caption): the day of the reference month; 附件12023年扶持… (set CN:
    # 3741): the attachment's number glued before the year, as 图12017年
    assert _found("圖為24日，浙江一家食品企業", "2025-09-28") == [("24日", "on", "2025-09-24", "2025-09-24")]
    assert _found("附件12023年扶持村级集体经济", None) == [("2023年", "on", "2023-01-01", "2023-12-31")]
    assert _found("文件12023年", None) == []


def test_every_day_of_a_list_after_a_months_day() -> None:
    # 9月20日、21日、27日、28日四天, 10月11日、12日兩天 (set CL: 3653): each day of the list, in the month of the
    # first; the list may end with the count of its days
    assert _found("报名时间为9月20日、21日、27日、28日四天,", "2008-09-15") == [
        ("9月20日", "on", "2008-09-20", "2008-09-20"),
        ("21日", "on", "2008-09-21", "2008-09-21"),
        ("27日", "on", "2008-09-27", "2008-09-27"),
        ("28日", "on", "2008-09-28", "2008-09-28"),
    ]
    assert _found("共3日、5日内", "2008-09-15") == []


def test_a_reports_own_year_in_its_title() -> None:
    # 2024年…政府信息公开工作年度报告 published in 2025 (set CR: 3903, 3905; 2640, 3459): its 本年 and 本年度 are the
    # year its first line names, as a quarterly report's 本季度 is its quarter; with no year there, the reference's
    text = "某街道办事处2024年政府信息公开工作年度报告\n本年度共收到政府信息公开申请0件。"
    assert _found(text, "2025-01-20") == [
        ("2024年", "on", "2024-01-01", "2024-12-31"),
        ("本年度", "on", "2024-01-01", "2024-12-31"),
    ]
    assert _found("某街道工作报告\n本年度共收到申请0件。", "2025-01-20") == [
        ("本年度", "on", "2025-01-01", "2025-12-31")
    ]


def test_a_reports_own_year_or_month_in_a_title_after_chrome() -> None:
    # 某市统计局2022年度政府信息公开工作报告 under a site's greeting (set CR: 3888); a monthly table's 本月 under
    # its title's month (2811, 2270): the title is a short line with no sentence's marks
    text = "您好,欢迎访问某市统计局!\n\n某市统计局2022年度政府信息公开工作报告\n\n本年共收到申请3件。"
    assert _found(text, "2023-01-13")[-1] == ("本年", "on", "2022-01-01", "2022-12-31")
    text = "某省2020年3月旅游接待情况\n本月共接待游客120万人次。"
    assert _found(text, "2020-04-20")[-1] == ("本月", "on", "2020-03-01", "2020-03-31")
    # a sentence naming a year is no title: 本月 stays the reference's
    text = "各单位:\n2020年3月，全省接待游客120万人次，本月起恢复开放。"
    assert _found(text, "2020-04-20")[-1] == ("本月起", "since", "2020-04-01", "2020-04-20")


def test_a_relative_year_names_no_reports_year() -> None:
    # (the title's year must be written: 前年 at a text's start tells 本年 nothing)
    assert _found("前年完成，本年继续", "2023-12-25") == [
        ("前年", "on", "2021-01-01", "2021-12-31"),
        ("本年", "on", "2023-01-01", "2023-12-31"),
    ]


def test_a_year_named_by_the_republics_calendar() -> None:
    # 民國 103 年 3 月, 民國87年, 民國三十六年 (sets CS, CK: 3954, 3619): the Republic of China's calendar, named (year
    # 1 is 1912), in digits or Chinese numerals, spaced or not; 人民国家 is no year
    assert _found("審計部民國 103 年 3 月報告", None) == [
        ("民國 103 年 3 月", "on", "2014-03-01", "2014-03-31")
    ]
    assert _found("民國87年", None) == [("民國87年", "on", "1998-01-01", "1998-12-31")]
    assert _found("民国三十六年", None) == [("民国三十六年", "on", "1947-01-01", "1947-12-31")]
    assert _found("民国元年", None) == [("民国元年", "on", "1912-01-01", "1912-12-31")]
    assert _found("人民国家", None) == []
    assert extract_quantities("民國 103 年 3 月") == []


def test_a_chronicles_day_only_entries_under_its_months_heading() -> None:
    # 二〇二二年一月某区大事记, then "  6日  区第三届人大常委会…" (set CK: 3614, 3615): a day alone at a line start
    # before its entry's words is a day of the month the heading names, whatever the page's date
    text = "首页 > 某区大事记\n\n二〇二二年一月某区大事记\n\n  6日  区人大常委会召开会议。\n\n  9日  举行推介会。"
    assert _found(text, "2022-03-29") == [
        ("二〇二二年一月", "on", "2022-01-01", "2022-01-31"),
        ("6日", "on", "2022-01-06", "2022-01-06"),
        ("9日", "on", "2022-01-09", "2022-01-09"),
    ]
