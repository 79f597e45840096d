"""The unit lexicon and the quantity vetoes: one registration reaches every reader; each veto works on its own."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xuncha import _lexicon, extract_quantities, get_unit
from xuncha._lexicon import Spelling, all_spellings
from xuncha.quantities import _reading, refusals
from xuncha.quantities._figure_vetoes import FIGURE_VETOES
from xuncha.quantities._grammar import _alternation, _longest_of, unit_tables
from xuncha.quantities._reading_vetoes import READING_VETOES
from xuncha.quantities._vetoes import ALL_VETOES, NUMERAL_VETOES

SPELLINGS = sorted(all_spellings(), key=lambda spelling: spelling.text)


# --------------------------------------------------------------------------- the lexicon


def test_every_spelling_names_a_registered_unit() -> None:
    for spelling in SPELLINGS:
        assert get_unit(spelling.text).name == get_unit(spelling.unit).name, spelling


def test_spellings_are_written_once() -> None:
    texts = [spelling.text for spelling in _lexicon.SPELLINGS]
    assert len(texts) == len(set(texts))


def _arabic_numbers() -> st.SearchStrategy[str]:
    integers = st.integers(min_value=1, max_value=99_999).map(str)
    decimals = st.decimals(min_value=Decimal("0.1"), max_value=Decimal(9999), places=2).map(
        lambda value: format(value.normalize(), "f")
    )
    return integers | decimals


@given(
    st.sampled_from(SPELLINGS),
    _arabic_numbers(),
    st.sampled_from(["共", "达到", "，"]),
    st.sampled_from(["。", "，", ""]),
)
def test_every_registered_spelling_is_extracted_after_a_number_or_says_why(
    spelling: Spelling, number: str, before: str, after: str
) -> None:
    if spelling.needs_magnitude:
        number += "万"  # 度 (of electricity) is read only with a magnitude: 1.2万度
    written = number + spelling.text
    if spelling.needs_qualifier:
        written += "以内"  # 字 is read only with a bound: 300字以内
    if spelling.only_before:
        after = spelling.only_before[0] + after  # 三点意见: 点 counts only the points of what follows
    if spelling.only_after:
        before = spelling.only_after[0]  # 连续三届: 届 counts only after a counting word
    found = extract_quantities(before + written + after)
    if spelling.text == "年" and number.isdigit() and len(number) == 4:
        assert found == []  # 1000年, 2023年: four digits before 年 are a year, never a duration
        return
    if spelling.text == "年" and number.isdigit() and len(number) > 4 and "1900" <= number[-4:] <= "2099":
        assert found == []  # 图12017年: a figure number glued to a year
        return
    if spelling.not_extracted is not None:
        assert len(spelling.not_extracted) > 10  # a reason, not a placeholder
        assert all(quantity.text != written for quantity in found)
        return
    assert len(found) == 1, found
    quantity = found[0]
    assert quantity.text == written
    expected = get_unit(("万" if spelling.needs_magnitude else "") + spelling.unit)
    assert quantity.unit == expected.name
    assert quantity.value == Decimal(number.removesuffix("万"))


@pytest.fixture
def statute_mile() -> Iterator[None]:
    """英里 registered the one way the docs show: one entry in the lexicon."""
    _lexicon.MEASURED["length"][1]["英里"] = Fraction(201168, 125)
    _lexicon.rebuild()
    yield
    del _lexicon.MEASURED["length"][1]["英里"]
    _lexicon.rebuild()


@pytest.mark.usefixtures("statute_mile")
def test_one_registration_reaches_get_unit_and_the_scanner() -> None:
    assert get_unit("英里").factor == Fraction(201168, 125)
    assert get_unit("万英里").factor == Fraction(201168, 125) * 10_000
    [quantity] = extract_quantities("航行120英里")
    assert (quantity.value, quantity.unit, quantity.text) == (Decimal(120), "英里", "120英里")
    assert quantity.base().value == Decimal("193121.28")


def test_the_registration_is_undone() -> None:
    assert extract_quantities("航行120英里") == []


# --------------------------------------------------------------------------- the vetoes, each on its own

#: For each veto: a text, the numeral it refuses there, and whether the numeral would be read as a figure
#: without it (False for the fast paths, which refuse early what a later veto would refuse anyway, for a veto
#: whose example a time frame's reading refuses too, and for the vetoes that guard the reader from values it cannot
#: build).
VETO_EXAMPLES: dict[str, tuple[str, str, bool]] = {
    "too long to be one figure": ("共" + "1" * 41 + "元", "1" * 41, True),
    "nothing a figure is made of follows": ("一是加强", "一", False),
    "part of a code, a model name or markup": ("采购型号A12台", "12", True),
    "part of a place name": ("三门峡市", "三", True),
    "after a middle dot in a row of numbers": ("2016·4·1%", "4·1", True),
    "Latin letters follow": ("投资约1.2亿USD", "1.2亿", True),
    "a code with a leading zero": ("编号0012名", "0012", True),
    "a reading time in the page chrome": ("本文字数：1086字\n3分钟\n正文", "3", True),
    "a document site's page count": ("- 4.06千字\n- 9页\n- 2021-02-23 发布", "9", True),
    "a journal's issue number after its year": ("保险研究 2024年3期\n", "3", True),
    "a view count in the page chrome": ("来源:某某网 阅读6213次", "6213", True),
    "a year of the Republic's calendar": ("民國 103 年 3 月", "103", True),
    "digits read one by one": ("三五天", "三五", True),
    "a magnitude word without a number": ("百年大计", "百", True),
    "part of a word": ("数十家", "十", True),
    "the marker of a heading": ("完成。\n二、五个村整治", "二", True),
    "in a quotation or a set phrase": ("“两个人”", "两", True),
    "a date written with slashes": ("于12/25完成", "12/25", True),
    "digits after a comma that groups no thousands": ("利润增长16,4%", "4", True),
    "a bare number outside a list or range": ("12日", "12", False),
    "a unit read only after a counting word": ("十九届中央委员", "十九", True),
    "a numeral and counter that name something": ("压实两个责任", "两", True),
    "一 as an indefinite article": ("对一所高校开展巡视", "一", True),
    "再…一次, once more": ("再压实一次政治责任", "一", True),
    "the one before, compared with: 比前一周": (
        "猪肉价格比前一周上涨",
        "一",
        False,
    ),  # (比前一周 is a time frame too: the veto refuses it first)
    "an article's number that lost its 第: 一條 本制度…": ("总则\n十二条 员工应当遵守本制度。", "十二", True),
    "paired halves, 整改一项、销号一项": ("整改一件、办结一件", "一", True),
    "百分之 before a unit": ("百分之五十万元", "百分之五十万", True),
    "a unit read only with 万 or 亿": ("气温5度", "5", True),
    "a unit read only with a bound": ("全文共8236字", "8236", True),
    "not a number": ("一千千元", "一千千", False),
    "a magnitude word without a unit": ("千万、", "千万", False),
    "an unknown unit": ("5万μg/m³", "5万", False),
    "a unit read after Arabic digits only": ("签订三方协议", "三", True),
    "a clock time": ("9时30分", "30", True),
    "a section's number opening its line": ("3.2部门责任", "3.2", True),
    "a rank": ("排名前3名", "3", True),
    "a day of the month": ("12月30日内", "30", True),
    "the year of a department's budget": ("2025部门预算表", "2025", True),
    "the rest of a numeral split by a space": ("增长四点 五个百分点", "五", True),
    "three digits after a space that may group thousands": ("51 436个单位", "436", True),
    "two currencies": ("折合三万元欧元", "三万", True),
    "a yen sign before what is not money": ("¥5个", "5", False),
    "the year or years a clause names": ("这是不平凡的一年。", "一", True),
    "the years that name a plan": ("印发五年工作总结", "五", True),
    "a figure that names a class": ("建设10万吨级码头", "10万", True),
    "in a short quotation with other words": ("开展“9个不准”专项治理", "9", True),
    "a number glued to a year": ("图32023年全市产业构成", "32023", True),
    "a number cut off before its unit": ("共发放奖补资金1276万\n", "1276万", True),
}


def test_every_veto_has_an_example() -> None:
    assert {veto.reason for veto in ALL_VETOES} == set(VETO_EXAMPLES)
    assert len(ALL_VETOES) == len(VETO_EXAMPLES)  # no reason given twice


@pytest.mark.parametrize("reason", list(VETO_EXAMPLES))
def test_veto_refuses_its_example(reason: str) -> None:
    text, numeral, _ = VETO_EXAMPLES[reason]
    assert (numeral, reason) in refusals(text)


@pytest.mark.parametrize("reason", [reason for reason, (_, _, needed) in VETO_EXAMPLES.items() if needed])
def test_without_the_veto_its_example_would_be_a_figure(reason: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text, numeral, _ = VETO_EXAMPLES[reason]
    for name, table in (
        ("NUMERAL_VETOES", NUMERAL_VETOES),
        ("READING_VETOES", READING_VETOES),
        ("FIGURE_VETOES", FIGURE_VETOES),
    ):
        monkeypatch.setattr(_reading, name, tuple(veto for veto in table if veto.reason != reason))
    # The Chinese numerals' fast path refuses by the vetoes it tests in full, without the table: here the table
    # decides every numeral, as it does when the fast path cannot tell.
    monkeypatch.setattr(_reading, "chinese_numeral_is_clear", lambda candidate: False)
    starts = {quantity.span.start for quantity in extract_quantities(text) if quantity.span is not None}
    assert text.index(numeral) in starts or text.index(numeral) - 1 in starts


def _unit_surface_soup() -> st.SearchStrategy[str]:
    surfaces = unit_tables().surfaces
    pieces = st.sampled_from(surfaces) | st.sampled_from(sorted({c for surface in surfaces for c in surface}))
    return st.lists(pieces | st.sampled_from(["是", "/", "亩", " "]), max_size=4).map("".join)


@given(_unit_surface_soup())
def test_the_unit_tree_matches_the_longest_spelling(text: str) -> None:
    # unit_pattern reads the spellings as a tree of characters (_longest_of): it matches what the alternation
    # of the spellings longest first matches, at every place of the text.
    surfaces = unit_tables().surfaces
    tree, listed = re.compile(_longest_of(surfaces)), re.compile(_alternation(surfaces))
    for position in range(len(text) + 1):
        found, expected = tree.match(text, position), listed.match(text, position)
        assert (found and found.group()) == (expected and expected.group())
