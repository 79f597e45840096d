"""The unit registry and Quantity.to / base / format: exact factors, dimensions, error messages."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xuncha import Qualifier, Quantity, Unit, UnitError, XunchaError, convert, get_unit
from xuncha.units import COUNTERS, canonical_unit

FACTORS = [
    ("元", "money", Fraction(1), "元"),
    ("千元", "money", Fraction(1000), "元"),
    ("万元", "money", Fraction(10**4), "元"),
    ("亿元", "money", Fraction(10**8), "元"),
    ("萬元", "money", Fraction(10**4), "元"),
    ("平方米", "area", Fraction(1), "平方米"),
    ("亩", "area", Fraction(2000, 3), "平方米"),
    ("畝", "area", Fraction(2000, 3), "平方米"),
    ("公顷", "area", Fraction(10**4), "平方米"),
    ("平方公里", "area", Fraction(10**6), "平方米"),
    ("万亩", "area", Fraction(2 * 10**7, 3), "平方米"),
    ("万平方米", "area", Fraction(10**4), "平方米"),
    ("米", "length", Fraction(1), "米"),
    ("公里", "length", Fraction(1000), "米"),
    ("千米", "length", Fraction(1000), "米"),
    ("吨", "mass", Fraction(1), "吨"),
    ("万吨", "mass", Fraction(10**4), "吨"),
    ("公斤", "mass", Fraction(1, 1000), "吨"),
    ("%", "ratio", Fraction(1), "%"),
    ("％", "ratio", Fraction(1), "%"),
    ("‰", "ratio", Fraction(1, 10), "%"),
    ("个百分点", "percentage_point", Fraction(1), "个百分点"),
    ("百分点", "percentage_point", Fraction(1), "个百分点"),
    ("年", "months", Fraction(12), "个月"),
    ("个月", "months", Fraction(1), "个月"),
    ("天", "days", Fraction(1), "天"),
    ("周", "days", Fraction(7), "天"),
    ("人", "counter:人", Fraction(1), "人"),
    ("人次", "counter:人次", Fraction(1), "人次"),
    ("人（次）", "counter:人次", Fraction(1), "人次"),
    ("家(次)", "counter:家次", Fraction(1), "家次"),
    ("万人次", "counter:人次", Fraction(10**4), "人次"),
    ("个", "counter:个", Fraction(1), "个"),
    ("個", "counter:个", Fraction(1), "个"),
    ("万元/亩", "money/area", Fraction(15), "元/亩"),
    ("元/人", "money/counter:人", Fraction(1), "元/人"),
    # rates over time are written without the measure word: 元/月, 万元/年, 次/年
    ("元/月", "money/months", Fraction(1), "元/月"),
    ("元/个月", "money/months", Fraction(1), "元/月"),
    ("万元/年", "money/months", Fraction(10**4, 12), "元/年"),
    ("‱", "ratio", Fraction(1, 100), "%"),
    ("方", "volume", Fraction(1), "立方米"),
    ("万方", "volume", Fraction(10**4), "立方米"),
    ("平米", "area", Fraction(1), "平方米"),
    ("港币", "money:HKD", Fraction(1), "港元"),
    ("分", "counter:分", Fraction(1), "分"),
]


@pytest.mark.parametrize(("name", "dimension", "factor", "base"), FACTORS)
def test_registry(name: str, dimension: str, factor: Fraction, base: str) -> None:
    unit = get_unit(name)
    assert (unit.dimension, unit.factor, unit.base) == (dimension, factor, base)
    assert get_unit(unit.name) == unit


def test_apparent_and_reactive_power_are_dimensions_of_their_own() -> None:
    assert convert(Decimal("2415.62"), "万千伏安", "兆伏安") == Fraction("24156.2")
    assert convert(Decimal(630), "千伏安", "伏安") == 630000
    assert convert(Decimal(120), "千乏", "兆乏") == Fraction(3, 25)
    with pytest.raises(UnitError):
        convert(1, "千伏安", "千瓦")  # no power factor is known
    with pytest.raises(UnitError):
        convert(1, "千乏", "千伏安")


def test_fifteen_mu_make_a_hectare_exactly() -> None:
    assert convert(Decimal(15), "亩", "公顷") == 1
    assert convert(1, "平方公里", "亩") == 1500
    assert convert(Decimal("2773.9"), "亩", "平方米") == Fraction(5547800, 3)


def test_counters_are_their_own_dimensions() -> None:
    assert {"人", "人次", "名", "家", "家次", "宗", "场次", "栋", "批次", "岁"} <= COUNTERS
    assert get_unit("人").is_counter
    assert not get_unit("万元").is_counter
    with pytest.raises(UnitError, match=r"cannot convert 人次 \(counted in 人次\) to 人 \(counted in 人\)"):
        convert(1, "人次", "人")


def test_percent_and_percentage_points_differ() -> None:
    with pytest.raises(UnitError, match=r"cannot convert % \(ratio\) to 个百分点 \(percentage_point\)"):
        convert(1, "%", "个百分点")
    assert convert(5, "‰", "%") == Fraction(1, 2)


@pytest.mark.parametrize("name", ["", "斤两", "万", "%/", "/亩", "万%", "个百分点个"])
def test_unknown_units(name: str) -> None:
    with pytest.raises(UnitError) as info:
        get_unit(name)
    assert str(info.value) == f"unknown unit: {name!r}"


def test_foreign_money_never_converts_to_yuan() -> None:
    with pytest.raises(UnitError, match=r"cannot convert 万美元 \(money:USD\) to 元 \(money\)"):
        convert(1, "万美元", "元")
    assert get_unit("万港元").name == "万港元"


def test_canonical_unit() -> None:
    assert canonical_unit("人（次）") == "人次"
    assert canonical_unit("％") == "%"
    assert canonical_unit("萬畝") == "万亩"
    assert canonical_unit("百分点") == "个百分点"


def test_convert_rejects_floats() -> None:
    with pytest.raises(TypeError, match="value must be a Decimal, Fraction or int, not float"):
        convert(1.5, "元", "万元")  # type: ignore[arg-type]


def test_unit_is_a_value_object() -> None:
    assert Unit("元", "money", Fraction(1), "元") == get_unit("元")


# --------------------------------------------------------------------------- Quantity methods


def test_quantity_to_and_base() -> None:
    q = Quantity(Decimal("500"), "万元", qualifier=Qualifier.MORE_THAN, qualifier_text="余")
    assert q.to("元") == Quantity(
        Decimal("5000000"), "元", qualifier=Qualifier.MORE_THAN, qualifier_text="余"
    )
    assert q.base().value == Decimal("5000000")
    assert Quantity(Decimal("5.6"), "亿元").base().value == Decimal("560000000")
    assert Quantity(Decimal("1941.69"), "公顷").to("平方公里").value == Decimal("19.4169")
    assert Quantity(Decimal("7.44"), "公里").base() == Quantity(Decimal("7440"), "米")
    assert Quantity(Decimal("94.5"), "%").base() == Quantity(Decimal("94.5"), "%")
    assert Quantity(Decimal("3"), "人次").base() == Quantity(Decimal("3"), "人次")
    assert Quantity(Decimal("1.2"), "万人次").base().value == Decimal("12000")
    assert Quantity(Decimal("12"), None).base() == Quantity(Decimal("12"), None)


def test_quantity_to_keeps_range_bounds() -> None:
    q = Quantity(Decimal("5"), "万元", upper=Decimal("10"))
    assert q.to("元") == Quantity(Decimal("50000"), "元", upper=Decimal("100000"))


def test_quantity_to_non_terminating_is_rounded_to_28_digits() -> None:
    assert Quantity(Decimal("1"), "亩").base().value == Decimal("666.6666666666666666666666667")


def test_quantity_to_across_dimensions_raises() -> None:
    with pytest.raises(UnitError, match=r"cannot convert 万元 \(money\) to 亩 \(area\)"):
        Quantity(Decimal("1"), "万元").to("亩")
    with pytest.raises(UnitError, match="cannot convert a bare number to '元'"):
        Quantity(Decimal("1")).to("元")
    with pytest.raises(UnitError, match="unknown unit: '斤两'"):
        Quantity(Decimal("1"), "斤两").base()


FORMATTED = [
    (Quantity(Decimal("500"), "万元", qualifier=Qualifier.MORE_THAN, qualifier_text="余"), "500余万元"),
    (Quantity(Decimal("9.2"), "公里", qualifier=Qualifier.ABOUT, qualifier_text="约"), "约9.2公里"),
    (Quantity(Decimal("95"), "%", qualifier=Qualifier.AT_LEAST, qualifier_text="以上"), "95%以上"),
    (Quantity(Decimal("5"), "万元", upper=Decimal("10")), "5-10万元"),
    (Quantity(Decimal("35558.23"), "元"), "35,558.23元"),
    (Quantity(Decimal("35"), "岁", qualifier=Qualifier.AT_MOST), "35岁以下"),
    (Quantity(Decimal("0.2"), None, qualifier=Qualifier.NEARLY), "近0.2"),
    (Quantity(Decimal("1"), "年", qualifier=Qualifier.MORE_THAN, qualifier_text="多"), "1年多"),
    (Quantity(Decimal("100"), "人", qualifier=Qualifier.MORE_THAN, qualifier_text="多"), "100多人"),
]


@pytest.mark.parametrize(("quantity", "expected"), FORMATTED)
def test_quantity_format(quantity: Quantity, expected: str) -> None:
    assert quantity.format() == expected


def test_quantity_format_other_locale() -> None:
    assert Quantity(Decimal("1234.5"), "元").format(locale="de_DE") == "1.234,5元"


@given(st.text(max_size=12))
def test_get_unit_raises_only_unit_errors(name: str) -> None:
    try:
        unit = get_unit(name)
    except XunchaError:
        return
    assert unit.factor > 0


@given(
    st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False, allow_infinity=False),
    st.sampled_from(["元", "万元", "亿元", "千元"]),
    st.sampled_from(["元", "万元", "亿元", "千元"]),
)
def test_money_conversions_are_exact_round_trips(value: Decimal, first: str, second: str) -> None:
    q = Quantity(value, first)
    assert q.to(second).to(first).value == value


def test_get_unit_rejects_non_strings() -> None:
    with pytest.raises(TypeError, match="name must be a str, not list"):
        get_unit(["元"])  # type: ignore[arg-type]


def test_quantity_format_takes_locale_by_keyword_only() -> None:
    with pytest.raises(TypeError, match="positional"):
        Quantity(Decimal("1234.5"), "元").format("de_DE")  # type: ignore[call-arg]
