"""What set I of the observed corpus (files 800–830, written blind) showed, as general rules."""

from __future__ import annotations

import datetime as dt

import pytest

import xuncha
from xuncha import parse_notice


def _target(clause: str) -> str | None:
    notice = parse_notice(
        "关于巡察整改情况的通报\n\n根据县委统一部署，2023年3月1日至4月1日，县委第一巡察组"
        + clause
        + "\n\n一、整改情况\n\n已完成。"
    )
    assert notice.inspection is not None
    return notice.inspection.target


@pytest.mark.parametrize(
    ("clause", "target"),
    [
        # The matter of a special inspection, with a list of its own, follows the body inspected.
        (
            "对市科技局贯彻落实党中央关于统筹推进疫情防控、做好“六稳”工作等决策部署情况开展专项巡察。",
            "市科技局",
        ),
        ("对县财政局落实中央八项规定精神情况开展了专项巡察。", "县财政局"),
        ("对县医保局履行医保基金监管职责情况开展专项巡察。", "县医保局"),
        # Bodies whose names hold such a word keep it.
        ("对县人民法院执行局开展了常规巡察。", "县人民法院执行局"),
        ("对县委落实办开展了常规巡察。", "县委落实办"),
    ],
)
def test_the_target_stops_before_the_matter_a_special_inspection_looks_at(clause: str, target: str) -> None:
    assert _target(clause) == target


@pytest.mark.parametrize(
    ("clause", "target"),
    [
        # A clause in brackets that bundles other bodies, commas and all, is part of the name it sits in.
        (
            "对中共某区文化和旅游局(某区文物局,含某区文化市场综合执法大队)党组开展了巡察。",
            "中共某区文化和旅游局(某区文物局,含某区文化市场综合执法大队)党组",
        ),
        (
            "对某区文化和旅游局（某区文物局，含某执法大队）党组开展了巡察。",
            "某区文化和旅游局（某区文物局，含某执法大队）党组",
        ),
        # A clause that names it shorter is dropped, commas or not.
        ("对某市金融工作办公室(原某局,以下简称市金融办)开展了巡察。", "某市金融工作办公室"),
    ],
)
def test_a_bundling_clause_in_brackets_keeps_its_commas_inside_the_target(clause: str, target: str) -> None:
    assert _target(clause) == target


def _inspector(opening: str) -> str | None:
    notice = parse_notice("关于巡察整改情况的通报\n\n" + opening + "\n\n一、整改情况\n\n已完成。")
    assert notice.inspection is not None
    return notice.inspection.inspector


@pytest.mark.parametrize(
    ("group", "inspector"),
    [
        # A group first named with its round or its committee's term is the plain group: the term and the round
        # go, the committee that sent it stays (as written, with its place).
        ("一届市委第五轮巡察第二巡察组", "市委第二巡察组"),
        ("十四届区委第十一轮巡察第二巡察组", "区委第二巡察组"),
        ("十二届江海市委第八轮巡察二组", "江海市委巡察二组"),
        ("八届市委巡察四组", "市委巡察四组"),
        ("第十四届县委第二巡察组", "县委第二巡察组"),
        ("十二届市委第二提级交叉巡察组", "市委第二提级交叉巡察组"),
        ("第三轮巡察第一巡察组", "第一巡察组"),  # no body named: the group alone
        ("市委2023年第一轮巡察第二巡察组", "市委第二巡察组"),  # a year before the round is no place
        ("市委第一巡察组", "市委第一巡察组"),
    ],
)
def test_a_group_named_with_its_round_or_term_is_the_plain_group(group: str, inspector: str) -> None:
    opening = f"根据统一部署,2024年4月15日至6月13日,{group}对市城市管理局党组开展了巡察。"
    assert _inspector(opening) == inspector


@pytest.mark.parametrize(
    ("clause", "target"),
    [
        # Every unit of one place, the place said once, closed by their count: one target, kept whole.
        (
            "对柳庄镇柳庄村、槐树村、王家庄村、西召村、安平村等5个村级党组织进行了巡察。",
            "柳庄镇柳庄村、槐树村、王家庄村、西召村、安平村等5个村级党组织",
        ),
        (
            "对柳庄镇柳庄村、槐树村、王家庄村等三个村党支部进行了巡察。",
            "柳庄镇柳庄村、槐树村、王家庄村等三个村党支部",
        ),
        # Bodies each named with its own place, or counted beyond what is named: the first named.
        ("对县财政局、县教育局等2个单位党组织进行了巡察。", "县财政局"),
        ("对柳庄镇柳庄村、槐树村等8个村级党组织进行了巡察。", "柳庄镇柳庄村"),
        ("对柳庄镇柳庄村、槐树社区等2个党组织进行了巡察。", "柳庄镇柳庄村"),  # units of different kinds
        ("对县政协机关等13个单位进行了巡察。", "县政协机关"),
    ],
)
def test_every_unit_of_one_place_is_one_target(clause: str, target: str) -> None:
    assert _target(clause) == target


def _periods(text: str) -> list[tuple[str, str, str, str]]:
    found = xuncha.extract_periods(text, reference=dt.date(2025, 3, 1))
    return [(p.text or "", p.relation.value, str(p.start), str(p.end)) for p in found]


def test_a_range_whose_end_lost_its_month_sign_after_a_glued_start_is_read() -> None:
    # 20241014日至1213日: the scraper dropped 年 and 月; four digits and 日 after 至 are a month 10–12 and a day
    assert _periods("根据市委统一部署,20241014日至1213日,市委巡察组开展了巡察。") == [
        ("20241014日至1213日", "range", "2024-10-14", "2024-12-13")
    ]
    assert _periods("2024年10月14日至1213日") == [
        ("2024年10月14日至1213日", "range", "2024-10-14", "2024-12-13")
    ]
    # not after another word (a count of days), nor where the digits are no month and day
    assert _periods("累计1213日") == []
    assert _periods("2024年10月14日至1233日")[0][0] == "2024年10月14日"


def test_seven_digits_after_an_adverbs_yu_before_a_verb_are_a_date() -> None:
    # 并于2025218向…反馈: 年, 月 and 日 lost, in the one place where seven digits cannot be an amount
    assert _periods("并于2025218向市局党组反馈巡察意见。") == [("2025218", "on", "2025-02-18", "2025-02-18")]
    assert _periods("已于2024926召开会议。") == [("2024926", "on", "2024-09-26", "2024-09-26")]
    # an amount (a unit follows, or 于 compares), or digits that split two ways, are no date
    assert _periods("并于2025218元") == []
    assert _periods("低于2025218向") == []
    assert _periods("并于2025111向市局反馈") == []


def test_a_notice_whose_dates_lost_their_signs_gives_its_period_and_feedback() -> None:
    notice = parse_notice(
        "关于巡察整改情况的通报\n\n根据市委统一部署,20241014日至1213日,市委第三巡察组对中共某市大数据管理局党组"
        "开展了巡察,并于2025218向中共某市大数据管理局党组反馈巡察意见。\n\n一、整改情况\n\n已完成。"
    )
    inspection = notice.inspection
    assert inspection is not None
    assert inspection.period is not None
    assert (inspection.period.start, inspection.period.end) == (dt.date(2024, 10, 14), dt.date(2024, 12, 13))
    assert inspection.feedback_date == dt.date(2025, 2, 18)


def test_a_date_the_work_began_in_is_that_date_and_a_start_from_then_on_is_not() -> None:
    # 9月份开始对…进行巡察: when the inspection began (CONVENTIONS, set I), the month itself
    assert _periods("局党组第三巡察组9月份开始对省林木种苗站进行巡察。") == [
        ("9月份开始", "on", "2024-09-01", "2024-09-30")
    ]
    # also before a clause break: the work the next clause tells began then (今年3月下旬开始,…启动…; sets I, K, O)
    assert _periods("此前,今年3月下旬开始,自治区党委巡视机构启动资源领域专项巡视。") == [
        ("今年3月下旬开始", "on", "2025-03-21", "2025-03-31")
    ]
    # with 自/从, a start from then on
    assert _periods("从9月3日开始,巡察组进驻。") == [("从9月3日开始", "since", "2024-09-03", "2025-03-01")]
    assert _periods("自2023年10月开始实施。")[0][1] == "since"


def test_the_whole_year_in_a_standing_rule_is_no_period() -> None:
    # 全年应开展…: what every year must hold, not a year the text speaks of
    assert _periods("理论学习中心组全年应开展集体学习12次左右。") == []
    assert _periods("全年须完成培训2次。") == []
    # what a year did, or a year named before it, stays
    assert _periods("全年共发生安全生产事故4起。") == [("全年", "on", "2025-01-01", "2025-12-31")]
    assert _periods("2024年全年应完成培训。")[0][2:] == ("2024-01-01", "2024-12-31")
