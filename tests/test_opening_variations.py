"""The facts of an opening under systematic variation of the layouts real openings use.

Each opening below is written for these tests (no sentence is copied from a page), after the openings of the
observed corpus: who deployed the inspection (党中央, 省委, 自治区党委, 市委, 县委, 校党委, 集团党委, 局党组, a
round's work, a leading group, 经…批准, 受…委派, none named), how the group is named (with its committee's term or its round, several groups, a
later sentence naming it whole), how the target is named (以下简称/简称 clauses, a bundling clause with commas, a
list, 及所属单位, 我局), the period (至, 到, ~, —, 自…起至…, 于…至…, 从…到…, dotted, across a year end, without
a year), the feedback (its own sentence, 并于…, 日前/近日 sentences, 同年, a meeting), the mode (常规, 专项, 回头看,
机动, 提级). Every opening is checked as written (half-width punctuation, as the corpus prints it), with
full-width punctuation, in traditional characters and under web-page chrome with a title naming the issuer.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from typing import Any

import pytest

from xuncha import parse_notice
from xuncha._fold import _SIMPLIFIED, _TRADITIONAL, fold

D = dt.date
REFERENCE = D(2023, 12, 25)
TITLE = "关于巡察整改情况的通报"
BODY = "\n\n一、整改工作总体情况\n\n班子召开专题会议研究部署整改工作。\n"
_NARROW = str.maketrans("，（）：；", ",():;")
_TO_TRADITIONAL: dict[str, str] = {}
for _simple, _traditional in zip(_SIMPLIFIED, _TRADITIONAL, strict=True):
    _TO_TRADITIONAL.setdefault(_simple, _traditional)


def _layouts(opening: str) -> Iterator[tuple[str, str]]:
    """The opening under a title, as printed in each layout: (its name, the notice's text)."""
    text = f"{TITLE}\n\n{opening}{BODY}"
    yield "half-width", text
    wide = (
        opening.replace(",", "，").replace("(", "（").replace(")", "）").replace(":", "：").replace(";", "；")
    )
    yield "full-width", f"{TITLE}\n\n{wide}{BODY}"
    yield "traditional", "".join(_TO_TRADITIONAL.get(character, character) for character in text)
    yield (
        "web-page",
        f"首页 > 巡察工作 > 正文\n中共某某县水利局党组{TITLE}\n发布时间:2023-12-25 来源:县纪委监委\n{opening}{BODY}",
    )


def _facts(text: str) -> dict[str, Any]:
    """The facts read, with their strings folded to simplified characters and half-width punctuation."""
    inspection = parse_notice(text, reference=REFERENCE).inspection
    assert inspection is not None
    period = inspection.period
    found: dict[str, Any] = {
        "inspector": inspection.inspector,
        "dispatcher": inspection.dispatcher,
        "target": inspection.target,
        "mode": inspection.mode,
        "round": inspection.round,
        "period": None if period is None else (period.start, period.end),
        "feedback": inspection.feedback_date,
    }
    return {
        key: fold(value).translate(_NARROW) if isinstance(value, str) else value
        for key, value in found.items()
    }


def _check(opening: str, expected: dict[str, Any]) -> None:
    for layout, text in _layouts(opening):
        found = _facts(text)
        assert {key: found[key] for key in expected} == expected, (layout, opening)


# --------------------------------------------------------------------------- one factor at a time

# (the deploying clause, the group as first named) → (dispatcher, inspector)
DEPLOYERS = [
    ("根据省委统一部署", "省委第三巡视组", "省委", "省委第三巡视组"),
    ("按照党中央统一部署", "中央第四巡视组", "中央", "中央第四巡视组"),
    ("根据自治区党委统一部署", "自治区党委第二巡视组", "自治区党委", "自治区党委第二巡视组"),
    ("根据市委巡察工作统一部署", "市委第二巡察组", "市委", "市委第二巡察组"),
    ("按照县委巡察工作领导小组统一安排", "县委第一巡察组", "县委", "县委第一巡察组"),
    ("根据十四届省委第五轮巡视工作统一部署", "省委第三巡视组", "省委", "省委第三巡视组"),
    ("根据校党委统一部署", "校党委第一巡察组", "校党委", "校党委第一巡察组"),
    ("根据集团公司党委统一部署", "集团党委第二巡察组", "集团公司党委", "集团党委第二巡察组"),
    ("根据局党组统一部署", "局党组第一巡察组", "局党组", "局党组第一巡察组"),
    ("根据区委统一部署", "十二届区委第三轮巡察第二巡察组", "区委", "区委第二巡察组"),
    ("根据市委统一部署", "八届市委巡察四组", "市委", "市委巡察四组"),
    ("根据县委统一部署", "县委第一、第二巡察组", "县委", "县委第一巡察组"),
    ("根据县委统一部署", "县委第三巡察组(组长:某某)", "县委", "县委第三巡察组"),
    ("经县委批准", "第一巡察组", "县委", "第一巡察组"),
    ("受省委委派", "第三巡视组", "省委", "第三巡视组"),
    ("经校党委同意", "第二巡察组", "校党委", "第二巡察组"),
    ("根据统一部署", "市委第二巡察组", "市委", "市委第二巡察组"),
]
TARGETS = [
    ("县水利局党组", "县水利局党组"),
    ("县水利局党组(以下简称“局党组”)", "县水利局党组"),
    ("县水利局党组（以下简称局党组）", "县水利局党组"),
    ("县水利局党组(简称“局党组”)", "县水利局党组"),
    ("县水利局党组(含下属单位)", "县水利局党组(含下属单位)"),  # what it includes is part of its name
    ("县水利局党组(原县水务局党组)", "县水利局党组"),  # a former name is not
    ("县水利局(以下简称水利局)党组", "县水利局党组"),
    ("县文化和旅游局(县文物局,含执法大队)党组", "县文化和旅游局(县文物局,含执法大队)党组"),
    ("县水利局党组、县交通运输局党组等2个单位党组织", "县水利局党组"),
    ("县水利局党组及所属单位", "县水利局党组"),
    ("城关镇党委及所辖12个村(社区)", "城关镇党委"),
    ("我局党组", "我局党组"),
]
PERIODS = [
    ("2023年3月13日至4月28日", (D(2023, 3, 13), D(2023, 4, 28))),
    ("自2023年3月13日起至4月28日", (D(2023, 3, 13), D(2023, 4, 28))),
    ("自2023年3月13日至4月28日", (D(2023, 3, 13), D(2023, 4, 28))),
    ("于2023年3月13日至4月28日", (D(2023, 3, 13), D(2023, 4, 28))),
    ("从2023年3月13日到4月28日", (D(2023, 3, 13), D(2023, 4, 28))),
    ("2023年3月13日—4月28日", (D(2023, 3, 13), D(2023, 4, 28))),
    ("2023年3月13日~4月28日", (D(2023, 3, 13), D(2023, 4, 28))),
    ("2023年3月13日-2023年4月28日", (D(2023, 3, 13), D(2023, 4, 28))),
    ("2023.3.13-2023.4.28", (D(2023, 3, 13), D(2023, 4, 28))),
    ("2023年3月13日至2023年4月28日期间", (D(2023, 3, 13), D(2023, 4, 28))),
    ("2023年3月中旬至4月下旬", (D(2023, 3, 11), D(2023, 4, 30))),
    ("3月13日至4月28日", (D(2023, 3, 13), D(2023, 4, 28))),
    ("2022年11月28日至2023年1月17日", (D(2022, 11, 28), D(2023, 1, 17))),
    ("2022年11月28日至1月17日", (D(2022, 11, 28), D(2023, 1, 17))),
]
FEEDBACKS = [
    ("。6月9日,{group}向局党组反馈了巡察意见。", D(2023, 6, 9)),
    ("。2023年6月9日,巡察组反馈了巡察意见。", D(2023, 6, 9)),
    ("。日前,{group}于6月9日向局党组反馈了巡察意见。", D(2023, 6, 9)),
    ("。近日,{group}于2023年6月9日召开巡察反馈会议。", D(2023, 6, 9)),
    (",并于6月9日反馈了巡察意见。", D(2023, 6, 9)),
    (";6月9日,县委巡察组向局党组反馈了巡察意见。", D(2023, 6, 9)),
    ("。同年6月9日,{group}向局党组反馈了巡察意见。", D(2023, 6, 9)),
    ("。2023年6月9日,县委巡察组召开巡察反馈会,向局党组反馈了巡察意见。", D(2023, 6, 9)),
    ("。日前,巡察组向局党组反馈了巡察意见。", None),
]
MODES = [
    ("常规巡察", "常规"),
    ("专项巡察", "专项"),
    ("巡察“回头看”", "回头看"),
    ("机动巡察", "机动"),
    ("提级巡察", "提级"),
]


def _opening(deployer: int = 0, target: int = 0, period: int = 0, feedback: int = 0, mode: int = 0) -> str:
    deploy, group = DEPLOYERS[deployer][:2]
    return f"{deploy},{PERIODS[period][0]},{group}对{TARGETS[target][0]}开展了{MODES[mode][0]}" + FEEDBACKS[
        feedback
    ][0].format(group=group)


@pytest.mark.parametrize("index", range(len(DEPLOYERS)), ids=[row[1] for row in DEPLOYERS])
def test_the_committee_and_the_group_however_the_deployment_and_the_group_are_named(index: int) -> None:
    _, _, dispatcher, inspector = DEPLOYERS[index]
    _check(
        _opening(deployer=index), {"dispatcher": dispatcher, "inspector": inspector, "target": "县水利局党组"}
    )


@pytest.mark.parametrize("index", range(len(TARGETS)), ids=[row[0] for row in TARGETS])
def test_the_target_however_it_is_named(index: int) -> None:
    _check(
        _opening(target=index), {"target": TARGETS[index][1], "mode": "常规", "inspector": "省委第三巡视组"}
    )


@pytest.mark.parametrize("index", range(len(PERIODS)), ids=[row[0] for row in PERIODS])
def test_the_period_however_it_is_written(index: int) -> None:
    _check(_opening(period=index), {"period": PERIODS[index][1], "feedback": D(2023, 6, 9)})


@pytest.mark.parametrize("index", range(len(FEEDBACKS)), ids=[row[0] for row in FEEDBACKS])
def test_the_feedback_date_however_the_feedback_is_told(index: int) -> None:
    _check(_opening(feedback=index), {"feedback": FEEDBACKS[index][1], "period": PERIODS[0][1]})


@pytest.mark.parametrize("index", range(len(MODES)), ids=[row[1] for row in MODES])
def test_the_mode_however_it_is_written(index: int) -> None:
    _check(_opening(mode=index), {"mode": MODES[index][1], "target": "县水利局党组"})


@pytest.mark.parametrize(
    ("deployer", "target", "period", "feedback"),
    list(itertools.product((0, 9, 11), (1, 6), (1, 4, 13), (2, 4))),
)
def test_factors_combined(deployer: int, target: int, period: int, feedback: int) -> None:
    _check(
        _opening(deployer, target, period, feedback),
        {
            "dispatcher": DEPLOYERS[deployer][2],
            "inspector": DEPLOYERS[deployer][3],
            "target": TARGETS[target][1],
            "period": PERIODS[period][1],
            "feedback": FEEDBACKS[feedback][1],
        },
    )


# --------------------------------------------------------------------------- other orders of the opening

OTHER_ORDERS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "the feedback told before the period",
        (
            "2023年6月9日,省委第三巡视组向县水利局党组反馈了巡视意见。此前,2023年3月13日至4月28日,"
            "省委第三巡视组对县水利局党组进行了常规巡视。"
        ),
        {"inspector": "省委第三巡视组", "target": "县水利局党组", "period": (D(2023, 3, 13), D(2023, 4, 28))},
    ),
    (
        "the round in the deploying clause",
        "根据十四届县委第五轮巡察工作统一部署,2023年3月13日至4月28日,县委第一巡察组对县水利局党组开展了常规巡察。",
        {"dispatcher": "县委", "round": "十四届县委第五轮", "inspector": "县委第一巡察组"},
    ),
    (
        "a year's round of the committee",
        "根据县委2023年第一轮巡察工作安排,县委第一巡察组于2023年3月13日至4月28日对县水利局党组进行了常规巡察。",
        {"dispatcher": "县委", "round": "县委2023年第一轮"},
    ),
    (
        "no deploying clause: the committee from the group's name",
        "县委第一巡察组于2023年3月13日至4月28日对县水利局党组开展了常规巡察,并于2023年6月9日反馈了巡察意见。",
        {"dispatcher": "县委", "inspector": "县委第一巡察组", "feedback": D(2023, 6, 9)},
    ),
    (
        "a group named whole only in a later sentence",
        (
            "根据市委统一部署,2023年3月13日至4月28日,市委巡察组对市水利局党组开展了巡察。6月9日,市委第二巡察组向"
            "市水利局党组反馈了巡察意见。"
        ),
        {"inspector": "市委第二巡察组", "target": "市水利局党组", "feedback": D(2023, 6, 9)},
    ),
    (
        "the group's arrival and a stated length",
        "根据市委统一部署,市委第一巡察组于2023年3月13日进驻县水利局党组,开展了为期45天的提级巡察。",
        {"target": "县水利局党组", "mode": "提级", "period": (D(2023, 3, 13), None)},
    ),
    (
        "a second, extended inspection in the same sentence",
        (
            "根据县委统一部署,2023年3月13日至4月28日,县委第三巡察组对县水利局党组进行了常规巡察,对县水库管理所开展了"
            "延伸巡察。"
        ),
        {"target": "县水利局党组", "mode": "常规"},
    ),
    (
        "a feedback date in the month's first ten days",
        "根据县委统一部署,2023年3月13日至4月28日,县委第一巡察组对县水利局党组开展了常规巡察,6月上旬反馈了巡察意见。",
        {"feedback": D(2023, 6, 1)},
    ),
]


@pytest.mark.parametrize(
    ("trait", "opening", "expected"), OTHER_ORDERS, ids=[case[0] for case in OTHER_ORDERS]
)
def test_the_facts_of_openings_told_in_other_orders(
    trait: str, opening: str, expected: dict[str, Any]
) -> None:
    _check(opening, expected)


# --------------------------------------------------------------------------- more ways of writing one fact

MORE_WAYS: list[tuple[str, dict[str, Any]]] = [
    (
        "根据县委统一部署,二〇二三年三月十三日至四月二十八日,县委第一巡察组对县水利局党组开展了常规巡察,六月九日反馈了巡察意见。",
        {"period": (D(2023, 3, 13), D(2023, 4, 28)), "feedback": D(2023, 6, 9)},
    ),
    (
        "根据县委统一部署,2023年3月13号至4月28号,县委第一巡察组对县水利局党组开展了常规巡察,6月9号反馈了巡察意见。",
        {"period": (D(2023, 3, 13), D(2023, 4, 28)), "feedback": D(2023, 6, 9)},
    ),
    (
        "根据县委统一部署,县委第一巡察组于2023年3月13日—2023年4月28日期间对县水利局党组开展了常规巡察。",
        {"period": (D(2023, 3, 13), D(2023, 4, 28))},
    ),
    (
        "根据县委统一部署,县委巡察第一组于2023年3月13日至4月28日对县水利局党组开展了常规巡察。",
        {"inspector": "县委巡察第一组"},
    ),
    (
        "根据县委统一部署,县委第一巡察工作组于2023年3月13日至4月28日对县水利局党组开展了常规巡察。",
        {"inspector": "县委第一巡察工作组"},
    ),
    (
        "根据县委2023年第4轮巡察工作部署,县委第一巡察组于2023年3月13日至4月28日对县水利局党组开展了常规巡察。",
        {"round": "县委2023年第4轮"},
    ),
    (
        "根据县委统一部署,县委第一巡察组于2023年3月13日至4月28日对县水利局党组(以下简称「局党组」)开展了常规巡察。",
        {"target": "县水利局党组"},
    ),
    (
        "根据区委巡察办统一部署,区委第一巡察组于2023年3月13日至4月28日对区水利局党组开展了常规巡察。",
        {"dispatcher": "区委"},
    ),
    # the day of entry and the day it ended, told apart
    (
        "根据县委统一部署,县委第一巡察组于2023年3月13日进驻县水利局党组开展常规巡察,4月28日结束。",
        {"period": (D(2023, 3, 13), D(2023, 4, 28))},
    ),
    # a start announced, its length in days: the start alone, whatever the reference date
    (
        "根据县委统一部署,县委第一巡察组自2023年3月13日起对县水利局党组开展为期1个半月的常规巡察。",
        {"period": (D(2023, 3, 13), None)},
    ),
    (
        "2023年3月13日至4月28日,根据县委统一部署,县委第一巡察组对县水利局党组开展了常规巡察。",
        {"period": (D(2023, 3, 13), D(2023, 4, 28)), "dispatcher": "县委"},
    ),
    (
        (
            "根据县委统一部署,2023年3月13日至4月28日,县委第一巡察组对县水利局党组开展了常规巡察。6月9日下午,县委巡察组"
            "反馈了巡察意见。"
        ),
        {"feedback": D(2023, 6, 9)},
    ),
    (
        (
            "根据县委统一部署,2023年3月13日至4月28日,县委第一巡察组对县水利局党组开展了常规巡察。2023年6月9日,召开巡察"
            "反馈会议。"
        ),
        {"feedback": D(2023, 6, 9)},
    ),
    (
        "根据县委统一部署,县委第一巡察组于2023年3月13日至4月28日对县医院党委开展了“回头看”巡察。",
        {"mode": "回头看"},
    ),
    ("根据县委统一部署,县委第一巡察组于2023年3月13日至4月28日对县医院党委开展了交叉巡察。", {"mode": "交叉"}),
    (
        "根据县委统一部署,县委第一巡察组于2023年3月13日至4月28日对县医院党委开展了上下联动巡察。",
        {"mode": "上下联动"},
    ),
    ("根据县委统一部署,县委第一巡察组于2023年3月13日至4月28日对县医院党委开展了政治巡察。", {"mode": None}),
    # the levels or the system that take part in a linked or crossed inspection are not its mode; the field of a
    # special one is
    (
        "经市委研究同意,自3月5日起,用1个多月的时间,对市农机服务中心党组开展全省农机系统省市县上下联动巡察。",
        {"mode": "上下联动", "target": "市农机服务中心党组"},
    ),
    (
        "根据市委统一部署,市委第二巡察组于2023年3月13日至4月28日对县医院党委开展了市县提级交叉巡察。",
        {"mode": "提级交叉"},
    ),
    (
        "根据市委统一部署,市委第二巡察组于2023年3月13日至4月28日对县医院党委开展了市县两级医保基金专项巡察。",
        {"mode": "市县两级医保基金专项"},
    ),
]


@pytest.mark.parametrize(("opening", "expected"), MORE_WAYS, ids=[str(i) for i in range(len(MORE_WAYS))])
def test_more_ways_of_writing_a_fact(opening: str, expected: dict[str, Any]) -> None:
    _check(opening, expected)


# --------------------------------------------------------------------------- round announcements

# An announcement opens on the groups sent (named, or only counted), the day they start (从…开始, 自…起, 于…),
# the bodies inspected (one, a short counted list, a list too long to be one name) under the first mode, and
# often a second list under another mode in the next clause: the facts are the first group named (none for a
# count), the first body of the first list and the first mode.
ANNOUNCED_GROUPS = [
    ("市委成立7个巡察组", None),
    ("市委派出3个巡察组", None),
    ("市委第一巡察组", "市委第一巡察组"),
    ("市委第一、第二巡察组", "市委第一巡察组"),
]
ANNOUNCED_STARTS = [
    ("从2023年3月13日开始", (D(2023, 3, 13), None)),
    ("自2023年3月13日起", (D(2023, 3, 13), None)),
    ("于2023年3月13日", (D(2023, 3, 13), None)),
    ("于2023年3月13日至4月28日", (D(2023, 3, 13), D(2023, 4, 28))),
    ("从2023年3月13日至4月28日", (D(2023, 3, 13), D(2023, 4, 28))),
]
ANNOUNCED_LISTS = [
    (
        (
            "市水务局、市统计局、市医疗保障局、市总工会、团市委、市妇联、市科协、市红十字会、市融媒体中心、"
            "市疾控中心、市图书馆等11个市属单位党组织"
        ),
        "市水务局",
    ),
    ("市水务局、市统计局等2个单位党组织", "市水务局"),
    ("市水务局党组", "市水务局党组"),
]
ANNOUNCED_TAILS = [
    "开展常规巡察;对市经济开发区、市产业园区开展开发区建设专项巡察。",
    "开展常规巡察。",
    "开展为期两个月的常规巡察,同时对市经济开发区开展专项巡察。",
]


def _announcement(
    group: int = 0, start: int = 0, listed: int = 0, tail: int = 0, start_first: bool = False
) -> str:
    named, when = ANNOUNCED_GROUPS[group][0], ANNOUNCED_STARTS[start][0]
    sent = f"{when},{named}" if start_first else f"{named}{when},"
    return f"按照市委统一部署,{sent}对{ANNOUNCED_LISTS[listed][0]}{ANNOUNCED_TAILS[tail]}"


def _announced(group: int = 0, start: int = 0, listed: int = 0) -> dict[str, Any]:
    return {
        "inspector": ANNOUNCED_GROUPS[group][1],
        "dispatcher": "市委",
        "target": ANNOUNCED_LISTS[listed][1],
        "mode": "常规",
        "period": ANNOUNCED_STARTS[start][1],
    }


@pytest.mark.parametrize(
    ("group", "start", "start_first"),
    list(itertools.product(range(len(ANNOUNCED_GROUPS)), range(len(ANNOUNCED_STARTS)), (False, True))),
)
def test_an_announcement_however_its_groups_and_start_are_told(
    group: int, start: int, start_first: bool
) -> None:
    _check(_announcement(group, start, start_first=start_first), _announced(group, start))


@pytest.mark.parametrize(
    ("listed", "tail"), list(itertools.product(range(len(ANNOUNCED_LISTS)), range(len(ANNOUNCED_TAILS))))
)
def test_an_announcement_however_its_lists_of_bodies_are_told(listed: int, tail: int) -> None:
    _check(_announcement(listed=listed, tail=tail), _announced(listed=listed))


ANNOUNCED_OTHERWISE: list[tuple[str, dict[str, Any]]] = [
    (
        (
            "根据市委统一部署,十三届市委第一轮巡察的4个巡察组于2023年3月13日起陆续进驻被巡察单位,对市水务局、市统计局"
            "等8个单位党组织开展常规巡察。"
        ),
        {
            "round": "十三届市委第一轮",
            "target": "市水务局",
            "inspector": None,
            "period": (D(2023, 3, 13), None),
        },
    ),
    (
        "按照市委统一部署,市委第十三轮巡察于2023年3月13日启动,5个巡察组分别对市水务局、市统计局等10个单位开展常规巡察。",
        {"round": "市委第十三轮", "target": "市水务局", "inspector": None, "period": (D(2023, 3, 13), None)},
    ),
    (
        "根据市委统一部署,市委第一巡察组进驻市水务局党组,市委第二巡察组进驻市统计局党组,自2023年3月13日开始开展常规巡察。",
        {"inspector": "市委第一巡察组", "target": "市水务局党组", "period": (D(2023, 3, 13), None)},
    ),
    (
        (
            "根据市委统一部署,市委成立5个巡察组,对市水务局等10个单位开展常规巡察,对市经济开发区开展专项巡察。巡察时间从"
            "2023年3月13日开始。"
        ),
        {"target": "市水务局", "mode": "常规", "period": (D(2023, 3, 13), None)},
    ),
]


ANNOUNCED_OTHERWISE += [
    # the mode of the inspection the entry starts, later in the sentence
    (
        "近日,市委第一巡察组进驻市水务局党组,正式启动为期两个月的常规巡察工作。",
        {"inspector": "市委第一巡察组", "target": "市水务局党组", "mode": "常规"},
    ),
    # a news headline's form: 巡察组巡察…工作动员会/情况反馈会召开
    (
        "2023年3月13日,市委第一巡察组巡察市水务局党组工作动员会召开。",
        {"inspector": "市委第一巡察组", "target": "市水务局党组", "period": (D(2023, 3, 13), None)},
    ),
    ("市委第二巡察组巡察市中心医院党委情况反馈会议召开。", {"target": "市中心医院党委"}),
    # two groups, two bodies, two modes: the first of each
    (
        (
            "按照市委统一部署,2023年3月13日至4月28日,市委第一巡察组对市水务局党组开展了常规巡察,市委第二巡察组对"
            "市统计局党组开展了专项巡察。"
        ),
        {"inspector": "市委第一巡察组", "target": "市水务局党组", "mode": "常规"},
    ),
    (
        "根据市委巡察工作安排,十三届市委第三轮第二批巡察的3个巡察组于2023年3月13日进驻,对市水务局等6个单位开展常规巡察。",
        {
            "round": "十三届市委第三轮第二批",
            "target": "市水务局",
            "inspector": None,
            "period": (D(2023, 3, 13), None),
        },
    ),
]


@pytest.mark.parametrize(
    ("opening", "expected"), ANNOUNCED_OTHERWISE, ids=[str(i) for i in range(len(ANNOUNCED_OTHERWISE))]
)
def test_more_ways_of_announcing_a_round(opening: str, expected: dict[str, Any]) -> None:
    _check(opening, expected)


@pytest.mark.parametrize(
    ("opening_group", "signer", "inspector"),
    [
        ("学校党委巡察组", "党委第二巡察组", "党委第二巡察组"),  # named by no number: the signature's name
        ("集团党委巡察组", "集团党委第三巡察组", "集团党委第三巡察组"),
        (
            "集团党委第一巡察组",
            "集团党委第三巡察组",
            "集团党委第一巡察组",
        ),  # numbered in the opening: as written
        ("集团党委巡察组", "集团党委巡察工作领导小组办公室", "集团党委巡察组"),  # signed by another body
        ("集团党委巡视组", "集团党委第三巡察组", "集团党委巡视组"),  # a 巡视组 is not a 巡察组
    ],
)
def test_a_group_named_by_no_number_takes_the_name_it_signs_with(
    opening_group: str, signer: str, inspector: str
) -> None:
    text = (
        f"巡察公告\n\n根据县委统一部署,自即日起至11月28日,{opening_group}对县水利局党组开展常规巡察。"
        "现将有关事项公告如下:\n\n一、巡察对象\n\n县水利局党组领导班子及其成员。\n\n"
        f"巡察期间设立信访意见箱。\n\n{signer}\n\n2023年10月9日\n"
    )
    found = parse_notice(text, reference=REFERENCE).inspection
    assert found is not None
    assert found.inspector == inspector


# --------------------------------------------------------------------------- chrome around the title

# A page prints its chrome (dates, source, author, counters, widgets, a breadcrumb) above the title, under it, or
# both, on lines of their own or apart by blank lines: the title is found whole and no chrome date dates the
# inspection.
CHROME_LINES = [
    "发布时间：2023-06-24 09:30 来源：市纪委监委 作者：巡察办 浏览次数：123",
    "【字体：大 中 小】 【打印本页】 分享到：",
    "发布日期：2023年06月24日 信息来源：本站 分享按钮",
    "时间：2023-06-24 | 来源：市委巡察办 | 阅读：56次",
    "发布者：管理员 发布时间：2023-06-24",
    "来源:市纪委监委  发布时间:2023年6月24日  点击数:311",
    "您现在位置: 首页 >> 巡察工作 >> 文章详情",
]
CHROMED_TITLES = [
    "关于巡察整改情况的通报",
    "巡 察 公 告",
    "巡 察 公 告——十三届市委第一轮巡察",
    "市委第一巡察组进驻市水务局党组开展常规巡察",
]


@pytest.mark.parametrize(
    ("title", "chrome", "shape"),
    list(
        itertools.product(CHROMED_TITLES, CHROME_LINES, ("{t}\n{c}\n", "{c}\n{t}\n{c}\n\n", "{t}\n\n{c}\n\n"))
    ),
)
def test_the_title_and_the_facts_under_any_chrome(title: str, chrome: str, shape: str) -> None:
    opening = "根据市委统一部署,市委第一巡察组于2023年3月13日至4月28日对市水务局党组开展常规巡察。\n"
    text = shape.format(t=title, c=chrome) + opening
    assert parse_notice(text, reference=REFERENCE).title == title
    found = _facts(text)
    assert (found["inspector"], found["target"], found["period"]) == (
        "市委第一巡察组",
        "市水务局党组",
        (D(2023, 3, 13), D(2023, 4, 28)),
    )
