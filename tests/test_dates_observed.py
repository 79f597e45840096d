"""Regression tests for the forms real published pages showed (issue 9's observed corpus), one class each.

The sentences are written for these tests, not taken from the corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest

from _dates_read import Read, read_periods
from xuncha import extract_periods
from xuncha.dates import scan_periods

REFERENCE = dt.date(2024, 4, 20)


def _read(text: str, reference: dt.date | None = REFERENCE) -> list[Read]:
    return read_periods(text, reference)


def test_bulletin_words_take_the_year_the_text_is_about_across_paragraphs() -> None:
    text = "2021年,全区经济稳中有进。\n一、农业\n全年粮食产量4.2万吨,比上年增长3%。年末耕地面积比上年末减少0.1万亩。"
    assert _read(text, reference=None) == [
        ("2021年", "on", "2021-01-01", "2021-12-31"),
        ("全年", "on", "2021-01-01", "2021-12-31"),
        ("上年", "on", "2020-01-01", "2020-12-31"),
        ("年末", "on", "2021-12-31", "2021-12-31"),
        ("上年末", "on", "2020-12-31", "2020-12-31"),
    ]


def test_bulletin_words_with_a_reference_still_follow_the_texts_year() -> None:
    # A bulletin about 2022 published in 2024: 上年 is 2021, not the year before the publication.
    text = "2022年全市经济运行平稳。\n地区生产总值比上年增长4.1%,全年新增就业1.2万人。"
    assert _read(text) == [
        ("2022年", "on", "2022-01-01", "2022-12-31"),
        ("上年", "on", "2021-01-01", "2021-12-31"),
        ("全年", "on", "2022-01-01", "2022-12-31"),
    ]


def test_a_budget_reports_previous_year_is_the_year_before_its_reported_month() -> None:
    # 上年 after a month stated with its year, where the text states no whole year: the year before that month's
    text = "一、财政收支\n2024年5月份累计完成财政收入5873万元,较上年减收2916万元,较上年同期增长9.9%。"
    assert _read(text, reference=None) == [
        ("2024年5月份", "on", "2024-05-01", "2024-05-31"),
        ("上年", "on", "2023-01-01", "2023-12-31"),
        ("上年同期", "on", "2023-05-01", "2023-05-31"),
    ]
    # published the next year, the stated month still decides, not the reference year
    assert _read(text, reference=dt.date(2025, 1, 10))[1] == ("上年", "on", "2023-01-01", "2023-12-31")
    # a whole year stated earlier in the text stays the year the text is about (a bulletin's)
    text = "2023年全市经济运行平稳。\n2024年6月新厂投产,全年产值比上年增长5%。"
    assert _read(text, reference=None)[2:] == [
        ("全年", "on", "2023-01-01", "2023-12-31"),
        ("上年", "on", "2022-01-01", "2022-12-31"),
    ]


def test_a_comparison_with_the_year_before_does_not_change_the_texts_year() -> None:
    text = "2023年社会消费品零售总额比上年增长6%;全年接待游客80万人次。"
    assert [p[2] for p in _read(text)] == ["2023-01-01", "2022-01-01", "2023-01-01"]


def test_without_a_stated_year_bulletin_words_take_the_reference_year() -> None:
    assert _read("全年完成投资比上年增长5%", reference=dt.date(2024, 12, 20)) == [
        ("全年", "on", "2024-01-01", "2024-12-31"),
        ("上年", "on", "2023-01-01", "2023-12-31"),
    ]
    # in the next year's first five months a review of a whole year is of the year before (a bulletin's)
    assert _read("全年完成投资比上年增长5%") == [
        ("全年", "on", "2023-01-01", "2023-12-31"),
        ("上年", "on", "2022-01-01", "2022-12-31"),
    ]
    assert _read("全年完成投资比上年增长5%", reference=None) == [
        ("全年", "on", None, None),
        ("上年", "on", None, None),
    ]


def test_a_month_in_a_new_paragraph_keeps_the_reference_year() -> None:
    # (only the words that name a whole year or a part of it carry the text's year across a paragraph break)
    text = "计划2026年上半年全部完成。\n9月底，完成内部审计。"
    assert _read(text, reference=None)[1] == ("9月底", "on", None, None)


def test_without_reference_a_stated_month_or_quarter_carries_its_year_into_later_paragraphs() -> None:
    text = "经济运行简况(2020年3月)\n1-2月,全市产值增长2%。\n3月份财政支出比2月份增加。"
    assert _read(text, reference=None) == [
        ("2020年3月", "on", "2020-03-01", "2020-03-31"),
        ("1-2月", "range", "2020-01-01", "2020-02-29"),
        ("3月份", "on", "2020-03-01", "2020-03-31"),
        ("2月份", "on", "2020-02-01", "2020-02-29"),
    ]
    assert _read("2022年第三季度督查\n10月9日,督查组到区开展督查。", reference=None)[1] == (
        "10月9日",
        "on",
        "2022-10-09",
        "2022-10-09",
    )
    # a bare year (the name of a report) still does not: 2023年“同级审” is not the year of a later caption
    assert _read("督促2023年“同级审”报告指出的问题整改。\n图为7月4日会议现场。", reference=None)[1][2:] == (
        None,
        None,
    )
    # with a reference, a month reported with its year before the reference year carries too (a repost: the
    # page's year is not the text's; test_a_reposts_reported_period_tells_its_later_paragraphs_their_year), and one
    # in the reference year leaves the next paragraph in it
    assert _read("简况(2020年3月)\n1-2月,产值增长2%。")[1][2:] == ("2020-01-01", "2020-02-29")
    assert _read("简况(2023年12月)\n1-2月,产值增长2%。", reference=dt.date(2023, 12, 25))[1][2:] == (
        "2023-01-01",
        "2023-02-28",
    )


def test_without_reference_an_unknown_relative_year_holds_only_for_its_sentence() -> None:
    text = "截止2007年底,产值9.4亿元。去年新投入资金95万元。11月8日,举行开工仪式。"
    assert _read(text, reference=None)[2] == ("11月8日", "on", "2007-11-08", "2007-11-08")
    text = "简况(2020年3月)\n今年以来,经济增速放缓。1-3月,产值负增长5.1%。"
    assert _read(text, reference=None)[1:] == [
        ("今年以来", "since", None, None),
        ("1-3月", "range", "2020-01-01", "2020-03-31"),
    ]
    # the next sentence is back in the year of the last day reported, not in a plan's
    text = "2023年7月,完成验收。计划2025年6月投入使用,今年12月完成硬化。8月18日,环评获批。"
    assert _read(text, reference=None)[-1] == ("8月18日", "on", "2023-08-18", "2023-08-18")
    assert _read("计划2025年6月投入使用。\n8月18日,环评获批。", reference=None)[-1][2:] == (None, None)
    # inside its sentence a later month is in the unknown year (今年6月、10月), not the year stated before
    assert [p[2] for p in _read("2022年完成,今年6月、10月开展", reference=None)] == ["2022-01-01", None, None]
    # failing a day or a month reported, the next sentence is back in the year the text is about, as the next
    # paragraph would be (a speech's 2024年是…之年。做好今年工作…。then 3月底前 is 2024's)
    text = "2024年是攻坚之年。做好今年工作,要抓好项目。3月底前,完成前期手续;一季度开工率达到100%。"
    assert _read(text, reference=None)[2:] == [
        ("3月底前", "before", None, "2024-03-31"),
        ("一季度", "on", "2024-01-01", "2024-03-31"),
    ]
    # not a plan's year: 计划2025年建成 names no year the text is about
    text = "计划2025年建成。做好今年工作,要抓好项目。3月底前,完成前期手续。"
    assert _read(text, reference=None)[-1] == ("3月底前", "before", None, None)


def test_a_festival_season_fixes_no_bound_and_its_first_lunar_day_is_the_festival() -> None:
    text = "春节期间,严查违规吃喝。大年初一,督查组到景区检查。国庆假期,开展检查。"
    assert _read(text, reference=dt.date(2022, 2, 7)) == [
        ("春节期间", "on", None, None),
        ("大年初一", "on", "2022-02-01", "2022-02-01"),
        ("国庆假期", "on", None, None),
    ]
    assert _read("2023年正月初一", reference=None) == [("2023年正月初一", "on", "2023-01-22", "2023-01-22")]
    # two festivals named together still span from one day to the other; the festival day itself is unchanged
    assert _read("元旦春节期间,春节当天", reference=dt.date(2023, 3, 1)) == [
        ("元旦春节期间", "range", "2023-01-01", "2023-01-22"),
        ("春节", "on", "2023-01-22", "2023-01-22"),
    ]


def test_hou_opening_a_noun_after_a_year_is_not_after() -> None:
    assert _read("开展2023年后汛期防汛检查,2023年后半年完成") == [
        ("2023年", "on", "2023-01-01", "2023-12-31"),
        ("2023年", "on", "2023-01-01", "2023-12-31"),
    ]
    assert _read("2023年后,全面推开;春节后半个月内完成")[0] == ("2023年后", "after", "2023-01-01", None)
    assert _read("春节后半个月内完成", reference=dt.date(2023, 3, 1)) == [
        ("春节后", "after", "2023-01-23", None)
    ]


def test_to_after_a_verb_of_a_stretch_of_work_is_its_end() -> None:
    assert _read("检查从4月开始,持续到5月底。整治行动延长至6月30日。", reference=dt.date(2023, 7, 1)) == [
        ("从4月开始", "since", "2023-04-01", "2023-07-01"),
        ("到5月底", "until", None, "2023-05-31"),
        ("至6月30日", "until", None, "2023-06-30"),
    ]
    assert _read("专项行动计划一直到2024年底") == [("到2024年底", "until", None, "2024-12-31")]
    # the work of a stay that lasts to a date (要到, 工作到): the date ends it
    assert _read("进驻时间约20天,督察组将在当地一直工作到9月底。", reference=dt.date(2018, 9, 14)) == [
        ("到9月底", "until", None, "2018-09-30")
    ]
    assert _read("按照安排,要到9月底结束。", reference=dt.date(2018, 9, 14)) == [
        ("到9月底", "until", None, "2018-09-30")
    ]
    # 到 inside a clause after another verb is still not read as a prefix (推迟到: the new day itself)
    assert _read("会议推迟到5月底召开") == [("5月底", "on", "2024-05-31", "2024-05-31")]


def test_to_after_a_start_that_is_no_date_is_the_end_of_the_work() -> None:
    # 从现在开始到…结束: 现在 fixes no bound (like a bare 目前); the end does (CONVENTIONS, set O)
    assert _read("根据安排,本轮巡视从现在开始到4月中下旬结束。", reference=dt.date(2021, 3, 5)) == [
        ("到4月中下旬", "until", None, "2021-04-30")
    ]
    assert _read("整治工作即将开始至6月30日结束", reference=dt.date(2021, 3, 5))[0][1:] == (
        "until",
        None,
        "2021-06-30",
    )
    # a start that is a date still makes one range with its end
    assert _read("巡察从9月下旬开始到11月下旬结束。", reference=dt.date(2021, 12, 5)) == [
        ("从9月下旬开始到11月下旬", "range", "2021-09-21", "2021-11-30")
    ]
    # 到 as a verb after 开始 is no date
    assert _read("新招录人员开始到岗履职。") == []


def test_the_first_months_of_a_year_are_a_range_from_1_january() -> None:
    assert _read("今年前8月全市出口增长7%,前8个月新增企业900户,1—8月份投资增长3%") == [
        ("今年前8月", "range", "2024-01-01", "2024-08-31"),
        ("前8个月", "range", "2024-01-01", "2024-08-31"),
        ("1—8月份", "range", "2024-01-01", "2024-08-31"),
    ]


def test_from_a_start_to_an_end_written_as_two_clauses_is_one_range() -> None:
    assert _read("巡察自2022年3月7日开始,2022年5月6日结束。") == [
        ("自2022年3月7日开始,2022年5月6日结束", "range", "2022-03-07", "2022-05-06")
    ]
    assert _read("自2022年3月7日开始，5月6日结束")[0][1:] == ("range", "2022-03-07", "2022-05-06")
    # without 结束 the second date is a date of its own
    assert _read("自2022年3月7日开始,2022年5月6日召开会议") == [
        ("自2022年3月7日开始", "since", "2022-03-07", "2024-04-20"),
        ("2022年5月6日", "on", "2022-05-06", "2022-05-06"),
    ]


def test_a_closing_time_is_an_end() -> None:
    assert _read("意见征集截止时间为2024年5月31日") == [
        ("截止时间为2024年5月31日", "until", None, "2024-05-31")
    ]
    assert _read("截止日期：2024年5月31日")[0][1:] == ("until", None, "2024-05-31")
    assert _read("截止到2024年3月底")[0][1:] == ("until", None, "2024-03-31")


def test_up_to_now_and_up_to_yesterday() -> None:
    assert _read("至目前已完成整改12项") == [("至目前", "until", None, "2024-04-20")]
    assert _read("截至昨天,共受理来信30件") == [("截至昨天", "until", None, "2024-04-19")]
    assert _read("至今年底")[0][0] != "至今"  # 至今 stays 至今 only before no 年


def test_this_year_with_lai_alone_is_since() -> None:
    assert _read("今年来,全镇新建道路8公里") == [("今年来", "since", "2024-01-01", "2024-04-20")]
    assert _read("今年来到村里调研的专家")[0][:2] == ("今年", "on")


def test_a_day_alone_takes_the_paragraphs_month_or_the_reference_month() -> None:
    text = "2024年3月5日,召开动员会。12日,巡察组进驻;18日下午,召开座谈会。"
    assert [p[2] for p in _read(text)] == ["2024-03-05", "2024-03-12", "2024-03-18"]
    # a news lead: the reference month, or the one before when the day is still to come
    assert _read("本报讯 18日,全市召开会议")[0] == ("18日", "on", "2024-04-18", "2024-04-18")
    assert _read("本报讯 28日,全市召开会议")[0] == ("28日", "on", "2024-03-28", "2024-03-28")
    # not a date alone: a count of days, a day inside a sentence
    assert _read("收到通知后5日内报送") == []
    assert _read("连续工作5日,完成")[0:] == []


def test_a_day_without_ri_before_a_time_of_day() -> None:
    assert _read("大会于3月4下午3:00开幕") == [("3月4", "on", "2024-03-04", "2024-03-04")]
    assert _read("3月4上午") == [("3月4", "on", "2024-03-04", "2024-03-04")]


def test_the_same_period_of_another_year_is_the_reported_period_moved() -> None:
    text = "2023年一季度,全县生产总值增长5%,比上年同期加快1个百分点。\n二、工业\n工业增加值比去年同期增长3%。"
    assert _read(text) == [
        ("2023年一季度", "on", "2023-01-01", "2023-03-31"),
        ("上年同期", "on", "2022-01-01", "2022-03-31"),
        ("去年同期", "on", "2023-01-01", "2023-03-31"),  # 去年 counts from the reference date (2024)
    ]
    # a day does not make the reported period (3月末), and with none named it is the whole year
    assert _read("2023年1-3月,3月末存款余额比上年同期增长2%")[2] == (
        "上年同期",
        "on",
        "2022-01-01",
        "2022-03-31",
    )
    assert _read("上年同期为52%") == [("上年同期", "on", "2023-01-01", "2023-12-31")]


def test_a_headings_number_before_a_year_is_not_a_list_of_years() -> None:
    assert _read("一、2023年工作回顾") == [("2023年", "on", "2023-01-01", "2023-12-31")]
    assert _read("2022、2023年")[0] == ("2022", "on", "2022-01-01", "2022-12-31")  # a list of years still is


def test_zi_before_a_date_and_an_event_governs_the_event() -> None:
    # 自 belongs to "自…党代会后", not to the date: the date is the event's date
    assert _read("自7月底的集团党代会后,这是第二次会议")[0] == ("7月底", "on", "2024-07-31", "2024-07-31")
    assert _read("自2023年5月起,全面推行")[0] == ("自2023年5月起", "since", "2023-05-01", "2024-04-20")
    assert _read("自2023年5月,全面推行")[0][:2] == ("自2023年5月", "since")


def test_a_range_wrapped_before_zhi() -> None:
    assert _read("巡察组于2024年1月8日\n至3月8日开展巡察") == [
        ("2024年1月8日\n至3月8日", "range", "2024-01-08", "2024-03-08")
    ]


def test_a_date_whose_nian_and_yue_were_dropped_is_read_where_it_splits_one_way() -> None:
    assert _read("巡察组于2022318日至2022520日,对该局开展巡察") == [
        ("2022318日至2022520日", "range", "2022-03-18", "2022-05-20")
    ]
    assert _read("于2022729日至925日开展") == [("2022729日至925日", "range", "2022-07-29", "2022-09-25")]
    assert _read("根据安排,815日,巡察组反馈。86日、88日,召开会议") == [
        ("815日", "on", "2023-08-15", "2023-08-15"),  # reported done: last August (April reference)
        ("86日", "on", "2023-08-06", "2023-08-06"),
        ("88日", "on", "2023-08-08", "2023-08-08"),
    ]
    # two ways to split (1月11日 or 11月1日): refused, and reported as such
    scan = scan_periods("2022111日", reference=REFERENCE)
    assert scan.periods == []
    assert [r.kind for r in scan.rejected] == ["no-such-date"]
    # a day of a month, a count, or a number inside a sentence is not one
    assert _read("共12日,完成") == []
    assert _read("连续工作120日完成") == []


def test_a_breadcrumb_saying_where_the_reader_is_is_not_a_time() -> None:
    for chrome in (
        "当前位置：首页 > 工作动态",
        "您当前的位置 : 首页 > 要闻",
        "您当前所在位置: 主页",
        "当前页面：通知公告",
    ):
        assert _read(chrome) == [], chrome
    # 当前 as a time word keeps its documented reading (the reference date).
    assert _read("当前，各项整改措施正在落实") == [("当前", "on", "2024-04-20", "2024-04-20")]
    assert _read("截至当前，已办结5件") == [("截至当前", "until", None, "2024-04-20")]


def test_to_at_the_start_of_a_sentence_is_an_end() -> None:
    # 至/到 opening a sentence after 。 reads as after a comma: "by then", not the date alone.
    text = "动员会于3月召开。至4月中旬，已完成对6个单位的走访。"
    assert _read(text)[-1] == ("至4月中旬", "until", None, "2024-04-20")
    assert _read("2023年5月启动。到10月底，全部整改到位。")[-1] == ("到10月底", "until", None, "2023-10-31")


def test_without_a_reference_a_later_paragraph_takes_the_year_of_the_last_day_reported() -> None:
    text = "2022年9月13日，县委第一巡察组进驻。\n9月14日上午，召开了工作动员会。\n截止10月底，收到来信12件。"
    assert _read(text, reference=None) == [
        ("2022年9月13日", "on", "2022-09-13", "2022-09-13"),
        ("9月14日", "on", "2022-09-14", "2022-09-14"),
        ("截止10月底", "until", None, "2022-10-31"),
    ]
    # A range of days reports too; a year alone, a name's year or a deadline's does not carry.
    ranged = "2021年4月6日至5月20日，巡察组开展了巡察。\n截至6月3日，已整改8项。"
    assert _read(ranged, reference=None)[1] == ("截至6月3日", "until", None, "2021-06-03")
    for opening in (
        "督促2021年“同级审”发现的问题整改。",
        "2027年6月30日前全部完成。",
        "计划2026年上半年完成。",
    ):
        assert _read(opening + "\n图为7月4日会议现场。", reference=None)[-1] == ("7月4日", "on", None, None)
    # A period finer than a year that the text reports carries too (set H: a title's 2022年第三季度督查, then
    # 10月9日), but not to a year word or a holiday, which count from the year of writing.
    titled = "某区开展河湖长制工作2022年第三季度督查\n10月9日,省厅一行开展第三季度督查。\n要求年底前完成,春节前走访。"
    assert _read(titled, reference=None) == [
        ("2022年第三季度", "on", "2022-07-01", "2022-09-30"),
        ("10月9日", "on", "2022-10-09", "2022-10-09"),
        ("第三季度", "on", "2022-07-01", "2022-09-30"),
        ("年底前", "before", None, None),
        ("春节前", "before", None, None),
    ]
    # With a reference, a day reported in full in another year carries too (set G: the conventions' "last year
    # stated before it in the passage", measured on the corpus); a year alone does not (test_dates_observed_g).
    assert _read("2022年3月13日进驻。\n3月14日召开动员会。")[1] == (
        "3月14日",
        "on",
        "2022-03-14",
        "2022-03-14",
    )


def test_a_date_inside_a_web_address_is_chrome() -> None:
    text = "原文链接：https://www.example.org/news/2019/03/12/content_88.html\n发布日期：2019/03/12"
    assert _read(text) == [("2019/03/12", "on", "2019-03-12", "2019-03-12")]
    assert _read("网址 www.example.org/a/2020-05-06/b.htm") == []
    refused = scan_periods("http://example.org/2021/09/08/x.shtml").rejected
    assert [(r.text, r.kind) for r in refused] == [("2021/09/08", "document-number")]


def test_a_signature_date_that_lost_its_day_character_at_the_line_end() -> None:
    text = "特此公告。\n\n县委第一巡察组\n2022年11月7\n"
    assert _read(text) == [("2022年11月7", "on", "2022-11-07", "2022-11-07")]
    # Only at a line's end and after a year: elsewhere the number is no day.
    assert _read("2022年11月7个村完成整改")[0] == ("2022年11月", "on", "2022-11-01", "2022-11-30")
    assert _read("11月7\n") == [("11月", "on", "2023-11-01", "2023-11-30")]


def test_two_days_glued_without_their_connector_are_a_range() -> None:
    text = "市委巡察组于2021年3月8日4月20日对该局开展了巡察。"
    assert _read(text) == [("2021年3月8日4月20日", "range", "2021-03-08", "2021-04-20")]
    # Separated by a space, or the second only a month: two periods, as before.
    assert len(_read("2021年3月8日 4月20日")) == 2
    assert [p[0] for p in _read("2021年3月8日4月")] == ["2021年3月8日", "4月"]


def test_a_date_widget_that_lost_its_date_is_not_today() -> None:
    assert _read("欢迎访问！今天是\n\n首页 > 通知公告") == []
    assert _read("今天是2024年4月20日 星期六")[-1] == ("2024年4月20日", "on", "2024-04-20", "2024-04-20")
    # the widget's 今天 is the day the page was seen, and its date is written out: 今天 itself is not read
    assert [p[0] for p in _read("今天是:2019年10月31日 星期三 农历十月初七")] == ["2019年10月31日"]
    assert [p[0] for p in _read("今天召开会议")] == ["今天"]


def test_a_day_of_the_lunar_calendar_names_no_gregorian_date_but_its_festivals_do() -> None:
    assert _read("农历十月初七") == []
    assert _read("農曆八月十五") == []
    assert [p[0] for p in _read("农历正月初一")] == ["正月初一"]


def test_mingri_inside_a_word_is_no_time() -> None:
    assert _read("据《光明日报》报道,表明日常监督有效") == []
    assert [p[0] for p in _read("明日召开会议")] == ["明日"]
    assert _read("今天召开推进会") == [("今天", "on", "2024-04-20", "2024-04-20")]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("学院党委自2018年5月市委巡察以来，坚持党的教育方针", ("2018年5月", "2018-05-01", "2018-05-31")),
        ("自3月初陆续进驻被巡视地方以来，省委10个巡视组", ("3月初", "2023-03-01", "2023-03-01")),
        ("自2023年9月5日进驻以来，共受理来信来访126件次", ("2023年9月5日", "2023-09-05", "2023-09-05")),
        # a template site's spaces around numbers: after 自 too
        (
            "学院党委自 2018 年 5 月市委巡察以来，坚持党的教育方针",
            ("2018 年 5 月", "2018-05-01", "2018-05-31"),
        ),
    ],
)
def test_zi_before_a_dated_event_keeps_the_date_alone(text: str, date: tuple[str, str, str]) -> None:
    # 自 governs the event: the date is only its date, and the event since it has no known first day
    found = extract_periods(text, reference=dt.date(2023, 12, 25))
    words, start, end = date
    first = found[0]
    assert (first.text, first.relation.value, str(first.start), str(first.end)) == (words, "on", start, end)
    assert (found[1].relation.value, found[1].start, found[1].end) == ("since", None, None)
    # without 自 an event that is a bare verb phrase runs from its date; one naming its subject (市委巡察) is
    # a clause the date only dates, as with 自
    since = extract_periods(text.replace("自", "", 1), reference=dt.date(2023, 12, 25))[0]
    named = "市委" in text
    assert (since.relation.value, str(since.start)) == ("on" if named else "since", start)


@pytest.mark.parametrize("comparing", ["比", "较"])
def test_a_year_compared_with_is_not_the_year_the_text_speaks_of(comparing: str) -> None:
    text = (
        f"2022年全年工业增加值增长5.9%，增速{comparing}2021年减低1.9个百分点。全年粮食产量17.4万吨。9月，完成"
    )
    found = extract_periods(text, reference=dt.date(2023, 3, 1))
    assert [(p.text, p.start.year if p.start else None) for p in found] == [
        ("2022年", 2022),
        ("2021年", 2021),
        ("全年", 2022),
        ("9月", 2022),
    ]
    # not after 比 it is the year spoken of next
    last = extract_periods(
        "2022年增长5.9%。2021年减低1.9个百分点。全年粮食产量", reference=dt.date(2023, 3, 1)
    )[-1]
    assert (last.text, last.start) == ("全年", dt.date(2021, 1, 1))


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # a news dateline's day: in the paragraph's month, else the reference month
        (
            "11月04日讯\n\n据新华网4日消息，根据中央统一部署",
            "2015-11-04",
            [("11月04日", "2015-11-04"), ("4日", "2015-11-04")],
        ),
        ("本报北京3日电 记者从中央纪委获悉", "2023-12-05", [("3日", "2023-12-03")]),
        # a day inside a sentence after a day of the same sentence: that day's month
        (
            "新华社北京10月10日电 中央纪委监察部网站10日开设专栏，集中公布",
            "2014-10-11",
            [("10月10日", "2014-10-10"), ("10日", "2014-10-10")],
        ),
        (
            "2023年3月28日召开动员会，巡察组于30日进驻",
            "2023-12-25",
            [("2023年3月28日", "2023-03-28"), ("30日", "2023-03-30")],
        ),
        # not a day: no day before it in its sentence, or a count of days
        ("10月10日召开会议。网站10日开设专栏", "2014-10-11", [("10月10日", "2014-10-10")]),
        ("网站10日开设专栏", "2014-10-11", []),
        ("近30日电话回访量上升", "2014-10-11", []),  # 电话, not a dateline's 电
        ("10月10日召开会议，历时10日完成，用10日时间，次5日后", "2014-10-11", [("10月10日", "2014-10-10")]),
        (
            "10月10日收到通知，须在10日内完成，逾期10日的",
            "2014-10-11",
            # (10日内 counts from the day of the notice, not read: docs/dates.md)
            [("10月10日", "2014-10-10")],
        ),
    ],
)
def test_a_day_alone_inside_a_sentence(
    text: str, reference: str, expected: list[tuple[str, str | None]]
) -> None:
    found = extract_periods(text, reference=dt.date.fromisoformat(reference))
    assert [(p.text, None if p.start is None else p.start.isoformat()) for p in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a signature's date that lost its 日, at a line end written \r\n or padded with no-break spaces
        ("某某巡视组\r\n2023年9月18\r\n", ("2023年9月18", "on", "2023-09-18", "2023-09-18")),
        ("某某巡视组\n2023年9月18\xa0\xa0\n", ("2023年9月18", "on", "2023-09-18", "2023-09-18")),
        # a range wrapped before 至 on a page saved with \r\n
        (
            "巡察组于2024年1月8日\r\n至3月8日开展巡察",
            ("2024年1月8日\r\n至3月8日", "range", "2024-01-08", "2024-03-08"),
        ),
        # a template's month-day / year line, indented
        ("标题\n\u3000\u300009-17 / 2025\r\n正文", ("09-17 / 2025", "on", "2025-09-17", "2025-09-17")),
    ],
)
def test_line_ends_and_starts_read_alike_whatever_their_padding(text: str, expected: Read) -> None:
    assert _read(text) == [expected]


def test_a_widget_that_lost_its_date_gives_none_with_crlf_line_ends() -> None:
    assert _read("欢迎访问！今天是\r\n\r\n首页 > 通知公告") == []


@pytest.mark.parametrize("text", ["2024年8月26日至27日,学校党委", "2024 年 8 月 26 日至 27 日,学校党委"])
def test_a_range_end_spaced_before_a_comma_is_the_ends_day(text: str) -> None:
    # a template site's spaces around numbers: 至 27 日, before a comma, ends the range (not a day alone at a
    # clause start, which a news lead's "26日，…" is)
    assert [(r[1], r[2], r[3]) for r in _read(text, reference=None)] == [
        ("range", "2024-08-26", "2024-08-27")
    ]


@pytest.mark.parametrize("text", ["今年前11月,全市", "今年前 11 月,全市", "前 11 个月全市"])
def test_the_first_months_of_the_year_read_alike_spaced(text: str) -> None:
    assert [(r[1], r[2], r[3]) for r in _read(text, reference=dt.date(2021, 12, 26))] == [
        ("range", "2021-01-01", "2021-11-30")
    ]


def test_a_day_alone_set_apart_by_spaces_is_read_only_at_a_clause_start() -> None:
    # a news lead's 24 日，… spaced as template sites print numbers is the day; a count after a word and a space
    # (为期 30日，历时 10 日，) is no day, as 为期30日 is not
    assert _read("标题\n24 日,锦城市统计局发布", reference=dt.date(2021, 12, 26)) == [
        ("24 日", "on", "2021-12-24", "2021-12-24")
    ]
    assert _read("巡察为期 30日,历时 10 日,", reference=dt.date(2021, 12, 26)) == []


def test_a_range_still_to_come_that_a_sentence_reports_done_is_last_years() -> None:
    # the inspection period of an opening, written without its year, in a notice published before its dates
    assert _read("12月28日至1月17日,巡察组对县水利局党组进行了巡察。", reference=dt.date(2023, 12, 25)) == [
        ("12月28日至1月17日", "range", "2022-12-28", "2023-01-17")
    ]
    assert _read("3月13日至4月28日,巡察组开展了巡察。", reference=dt.date(2023, 2, 1))[0][2:] == (
        "2022-03-13",
        "2022-04-28",
    )
    # announced (no word of completion), planned, or already begun by the text's date: this year's
    assert _read("3月13日至4月28日,巡察组开展巡察。", reference=dt.date(2023, 2, 1))[0][2] == "2023-03-13"
    assert (
        _read("3月13日至4月28日,巡察组拟开展巡察,已发布了公告。", reference=dt.date(2023, 2, 1))[0][2]
        == "2023-03-13"
    )
    assert _read("3月13日至4月28日,巡察组开展了巡察。", reference=dt.date(2023, 4, 1))[0][2] == "2023-03-13"


def test_a_range_whose_first_day_borrows_its_sign_is_read_with_numbers_spaced() -> None:
    # 2018年1月3至4日 as a template site prints it: every number set apart by spaces
    assert _read("2018 年 11 月 13 至 14 日,巡察组反馈了意见。") == [
        ("2018 年 11 月 13 至 14 日", "range", "2018-11-13", "2018-11-14")
    ]


def test_may_day_written_with_its_festival_word_and_after_its_quotes() -> None:
    # 五一节 is May Day as 五一 is; 节前 after a quoted holiday, with or without a space, is before its eve
    before_may_day = ("before", None, "2023-04-30")
    for text in ("五一节前开展检查", "“五一”节前开展检查", "“五一” 节前开展检查"):
        assert [found[1:] for found in _read(text, reference=dt.date(2023, 4, 20))] == [before_may_day], text
    assert _read("“七一”节后", reference=dt.date(2023, 6, 20))[0][1:3] == ("after", "2023-07-02")


def test_the_steps_of_a_schedule_keep_the_year_of_the_step_before() -> None:
    # 已销号问题 names problems closed before; it reports no step done: the later steps stay in the year of the first
    text = (
        "行动分三个阶段推进。3月11日至22日,各地逐项核实反馈问题;3月23日至4月25日,集中排查已销号问题的整改成效;"
        "4月26日至6月25日,开展集中整治。"
    )
    assert [found[2:] for found in _read(text, reference=dt.date(2024, 3, 13))] == [
        ("2024-03-11", "2024-03-22"),
        ("2024-03-23", "2024-04-25"),
        ("2024-04-26", "2024-06-25"),
    ]


def test_to_a_date_under_a_goals_heading_is_a_deadline() -> None:
    # 到 opening the paragraph under 整改目标 or 工作目标 sets a target (before), as 力争到 does
    assert _read("二、整改目标\n\n到2020年,全省生态环境质量总体改善。")[0][:4] == (
        "到2020年",
        "before",
        None,
        "2020-12-31",
    )
    assert _read("(二)工作目标\n到2023年底,工作机制更加健全。")[0][:4] == (
        "到2023年底",
        "before",
        None,
        "2023-12-31",
    )
    # under another heading it is the end of a span, as before
    assert _read("二、工作进展\n到2023年底,已完成80%。")[0][1] == "until"
    # after a word of aim inside a sentence (set BU: 2965, 2967), as after 力争: 提高到 is no date's prefix
    assert _read("方案提出到2022年底全市90%以上的卫生院达标")[0][:4] == (
        "到2022年底",
        "before",
        None,
        "2022-12-31",
    )
    assert _read("工作目标到2025年底,检查频次下降30%以上")[0][:4] == (
        "到2025年底",
        "before",
        None,
        "2025-12-31",
    )
    assert _read("提高到2025年的水平")[0][0] == "2025年"
    # opening a clause, up to a time the text has not reached yet (sets BX, BU: 3091, 2964): a target
    plan = extract_periods("完善扶持政策。到2025年,全市新增就业750人以上。", reference=dt.date(2023, 6, 1))
    assert [(p.text, p.relation.value, p.end) for p in plan] == [
        ("到2025年", "before", dt.date(2025, 12, 31))
    ]
    # a stretch of work announced runs on to its end after its verb, though the end is still to come: until
    stretch = extract_periods("巡视组将在当地一直工作到9月底。", reference=dt.date(2018, 8, 20))
    assert [(p.text, p.relation.value) for p in stretch] == [("到9月底", "until")]
    # reached already: the end of a span reported; and so is a year under way (到今年已走过97年, set CC: 3301)
    done = extract_periods("到2023年底,已完成80%。", reference=dt.date(2024, 3, 1))
    assert [(p.text, p.relation.value) for p in done] == [("到2023年底", "until")]
    under_way = extract_periods("党于1921年成立,到今年已走过97年。", reference=dt.date(2018, 6, 10))
    assert [(p.text, p.relation.value) for p in under_way][-1] == ("到今年", "until")
    # 到…前 is a deadline whatever the reference (set CA: 3227; set BU: 2975)
    by = extract_periods("去年4月督察组进驻,到12月底前,信访件已全部办结。", reference=dt.date(2018, 8, 3))
    assert [(p.text, p.relation.value) for p in by][-1] == ("到12月底前", "before")


def test_a_long_event_after_zi_and_its_date_is_dated_by_it() -> None:
    # 自 governs the event (with digits and 20 characters in it): the date is only the event's date
    found = _read(
        "自2015年全国33个试点地区启动宅基地制度改革以来,我们选取六个县开展调研。",
        reference=dt.date(2018, 3, 7),
    )
    assert found[0] == ("2015年", "on", "2015-01-01", "2015-12-31")
    # 自 and a date alone count from the date
    assert _read("自2015年以来,", reference=dt.date(2018, 3, 7))[0][1] == "since"


def test_the_year_of_a_price_base_is_not_the_year_the_bulletin_speaks_of() -> None:
    text = "2011年,国民经济平稳增长。\n一、综合\n全年生产总值512836万元(2010年可比价,下同),比上年增长11.4%。"
    found = _read(text, reference=None)
    assert ("全年", "on", "2011-01-01", "2011-12-31") in found
    assert ("上年", "on", "2010-01-01", "2010-12-31") in found


def test_the_first_months_as_hong_kong_and_macao_write_them() -> None:
    assert _read("今年首10個月,澳門財政盈餘", reference=dt.date(2023, 11, 20))[0] == (
        "今年首10個月",
        "range",
        "2023-01-01",
        "2023-10-31",
    )
    assert _read("首五月,本港出口", reference=dt.date(2013, 6, 20))[0][1:] == (
        "range",
        "2013-01-01",
        "2013-05-31",
    )
    assert _read("首3名获奖") == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2019/20年度财政预算", "2019-01-01", "2020-12-31"),
        ("二零一九/二零年度的开支", "2019-01-01", "2020-12-31"),
        ("二○一○至一一財政年度", "2010-01-01", "2011-12-31"),
        ("二零二零/二一至二零二三/二四年度", "2020-01-01", "2024-12-31"),
    ],
)
def test_a_fiscal_year_split_over_two_is_the_calendar_years_it_spans(text: str, start: str, end: str) -> None:
    (period,) = extract_periods(text, reference=dt.date(2020, 2, 26))
    assert (str(period.start), str(period.end), period.relation.value) == (start, end, "range")


def test_two_years_that_do_not_follow_each_other_are_no_split_year() -> None:
    assert extract_periods("2019/21年度", reference=dt.date(2020, 2, 26)) == []


def test_a_year_alone_on_its_line_inside_a_title_is_read_with_the_year_word_after_it() -> None:
    # a PDF text layer that sets every figure on a line of its own (set BN: 2697): 县农业农村局⏎2023⏎年工作总结
    found = extract_periods(
        "县农业农村局\n2023\n年工作总结和\n2024\n年工作思路\n编制《实施方案(\n2023-2025\n年)》。"
    )
    assert [(p.text, p.start, p.end) for p in found] == [
        ("2023\n年", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        ("2024\n年", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        ("2023-2025\n年", dt.date(2023, 1, 1), dt.date(2025, 12, 31)),
    ]
    # not after a sentence's end or a blank line: the number may be a page number
    assert extract_periods("工作全面推进。\n2023\n年度报告") == []
    assert extract_periods("工作全面推进\n\n2023\n年度报告") == []
    # a number ending a line of text wraps too (a fixed-width wrap, set EM's 1766 and 4209)
    found = extract_periods("对2026\n年的发展方向作出安排,全面完成 2021\n年度建设任务。")
    assert [(p.text, p.start) for p in found] == [
        ("2026\n年", dt.date(2026, 1, 1)),
        ("2021\n年度", dt.date(2021, 1, 1)),
    ]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("2019年半年报显示", "2019年半年"),
        ("2024年中期利润分配", "2024年中期"),
        ("2024 年中期业绩", "2024 年中期"),
    ],
)
def test_an_interim_period_right_after_a_year_is_its_first_half(text: str, written: str) -> None:
    # a company's interim report and dividend (set BO: 2732, 2736, 2737), as 2022年半年度 is
    assert [(p.text, p.start, p.end) for p in extract_periods(text)] == [
        (written, dt.date(int(written[:4]), 1, 1), dt.date(int(written[:4]), 6, 30))
    ]


def test_a_middle_stage_or_the_half_year_up_to_now_is_no_first_half() -> None:
    # a plan's middle stage; the half year up to now; 中期 after another word's 年 (年中期间)
    assert [p.text for p in extract_periods("2024年中期评估")] == ["2024年"]
    assert [p.text for p in extract_periods("今年半年来", reference=REFERENCE)] == ["今年"]
    first_half = (dt.date(2023, 1, 1), dt.date(2023, 6, 30))
    assert first_half not in [(p.start, p.end) for p in extract_periods("2023年年中期间")]


def test_the_same_month_a_year_back_is_the_last_reported_months() -> None:
    # 去年同月, 上年同月 (set BQ: 2801, 2811): the month of the period the text reports on, a year back
    found = extract_periods("9月份,全国税收收入比去年同月增长5%。", reference=dt.date(2023, 10, 5))
    assert [(p.text, p.start, p.end, p.precision.value) for p in found] == [
        ("9月份", dt.date(2023, 9, 1), dt.date(2023, 9, 30), "month"),
        ("去年同月", dt.date(2022, 9, 1), dt.date(2022, 9, 30), "month"),
    ]
    # with no month named before it, or a year or a range of months, the month is not known: no bounds
    for text in ("比上年同月增长5%。", "2023年,收入比上年同月增长5%。", "1-9月,收入比上年同月增长5%。"):
        found = extract_periods(text, reference=dt.date(2023, 10, 5))
        assert [(p.start, p.end) for p in found if p.text == "上年同月"] == [(None, None)]


def test_a_converters_pinyin_glosses_are_read_through_and_kept_in_the_text() -> None:
    # 今年前兩個(gè)月, 財(cái)政部16日發(fā)布 (set BW: 3069): the dates are read without the glosses, and each keeps the
    # text and span it has in the page, glosses included, as the figures do
    text = "財(cái)政部16日發(fā)布,今年前兩個(gè)月國有企業(yè)營業(yè)總收入增長。"
    found = extract_periods(text, reference=dt.date(2011, 3, 18))
    assert [(p.text, p.start, p.end) for p in found] == [
        ("16日", dt.date(2011, 3, 16), dt.date(2011, 3, 16)),
        ("今年前兩個(gè)月", dt.date(2011, 1, 1), dt.date(2011, 2, 28)),
    ]
    assert all(p.span is not None and text[p.span.start : p.span.end] == p.text for p in found)
    refused = scan_periods("2023年4月31日(rì)前", reference=dt.date(2023, 12, 25)).rejected
    assert [(r.text, r.span.start, r.span.end) for r in refused] == [("2023年4月31日(rì)前", 0, 15)]


@pytest.mark.parametrize(("text", "day"), [("自今日起实行", 0), ("自今天起", 0), ("从明天起", 1)])
def test_from_a_deictic_day_on_is_a_start(text: str, day: int) -> None:
    # 自今日起 (set BV: 3000), as 自即日起: from that day on
    (found,) = extract_periods(text, reference=dt.date(2016, 2, 3))
    assert (found.relation.value, found.start) == ("since", dt.date(2016, 2, 3) + dt.timedelta(days=day))
    assert found.text == text.removesuffix("实行")


def test_a_reposts_reported_period_tells_its_later_paragraphs_their_year() -> None:
    # a spokesman's half-year review reposted three years later (set CB: 3257): 2015年上半年, reported with its year
    # before the page's year, tells the next paragraphs their year, as a day written in full does
    text = "发言人介绍2015年上半年商务运行情况时表示,上半年市场平稳。\n前6个月社会消费品零售总额增长10.3%,6月增长10.5%。"
    found = extract_periods(text, reference=dt.date(2018, 11, 16))
    assert [(p.text, p.start) for p in found][-2:] == [
        ("前6个月", dt.date(2015, 1, 1)),
        ("6月", dt.date(2015, 6, 1)),
    ]
    # a range reaching into the page's year sends the next paragraph back to the page's year (382)
    text = "于2022年11月下旬至2023年1月中旬开展了常规巡察。\n2月14日,召开会议听取汇报。"
    found = extract_periods(text, reference=dt.date(2023, 4, 3))
    assert (found[-1].text, found[-1].start) == ("2月14日", dt.date(2023, 2, 14))


def test_a_day_alone_after_a_range_of_days_is_in_the_ranges_month() -> None:
    # 11月15-16日，…。16日下午…: the range names one month, which a later day alone is in (as after one day)
    text = "2022年11月15-16日,评估组进行评估。县长在16日下午表示认领。17日上午,召开推进会。"
    assert _read(text, reference=None)[1:] == [
        ("16日", "on", "2022-11-16", "2022-11-16"),
        ("17日", "on", "2022-11-17", "2022-11-17"),
    ]
    # a range over two months names none: the day stays unread without a reference
    text = "2022年10月30日至11月2日,评估组进行评估。县长在16日下午表示认领。"
    assert _read(text, reference=None)[1] == ("16日", "on", None, None)


def test_yuan_alone_starts_a_range_of_months_as_yuanyue() -> None:
    # 元至九月: a statistics report's first months, 元 for 元月 before a range to a later month
    assert _read("2013年元至九月,全县完成投资。今年元至5月份,产值增长。") == [
        ("2013年元至九月", "range", "2013-01-01", "2013-09-30"),
        ("今年元至5月份", "range", "2024-01-01", "2024-05-31"),
    ]
    # after an amount 元 is the currency, and the range is the amount's: 至10月底 stands alone
    read = _read("每户收费5元至10月底,补贴200美元至3月底。")
    assert [(text, relation) for text, relation, *_ in read] == [("至10月底", "until"), ("至3月底", "until")]
    assert [text for text, *_ in _read("12元至15元,元旦至春节")] == ["元旦至春节"]


def test_a_documents_year_dates_an_undated_pages_days_when_nothing_else_does() -> None:
    # an undated page naming its plans in 《》 (3052, 3500, 4763): the documents' year is no year the
    # text speaks of, but, failing every other, the year its days are read in
    text = (
        "公司印发了《2024年中秋节前安全检查方案》,部署节前检查。\n"
        "在9月9日至13日期间,检查组深入站点开展检查。10月底前完成整改。"
    )
    assert _read(text, reference=None)[-2:] == [
        ("9月9日至13日期间", "range", "2024-09-09", "2024-09-13"),
        ("10月底前", "before", None, "2024-10-31"),
    ]
    # any other year comes first: a day the text reports, here in 2023
    text = "《2024年工作方案》已印发。2023年12月5日召开会议。\n12月8日,各组进驻。"
    assert _read(text, reference=None)[-1] == ("12月8日", "on", "2023-12-08", "2023-12-08")
    # a plan's span of years names no one year, and with a reference the reference's year stands
    text = "印发《2024-2026年行动方案》。\n9月9日,召开会议。"
    assert _read(text, reference=None)[-1] == ("9月9日", "on", None, None)
    text = "印发《2021年工作方案》。\n9月9日,召开会议。"
    assert _read(text, reference=dt.date(2023, 12, 25))[-1] == ("9月9日", "on", "2023-09-09", "2023-09-09")


def test_a_span_counted_back_from_the_reference_names_no_year_the_text_is_about() -> None:
    # a work report given in March 2026 (2919): 过去一年 runs back from the page's day, and the report's
    # 全年 after it is still the year it reviews, 2025
    text = "2025年，全市经济运行平稳。\n过去一年，各项工作扎实推进，全年完成投资12亿元。"
    assert _read(text, reference=dt.date(2026, 3, 4))[-1] == ("全年", "on", "2025-01-01", "2025-12-31")
    # 今年以来 starts on the first of January: it names the year of writing, and the 全年 after it is that year's
    text = "2025年，全市经济运行平稳。\n今年以来，各项工作扎实推进，全年计划完成投资12亿元。"
    assert _read(text, reference=dt.date(2026, 3, 4))[-1] == ("全年", "on", "2026-01-01", "2026-12-31")


def test_a_clocks_seconds_before_a_year_word_are_no_two_digit_year() -> None:
    # a page's stamp 2025-12-17 14:42:05 glued to its column's name 年度工作总结 (5724)
    assert [p.text for p in extract_periods("2025-12-17 14:42:05年度工作总结")] == ["2025-12-17"]
    # a two-digit year after a label's colon is still one
    read = _read("2015年起施行。时间：16年3月")
    assert read[-1] == ("16年3月", "on", "2016-03-01", "2016-03-31")


def test_a_school_years_undated_days_are_in_its_autumn_or_in_the_next_year() -> None:
    # a school calendar on an undated page (565, 4485, 4490): 2022-2023学年 or 2023-2024第一学期 names the school
    # year; a day from August on is in its first calendar year, one before August in its second
    text = "某中学2022-2023学年第二学期校历\n2月9日 | 教职工返校\n第一周 | 2月13日-2月19日"
    assert _read(text, reference=None) == [
        ("2022-2023学年", "range", "2022-01-01", "2023-12-31"),
        ("2月9日", "on", "2023-02-09", "2023-02-09"),
        ("2月13日-2月19日", "range", "2023-02-13", "2023-02-19"),
    ]
    text = "某大学校历2023-2024第一学期\n新生报到:8月26日;节日放假:10月1日至6日;寒假:1月15日起。"
    assert _read(text, reference=None)[0] == ("2023-2024", "range", "2023-01-01", "2024-12-31")
    assert [(t, start) for t, _, start, _ in _read(text, reference=None)[1:]] == [
        ("8月26日", "2023-08-26"),
        ("10月1日至6日", "2023-10-01"),
        ("1月15日起", "2024-01-15"),
    ]
    # two years with no school word are no school year, nor a date at all without 年
    assert _read("2023-2024\n9月1日", reference=None) == [("9月1日", "on", None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("某区政府工作报告(20230115)\n工作报告", [("20230115", "2023-01-15")]),  # a title's date in brackets
        ("年度报告\n\n20231030\n\n本报告依据", [("20231030", "2023-10-30")]),  # a line of its own
        ("2019年工作总结(20190108).docx", [("2019年", "2019-01-01"), ("20190108", "2019-01-08")]),
        ("20190115日召开", [("20190115日", "2019-01-15")]),  # zero-padded, 年 and 月 lost
        # eight digits elsewhere are a number: an index, a photo's file name, a phone number, no such day
        ("索引号: DW077-20240821-518306", []),
        ("IMG_20231012_153406.jpg", []),
        ("电话(84391234)", []),
        ("(20230231)", []),
    ],
)
def test_a_date_of_eight_digits_is_read_where_a_page_prints_one(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(p.text, str(p.start)) for p in extract_periods(text)] == expected


def test_the_same_period_a_year_back_is_the_part_reported_not_a_later_whole_year_word() -> None:
    # 同期 is said of a part of a year (5477): a forecast's 全年 after 前三季度 leaves 上年同期 the three quarters
    text = "前三季度，农业经济保持良好态势，全年粮食产量有望再创新高。秋粮产量比上年同期增长3%。"
    assert _read(text, reference=dt.date(2020, 10, 20))[-1] == ("上年同期", "on", "2019-01-01", "2019-09-30")
    # a year written in digits starts anew: its 上年同期 is the year before it
    text = "前三季度，经济平稳。2019年，全市产值增长5%，比上年同期增长3%。"
    assert _read(text, reference=dt.date(2020, 10, 20))[-1] == ("上年同期", "on", "2018-01-01", "2018-12-31")
