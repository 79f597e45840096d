"""Never silently wrong: each class of input the peers' suites found is read right or refused, never misread.

For each class a strategy writes the input in the ways notices write it; the property is "read right or
refused" — extract_quantities gives the right value and unit or nothing for it, parse_number the right value
or a NumberError. Examples pin the readings the classes promise.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from urllib.parse import quote

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from xuncha import (
    NumberError,
    QuantityError,
    extract_quantities,
    format_number,
    get_unit,
    parse_number,
    parse_quantity,
)
from xuncha.models import Qualifier, Span
from xuncha.numerals import fraction_to_decimal

# --------------------------------------------------------------------------- strategies


def _numeral(value: Decimal, style: str) -> str:
    return format_number(value, style) if style != "arabic" else format(value, "f")  # type: ignore[arg-type]


amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal(10**6), places=2).map(Decimal.normalize)
whole_numbers = st.integers(min_value=1, max_value=9999)
styles = st.sampled_from(["arabic", "chinese", "financial"])
openers = st.sampled_from(["", "同比增长", "利润为", "，", "变化"])
closers = st.sampled_from(["", "。", "，", "；"])


def _readings(text: str) -> list[tuple[Decimal, str | None]]:
    return [(quantity.value, quantity.unit) for quantity in extract_quantities(text)]


# --------------------------------------------------------------------------- signs


@given(
    amounts,
    styles,
    st.sampled_from(["负", "負", "-", "－"]),
    st.sampled_from(["%", "元", "万元", "千米", "吨"]),
)
def test_a_sign_is_read_or_the_figure_refused(value: Decimal, style: str, sign: str, unit: str) -> None:
    numeral = _numeral(value, style)
    assert parse_number(sign + numeral) == -value
    found = extract_quantities(f"同比{sign}{numeral}{unit}。")
    assert [quantity.to(unit).value for quantity in found] in ([], [-value])


@given(
    st.decimals(min_value=Decimal("0.1"), max_value=Decimal(999), places=1).map(Decimal.normalize),
    st.sampled_from(["arabic", "chinese"]),
    st.sampled_from(["负", "負"]),
    st.sampled_from([("百分之", "%"), ("千分之", "‰")]),
    openers,
    closers,
)
def test_a_signed_numerator_after_fen_zhi(
    value: Decimal, style: str, sign: str, words: tuple[str, str], opener: str, closer: str
) -> None:
    # 第二天股价下降了百分之负三点八: the sign after 分之 belongs to the figure
    prefix, unit = words
    text = f"{prefix}{sign}{_numeral(value, style)}"
    found = extract_quantities(f"{opener}{text}{closer}")
    assert [(quantity.value, quantity.unit, quantity.text) for quantity in found] == [(-value, unit, text)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("负3.9%", "-3.9", "%"),
        ("負3.9%", "-3.9", "%"),
        ("负壹元整", "-1", "元"),
        ("负13.5千米", "-13.5", "千米"),
    ],
)
def test_negative_figures(text: str, value: str, unit: str) -> None:
    quantity = parse_quantity(text)
    assert (quantity.value, quantity.unit, quantity.text) == (Decimal(value), unit, text)


@pytest.mark.parametrize("text", ["为企业减负1.2亿元", "胜负3场", "正负2%"])
def test_fu_in_a_word_is_no_sign(text: str) -> None:
    assert all(value > 0 for value, _ in _readings(text))


# --------------------------------------------------------------------------- halves


@given(
    whole_numbers,
    st.sampled_from(["arabic", "chinese"]),
    st.sampled_from(["吨", "公里", "元", "亩", "年"]),
    closers,
)
def test_a_half_after_the_unit_is_read_or_refused(whole: int, style: str, unit: str, closer: str) -> None:
    readings = _readings(f"共{_numeral(Decimal(whole), style)}{unit}半{closer}")
    assert readings in ([], [(whole + Decimal("0.5"), get_unit(unit).name)])


@given(
    whole_numbers, st.sampled_from(["arabic", "chinese"]), st.sampled_from(["月", "小时", "工作日", "季度"])
)
def test_a_half_inside_the_unit_is_read_or_refused(whole: int, style: str, rest: str) -> None:
    readings = _readings(f"历时{_numeral(Decimal(whole), style)}个半{rest}")
    assert readings in ([], [(whole + Decimal("0.5"), get_unit("个" + rest).name)])


def test_halves() -> None:
    assert _readings("一吨半") == [(Decimal("1.5"), "吨")]
    assert _readings("两个半月") == [(Decimal("2.5"), "个月")]
    assert _readings("一年半") == [(Decimal("1.5"), "年")]
    assert _readings("完成10公里半程马拉松") == [(Decimal(10), "公里")]  # 半程 is a word


# --------------------------------------------------------------------------- currencies


@given(
    amounts,
    styles,
    st.sampled_from(["元", "万元", "亿元"]),
    st.sampled_from(["欧元", "美元", "港元", "英镑", "日元"]),
)
def test_a_second_currency_is_never_read_as_yuan(value: Decimal, style: str, unit: str, other: str) -> None:
    numeral = _numeral(value, style)
    for text in (f"{numeral}{unit}{other}", f"{other}{numeral}{unit}"):
        assert all(get_unit(unit).dimension != "money" for _, unit in _readings(text) if unit), text


@given(amounts, styles, st.sampled_from(["美圆", "美元", "美金"]), openers, closers)
def test_spellings_of_the_dollar(value: Decimal, style: str, word: str, opener: str, closer: str) -> None:
    # 300美圆: 圆 for 元, as cheques write it
    numeral = _numeral(value, style)
    found = extract_quantities(f"{opener}{numeral}{word}{closer}")
    assert [quantity.to("美元").value for quantity in found] == [value]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("身高168公分", 168, "厘米"), ("宽30公分，长2米", 30, "厘米"), ("管径一百五十公分", 150, "厘米")],
)
def test_gongfen_is_the_centimetre(text: str, value: int, unit: str) -> None:
    assert _readings(text)[0] == (Decimal(value), unit)


def test_renminbi_names_the_yuan() -> None:
    assert _readings("人民币3万元，3万元人民币") == [(Decimal(3), "万元"), (Decimal(3), "万元")]
    assert _readings("三万元欧元") == []


@given(
    st.integers(min_value=1, max_value=9999),
    st.sampled_from(["arabic", "chinese"]),
    st.sampled_from([("万", 10**4), ("亿", 10**8), ("萬", 10**4)]),
    st.sampled_from(["个百分点", "倍", "%"]),
    openers,
    closers,
)
def test_a_magnitude_before_a_unit_it_cannot_prefix_stays_in_the_number(
    value: int, style: str, magnitude: tuple[str, int], unit: str, opener: str, closer: str
) -> None:
    # 七十五万个百分点, 增长1.2万倍: 万个百分点 is no unit, so 万 multiplies the number
    word, factor = magnitude
    text = f"{_numeral(Decimal(value), style)}{word}{unit}"
    found = extract_quantities(f"{opener}{text}{closer}")
    assert [(quantity.value, quantity.unit, quantity.text) for quantity in found] == [
        (Decimal(value * factor), unit, text)
    ]


@given(
    st.integers(min_value=1, max_value=999).map(lambda n: n * 10),
    st.sampled_from(["arabic", "chinese", "financial"]),
    st.sampled_from(["多", "余", "餘"]),
    st.sampled_from([("万", 10**4), ("亿", 10**8), ("萬", 10**4), ("万亿", 10**12)]),
    st.sampled_from(["", " "]),
)
def test_a_bare_number_with_more_before_its_magnitude(
    value: int, style: str, word: str, magnitude: tuple[str, int], space: str
) -> None:
    # 十多万, 500余万, 五百 余万: parse_quantity reads them as 十多万元 without 元, the value being the figure written
    name, factor = magnitude
    text = f"{_numeral(Decimal(value), style)}{space}{word}{space}{name}"
    quantity = parse_quantity(text)
    assert (quantity.value, quantity.unit, quantity.qualifier, quantity.qualifier_text, quantity.text) == (
        Decimal(value * factor),
        None,
        Qualifier.MORE_THAN,
        word,
        text,
    )


@pytest.mark.parametrize("text", ["三多万", "1.5多万", "负十多万", "多万", "十多万多", "第十多万", "3 5余万"])
def test_more_before_a_magnitude_not_so_written_is_refused(text: str) -> None:
    with pytest.raises(QuantityError):
        parse_quantity(text)


# --------------------------------------------------------------------------- numerals split by a space


@given(
    st.integers(min_value=0, max_value=999),
    st.integers(min_value=1, max_value=9),
    st.sampled_from(["arabic", "chinese"]),
    st.sampled_from([" ", "  ", "\u3000"]),
    st.sampled_from(["个百分点", "%", "万元", "吨"]),
)
def test_a_numeral_split_by_a_space_is_never_read_in_part(
    whole: int, tenth: int, style: str, space: str, unit: str
) -> None:
    point = "点" if style == "chinese" else "."
    text = f"增长{_numeral(Decimal(whole), style)}{point}{space}{_numeral(Decimal(tenth), style)}{unit}"
    assert _readings(text) in ([], [(Decimal(whole) + Decimal(tenth) / 10, get_unit(unit).name)])


@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=1, max_value=9),
    st.sampled_from(["chinese", "financial"]),
    st.sampled_from(["", " ", "  "]),
    st.sampled_from([" ", "\u3000"]),
    st.sampled_from(["点", " 点", "点 ", " 点 "]),
    st.sampled_from(["个百分点", "吨", "万元"]),
)
def test_no_part_of_a_spaced_numeral_is_a_figure(
    whole: int, tenth: int, style: str, inner: str, space: str, point: str, unit: str
) -> None:
    # 二十一 点 一个百分点, 壹拾 壹个百分点: the part after a space is never read as a figure of its own
    high = _numeral(Decimal(whole), style)
    spaced = space.join(high) if inner else high
    text = f"增长{spaced}{point.replace(' ', space)}{_numeral(Decimal(tenth), style)}{unit}"
    assert _readings(text) in ([], [(Decimal(whole) + Decimal(tenth) / 10, get_unit(unit).name)])
    if len(high) > 1:
        text = f"增长{high[:-1]}{space}{high[-1]}{unit}"
        found = extract_quantities(text)
        assert [quantity.to(unit).value for quantity in found] in ([], [whole])  # 九 十万元 is 9 十万元


def test_arabic_digits_before_dian_leave_no_figure_behind() -> None:
    assert _readings("21点5吨") == []


@given(
    st.decimals(min_value=Decimal("0.1"), max_value=Decimal(10**5), places=1).map(Decimal.normalize),
    st.sampled_from(["arabic", "chinese", "financial"]),
    st.sampled_from(["个百分点", "%", "万元", "吨", "人", "元"]),
    st.lists(st.sampled_from([" ", "  ", "\u3000"]), min_size=30, max_size=30),
    st.lists(st.booleans(), min_size=30, max_size=30),
)
def test_a_spaced_text_read_whole_is_its_figure(
    value: Decimal, style: str, unit: str, spaces: list[str], where: list[bool]
) -> None:
    # 一 百 五 十 个 百 分 点, 四点 五个百分点: parse_quantity reads a text that is one figure as a whole
    compact = _numeral(value, style) + unit
    expected = parse_quantity(compact)
    text = compact[0]
    for index, character in enumerate(compact[1:]):
        between_digits = text[-1].isdigit() and character.isdigit()
        text += (spaces[index] if where[index] and not between_digits else "") + character
    quantity = parse_quantity(text)
    assert (quantity.value, quantity.unit, quantity.text, quantity.span) == (
        expected.value,
        expected.unit,
        text,
        Span(0, len(text)),
    )


@pytest.mark.parametrize("text", ["第 一 名", "百分之 五十 三吨", "二 三 个"])
def test_a_spaced_text_that_is_no_one_figure_stays_refused(text: str) -> None:
    with pytest.raises(QuantityError):
        parse_quantity(text)


# --------------------------------------------------------------------------- words that are not numbers


@pytest.mark.parametrize("text", ["两两", "一两", "两两两"])
def test_liang_is_not_read_digit_by_digit(text: str) -> None:
    with pytest.raises(NumberError, match="两 is not read digit by digit"):
        parse_number(text)
    assert extract_quantities(f"{text}结对帮扶") == []


@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=8))
def test_percent_encoded_urls_hold_no_percentages(words: str) -> None:
    url = f"https://www.example.gov.cn/search?q={quote(words)}&page=2"
    assert extract_quantities(f"详见{url}。") == []


# --------------------------------------------------------------------------- money in financial writing


@given(
    st.integers(min_value=0, max_value=10**6),
    st.integers(min_value=0, max_value=9),
    st.integers(min_value=0, max_value=9),
    st.sampled_from(["arabic", "chinese", "financial"]),
)
def test_jiao_and_fen_after_yuan(yuan: int, jiao: int, fen: int, style: str) -> None:
    def digits(n: int) -> str:
        return _numeral(Decimal(n), style)

    text = digits(yuan) + "元"
    if jiao:
        text += digits(jiao) + "角"
    if fen:
        text += ("" if jiao else "零" if style != "arabic" else "0") + digits(fen) + "分"
    expected = Decimal(yuan) + Decimal(jiao) / 10 + Decimal(fen) / 100
    found = extract_quantities(f"退还{text}。")
    assert [quantity.to("元").value for quantity in found] in ([], [expected])


@given(
    st.integers(min_value=0, max_value=10**6),
    st.integers(min_value=0, max_value=9),
    st.integers(min_value=0, max_value=9),
    st.sampled_from(["元", "圆"]),
    openers,
    closers,
)
def test_financial_yuan_jiao_fen(yuan: int, jiao: int, fen: int, word: str, opener: str, closer: str) -> None:
    # 玖仟陆佰陆拾伍圆壹角捌分: in financial numerals the amount is always read, with 圆 as with 元
    text = format_number(Decimal(yuan), "financial") + word
    if jiao:
        text += format_number(Decimal(jiao), "financial") + "角"
    if fen:
        text += ("" if jiao else "零") + format_number(Decimal(fen), "financial") + "分"
    expected = Decimal(yuan) + Decimal(jiao) / 10 + Decimal(fen) / 100
    found = extract_quantities(f"{opener}{text}{closer}")
    assert [(quantity.to("元").value, quantity.text) for quantity in found] == [(expected, text)]


@given(
    st.integers(min_value=0, max_value=9),
    st.integers(min_value=0, max_value=9),
    st.booleans(),
    st.sampled_from(["角", "毛"]),
    st.sampled_from(["", "退还", "，", "收费标准为每张"]),
    closers,
)
def test_financial_jiao_and_fen_without_yuan(
    jiao: int, fen: int, negative: bool, word: str, opener: str, closer: str
) -> None:
    # 肆角叁分, 壹分, 负壹角: after a financial digit 角 and 分 are money (三角 is a triangle, 十分 "very")
    if not jiao and not fen:
        return
    text = f"{format_number(Decimal(jiao), 'financial')}{word}" if jiao else ""
    if fen:
        text += format_number(Decimal(fen), "financial") + "分"
    if negative:
        text = "负" + text
    expected = (Decimal(jiao) / 10 + Decimal(fen) / 100) * (-1 if negative else 1)
    assert [(q.value, q.unit, q.text) for q in extract_quantities(f"{opener}{text}{closer}")] == [
        (expected, "元", text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "三角形",
        "五角星",
        "十分重要",
        "一角",
        "约壹角",
        "伍分左右",
        "第壹分",
        "零壹分",
        "壹佰元伍角伍角",
        "壹分公司",
        "肆分局",
        "叁角形",
        "贰角伍分公司",
        "《伍角》",
        "“壹分”",
    ],
)
def test_jiao_and_fen_outside_financial_writing_are_no_amounts(text: str) -> None:
    assert [q.text for q in extract_quantities(text) if q.value < 1] == []


@pytest.mark.parametrize(
    ("text", "value", "written"),
    [
        ("壹拾壹圆整", "11", "壹拾壹圆整"),
        ("壹元贰角", "1.2", "壹元贰角"),
        ("六十四万零一百四十三元一角七分", "640143.17", "六十四万零一百四十三元一角七分"),
        ("三元零五分", "3.05", "三元零五分"),
        ("花了5块钱", "5", "5块钱"),
        ("￥1,234.00", "1234", "￥1,234.00"),
        ("约¥5万", "5", "约¥5万"),
    ],
)
def test_financial_money(text: str, value: str, written: str) -> None:
    [quantity] = extract_quantities(text)
    assert quantity.value == Decimal(value)
    assert quantity.text == written
    assert get_unit(quantity.unit or "").dimension == "money"


@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=1, max_value=9),
    styles,
    st.sampled_from(["毛", "角", ""]),
)
def test_spoken_money_after_kuai(yuan: int, mao: int, style: str, word: str) -> None:
    text = f"花了{_numeral(Decimal(yuan), style)}块{_numeral(Decimal(mao), style)}{word}。"
    assert _readings(text) in ([], [(yuan + Decimal(mao) / 10, "元")])


@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=1, max_value=9),
    st.sampled_from(["亩", "个", "吨"]),
)
def test_kuai_before_another_figure_counts_pieces(pieces: int, other: int, unit: str) -> None:
    readings = _readings(f"共{pieces}块{other}{unit}")
    assert readings == [(Decimal(pieces), "块"), (Decimal(other), get_unit(unit).name)]


def test_zheng_closes_an_amount_but_not_a_word() -> None:
    assert [q.text for q in extract_quantities("3万元整。3万元整改资金")] == ["3万元整", "3万元"]


# --------------------------------------------------------------------------- numerals


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一千零十", 1010),
        ("一百十一", 111),
        ("一百十", 110),
        ("三點五", Decimal("3.5")),
        ("負三", -3),
        ("一又二分之一", Decimal("1.5")),
        ("1又1/2", Decimal("1.5")),
    ],
)
def test_colloquial_traditional_and_mixed_numerals(text: str, value: Decimal | int) -> None:
    assert parse_number(text) == value


@given(
    st.integers(min_value=1, max_value=99),
    st.integers(min_value=2, max_value=12).flatmap(lambda d: st.tuples(st.integers(1, d - 1), st.just(d))),
    st.booleans(),
)
def test_mixed_fractions_are_read_or_refused(whole: int, fraction: tuple[int, int], chinese: bool) -> None:
    top, bottom = fraction
    if chinese:
        written = f"{format_number(whole)}又{format_number(bottom)}分之{format_number(top)}"
    else:
        written = f"{whole}又{top}/{bottom}"
    expected = fraction_to_decimal(whole + Fraction(top, bottom))
    assert parse_number(written) == expected
    assert _readings(f"工期{written}年") in ([], [(expected, "年")])


@pytest.mark.parametrize("text", ["3又5/4", "又1/2", "3又5"])
def test_you_needs_a_whole_number_and_a_proper_fraction(text: str) -> None:
    with pytest.raises(NumberError):
        parse_number(text)


# --------------------------------------------------------------------------- punctuation of either width

_HALF_WIDTH = str.maketrans("，（）：～－；", ",():~-;")
_FIGURE_SOUP = (
    "0123456789.,，万亿千百十一二两三五零余多近约以上下个人次元%（）()、和至-－~～ 　第年月“”点分之台套含：:"
)


@given(st.text(alphabet=_FIGURE_SOUP, max_size=25))
@example("（0%0台")  # (a figure after a percent figure after a bracket: found by the dev profile)
def test_full_width_and_half_width_punctuation_read_alike(text: str) -> None:
    def readings(source: str) -> list[tuple[Decimal, str | None, object, object]]:
        return [(q.value, q.unit, q.qualifier, q.span) for q in extract_quantities(source)]

    assert readings(text) == readings(text.translate(_HALF_WIDTH))


@pytest.mark.parametrize(
    ("full", "half"),
    [
        ("1，234万元", "1,234万元"),
        ("46台（套）", "46台(套)"),
        ("10万元（含）以上", "10万元(含)以上"),
        ("5万元－10万元", "5万元-10万元"),
    ],
)
def test_punctuation_pairs(full: str, half: str) -> None:
    assert _readings(full) == _readings(half) != []
