"""Never silently wrong, the second round of issue #14: figures that were read in part.

Each class the peers' suites found cut short (money with its 角/分 dropped, a range dash read as a minus sign, the
lower bound of 从…到 lost, numerals split by spaces, 兆 without 亿 after it, 点零, 1万1亿) is generated in the spellings notices use;
the property is "read right or refused": extract_quantities gives the whole figure or nothing for it,
parse_quantity and parse_number the whole value or an error.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xuncha import NumberError, XunchaError, extract_quantities, format_number, parse_number, parse_quantity
from xuncha.numerals import _exact, _fast_number
from xuncha.units import get_unit


def _numeral(value: int | Decimal, style: str) -> str:
    return format_number(Decimal(value), style) if style != "arabic" else str(value)  # type: ignore[arg-type]


def _in_base(value: Decimal, unit: str | None) -> Decimal:
    """A value in the base unit of its dimension (万元 → 元), for comparing readings written either way."""
    if unit is None:
        return value
    return value * Decimal(get_unit(unit).factor.numerator) / Decimal(get_unit(unit).factor.denominator)


def _readings(text: str) -> list[tuple[Decimal, Decimal | None]]:
    """Each figure in ``text`` as (value, upper) in the base unit."""
    return [
        (_in_base(q.value, q.unit), None if q.upper is None else _in_base(q.upper, q.unit))
        for q in extract_quantities(text)
    ]


digit_styles = st.sampled_from(["arabic", "chinese"])

# --------------------------------------------------------------------------- money: 元/块 with 角/毛/分


@given(
    st.integers(min_value=1, max_value=10**5),
    digit_styles,
    st.sampled_from(["元", "块"]),
    st.integers(min_value=0, max_value=9),
    digit_styles,
    st.sampled_from(["角", "毛"]),
    st.integers(min_value=0, max_value=9),
    digit_styles,
    st.sampled_from(["", "钱"]),
)
def test_small_change_is_read_whole_or_refused(
    yuan: int,
    style: str,
    word: str,
    jiao: int,
    jiao_style: str,
    jiao_word: str,
    fen: int,
    fen_style: str,
    qian: str,
) -> None:
    text = _numeral(yuan, style) + word
    if jiao:
        text += _numeral(jiao, jiao_style) + jiao_word
    if fen:
        text += _numeral(fen, fen_style) + "分"
    if not jiao and not fen:
        return
    text += qian
    expected = Decimal(yuan) + Decimal(jiao) / 10 + Decimal(fen) / 100
    assert _readings(f"报销{text}。") in ([], [(expected, None)])
    try:
        quantity = parse_quantity(text)
    except XunchaError:
        return
    assert (_in_base(quantity.value, quantity.unit), get_unit(quantity.unit or "").base) == (expected, "元")


@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=1, max_value=9),
    st.integers(min_value=1, max_value=9),
    digit_styles,
    st.sampled_from(["分", "角", "毛"]),
)
def test_change_left_over_refuses_the_amount(yuan: int, jiao: int, extra: int, style: str, word: str) -> None:
    # 123元1角1分 and one more: nothing reads the whole, so nothing is read
    text = f"{yuan}元{_numeral(jiao, style)}角{_numeral(jiao, style)}分{_numeral(extra, style)}{word}"
    assert _readings(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一百三十五块六角七分钱", "135.67"),
        ("50元6角三分", "50.63"),
        ("一百二十三元1角1分", "123.11"),
        ("五块五毛三分", "5.53"),
        ("3元5角", "3.5"),
        ("二十五万元一角", "250000.1"),
    ],
)
def test_small_change_examples(text: str, value: str) -> None:
    quantity = parse_quantity(text)
    assert _in_base(quantity.value, quantity.unit) == Decimal(value)
    assert _readings(text) == [(Decimal(value), None)]


@pytest.mark.parametrize("text", ["两美元又三美分", "三十兆五千万元", "5兆3千瓦", "一百元3角2分5分"])
def test_amounts_not_read_whole_are_refused(text: str) -> None:
    assert extract_quantities(text) == []
    with pytest.raises(XunchaError):
        parse_quantity(text)


@given(
    st.integers(min_value=1, max_value=99),
    st.integers(min_value=1, max_value=9999),
    st.sampled_from(["亿", "億", "万"]),
    st.sampled_from(["", "共计", "，"]),
)
def test_zhao_is_read_whole_before_a_yi_group_or_refused(
    zhao: int, rest: int, magnitude: str, opener: str
) -> None:
    # 四十九兆九千五百九十二億元: 兆 is 10^12 before a 亿 group; before 万 alone (10^6 or 10^12?) it is refused
    text = (
        f"{format_number(Decimal(zhao), 'chinese')}兆{format_number(Decimal(rest), 'chinese')}{magnitude}元"
    )
    expected = [(Decimal(zhao * 10**12 + rest * 10**8), None)] if magnitude != "万" else []
    assert _readings(f"{opener}{text}。") == expected


# --------------------------------------------------------------------------- dash ranges


@given(
    st.integers(min_value=1, max_value=500),
    st.integers(min_value=1, max_value=500),
    st.sampled_from(["", " "]),
    st.sampled_from(["", "(含)", "（含）", "(含）", "（含)"]),  # brackets of mixed widths are one mark too
    st.sampled_from(["-", "--", "－", "—", "～"]),
    st.sampled_from(["", "元"]),
)
def test_a_range_dash_is_never_a_minus_sign(
    low: int, span: int, space: str, included: str, dash: str, first_unit: str
) -> None:
    high = low + span
    text = f"报账金额在{low}{space}万{first_unit}{included}{space}{dash}{space}{high}{space}万元之间"
    readings = _readings(text)
    assert all(value >= 0 for value, _ in readings)
    assert readings in ([], [(Decimal(low * 10**4), Decimal(high * 10**4))])


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("报账金额在1 万(含)-5 万元之间", 10**4, 5 * 10**4),
        ("报账金额在1 万(含）-5 万元之间", 10**4, 5 * 10**4),
        ("补助1万元（含)－5万元", 10**4, 5 * 10**4),
        ("1万元--5万元", 10**4, 5 * 10**4),
        ("从8500到3万港元", 8500, 3 * 10**4),
        ("5千到3万元", 5000, 3 * 10**4),
    ],
)
def test_range_examples(text: str, low: int, high: int) -> None:
    assert _readings(text) == [(Decimal(low), Decimal(high))]


@given(
    st.integers(min_value=1, max_value=9999),
    st.integers(min_value=1, max_value=9),
    st.sampled_from(["到", "至"]),
)
def test_a_lower_bound_is_never_dropped(low: int, high: int, word: str) -> None:
    # 从8500到3万港元, 50000至3万元, 2-3万: the range, or nothing; never the upper bound alone
    readings = _readings(f"从{low}{word}{high}万港元")
    if low <= high * 10**4:
        assert readings in (
            [],
            [(Decimal(low), Decimal(high * 10**4))],
            [(Decimal(low * 10**4), Decimal(high * 10**4))],
        )
    else:
        assert readings == []
    assert _readings(f"{low}{word}{high}万") == [] or _readings(f"{low}{word}{high}万")[0][1] is not None


# --------------------------------------------------------------------------- spaced numerals


def _spaced(text: str, at: int) -> str:
    return text[:at] + " " + text[at:]


@given(st.integers(min_value=1, max_value=999), st.data())
def test_a_space_anywhere_in_a_percentage_is_never_a_part(value: int, data: st.DataObject) -> None:
    chinese = format_number(Decimal(value), "chinese")
    for written, expected in (
        (f"百分之{chinese}", Decimal(value)),
        (f"{chinese}个百分点", Decimal(value)),
        (f"{value}个百分点", Decimal(value)),
    ):
        # Arabic digits split by a space are two numbers (a table's "1 12个"), as parse_number reads them
        first = len(str(value)) if written[0].isdigit() else 1
        at = data.draw(st.integers(min_value=first, max_value=len(written) - 1))
        readings = _readings(_spaced(written, at))
        assert readings in ([], [(expected, None)])


@given(st.integers(min_value=1, max_value=99), st.integers(min_value=1, max_value=9))
def test_a_space_in_a_chinese_decimal_percentage(whole: int, tenth: int) -> None:
    written = f"百分之{format_number(Decimal(whole), 'chinese')} 点{format_number(Decimal(tenth), 'chinese')}"
    assert _readings(written) in ([], [(Decimal(whole) + Decimal(tenth) / 10, None)])


@pytest.mark.parametrize(
    "text",
    [
        "百分之五 十",
        "百分之一 点五",
        "百分之一 點五",
        "一 百 五 十 个 百 分 点",
        "六 个 百 分点",
        "2.4 个百分 点",
    ],
)
def test_spaced_examples_are_refused(text: str) -> None:
    assert extract_quantities(text) == []


# --------------------------------------------------------------------------- parse_number


@pytest.mark.parametrize("text", ["点零", "点五", "1万1亿", "一万一亿", "三万五亿"])
def test_malformed_numerals_are_refused(text: str) -> None:
    with pytest.raises(NumberError):
        parse_number(text)


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=0, max_value=9999), digit_styles)
def test_wan_before_yi_fast_and_full_agree(high: int, low: int, style: str) -> None:
    # 一万二千亿 is 1.2 万亿; 一万一亿 (a digit after 万, before 亿) is malformed: both parsers refuse it
    text = f"{_numeral(high, style)}万{_numeral(low, style) if low else ''}亿"
    fast = _fast_number(text)
    try:
        full: Fraction | None = _exact(text)
    except NumberError:
        full = None
    if fast is not None:
        assert full is not None
        assert Fraction(fast) == full
    if full is not None:
        assert full == Fraction(high * 10**4 + low) * 10**8
    if 0 < low < 10:
        assert full is None  # 一万一亿, 1万1亿: a digit after 万, before 亿
