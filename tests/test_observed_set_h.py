"""General readings that set H of the observed corpus (files 700–744) showed missing; one test per fix."""

from __future__ import annotations

import xuncha
from xuncha import parse_notice
from xuncha._markers import heading_at


def test_a_file_name_is_no_heading() -> None:
    # An image's file name a scraper left in the text (1.jpg) does not open a level-3 finding.
    assert heading_at("1.jpg", 0) is None
    assert heading_at("2.PNG", 0) is None
    found = heading_at("1.加强学习", 0)
    assert found is not None
    assert found.marker.level == 3


def test_a_title_naming_its_inspection_by_the_term_gives_the_round() -> None:
    opening = "根据县委统一部署,2025年3月17日至4月25日,县委机动巡察组对县医疗保障局党组开展了巡察。"
    body = "\n\n一、整改情况\n\n(一)压实整改责任。已完成。"
    notice = parse_notice("某县医疗保障局党组关于第十四届县委机动巡察整改进展情况的通报\n\n" + opening + body)
    assert notice.inspection is not None
    assert notice.inspection.round == "第十四届县委"
    # A term that only says who deployed the work is no round.
    notice = parse_notice(
        "某局党组关于巡察整改进展情况的通报\n\n根据十六届旗委统一部署," + opening[7:] + body
    )
    assert notice.inspection is not None
    assert notice.inspection.round is None


def test_a_view_count_is_chrome_even_run_into_the_text() -> None:
    assert xuncha.extract_quantities("来源:某某市妇联 阅读6213次根据市委部署") == []
    assert xuncha.extract_quantities("\n浏览次数 86次") == []
    assert xuncha.extract_quantities("01-16 15:29  浏览次数:386次  栏目:报告") == []  # with a colon too
    assert [q.value for q in xuncha.extract_quantities("组织阅读12次")] == [12]  # a count of the text


FLAT = (
    "党务公开中共某某市妇联党组关于巡察整改进展情况的通报发布时间2023年7月28日 来源:某某市妇联 阅读6213次"
    "根据市委巡察工作统一部署,2022年11月14日至12月20日,市委巡察二组对市妇联党组开展了巡察,"
    "并于2023年3月7日反馈了巡察意见。现将巡察整改进展情况予以公布。 一、加强巡察整改组织领导情况市妇联党组把巡察整改作为"
    "重大政治任务。 (一)提高政治站位,增强整改自觉。反馈会后召开会议。"
)


def test_a_page_flattened_into_one_line_gives_its_title_apart_from_label_and_chrome() -> None:
    notice = parse_notice(FLAT)
    assert notice.title == "中共某某市妇联党组关于巡察整改进展情况的通报"
    assert notice.issuer == "中共某某市妇联党组"
    assert notice.inspection is not None
    assert notice.inspection.target == "市妇联党组"


def test_an_address_ends_before_its_addressee() -> None:
    from xuncha.parsing._closing import contacts

    found = contacts("来信请寄某某区南新路3106号卫计局102室,区委第一巡察组收,邮编518052。")
    assert [(c.kind.value, c.value) for c in found] == [
        ("postal_address", "某某区南新路3106号卫计局102室"),
        ("postcode", "518052"),
    ]


def test_a_day_in_the_week_after_the_page_date_after_yu_is_announced() -> None:
    # A page does not report a day a year less a week ago: 于5月14日进驻 on a page of 13 May is tomorrow.
    import datetime as dt

    found = xuncha.extract_periods("市委巡察三组于5月14日进驻市第一医院。", reference=dt.date(2024, 5, 13))
    assert [(p.text, str(p.start)) for p in found] == [("5月14日", "2024-05-14")]
    # Weeks ahead, the rule for a day told after a bare 于 stands: a report of last year's.
    found = xuncha.extract_periods("镇党委于2月7日召开专题民主生活会。", reference=dt.date(2025, 1, 12))
    assert [(p.text, str(p.start)) for p in found] == [("2月7日", "2024-02-07")]


HOSPITAL = (
    "2024年省级医院巡查公告\n\n发布时间:2024-08-01 16:12 作者: 党委办公室\n\n"
    "根据某省卫生健康委党组安排,第一巡查组自2024年8月6日起,对某某医科大学第二附属医院开展为期7天的巡查,"
    "现将有关事项公告如下:\n\n一、巡查对象\n\n某某医科大学第二附属医院。\n\n二、巡查内容\n\n医院党建、行业作风等。"
)


def test_a_hospital_review_is_read_as_an_inspection() -> None:
    # 巡查, the review of hospitals (大型医院巡查), is an inspection of the same form as 巡视 and 巡察.
    notice = parse_notice(HOSPITAL)
    assert notice.title == "2024年省级医院巡查公告"
    inspection = notice.inspection
    assert inspection is not None
    assert (inspection.inspector, inspection.target) == ("第一巡查组", "某某医科大学第二附属医院")
    # An announced start without an end (自DATE起…为期7天) is the period's start.
    assert inspection.period is not None
    assert str(inspection.period.start) == "2024-08-06"
    assert inspection.period.end is None


def test_a_day_after_a_range_that_would_precede_it_is_the_next_years() -> None:
    import datetime as dt

    text = "集团巡察组于2020年9月至12月对商贸股份党委进行了巡察。1月27日,集团党委会听取了汇报。"
    found = xuncha.extract_periods(text, reference=dt.date(2021, 2, 9))
    assert [str(p.start) for p in found] == ["2020-09-01", "2021-01-27"]
    # Not past the reference date: then the range's year stands.
    found = xuncha.extract_periods(text, reference=dt.date(2020, 12, 30))
    assert [str(p.start) for p in found] == ["2020-09-01", "2020-01-27"]


def test_a_closing_time_with_dao_is_an_end() -> None:
    found = xuncha.extract_periods("受理信访截止时间到2022年6月20日。")
    assert [(p.text, p.relation.value, str(p.end)) for p in found] == [
        ("截止时间到2022年6月20日", "until", "2022-06-20")
    ]


def test_a_date_that_lost_its_three_characters_is_read_where_it_splits_one_way() -> None:
    def read(text: str) -> list[tuple[str, str]]:
        return [(p.text or "", str(p.start)) for p in xuncha.extract_periods(text)]

    assert read("公开日期:2024926\n") == [("2024926", "2024-09-26")]
    # Not alone on a line or after spaces, where seven digits are as often an amount in a table (a date set to
    # the right under a signature is missed: a false date would be worse).
    assert read("特此公告。\n                 2024618") == []
    assert read("办公费  2024618\n其他") == []
    assert read("合计\n2024618\n") == []
    # Not after another label, nor where the digits split two ways, nor eight digits.
    assert read("联系电话:2024618\n") == []
    assert read("公开日期:2024111\n") == []
    assert read("编号:20240926\n") == []


def test_the_day_of_entry_starts_the_period_with_no_end() -> None:
    notice = parse_notice(
        "巡察公告\n\n根据市委巡察工作安排,市委巡察三组于2024年5月14日进驻市第一医院,对市第一医院党委开展巡察。"
        "\n\n一、巡察任务\n\n坚持问题导向。"
    )
    assert notice.inspection is not None
    assert notice.inspection.period is not None
    period = notice.inspection.period
    assert (str(period.start), period.end) == ("2024-05-14", None)


def test_a_deadline_after_the_day_of_a_reported_event_is_not_counted_from_the_page_date() -> None:
    import datetime as dt

    text = "于10月29日召开意见反馈交流会,反馈问题23个,要求在3个月内整改完毕。"
    found = xuncha.extract_periods(text, reference=dt.date(2015, 11, 4))
    assert [p.text for p in found] == ["10月29日"]
    # (a time limit is a duration wherever it stands: no date is counted from the page's date either)
    assert xuncha.extract_periods("要求在3个月内整改完毕。", reference=dt.date(2015, 11, 4)) == []
    found = xuncha.extract_periods("日前," + text, reference=dt.date(2015, 11, 4))
    assert [p.text for p in found] == ["10月29日"]
