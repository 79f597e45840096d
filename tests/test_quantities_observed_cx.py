"""Classes of figure found in sets CX–DO of the observed corpus (the thirteenth session), each written as new
sentences rather than copied from a passage: (text, [(figure text, value, unit, qualifier)])."""

from __future__ import annotations

from decimal import Decimal

import pytest

from xuncha import Qualifier, extract_quantities

Read = tuple[str, str, str | None, Qualifier | None]

CASES: list[tuple[str, list[Read]]] = [
    # A rule's limits: the bound, not 超过's "more than".
    ("预备期不得超过6个月。", [("不得超过6个月", "6", "个月", Qualifier.AT_MOST)]),
    ("每年不得少于2次。", [("不得少于2次", "2", "次", Qualifier.AT_LEAST)]),
    ("收受礼金不满1000元的", [("不满1000元", "1000", "元", Qualifier.NEARLY)]),
    # 内 before the verb of a time limit is "within"; 内审 alone is an internal audit.
    ("应在3个月内审批。", [("3个月内", "3", "个月", Qualifier.AT_MOST)]),
    ("30日内审结。", [("30日内", "30", "天", Qualifier.AT_MOST)]),
    # Counters of inspections and doses, and the old weight of grain.
    ("检查工地512个次,督查41组次。", [("512个次", "512", "个次", None), ("41组次", "41", "组次", None)]),
    ("接种疫苗18.6万剂次。", [("18.6万剂次", "18.6", "万剂次", None)]),
    ("收购茶叶3420担。", [("3420担", "3420", "担", None)]),
    # 字: a limit, or a count in ten thousands; a bare count or one in thousands is a document site's chrome.
    (
        "字数不超过2000字,简介300字以内。",
        [("不超过2000字", "2000", "字", Qualifier.AT_MOST), ("300字以内", "300", "字", Qualifier.AT_MOST)],
    ),
    ("起草材料1.23万字。", [("1.23万字", "1.23", "万字", None)]),
    ("全文共8236字", []),
    # 路 counts the groups a force splits into, only after 分: 6路 alone is a bus line.
    ("干警兵分三路,分6路直扑现场。", [("三路", "3", "路", None), ("6路", "6", "路", None)]),
    ("乘坐6路公交,三路直播信号。", []),
    # 点 after a decimal is an index's points; a clock time has none (下午3点).
    (
        "钢材价格指数为93.46点,环比下降1.87点;下午3点开会。",
        [("93.46点", "93.46", "点", None), ("1.87点", "1.87", "点", None)],
    ),
    # A magnitude in Chinese counted after a word of comparison is a figure without a unit, as 超百亿 is.
    (
        "财政收入突破两百亿,盈余超二億。",
        [
            ("突破两百亿", "20000000000", None, Qualifier.MORE_THAN),
            ("超二億", "200000000", None, Qualifier.MORE_THAN),
        ],
    ),
    # Kinds counted after 大: 五大主题, 七大目标, 五大定位 (never after a bare number: 3目标 is no count).
    (
        "开展五大主题活动,实现七大目标,明确五大定位;3目标",
        [("五大主题", "5", "主题", None), ("七大目标", "7", "目标", None), ("五大定位", "5", "定位", None)],
    ),
    ("文档大小:约5.12千字", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_figures_of_sets_cx_to_dc(text: str, expected: list[Read]) -> None:
    found = [(q.text, q.value, q.unit, q.qualifier) for q in extract_quantities(text)]
    assert found == [(t, Decimal(v), u, q) for t, v, u, q in expected]


def test_words_starting_with_担_are_no_counter() -> None:
    assert [q.text for q in extract_quantities("3名同志担任组长,2担任务")] == ["3名"]
