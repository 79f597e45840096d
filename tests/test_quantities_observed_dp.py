"""Classes of figure found in sets DP–EA of the observed corpus (the fourteenth session), each written as new
sentences rather than copied from a passage: (text, [(figure text, value, unit, qualifier)])."""

from __future__ import annotations

from decimal import Decimal

import pytest

from _cpu_cost import grows_linearly
from xuncha import Qualifier, extract_quantities

Read = tuple[str, str, str | None, Qualifier | None]

CASES: list[tuple[str, list[Read]]] = [
    # Schools as Taiwan's pages count them, in digits; 校区, 校医院 and slogans are no count of schools.
    (
        "註冊率未達6成者共14校,較去年增加3校。",
        [("未達6成", "6", "成", Qualifier.NEARLY), ("14校", "14", "校", None), ("3校", "3", "校", None)],
    ),
    ("落实“三审三校”制度,3校区合并,任一校医院均可就诊。", []),
    # The one before, compared with: no count of one (会前一周 is a week before the meeting, a duration).
    ("猪肉价格比前一周上涨2%,较前一期下降。", [("2%", "2", "%", None)]),
    ("会前一周印发通知。", [("一周", "1", "周", None)]),
    # 约有, "there are about"; 破 before an amount, a headline's "tops"; 上下 after a figure, "about".
    (
        "就业人数约有8.71万人,大约有3000人。",
        [("约有8.71万人", "8.71", "万人", Qualifier.ABOUT), ("大约有3000人", "3000", "人", Qualifier.ABOUT)],
    ),
    (
        "城镇就业人数破1100万,侦破3起案件。",
        [("破1100万", "11000000", None, Qualifier.MORE_THAN), ("3起", "3", "起", None)],
    ),
    ("就业率在42%上下波动。", [("42%上下", "42", "%", Qualifier.ABOUT)]),
    # 上下 as "upper and lower" (市县两级上下贯通) is no qualifier.
    ("形成市县两级上下贯通的格局。", [("两级", "2", "级", None)]),
    # Counts of two levels of areas (县市, 县区, 省区), and 最长/最短 as the bound they set.
    (
        "停水涉及8縣市、7县区和4省区,最長9小時,最短3天。",
        [
            ("8縣市", "8", "县市", None),
            ("7县区", "7", "县区", None),
            ("4省区", "4", "省区", None),
            ("最長9小時", "9", "小时", Qualifier.AT_MOST),
            ("最短3天", "3", "天", Qualifier.AT_LEAST),
        ],
    ),
    # Couples and tables after digits, cubic metres written 立米, sets of machines (台套); 一对一 and 对乡镇 are words.
    (
        "登记结婚1687对,超7315对;接待8815桌;沙石120立米;农机1100万台套。",
        [
            ("1687对", "1687", "对", None),
            ("超7315对", "7315", "对", Qualifier.MORE_THAN),
            ("8815桌", "8815", "桌", None),
            ("120立米", "120", "立方米", None),
            ("1100万台套", "1100", "万台套", None),
        ],
    ),
    ("开展一对一帮扶,6 对乡镇税收返还。", []),
    # 次 in brackets after a counter: the counter of occurrences (项次), as 人（次） is 人次; another stays bracketed.
    (
        "检查71项(次),购置46台（套）。",
        [("71项(次)", "71", "项次", None), ("46台（套）", "46", "台（套）", None)],
    ),
    # An article's number that lost its 第, opening a line before a space; a count opening a line is kept.
    ("总则\n二條 本制度適用于公司本部。\n三条措施落实到位。", [("三条", "3", "条", None)]),
    # The length of a schooling that names it.
    ("九年义务教育巩固率达98%。", [("98%", "98", "%", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_figures_of_sets_dp_to_ea(text: str, expected: list[Read]) -> None:
    found = [(q.text, q.value, q.unit, q.qualifier) for q in extract_quantities(text)]
    assert found == [(t, Decimal(v), u, q) for t, v, u, q in expected]


@pytest.mark.scaling
def test_a_long_line_of_article_numbers_costs_time_in_proportion_to_it() -> None:
    # (whether a numeral and 条 open their line is asked over the spaces before them only, not by a search back to
    # the line's start for every one of them: a line of them once cost its square)
    linear, small, large = grows_linearly(extract_quantities, lambda n: "一条 " * (n // 3), 60_000)
    assert linear, (small, large)
