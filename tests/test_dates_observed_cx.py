"""Classes of date found in sets CX–DO of the observed corpus (the thirteenth session: rectification texts,
announcements and schedules, township summaries, local news, statistics, party-building texts), each written as
new sentences rather than copied from a passage.

Each row is a text, its reference date (None: an undated page) and every period it should yield as
(text, relation, first day, last day), with None for a bound the text leaves open or unknown.
"""

from __future__ import annotations

import pytest

from _dates_read import Read, Row, read_periods_on, table_params

TEXT_YEAR: list[Row] = [
    # A span since a part of a written year is no year the text is about: 全年 and 上年 stay the bulletin's.
    (
        "2019年某县统计公报\n2019年,全县扭转了2018年第四季度以来增速放缓的局面。\n一、综合\n全年生产总值增长5.8%,比上年加快。",
        None,
        [
            ("2019年", "on", "2019-01-01", "2019-12-31"),
            ("2019年", "on", "2019-01-01", "2019-12-31"),
            ("2018年第四季度以来", "since", "2018-10-01", None),
            ("全年", "on", "2019-01-01", "2019-12-31"),
            ("上年", "on", "2018-01-01", "2018-12-31"),
        ],
    ),
    # A whole written year since which the text reports stays the year it is about.
    (
        "2024年以来,全区新建公园3个。\n上半年,全区植树1.2万株。",
        "2024-07-20",
        [
            ("2024年以来", "since", "2024-01-01", "2024-07-20"),
            ("上半年", "on", "2024-01-01", "2024-06-30"),
        ],
    ),
]

COMPARED_MONTHS: list[Row] = [
    # 比上月, 较上月, 低于上月 after a month of the paragraph: the month before the one the figures are of.
    (
        "7月份,居民消费价格同比上涨5.4%。从环比看,比上月上涨0.9%。",
        "2007-08-14",
        [("7月份", "on", "2007-07-01", "2007-07-31"), ("上月", "on", "2007-06-01", "2007-06-30")],
    ),
    (
        "2017年6月份,制造业PMI为51.6%,比上月上升0.4个百分点;中型企业低于上月0.7个百分点,小型企业比上月回落。",
        "2017-06-30",
        [
            ("2017年6月份", "on", "2017-06-01", "2017-06-30"),
            ("上月", "on", "2017-05-01", "2017-05-31"),
            ("上月", "on", "2017-05-01", "2017-05-31"),
            ("上月", "on", "2017-05-01", "2017-05-31"),
        ],
    ),
    # 上月 alone counts from the reference date; in a report whose title names its month, from that month.
    ("上月全区新增企业12家。", "2023-03-05", [("上月", "on", "2023-02-01", "2023-02-28")]),
    (
        "2018年4月热线办理情况通报\n本月受理诉求1200件,上月为1100件。",
        "2018-05-20",
        [
            ("2018年4月", "on", "2018-04-01", "2018-04-30"),
            ("本月", "on", "2018-04-01", "2018-04-30"),
            ("上月", "on", "2018-03-01", "2018-03-31"),
        ],
    ),
]


NEWS_DAYS: list[Row] = [
    # A day announced (将于, 定于) is still to come in the reference month, not a report of last month's.
    ("全国政协会议将于4日下午3时开幕。", "2022-03-03", [("4日", "on", "2022-03-04", "2022-03-04")]),
    ("市人大常委会定于15日召开会议。", "2023-06-12", [("15日", "on", "2023-06-15", "2023-06-15")]),
    # A report's day before 联合下发 (two bodies acted together), as before 发布 or 召开.
    ("省监察厅、省卫生厅4日联合下发文件。", "2003-12-07", [("4日", "on", "2003-12-04", "2003-12-04")]),
]


WEEKS: list[Row] = [
    # 本周, 上周, 下周: Monday to Sunday, counted from the reference's week (2022-08-22 is a Monday).
    (
        "上周全县办结诉求120件,本周继续推进,下一周开展回访。",
        "2022-08-22",
        [
            ("上周", "on", "2022-08-15", "2022-08-21"),
            ("本周", "on", "2022-08-22", "2022-08-28"),
            ("下一周", "on", "2022-08-29", "2022-09-04"),
        ],
    ),
    ("上週豬肉價格回落。", "2008-04-16", [("上週", "on", "2008-04-07", "2008-04-13")]),
    ("本周内完成整改。", "2024-03-06", [("本周内", "before", None, "2024-03-10")]),
    # A weekday of a week is its day (2024-10-24 is a Thursday); before a date, 本周日 is no range's start.
    (
        "会议定于下周三召开,本周五前上报。",
        "2024-10-24",
        [("下周三", "on", "2024-10-30", "2024-10-30"), ("本周五前", "before", None, "2024-10-25")],
    ),
    ("本周日3月13日起实行。", "2016-03-10", [("3月13日起", "since", "2016-03-13", None)]),
    # Not a week: its weekend, an anniversary, a cycle; a weekly schedule's weeks.
    ("上周末开展检修,建党100周年,本周期内。", "2024-03-06", []),
    ("每周五梳理下周工作;每周一通报上周清单完成情况,研究本周清单。", "2015-08-26", []),
    # The week of a circular named “每周通报” is its own.
    ("发布第三次“每周通报”,本周共通报76起。", "2016-05-26", [("本周", "on", "2016-05-23", "2016-05-29")]),
    # Without a reference a week fixes no day.
    ("上周全县办结诉求120件。", None, [("上周", "on", None, None)]),
]


SPANS: list[Row] = [
    # 从…持续到…, 从…延续到…: one range, as 从…至….
    (
        "义诊从8月28日延续到9月1日,复查从9月4日持续到9月22日。",
        "2023-10-20",
        [
            ("从8月28日延续到9月1日", "range", "2023-08-28", "2023-09-01"),
            ("从9月4日持续到9月22日", "range", "2023-09-04", "2023-09-22"),
        ],
    ),
    # An academic year after a list number's dot, as a year is (1.2023年…): no decimal runs on to 学年.
    (
        "1.2023-2024学年教学周共计40周。\n2.2023-2024学年第一学期注册。",
        "2023-08-20",
        [
            ("2023-2024学年", "range", "2023-01-01", "2024-12-31"),
            ("2023-2024学年", "range", "2023-01-01", "2024-12-31"),
        ],
    ),
    ("单价1.2023-2024元", "2023-08-20", []),
    # A holiday roster's days of the lunar new year: 年三十 is the eve, 初二 … 初十 the days after the festival's.
    (
        "除夕至初六放假,年三十至初三休息,初四起恢复门诊,正月初七上班。",
        "2023-01-10",
        [
            ("除夕至初六", "range", "2023-01-21", "2023-01-27"),
            ("年三十至初三", "range", "2023-01-21", "2023-01-24"),
            ("初四起", "since", "2023-01-25", None),
            ("正月初七", "on", "2023-01-28", "2023-01-28"),
        ],
    ),
    # In brackets after the days it names, a festival's name is a gloss of them; alone, 初三 is a school's grade.
    (
        "2月3日~4日(初四至初五)门诊照常,2月4日(正月初七)上班。初三学生返校。",
        "2013-12-27",
        [
            ("2月3日~4日", "range", "2013-02-03", "2013-02-04"),
            ("2月4日", "on", "2013-02-04", "2013-02-04"),
        ],
    ),
    # 首季 is a report's first quarter, as 首季度; 2025年Q2 a quarter in Latin notation.
    (
        "今年首季经济运行平稳,2025年Q2完成项目验收。",
        "2025-05-01",
        [("今年首季", "on", "2025-01-01", "2025-03-31"), ("2025年Q2", "on", "2025-04-01", "2025-06-30")],
    ),
    # 到 a written year: by its end, a deadline (met or ahead); 到 a year's end may close a span counted to it.
    (
        "到2017年,首轮督察已实现全覆盖。到2013年末,全国从事农业的人员减少。",
        "2024-05-01",
        [("到2017年", "before", None, "2017-12-31"), ("到2013年末", "until", None, "2013-12-31")],
    ),
    # A plan's 到 after 明确 or 展望 is its target's, as after 力争.
    (
        "纲要明确了到2025年地区生产总值突破600亿元,展望到2035年。",
        "2021-06-01",
        [("到2025年", "before", None, "2025-12-31"), ("到2035年", "before", None, "2035-12-31")],
    ),
]


_TABLES: dict[str, list[Row]] = {
    "the year a text is about": TEXT_YEAR,
    "months compared with": COMPARED_MONTHS,
    "news days": NEWS_DAYS,
    "weeks": WEEKS,
    "spans": SPANS,
}


@pytest.mark.parametrize(("text", "reference", "expected"), table_params(_TABLES))
def test_the_periods_of_sets_cx_to_do(text: str, reference: str | None, expected: list[Read]) -> None:
    assert read_periods_on(text, reference) == expected
