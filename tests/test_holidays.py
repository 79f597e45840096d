"""The generated holiday table (src/xuncha/_holidays.py) against its source, lunardate, and known 清明 dates."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from xuncha import DateError, parse_period
from xuncha._holidays import FIRST_YEAR, TABLE
from xuncha.dates import _holiday

LUNAR = {"春节": (1, 1), "元宵": (1, 15), "端午": (5, 5), "七夕": (7, 7), "中秋": (8, 15), "重阳": (9, 9)}


def test_table_shape() -> None:
    assert FIRST_YEAR == 1900
    assert len(TABLE["春节"]) == len(TABLE["清明"]) == 4 * 201  # 1900–2100
    for name in ("元宵", "端午", "七夕", "中秋", "重阳"):
        assert len(TABLE[name]) == 4 * 200  # 1900–2099: lunardate ends with lunar year 2099


def test_lunar_festivals_match_lunardate() -> None:
    lunardate = pytest.importorskip("lunardate", reason="lunardate (a test dependency) generates the table")
    for year in range(1900, 2100):
        for name, (month, day) in LUNAR.items():
            assert _holiday(name, year) == lunardate.LunarDate(year, month, day).to_solar_date(), (name, year)
        next_new_year = lunardate.LunarDate(year + 1, 1, 1).to_solar_date() if year < 2099 else None
        if next_new_year is not None:
            assert _holiday("除夕", year + 1) == next_new_year - dt.timedelta(days=1)
    # 2100: the day after the last day of lunar year 2099
    last_month_end = lunardate.LunarDate(2099, 12, 1).to_solar_date()
    assert dt.date(2100, 1, 1) < _holiday("春节", 2100) <= last_month_end + dt.timedelta(days=30)
    assert _holiday("春节", 2100) == dt.date(2100, 2, 9)


# 清明 as commonly published for these years.
QINGMING = {
    1990: 5, 2000: 4, 2008: 4, 2015: 5, 2016: 4, 2017: 4, 2018: 5, 2019: 5, 2020: 4,
    2021: 4, 2022: 5, 2023: 5, 2024: 4, 2025: 4, 2026: 5, 2027: 5, 2028: 4,
}  # fmt: skip


@pytest.mark.parametrize(("year", "day"), sorted(QINGMING.items()))
def test_qingming(year: int, day: int) -> None:
    assert _holiday("清明", year) == dt.date(year, 4, day)


def test_qingming_always_early_april() -> None:
    assert all(
        4 <= _holiday("清明", year).day <= 6 and _holiday("清明", year).month == 4
        for year in range(1900, 2101)
    )


def test_solar_holidays() -> None:
    assert _holiday("国庆", 2100) == dt.date(2100, 10, 1)
    assert _holiday("元旦", 1900) == dt.date(1900, 1, 1)
    assert _holiday("劳动", 2024) == dt.date(2024, 5, 1)


def test_outside_the_table_is_a_date_error() -> None:
    with pytest.raises(DateError, match="the date of 端午 in 2100 is not in the holiday table"):
        parse_period("2100年端午节")
    assert parse_period("2100年春节").start == dt.date(2100, 2, 9)


def test_table_is_what_the_generator_writes() -> None:
    pytest.importorskip("lunardate", reason="lunardate (a test dependency) generates the table")
    generator = Path(__file__).resolve().parents[1] / "tools" / "generate_holidays.py"
    spec = importlib.util.spec_from_file_location("generate_holidays", generator)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    years = range(FIRST_YEAR, 2101)
    assert TABLE["清明"] == "".join(module.qingming(year).strftime("%m%d") for year in years)
    assert TABLE["春节"] == "".join(module.spring_festival(year).strftime("%m%d") for year in years)
